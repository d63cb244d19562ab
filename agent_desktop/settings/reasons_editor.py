"""The Settings dialog's editor of the Not-ready reasons (``presence.not_ready_reasons``): one row per
reason, its name and its maximum time in minutes; Add and Remove.

A built-in reason (break, meal, ...) shows its name in the user's language and only its maximum can be
changed; a reason of the centre's own has the name typed. A new reason's id (what the back office and
the wallboard see) is made from its name: its ASCII letters and digits ("Team huddle" → ``team_huddle``),
else ``reason_<n>``. What is typed is checked with the other settings on OK (a maximum that is not a
whole number of minutes, a reason without a name: the dialog says so and keeps the table as typed).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.shell.i18n import translate_msg
from crm.presence_reasons import BUILT_IN_NAMES, NotReadyReason
from resources.live_text import Retranslated

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""A row's reason id ("" for a row added here and not saved yet)."""
_EDITABLE = Qt.ItemFlag.ItemIsEditable
NAME, MAX = range(2)


def new_id(name: str, taken: set[str]) -> str:
    """An id for a new reason named ``name``: its ASCII letters and digits, lowercase, joined by "_"
    (``reason_<n>`` when that leaves nothing or starts with a digit), not one of ``taken`` nor built in."""
    base = "_".join(re.findall(r"[a-z0-9]+", name.lower()))[:32]
    if not base or not base[0].isalpha():
        base = "reason"
    candidate, n = base, 0
    while candidate in taken or candidate in BUILT_IN_NAMES or candidate == "reason":
        n += 1
        candidate = f"{base}_{n}"
    return candidate


class ReasonsEditor(Retranslated, QWidget):
    """:meth:`set_value` the configured reasons; :meth:`value` gives what the table holds, as the
    setting's plain data (validated by the settings manager)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("reasons_table")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(MAX, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(7 * self.fontMetrics().height() + 24)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.setObjectName("reasons_add")
        self.remove_button.setObjectName("reasons_remove")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslateUi()

    # ---- values ----------------------------------------------------------------------------------
    def set_value(self, reasons: list[NotReadyReason]) -> None:
        self.table.setRowCount(0)
        for reason in reasons:
            self._append(reason.id, reason.name, "" if reason.max_minutes is None else str(reason.max_minutes))
        self.retranslateUi()

    def value(self) -> list[dict[str, Any]]:
        """The rows as the setting's data: ``{"id", "name", "max_minutes"?}`` (a maximum as typed when it
        is not a number, so the check says so)."""
        taken = {self._id(row) for row in range(self.table.rowCount())} - {""}
        out: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):
            reason_id = self._id(row)
            name = "" if self._built_in(row) else self._text(row, NAME)
            if not reason_id:
                reason_id = new_id(name, taken)
                taken.add(reason_id)
            item: dict[str, Any] = {"id": reason_id, "name": name}
            most = self._text(row, MAX)
            if most:
                item["max_minutes"] = int(most) if most.isdigit() else most
            out.append(item)
        return out

    def add_row(self) -> None:
        """A new reason at the end, its name ready to be typed."""
        self._append("", "", "")
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, NAME)
        item = self.table.item(row, NAME)
        if item is not None:
            self.table.editItem(item)

    def remove_row(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def _append(self, reason_id: str, name: str, most: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(ID_ROLE, reason_id)
        if reason_id in BUILT_IN_NAMES and not name:  # its name comes in the user's language
            name_item.setFlags(name_item.flags() & ~_EDITABLE)
        self.table.setItem(row, NAME, name_item)
        self.table.setItem(row, MAX, QTableWidgetItem(most))

    def _id(self, row: int) -> str:
        item = self.table.item(row, NAME)
        return str(item.data(ID_ROLE) or "") if item is not None else ""

    def _built_in(self, row: int) -> bool:
        """The row shows a built-in reason under its own (translated) name."""
        item = self.table.item(row, NAME)
        return item is not None and not item.flags() & _EDITABLE

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    # ---- texts -----------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Reason"), self.tr("Most minutes")])
        self.add_button.setText(self.tr("&Add reason"))
        self.remove_button.setText(self.tr("Remo&ve"))
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is not None and self._built_in(row):
                item.setText(translate_msg(BUILT_IN_NAMES[self._id(row)]))
                item.setToolTip(self.tr("A built-in reason: its name follows the language"))
        self.table.setToolTip(self.tr("Empty minutes: no limit. Past the limit the agent's state turns amber."))
