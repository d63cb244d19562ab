"""Editing the courier rules (delivery method + region → courier) kept in the back office."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.logistics.core.crm_calls import LogisticsCalls
from crm.schemas.logistics import CourierRule

logger = logging.getLogger(__name__)

METHODS = ("", "express", "courier", "post", "pickup")


class CourierRulesDialog(QDialog):
    """Rules are tried top to bottom; the first match gives the courier."""

    sig_rules_saved = Signal(list)
    """The back office stored the rules (the saved list of CourierRule; Qt hands the slot a copy of the
    list holding the same CourierRule objects)."""

    def __init__(
        self, api: LogisticsCalls, tasks: Any, rules: list[CourierRule], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.api, self.tasks = api, tasks
        self.setWindowTitle(self.tr("Courier rules"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("rules_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Delivery (empty = any)"), self.tr("Region prefix"), self.tr("Courier")]
        )
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setStyleSheet("color: #b00020;")
        add = QPushButton(self.tr("&Add rule"))
        add.clicked.connect(lambda: self.add_rule(CourierRule(courier="?")))
        remove = QPushButton(self.tr("&Remove rule"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        for rule in rules:
            self.add_rule(rule)

    def add_rule(self, rule: CourierRule) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        combo.addItems(METHODS)
        combo.setCurrentText(rule.delivery_method.value if rule.delivery_method else "")
        self.table.setCellWidget(row, 0, combo)
        self.table.setItem(row, 1, QTableWidgetItem(rule.region))
        self.table.setItem(row, 2, QTableWidgetItem(rule.courier))

    def rules(self) -> list[CourierRule]:
        """The rules as edited (ValidationError when a row is incomplete)."""
        out = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            assert isinstance(combo, QComboBox)  # add_rule, the only way rows are added, puts one there
            method = combo.currentText() or None
            region = (self.table.item(row, 1) or QTableWidgetItem()).text().strip()
            courier = (self.table.item(row, 2) or QTableWidgetItem()).text().strip()
            out.append(CourierRule(delivery_method=method, region=region, courier=courier))
        return out

    def save(self) -> None:
        try:
            rules = self.rules()
        except ValidationError:
            self.message_label.setText(self.tr("Every rule needs a courier."))
            return
        api = self.api
        self.tasks.run(lambda: api.save_rules(rules), self._saved, self._failed, owner=self)

    def _saved(self, rules: list[CourierRule]) -> None:
        self.sig_rules_saved.emit(rules)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message_label.setText(self.tr("Not saved: %1").replace("%1", str(getattr(exc, "message", exc))))
