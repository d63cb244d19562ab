"""The rows a campaign list refused (row, reason, value), as the back office's validation report names
them: shown by "Add to a campaign…" and by the list import."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from agent_desktop.features.campaigns.labels import problem_label
from crm.schemas.campaigns import ImportReport


class RefusedRows(QTableWidget):
    """Hidden until a report refuses a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.report: ImportReport | None = None
        self.hide()
        self.retranslateUi()

    def show_report(self, report: ImportReport | None) -> None:
        self.report = report
        rejected = report.rejected if report is not None else []
        self.setVisible(bool(rejected))
        self.setRowCount(len(rejected))
        for row, error in enumerate(rejected):
            for column, text in enumerate((str(error.row), problem_label(error.problem.value), error.value)):
                self.setItem(row, column, QTableWidgetItem(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Why refused"), self.tr("Value")])
        if self.report is not None:
            self.show_report(self.report)
