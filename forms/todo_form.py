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
    QVBoxLayout,
    QWidget,
)

from crm.records import TodoRecord

logger = logging.getLogger(__name__)

MAX_TITLE = 200
PRIORITY_KEYS = ("low", "normal", "high", "urgent")


class TodoForm(QDialog):
    """Modal-less dialog; ``accepted`` means :meth:`values` is valid."""

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
        self.setWindowTitle(self.tr("Edit to-do") if record else self.tr("New to-do"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.customer_label = QLabel(customer_label or (self.tr("(none)") if not self.customer_id else ""), self)
        self.call_label = QLabel(self.tr("linked") if self.call_log_id else self.tr("(none)"), self)
        self.has_due = QCheckBox(self.tr("Due"), self)
        self.due_edit = QDateTimeEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.priority_box = QComboBox(self)
        for key, text in zip(PRIORITY_KEYS, (self.tr("Low"), self.tr("Normal"), self.tr("High"), self.tr("Urgent"))):
            self.priority_box.addItem(text, key)
        self.assignee_box = QComboBox(self)
        self.assignee_box.addItem(self.tr("Me"), f"user:{me_id}")
        if team:
            self.assignee_box.addItem(self.tr("My team ({0})").format(team), f"team:{team}")
        for user_id, name in agents:
            if user_id != me_id:
                self.assignee_box.addItem(name, f"user:{user_id}")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._fill(record, title, now)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Customer"), self.customer_label)
        form.addRow(self.tr("Call"), self.call_label)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due_edit, 1)
        form.addRow(self.tr("Due time"), due_row)
        form.addRow(self.tr("Priority"), self.priority_box)
        form.addRow(self.tr("Assign to"), self.assignee_box)
        form.addRow(self.tr("Notes"), self.notes_edit)
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
