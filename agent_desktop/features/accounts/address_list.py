"""The client addresses locked out in Tools → User accounts: after repeated failed sign-ins the back office
refuses every sign-in from an address for a while, whoever tries (:mod:`backoffice.throttle`). The admin
sees each address, since and until when it is held back and how many sign-ins failed, and unlocks one
(the User accounts window sends it, in the background)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.accounts.core.users import AddressRow
from agent_desktop.features.accounts.row_table import row_table
from agent_desktop.shell.local_time import local_time
from resources.live_text import Retranslated

COLUMNS = ("address", "since", "until", "failures")
SHOWN_ROWS = 4
"""The list is this many rows high (more scroll): the users' list keeps the room."""
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("AddressesModel", text)


class AddressesModel(QAbstractTableModel):
    """The addresses held back (:class:`AddressRow`), longest wait first."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AddressRow] = []

    def set_rows(self, rows: list[AddressRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "address": _tr("Client address"),
            "since": _tr("Since"),
            "until": _tr("Until"),
            "failures": _tr("Failed sign-ins"),
        }[COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if column == "address":
            return row.address
        if column == "since":
            return local_time(row.since)
        if column == "until":
            shown = local_time(row.until)
            return shown if row.locked else _tr("%1 (backing off)").replace("%1", shown)
        return str(row.failures)


class AddressLockouts(Retranslated, QWidget):
    """The list and its Unlock button; ``sig_unlock_requested(address)`` asks the window to unlock."""

    sig_unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self.model = AddressesModel()
        self.heading = QLabel()
        self.table = row_table(self.model, "addresses_table")
        header = self.table.horizontalHeader()
        rows = self.table.verticalHeader().defaultSectionSize() * SHOWN_ROWS
        self.table.setFixedHeight(rows + header.sizeHint().height() + 2 * self.table.frameWidth())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.model.modelReset.connect(self._update_button)
        self.empty = QLabel()  # said instead of an empty list
        self.empty.setObjectName("no_addresses_label")
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlock_address")
        self.unlock_button.clicked.connect(lambda _checked=False: self._unlock())
        line = QHBoxLayout()
        line.addWidget(self.heading)
        line.addStretch(1)
        line.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.retranslateUi()
        self.set_rows([])

    def retranslateUi(self) -> None:
        self.heading.setText(self.tr("Client addresses locked out after failed sign-ins"))
        self.empty.setText(self.tr("No client address is locked out."))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setToolTip(self.tr("Let sign-ins from the chosen address in again at once"))
        self.model.retranslate()

    def set_rows(self, rows: list[AddressRow]) -> None:
        """Show ``rows``; the address chosen stays chosen while it is listed."""
        chosen = self.selected()
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        keep = next((i for i, row in enumerate(rows) if chosen is not None and row.address == chosen.address), -1)
        if keep >= 0:
            self.table.selectRow(keep)
        self._update_button()

    def selected(self) -> AddressRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.model.rows[chosen[0].row()] if chosen else None

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_button()

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(self.selected() is not None and not self.busy)

    def _unlock(self) -> None:
        row = self.selected()
        if row is not None and not self.busy:
            self.sig_unlock_requested.emit(row.address)
