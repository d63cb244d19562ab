"""The to-do form (new or edit): title, customer and call links, due time, priority, assignee, notes.

Assignee choices: me, my team (when the agent belongs to one), or any other agent. The caller passes
the agents (``(user_id, display_name)`` pairs) and gets :meth:`TodoForm.values` on accept: a dict
ready for ``crm.store.todos.TodoBook.create`` / ``edit``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm.records import TodoRecord
from forms.keeps_typed import KeepsTyped
from resources.colours import tint
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

MAX_TITLE = 200
PRIORITY_KEYS = ("low", "normal", "high", "urgent")


class TodoForm(Retranslated, KeepsTyped, QDialog):
    """Modal-less dialog; ``accepted`` means :meth:`values` is valid. Closing it with a title or notes
    typed asks first."""

    def __init__(
        self,
        *,
        me_id: str,
        team: str = "",
        agents: Sequence[tuple[str, str]] = (),
        record: TodoRecord | None = None,
        customer_label: str = "",
        customer_id: str | None = None,
        call_log_id: str | None = None,
        title: str = "",
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.me_id = me_id
        self.team = team
        self.record = record
        self.customer_id = (record or {}).get("customer_id") or customer_id
        self.call_log_id = (record or {}).get("call_log_id") or call_log_id
        now = now or datetime.now(timezone.utc)
        self._customer_text = customer_label
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.customer_label = QLabel(self)
        self.unlink_button = QToolButton(self)  # a to-do started on a customer's card may be about someone else
        self.unlink_button.clicked.connect(self._unlink_customer)
        self.call_label = QLabel(self)
        self.has_due = QCheckBox(self)
        self.due_edit = QDateTimeEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.priority_box = QComboBox(self)
        for key in PRIORITY_KEYS:
            self.priority_box.addItem("", key)
        self.assignee_box = QComboBox(self)
        self.assignee_box.addItem("", f"user:{me_id}")  # "Me"
        if team:
            self.assignee_box.addItem("", f"team:{team}")  # "My team (...)"
        for user_id, name in agents:
            if user_id != me_id:
                self.assignee_box.addItem(name, f"user:{user_id}")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.error_label = QLabel(self)
        tint(self.error_label, "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self._captions = [QLabel(self) for _ in range(7)]
        self._layout()
        self.retranslateUi()
        self._fill(record, title, now)
        self.remember_typed()

    def typed(self) -> object:
        return self.title_edit.text().strip(), self.notes_edit.toPlainText().strip()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Edit to-do") if self.record else self.tr("New to-do"))
        none = self.tr("(none)")
        self.customer_label.setText(self._customer_text or (none if not self.customer_id else ""))
        self.unlink_button.setText(self.tr("Unlink"))
        self.unlink_button.setToolTip(self.tr("This to-do is not about this customer"))
        self.unlink_button.setVisible(bool(self.customer_id))
        self.call_label.setText(self.tr("linked") if self.call_log_id else none)
        self.has_due.setText(self.tr("Due"))
        priorities = {
            "low": self.tr("Low"),
            "normal": self.tr("Normal"),
            "high": self.tr("High"),
            "urgent": self.tr("Urgent"),
        }
        for i, key in enumerate(PRIORITY_KEYS):
            self.priority_box.setItemText(i, priorities[key])
        self.assignee_box.setItemText(0, self.tr("Me"))
        if self.team:
            self.assignee_box.setItemText(1, self.tr("My team ({0})").format(self.team))
        captions = (
            self.tr("Title"),
            self.tr("Customer"),
            self.tr("Call"),
            self.tr("Due time"),
            self.tr("Priority"),
            self.tr("Assign to"),
            self.tr("Notes"),
        )
        for label, text in zip(self._captions, captions):
            label.setText(text)
        if self.error_label.text():
            self.error_label.setText(self.error())

    def _unlink_customer(self) -> None:
        self.customer_id, self._customer_text = None, ""
        self.retranslateUi()

    def _layout(self) -> None:
        form = QFormLayout()
        title, customer, call, due, priority, assignee, notes = self._captions
        form.addRow(title, self.title_edit)
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer_label, 1)
        customer_row.addWidget(self.unlink_button)
        form.addRow(customer, customer_row)
        form.addRow(call, self.call_label)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due_edit, 1)
        form.addRow(due, due_row)
        form.addRow(priority, self.priority_box)
        form.addRow(assignee, self.assignee_box)
        form.addRow(notes, self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.has_due.toggled.connect(self.due_edit.setEnabled)

    def _fill(self, record: TodoRecord | None, title: str, now: datetime) -> None:
        record = record or {}
        self.title_edit.setText(record.get("title") or title)
        due = record.get("due_at")
        when = datetime.fromisoformat(due.replace("Z", "+00:00")) if due else now + timedelta(hours=1)
        self.due_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
        self.has_due.setChecked(bool(due) or not record)
        self.due_edit.setEnabled(self.has_due.isChecked())
        self.priority_box.setCurrentIndex(max(0, self.priority_box.findData(record.get("priority", "normal"))))
        assignee_id = record.get("assignee_id")
        if record.get("team") and not assignee_id:
            self.assignee_box.setCurrentIndex(max(0, self.assignee_box.findData(f"team:{record['team']}")))
        elif assignee_id:
            index = self.assignee_box.findData(f"user:{assignee_id}")
            if index < 0:
                self.assignee_box.addItem(assignee_id[:8], f"user:{assignee_id}")
                index = self.assignee_box.count() - 1
            self.assignee_box.setCurrentIndex(index)
        self.notes_edit.setPlainText(record.get("notes", ""))
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_assignee(self, kind: str, value: str) -> None:
        self.assignee_box.setCurrentIndex(max(0, self.assignee_box.findData(f"{kind}:{value}")))

    def due_at(self) -> datetime | None:
        if not self.has_due.isChecked():
            return None
        return datetime.fromtimestamp(self.due_edit.dateTime().toSecsSinceEpoch(), timezone.utc)

    def values(self) -> dict[str, Any]:
        kind, _, value = str(self.assignee_box.currentData()).partition(":")
        return {
            "title": self.title_edit.text().strip(),
            "due_at": self.due_at(),
            "priority": self.priority_box.currentData(),
            "assignee_id": value if kind == "user" else None,
            "team": value if kind == "team" else "",
            "notes": self.notes_edit.toPlainText().strip(),
            "customer_id": self.customer_id,
            "call_log_id": self.call_log_id,
        }

    def error(self) -> str:
        if not self.title_edit.text().strip():
            return self.tr("Enter a title.")
        return ""

    def _try_accept(self) -> None:
        message = self.error()
        self.error_label.setText(message)
        if message:
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
