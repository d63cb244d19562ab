"""The rows a campaign list refused (line, reason, value), as the back office's validation report names
them, and the rows it kept without a customer because several customers have their number, in the
file's order: shown by "Add to a campaign…" (rows by their place in the search) and by the list import
(by their line of the file, as a text editor or Excel numbers it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from agent_desktop.features.campaigns.labels import problem_label
from crm.schemas.campaigns import ImportReport


class RefusedRows(QTableWidget):
    """Hidden until a report refuses a row or keeps one without its customer."""

    def __init__(self, parent: QWidget | None = None, lines: bool = False) -> None:
        super().__init__(0, 3, parent)
        self.lines = lines
        """Rows are lines of a file (else places in a search's results)."""
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.report: ImportReport | None = None
        self.hide()
        self.retranslateUi()

    def show_report(self, report: ImportReport | None) -> None:
        self.report = report
        rows = [(e.row, problem_label(e.problem.value), e.value) for e in report.rejected] if report else []
        for shared in report.shared if report else []:
            why = self.tr("Kept without a customer: %n customers have this number", "", shared.customers)
            rows.append((shared.row, why, shared.value))
        rows.sort(key=lambda r: r[0])  # by line, as the file has them
        self.setVisible(bool(rows))
        self.setRowCount(len(rows))
        for row, (line, why, value) in enumerate(rows):
            for column, text in enumerate((str(line), why, value)):
                item = QTableWidgetItem(text)
                if column == 0 and self.lines:
                    item.setToolTip(self.tr("Line {0} of the file").format(line))
                self.setItem(row, column, item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        first = self.tr("Line") if self.lines else self.tr("Row")
        self.setHorizontalHeaderLabels([first, self.tr("Why"), self.tr("Value")])
        if self.report is not None:
            self.show_report(self.report)
