"""The table beside each chart: a row per interval or group and a column per figure, or (an agent's
own figures) a row per figure. Texts follow a language switch when the view calls :meth:`retranslate`;
numbers are grouped as the language in use groups them (:func:`locale_number`)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from agent_desktop.features.reports.core.figures import KPI, bucket_label, calls_behind, format_value
from agent_desktop.features.reports.core.rows import Answer, Row
from agent_desktop.features.reports.core.texts import DRILL_TIP, FIGURE, NO_DRILL_TIP, NONE_LABEL, VALUE
from agent_desktop.shell.i18n import translate_msg
from crm.i18n import Msg

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _TIP, _ALIGN = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def locale_number(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` decimals in the language in use (its digit grouping and decimal point;
    the default locale follows a language switch)."""
    return QLocale().toString(float(value), "f", decimals)


class FiguresModel(QAbstractTableModel):
    """``columns`` (KPI ids) of ``rows``; ``transposed``: one row per figure of the report's total."""

    def __init__(self, first: Msg, columns: tuple[str, ...], parent: QObject | None = None, transposed: bool = False):
        super().__init__(parent)
        self.first, self.columns, self.transposed = first, columns, transposed
        self.answer: Answer | None = None
        self.rows: list[Row] = []

    def set_rows(self, answer: Answer, rows: list[Row] | None = None) -> None:
        self.beginResetModel()
        self.answer = answer
        if self.transposed:
            self.rows = [Row(None, "", "", answer.total)]
        else:
            self.rows = list(answer.rows if rows is None else rows)
        self.endResetModel()

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # -- shape -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        if self.transposed:
            return len(self.columns) if self.rows else 0
        return len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return 2 if self.transposed else 1 + len(self.columns)

    def figure_at(self, index: Index) -> tuple[Row, str] | None:
        """The row and KPI id of a figure's cell (None for a label cell)."""
        if not index.isValid():
            return None
        if self.transposed:
            return (self.rows[0], self.columns[index.row()]) if index.column() == 1 else None
        if index.column() == 0:
            return None
        return self.rows[index.row()], self.columns[index.column() - 1]

    def row_label(self, row: Row) -> str:
        if row.bucket is not None and self.answer is not None:
            return bucket_label(row.bucket, self.answer.interval, self.answer.one_day)
        return row.label or translate_msg(NONE_LABEL)

    # -- texts -----------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if self.transposed:
            names = (FIGURE, VALUE)
            return translate_msg(names[section]) if role == _DISPLAY and section < 2 else None
        if section == 0:
            return translate_msg(self.first) if role == _DISPLAY else None
        kpi = KPI[self.columns[section - 1]]
        if role == _DISPLAY:
            return translate_msg(kpi.name)
        if role == _TIP:
            return translate_msg(kpi.formula)
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if self.transposed and index.column() == 0:
            kpi = KPI[self.columns[index.row()]]
            if role == _DISPLAY:
                return translate_msg(kpi.name)
            return translate_msg(kpi.formula) if role == _TIP else None
        figure = self.figure_at(index)
        if figure is None:
            return self.row_label(self.rows[index.row()]) if role == _DISPLAY else None
        row, kpi_id = figure
        if role == _DISPLAY:
            return format_value(kpi_id, row.value(kpi_id), locale_number)
        if role == _ALIGN:
            return int(_RIGHT.value)
        if role == _TIP:
            return translate_msg(DRILL_TIP if calls_behind(kpi_id) is not None else NO_DRILL_TIP)
        return None
