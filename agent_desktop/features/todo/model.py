"""Table model of the to-do dock: rows are to-do records (``TodoRecord``) already filtered and sorted."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from agent_desktop.shell.local_time import short_local_time
from crm.i18n import QT_TRANSLATE_NOOP
from crm.records import TodoRecord
from crm.store.todos import is_open, is_overdue, parse_time
from resources.colours import meaning, notice

logger = logging.getLogger(__name__)

COLUMNS = ("title", "due", "priority", "assignee", "customer")
_HEADERS = {
    "title": QT_TRANSLATE_NOOP("TodoModel", "Title"),
    "due": QT_TRANSLATE_NOOP("TodoModel", "Due"),
    "priority": QT_TRANSLATE_NOOP("TodoModel", "Priority"),
    "assignee": QT_TRANSLATE_NOOP("TodoModel", "Assigned to"),
    "customer": QT_TRANSLATE_NOOP("TodoModel", "Customer"),
}
PRIORITIES = {
    "low": QT_TRANSLATE_NOOP("TodoModel", "Low"),
    "normal": QT_TRANSLATE_NOOP("TodoModel", "Normal"),
    "high": QT_TRANSLATE_NOOP("TodoModel", "High"),
    "urgent": QT_TRANSLATE_NOOP("TodoModel", "Urgent"),
}
_TEAM = QT_TRANSLATE_NOOP("TodoModel", "Team {0}")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodoModel", text)


class TodoTableModel(QAbstractTableModel):
    """``set_items(records, now)``; ``highlight(ids)`` marks alerting rows."""

    def __init__(
        self,
        *,
        names: Callable[[str], str] | None = None,
        customer_names: Callable[[str], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.items: list[TodoRecord] = []
        self.now: datetime | None = None
        self.highlighted: set[str] = set()
        self.names = names or (lambda user_id: "")
        self.customer_names = customer_names or (lambda customer_id: "")

    def set_items(self, items: list[TodoRecord], now: datetime) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.now = now
        self.endResetModel()

    def highlight(self, ids: list[str]) -> None:
        self.highlighted = set(ids)
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(COLUMNS) - 1))

    def row_of(self, todo_id: str) -> int:
        return next((i for i, t in enumerate(self.items) if t["id"] == todo_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[COLUMNS[section]])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        todo = self.items[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(todo, column)
        if role == ID_ROLE:
            return todo["id"]
        if role == Qt.ItemDataRole.BackgroundRole and todo["id"] in self.highlighted:
            return QBrush(notice().background)
        if role == Qt.ItemDataRole.ForegroundRole:  # colours of the theme in use, asked at every paint
            if todo["id"] in self.highlighted:
                return QBrush(notice().text)
            if self.now and is_overdue(todo, self.now):
                return QBrush(meaning("error"))
        if role == Qt.ItemDataRole.FontRole and not is_open(todo):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell the column elides, then the notes
            return "\n".join(t for t in (str(self._text(todo, column)), todo.get("notes") or "") if t) or None
        return None

    def _text(self, todo: TodoRecord, column: str) -> str:
        if column == "title":
            return str(todo.get("title", ""))
        if column == "due":  # short (the time alone today): it stays whole in the narrow dock
            due = parse_time(todo.get("due_at"))
            return short_local_time(due, self.now) if due else ""
        if column == "priority":
            return _tr(PRIORITIES.get(todo.get("priority", "normal"), PRIORITIES["normal"]))
        if column == "assignee":
            assignee_id = todo.get("assignee_id")
            if assignee_id:
                return self.names(assignee_id)
            return _tr(_TEAM).format(todo.get("team", "")) if todo.get("team") else ""
        if column == "customer":
            customer_id = todo.get("customer_id")
            return self.customer_names(customer_id) if customer_id else ""
        return ""
