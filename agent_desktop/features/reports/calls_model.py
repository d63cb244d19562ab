"""The list of calls behind a figure (pages of ``/reports/calls``, or of ``/reports/campaigns/attempts``
for a campaign's figure, added as they come): codes in the language in use, times as m:ss
(:func:`.core.call_list.cell`), right-aligned."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from agent_desktop.features.reports.core.call_list import COLUMNS, cell
from agent_desktop.shell.i18n import translate_msg
from crm.i18n import Msg

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _TIP, _ALIGN = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_TIMES = frozenset({"wait_s", "handling_s"})


class CallsModel(QAbstractTableModel):
    """One row per call (a :class:`crm.schemas.reports.CallRow` as JSON; or another row, e.g. a campaign
    attempt, in ``columns`` written by ``write``)."""

    def __init__(
        self,
        parent: QObject | None = None,
        columns: tuple[tuple[str, Msg], ...] = COLUMNS,
        write: Callable[[Mapping[str, Any], str], str | Msg] = cell,
    ) -> None:
        super().__init__(parent)
        self.columns, self.write = columns, write
        self.calls: list[dict[str, Any]] = []
        self.open_tip = ""
        """The tooltip of a call with a customer (set by the view, in the language in use)."""

    def add(self, calls: list[dict[str, Any]]) -> None:
        if not calls:
            return
        self.beginInsertRows(QModelIndex(), len(self.calls), len(self.calls) + len(calls) - 1)
        self.calls.extend(calls)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.calls = []
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.calls:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.calls) - 1, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.calls)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(self.columns):
            return translate_msg(self.columns[section][1])
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        call = self.calls[index.row()]
        if role == _DISPLAY:
            return translate_msg(self.write(call, self.columns[index.column()][0]))
        if role == _TIP and call.get("customer_id"):
            return self.open_tip
        if role == _ALIGN and self.columns[index.column()][0] in _TIMES:
            return _RIGHT
        return None
