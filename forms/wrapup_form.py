"""The wrap-up form shown after hang-up: disposition, notes, an optional follow-up to-do.

Keyboard first: Tab moves through the fields (also out of the notes), Ctrl+Enter submits from
anywhere, the disposition list has the focus when the form starts. The wrap-up time runs on the
monotonic clock from the hang-up to the submit.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm.code_labels import code_label
from crm.i18n import Msg
from forms.order_labels import error_label, translate
from forms.wrapup_result import (
    DEFAULT_DISPOSITIONS,
    MAX_TITLE,
    FollowUp,
    WrapUpResult,
    WrapUpTyped,
    validate_wrap_up,
)
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)


class WrapUpForm(Retranslated, QWidget):
    """One wrap-up at a time: :meth:`start` it at hang-up, it emits the result on submit; what was typed
    (:meth:`typed`) goes back into it when it serves that call again."""

    sig_wrap_up_submitted = Signal(WrapUpResult)
    """The agent finished the wrap-up (carries a :class:`WrapUpResult`)."""
    sig_discard_requested = Signal(str)
    """The agent asked to discard a restored wrap-up (carries its call id; the shell confirms)."""

    def __init__(
        self,
        dispositions: Sequence[str] = DEFAULT_DISPOSITIONS,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._dispositions = tuple(dispositions)
        self._call_id = ""
        self._ended_at: float | None = None
        self._outbound = False
        self._errors_shown: dict[str, Msg] = {}  # field -> its error message (re-translated on a switch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.heading_label = self._plain("")
        bold = self.heading_label.font()
        bold.setBold(True)
        self.heading_label.setFont(bold)
        self.elapsed_label = self._plain("")
        self.elapsed_label.setObjectName("elapsed_label")
        head = QHBoxLayout()
        head.addWidget(self.heading_label, 1)
        head.addWidget(self.elapsed_label)
        layout.addLayout(head)
        self.restored_label = self._plain("")  # a wrap-up the app closed on: said, and it can be discarded
        self.restored_label.setObjectName("restored_label")
        self.restored_label.setWordWrap(True)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discard_button")
        self.discard_button.clicked.connect(lambda: self.sig_discard_requested.emit(self._call_id))
        self.restored_bar = QWidget()
        restored = QHBoxLayout(self.restored_bar)
        restored.setContentsMargins(0, 0, 0, 0)
        restored.addWidget(self.restored_label, 1)
        restored.addWidget(self.discard_button)
        self.restored_bar.hide()
        layout.addWidget(self.restored_bar)

        form = QFormLayout()
        self.disposition_combo = QComboBox()
        self.disposition_combo.setObjectName("disposition_combo")
        for code in ("", *self._dispositions):  # "": "Choose..."
            self.disposition_combo.addItem("", code)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(72)
        self.follow_up_check = QCheckBox()
        self.follow_up_check.setObjectName("follow_up_check")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.due_edit = QDateTimeEdit()
        self.due_edit.setObjectName("due_edit")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.follow_up_check.toggled.connect(self._follow_up_toggled)
        self.errors = {name: error_label(name) for name in ("disposition", "notes", "follow_up_title", "follow_up_due")}
        self._captions = {
            name: self._buddy(widget)
            for name, widget in (
                ("disposition", self.disposition_combo),
                ("notes", self.notes_edit),
                ("title", self.title_edit),
                ("due", self.due_edit),
            )
        }
        form.addRow(self._captions["disposition"], self.disposition_combo)
        form.addRow(self.errors["disposition"])
        form.addRow(self._captions["notes"], self.notes_edit)
        form.addRow(self.errors["notes"])
        form.addRow(self.follow_up_check)  # the switch first, the fields it shows under it
        form.addRow(self._captions["title"], self.title_edit)
        form.addRow(self.errors["follow_up_title"])
        form.addRow(self._captions["due"], self.due_edit)
        form.addRow(self.errors["follow_up_due"])
        self._form = form
        layout.addLayout(form)
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submit_button")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.submit_button)
        layout.addLayout(bottom)
        self._submit_keys = [QShortcut(QKeySequence(keys), self) for keys in ("Ctrl+Return", "Ctrl+Enter")]
        for shortcut in self._submit_keys:
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        self.title_edit.returnPressed.connect(self.submit)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._show_elapsed)
        # a field's message leaves once the agent changes that field (the others stay until the next submit)
        self.disposition_combo.currentIndexChanged.connect(lambda _i: self._clear_error("disposition"))
        self.notes_edit.textChanged.connect(lambda: self._clear_error("notes"))
        self.title_edit.textEdited.connect(lambda _t: self._clear_error("follow_up_title"))
        self.due_edit.dateTimeChanged.connect(lambda _d: self._clear_error("follow_up_due"))
        self._follow_up_toggled(False)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        """Every text in the current language (what was chosen and typed stays)."""
        for i in range(self.disposition_combo.count()):  # each code by the label the card and reports use
            code = self.disposition_combo.itemData(i)
            self.disposition_combo.setItemText(i, translate(code_label(code)) if code else self.tr("Choose..."))
        self.heading_label.setText(self.tr("Wrap-up: outgoing call") if self._outbound else self.tr("Wrap-up"))
        for name, text in (
            ("disposition", self.tr("&Disposition")),
            ("notes", self.tr("&Notes")),
            ("title", self.tr("&Title")),
            ("due", self.tr("D&ue")),
        ):
            self._captions[name].setText(text)
        self.follow_up_check.setText(self.tr("Create a &follow-up to-do"))
        self.submit_button.setText(self.tr("&Submit wrap-up (Ctrl+Enter)"))
        self.discard_button.setText(self.tr("Disca&rd wrap-up"))
        self.restored_label.setText(
            self.tr(
                "Restored: the app closed before this wrap-up was submitted. The call's log is saved; "
                "submitting completes it."
            )
        )
        for shortcut in self._submit_keys:  # as Help > Keyboard shortcuts lists it
            shortcut.setWhatsThis(self.tr("Submit the wrap-up (in the wrap-up form)"))
        for name, message in self._errors_shown.items():
            self.errors[name].setText(QCoreApplication.translate(message.context, str(message)))
        self._show_elapsed()

    @staticmethod
    def _plain(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _buddy(self, widget: QWidget) -> QLabel:
        label = self._plain("")
        label.setBuddy(widget)
        return label

    def start(
        self,
        call_id: str,
        ended_at: float | None = None,
        *,
        outbound: bool = False,
        typed: WrapUpTyped | None = None,
        restored: bool = False,
    ) -> None:
        """A call hung up at ``ended_at`` (monotonic; default now): start its wrap-up with empty fields, or
        with what was ``typed`` in it before the form served another call (``outbound``: the agent dialled
        it, which the heading says; ``restored``: a wrap-up the app closed on, which the form says and
        which can be discarded)."""
        typed = typed or WrapUpTyped()
        self.restored_bar.setVisible(restored)
        self._call_id = call_id
        self._outbound = outbound
        self.heading_label.setText(self.tr("Wrap-up: outgoing call") if outbound else self.tr("Wrap-up"))
        self._ended_at = self._clock() if ended_at is None else ended_at
        self.disposition_combo.setCurrentIndex(max(0, self.disposition_combo.findData(typed.disposition)))
        self.notes_edit.setPlainText(typed.notes)
        self.notes_edit.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on after what was typed
        self.follow_up_check.setChecked(typed.follow_up)
        self.title_edit.setText(typed.title)
        due = QDateTime.currentDateTime().addDays(1)
        if typed.due_at is not None:
            due = QDateTime.fromMSecsSinceEpoch(round(typed.due_at.timestamp() * 1000))
        self.due_edit.setDateTime(due)
        for label in self.errors.values():
            label.hide()
        self._errors_shown.clear()
        self.setEnabled(True)
        self._show_elapsed()
        self._timer.start()
        self.disposition_combo.setFocus()

    def typed(self) -> WrapUpTyped:
        """What the agent typed so far (given back to :meth:`start` to go on with it)."""
        return WrapUpTyped(
            disposition=self.disposition_combo.currentData() or "",
            notes=self.notes_edit.toPlainText(),
            follow_up=self.follow_up_check.isChecked(),
            title=self.title_edit.text(),
            due_at=self.due_at(),
        )

    def preset_disposition(self, code: str) -> None:
        """Select ``code`` as the disposition unless the agent already chose one."""
        index = self.disposition_combo.findData(code)
        if index >= 0 and not self.disposition_combo.currentData():
            self.disposition_combo.setCurrentIndex(index)

    def call_id(self) -> str:
        return self._call_id

    def elapsed(self) -> float:
        """Seconds since the hang-up."""
        return 0.0 if self._ended_at is None else max(0.0, self._clock() - self._ended_at)

    def _show_elapsed(self) -> None:
        seconds = int(self.elapsed())
        self.elapsed_label.setText(
            self.tr("%1:%2").replace("%1", str(seconds // 60)).replace("%2", f"{seconds % 60:02d}")
        )

    def _follow_up_toggled(self, on: bool) -> None:
        self.title_edit.setEnabled(on)
        self.due_edit.setEnabled(on)
        for field in (self.title_edit, self.due_edit):  # shown only when asked for: the card keeps the room
            self._form.setRowVisible(field, on)
        if on:
            self.title_edit.setFocus()

    def due_at(self) -> datetime:
        """The follow-up due time as an aware UTC datetime."""
        ms = self.due_edit.dateTime().toMSecsSinceEpoch()
        return datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(milliseconds=ms)

    def _clear_error(self, name: str) -> None:
        if self._errors_shown.pop(name, None) is not None:
            self.errors[name].hide()

    def submit(self) -> WrapUpResult | None:
        """Validate; on success emit and return the result (the wrap-up time stops here)."""
        if not self._call_id:
            return None
        stopped = self.elapsed()
        follow = self.follow_up_check.isChecked()
        disposition = self.disposition_combo.currentData() or ""
        notes = self.notes_edit.toPlainText().strip()
        errors = validate_wrap_up(
            disposition,
            notes,
            self.title_edit.text() if follow else None,
            self.due_at() if follow else None,
            self._dispositions,
        )
        first = None
        self._errors_shown = {name: message for name, message in errors.items() if name in self.errors}
        for name, label in self.errors.items():
            message = errors.get(name)
            label.setVisible(message is not None)
            if message is not None:
                label.setText(QCoreApplication.translate(message.context, str(message)))
                first = first or name
        if first is not None:
            {
                "disposition": self.disposition_combo,
                "notes": self.notes_edit,
                "follow_up_title": self.title_edit,
                "follow_up_due": self.due_edit,
            }[first].setFocus()
            return None
        result = WrapUpResult(
            call_id=self._call_id,
            disposition=disposition,
            notes=notes,
            follow_up=FollowUp(self.title_edit.text().strip(), self.due_at()) if follow else None,
            wrapup_seconds=stopped,
        )
        self.stop()
        self.sig_wrap_up_submitted.emit(result)
        return result

    def stop(self) -> None:
        """The form serves no wrap-up any more (submitted or discarded)."""
        self._timer.stop()
        self._call_id = ""
        self.setEnabled(False)
