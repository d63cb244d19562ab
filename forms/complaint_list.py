"""Complaints list for supervisors: every complaint in the local store, open and overdue ones highlighted.

Filter by status or "overdue only"; double-click opens the status dialog (the shell connects
:attr:`ComplaintList.sig_complaint_open_requested`). The query runs through ``tasks``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.schemas import ComplaintStatus
from forms.order_labels import code_label
from resources.colours import meaning, notice

if TYPE_CHECKING:
    from crm.store.search import ComplaintListRow

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
ACTIVE = (ComplaintStatus.OPEN.value, ComplaintStatus.IN_PROGRESS.value)


class ComplaintListModel(QAbstractTableModel):
    """Rows: complaints as returned by ``LocalCustomerSearch.complaints`` (with customer_name, overdue)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records: list[ComplaintListRow] = []
        self.keys = ("customer_name", "summary", "category", "severity", "status", "due_at")
        self.headers: tuple[str, ...] = ()
        self.retranslate()

    def retranslate(self) -> None:
        """Headers in the current language; views repaint every cell (after a language switch)."""
        self.headers = (
            self.tr("Customer"),
            self.tr("Summary"),
            self.tr("Category"),
            self.tr("Severity"),
            self.tr("Status"),
            self.tr("Due"),
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.keys) - 1)
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, len(self.keys) - 1))

    def set_records(self, records: list[ComplaintListRow]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    @staticmethod
    def _colour(record: ComplaintListRow, role: int) -> QBrush | None:
        """Overdue rows in the error colour on the notice background, other open ones on the notice
        background, in the theme in use (asked at every paint)."""
        if not record.get("overdue") and record.get("status") not in ACTIVE:
            return None
        colours = notice()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(colours.background)
        return QBrush(meaning("error") if record.get("overdue") else colours.text)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value: Any = record.get(self.keys[index.column()]) or ""  # a different field in each column
            if self.keys[index.column()] == "due_at":
                value = value[:16].replace("T", " ")
            if self.keys[index.column()] in ("category", "severity", "status"):
                value = code_label(str(value))
            if self.keys[index.column()] == "status" and record.get("overdue"):
                value = self.tr("{0} (overdue)").format(value)
            return str(value)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return self._colour(record, role)
        if role == Qt.ItemDataRole.UserRole:
            return record["id"]
        return None


class ComplaintList(QWidget):
    """The supervisors' complaints view."""

    sig_complaint_open_requested = Signal(str)
    """Open this complaint id (status dialog)."""

    def __init__(self, tasks: Any, local: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.local = local
        self.model = ComplaintListModel(self)
        self.status = QComboBox(self)
        self.status.addItem("", None)  # "All statuses"
        for status in ComplaintStatus:
            self.status.addItem(code_label(status.value), status.value)
        self.overdue = QCheckBox(self)
        self.refresh_button = refresh = QPushButton(self)
        self.count = QLabel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._open)  # a double-click or Enter (doubleClicked too would open two)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue.toggled.connect(lambda _on: self.refresh())
        refresh.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        for widget in (self.status, self.overdue, refresh):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self._counts: tuple[int, int, int] | None = None
        self.retranslateUi()
        self.refresh()

    def retranslateUi(self) -> None:
        self.status.setItemText(0, self.tr("All statuses"))
        for i in range(1, self.status.count()):
            self.status.setItemText(i, code_label(str(self.status.itemData(i))))
        self.overdue.setText(self.tr("Overdue only"))
        self.refresh_button.setText(self.tr("&Refresh"))
        if self._counts is not None:
            self.count.setText(self.tr("{0} complaints · {1} open · {2} overdue").format(*self._counts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.model.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        status, overdue = self.status.currentData(), self.overdue.isChecked()
        self.tasks.run(lambda: self.local.complaints(status=status, overdue_only=overdue), self._show, owner=self)

    def _show(self, records: list[ComplaintListRow]) -> None:
        self.model.set_records(records)
        late = sum(1 for r in records if r.get("overdue"))
        active = sum(1 for r in records if r.get("status") in ACTIVE)
        self._counts = (len(records), active, late)
        self.count.setText(self.tr("{0} complaints · {1} open · {2} overdue").format(*self._counts))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_complaint_open_requested.emit(self.model.records[index.row()]["id"])
