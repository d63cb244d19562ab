"""The User accounts window's table: login, name, role, team, active, and until when sign-ins are
held back after failed attempts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from agent_desktop.features.accounts.core.users import ROLES, UserRow
from agent_desktop.shell.local_time import local_time
from resources.colours import meaning

COLUMNS = ("username", "display_name", "role", "team", "active", "held_until")
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("UsersModel", text)


def _headers() -> dict[str, str]:
    return {
        "username": _tr("Login"),
        "display_name": _tr("Name"),
        "role": _tr("Role"),
        "team": _tr("Team"),
        "active": _tr("Active"),
        "held_until": _tr("Locked out until"),
    }


def held_text(row: UserRow) -> str:
    """Until when the user's sign-ins are refused, in local time ("" when they are not)."""
    if row.held_until is None:
        return ""
    shown = local_time(row.held_until)
    return shown if row.locked else _tr("%1 (after failed sign-ins)").replace("%1", shown)


class UsersModel(QAbstractTableModel):
    """The users the window shows (:class:`UserRow`), sorted by login."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[UserRow] = []

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, user_id: str) -> int:
        return next((i for i, row in enumerate(self.rows) if row.id == user_id), -1)

    def retranslate(self) -> None:
        """The language changed: headers and cells are asked again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "held_until" and row.held_until is not None:
                return QBrush(meaning("error"))
            if not row.active:  # greyed as disabled text is, in the theme in use
                return QBrush(QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    @staticmethod
    def _text(row: UserRow, column: str) -> str:
        if column == "role":
            role = ROLES.get(row.role)
            return QCoreApplication.translate(role.context, role) if role is not None else row.role
        if column == "active":
            return _tr("Yes") if row.active else _tr("No (deactivated)")
        if column == "held_until":
            return held_text(row)
        return str(getattr(row, column))
