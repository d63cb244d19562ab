"""Move a complaint along open → in progress → resolved → closed, with a note at each step.

Shows the complaint's history (each step's status, note, who and when: the CRM builds it from its audit
trail) and offers only the transitions of :data:`crm.schemas.COMPLAINT_TRANSITIONS`. The change is a
PATCH of ``status`` + ``status_note`` (+ ``resolution`` when resolving) through the local store and
outbox, so it works offline; until the CRM confirms it the step is listed as waiting to sync.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm.records import ComplaintRecord
from crm.schemas import COMPLAINT_TRANSITIONS, ComplaintStatus
from forms.order_labels import code_label
from resources.colours import tint
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)


class LocalComplaint(ComplaintRecord, total=False):
    """The local copy of a complaint: after a status change the CRM has not confirmed yet it also
    carries that change's ``status_note``."""

    status_note: str


class ComplaintStatusDialog(Retranslated, QDialog):
    """Status change of one complaint."""

    sig_status_changed = Signal(dict)
    """The new status was written locally (and queued for the CRM): the local record."""

    def __init__(self, tasks: Any, store: Any, complaint_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.store = store
        self.complaint_id = complaint_id
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.history = QListWidget(self)
        self.history.setObjectName("complaint_history")
        self.target = QComboBox(self)
        self.note = QPlainTextEdit(self)
        self.resolution = QPlainTextEdit(self)
        self.message = QLabel(self)
        self.message.setObjectName("form_message")
        tint(self.message, "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.target.currentIndexChanged.connect(lambda _i: self._update_resolution())
        form = QFormLayout()
        self._captions = [QLabel(self) for _ in range(3)]
        for caption, widget in zip(self._captions, (self.target, self.note, self.resolution)):
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self._message: Callable[[], str] = lambda: ""
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.history)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.record: LocalComplaint = {}
        self.retranslateUi()
        self.load()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Complaint status"))
        self.note.setPlaceholderText(self.tr("What was done, what was agreed with the customer"))
        for caption, text in zip(self._captions, (self.tr("New &status"), self.tr("&Note *"), self.tr("&Resolution"))):
            caption.setText(text)
        self.message.setText(self._message())
        if self.record:
            self._show_record()

    def _say(self, message: Callable[[], str]) -> None:
        self._message = message
        self.message.setText(message())

    def load(self) -> None:
        """Show the local copy: heading, history, the statuses it may move to."""
        self.record = cast(LocalComplaint, self.store.get("complaints", self.complaint_id) or {})
        self.target.clear()  # a fresh choice of the statuses it may move to now
        self._show_record()
        self.resolution.setPlainText(self.record.get("resolution") or "")
        self._update_resolution()

    def _show_record(self) -> None:
        """Heading, history and the statuses it may move to, in the current language (the choice stays)."""
        status = ComplaintStatus(self.record.get("status", "open"))
        label = code_label(status.value)
        self.heading.setText(self.tr("{0} — now {1}").format(self.record.get("summary", ""), label))
        self.history.clear()
        steps = self.record.get("history") or []
        for step in steps:
            step_status = code_label(str(step.get("status") or ""))
            line = f"{(step.get('at') or '')[:16].replace('T', ' ')}  {step_status}  {step.get('actor_username') or ''}"
            self.history.addItem(line + (f" — {step['note']}" if step.get("note") else ""))
        last = steps[-1]["status"] if steps else None
        if self.record.get("status_note") and (last != status.value or self.record.get("version", 0) == 0):
            self.history.addItem(self.tr("{0} — {1} (waiting to sync)").format(label, self.record["status_note"]))
        chosen = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        for option in sorted(COMPLAINT_TRANSITIONS[status], key=list(ComplaintStatus).index):
            self.target.addItem(code_label(option.value), option.value)
        self.target.setCurrentIndex(max(0, self.target.findData(chosen)))
        self.target.blockSignals(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(self.target.count() > 0)

    def _update_resolution(self) -> None:
        self.resolution.setEnabled(self.target.currentData() == ComplaintStatus.RESOLVED.value)

    def apply(self) -> None:
        """Write the status change with its note (a note is required at every step)."""
        target, note = self.target.currentData(), self.note.toPlainText().strip()
        if target is None:
            return
        if not note:
            self._say(lambda: self.tr("Write a note for this step."))
            return
        changes = {"status": target, "status_note": note}
        if target == ComplaintStatus.RESOLVED.value:
            changes["resolution"] = self.resolution.toPlainText().strip()
        self.buttons.setEnabled(False)
        self.tasks.write(
            lambda: self.store.update("complaints", self.complaint_id, changes),
            self._on_saved,
            self._on_failed,
            owner=self,
        )

    def _on_saved(self, record: ComplaintRecord) -> None:
        self.buttons.setEnabled(True)
        self.note.clear()
        self._say(lambda: "")
        self.load()
        self.sig_status_changed.emit(record)

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._say(lambda: self.tr("Not saved: {0}").format(exc))
