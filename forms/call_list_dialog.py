"""Dialog of "Hand to call list…": the list's name, when calling starts, attempts per customer.

It opens at once; the number of customers arrives later (:meth:`CallListDialog.set_targets`, counted
in the background by the search panel). OK is refused, with the dialog and what was typed kept, while
the list has no name or when more than :data:`crm.store.callbacks.CALL_LIST_LIMIT` customers match.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import cast

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm.schemas.callbacks import DEFAULT_MAX_ATTEMPTS
from crm.store.callbacks import CALL_LIST_LIMIT, CallListTargets
from resources.colours import tint
from resources.live_text import Retranslated


class CallListDialog(Retranslated, QDialog):
    """Asks how to hand the search results to an outbound call list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.targets: CallListTargets | None = None
        self.name = QLineEdit(self)
        self.name.setObjectName("call_list_name")
        self.name.setMaxLength(200)
        self.due = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.due.setObjectName("call_list_due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.attempts = QSpinBox(self)
        self.attempts.setObjectName("call_list_attempts")
        self.attempts.setRange(0, 20)
        self.count = QLabel(self)
        self.count.setObjectName("call_list_count")
        self.count.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("call_list_message")
        self.message.setWordWrap(True)
        tint(self.message, "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button.setEnabled(False)

        form = QFormLayout()
        self._captions = [QLabel(self) for _ in range(3)]
        for caption, widget in zip(self._captions, (self.name, self.due, self.attempts)):
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self._count: Callable[[], str] = lambda: self.tr("Counting customers…")
        self._message: Callable[[], str] = lambda: ""
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Hand to call list"))
        self.name.setPlaceholderText(self.tr("e.g. spring follow-up"))
        self.attempts.setSpecialValueText(self.tr("Queue default ({0})").format(DEFAULT_MAX_ATTEMPTS))
        for caption, text in zip(
            self._captions, (self.tr("List &name:"), self.tr("Start calling &at:"), self.tr("Attempts per &customer:"))
        ):
            caption.setText(text)
        self.count.setText(self._count())
        self.message.setText(self._message())

    def _say(self, message: Callable[[], str]) -> None:
        """Show ``message()`` under the fields (asked again on a language switch)."""
        self._message = message
        self.message.setText(message())

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # -- filled in by the panel ----------------------------------------------------------------
    def set_targets(self, targets: CallListTargets) -> None:
        """The customers found (OK is enabled from now on)."""
        self.targets = targets

        def text() -> str:
            if targets.more:
                return self.tr("More than {0} customers match.").format(f"{CALL_LIST_LIMIT:,}")
            found = self.tr("%n customer(s) will be added.", "", len(targets.customers))
            if targets.without_phone:
                found += "\n" + self.tr("%n without a phone will be skipped.", "", targets.without_phone)
            return found

        self._count = text
        self.count.setText(text())
        self._say(lambda: "")
        self.ok_button.setEnabled(True)

    def set_failed(self, error: str) -> None:
        self._count = lambda: self.tr("The customers could not be counted: {0}").format(error)
        self.count.setText(self._count())

    # -- answers -------------------------------------------------------------------------------
    def list_name(self) -> str:
        return self.name.text().strip()

    def due_at(self) -> datetime:
        local = cast(datetime, self.due.dateTime().toPython())  # PySide6's stubs say object
        return local.astimezone(timezone.utc)

    def max_attempts(self) -> int | None:
        return self.attempts.value() or None

    def accept(self) -> None:
        if self.targets is None:
            return
        if self.targets.more:
            self._say(
                lambda: self.tr(
                    "At most {0} customers can be handed to a call list at once. Narrow the search "
                    "(e.g. by region, tag or VIP level) and try again."
                ).format(f"{CALL_LIST_LIMIT:,}")
            )
            return
        if not self.list_name():
            self._say(lambda: self.tr("Give the call list a name."))
            self.name.setFocus()
            return
        if not self.targets.customers:
            self._say(lambda: self.tr("No customers to add."))
            return
        super().accept()
