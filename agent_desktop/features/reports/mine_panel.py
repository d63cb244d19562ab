"""An agent's own figures of the period, one line per figure (the report's total); a double-click on a
figure lists the calls behind it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from agent_desktop.features.reports.core.query import MINE
from agent_desktop.features.reports.core.rows import Answer
from agent_desktop.features.reports.core.texts import FIGURE
from agent_desktop.features.reports.figures_model import FiguresModel
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)


class MyFiguresPanel(Retranslated, QWidget):
    """The table of an agent's totals (same drill-down signal as a chart panel)."""

    sig_drill = Signal(object, str)
    """A figure was double-clicked: the :class:`Row` and the KPI id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report_screen = MINE
        self.answer: Answer | None = None
        self.model = FiguresModel(FIGURE, MINE.columns, self, transposed=True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # each figure beside its name
        header.setMinimumSectionSize(120)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(self._double_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table)

    def show_answer(self, answer: Answer) -> None:
        self.answer = answer
        self.model.set_rows(answer)

    def _double_clicked(self, index: QModelIndex) -> None:
        figure = self.model.figure_at(index)
        if figure is not None:
            self.sig_drill.emit(*figure)

    def retranslateUi(self) -> None:
        self.model.retranslate()
