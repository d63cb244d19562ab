"""Editing the courier rules (delivery method + region → courier) kept in the back office."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
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
from agent_desktop.features.logistics.core.labels import DELIVERY_METHODS
from crm.schemas.logistics import CourierRule
from resources.colours import tint

logger = logging.getLogger(__name__)

METHODS = ("", *DELIVERY_METHODS)
"""The delivery methods a rule may name ("" = any), shown by their labels."""


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
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("rules_table")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.message_label, "error")
        self.add_button = add = QPushButton()
        add.clicked.connect(lambda: self.add_rule(CourierRule(courier="?")))
        self.remove_button = remove = QPushButton()
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
        self._retranslate()
        for rule in rules:
            self.add_rule(rule)
        self.table.resizeColumnsToContents()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Courier rules"))
        self.table.setHorizontalHeaderLabels([self.tr("Delivery"), self.tr("Region prefix"), self.tr("Courier")])
        self.add_button.setText(self.tr("&Add rule"))
        self.remove_button.setText(self.tr("&Remove rule"))
        for row in range(self.table.rowCount()):
            self._label_methods(self._combo(row))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _label_methods(self, combo: QComboBox) -> None:
        for i, code in enumerate(METHODS):
            label = DELIVERY_METHODS.get(code)
            combo.setItemText(i, QCoreApplication.translate(label.context, label) if label else self.tr("Any"))

    def _combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, 0)
        assert isinstance(combo, QComboBox)  # add_rule, the only way rows are added, puts one there
        return combo

    def add_rule(self, rule: CourierRule) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        for code in METHODS:
            combo.addItem("", code)
        self._label_methods(combo)
        combo.setCurrentIndex(METHODS.index(rule.delivery_method.value if rule.delivery_method else ""))
        self.table.setCellWidget(row, 0, combo)
        self.table.setItem(row, 1, QTableWidgetItem(rule.region))
        self.table.setItem(row, 2, QTableWidgetItem(rule.courier))

    def rules(self) -> list[CourierRule]:
        """The rules as edited (ValidationError when a row is incomplete)."""
        out = []
        for row in range(self.table.rowCount()):
            method = self._combo(row).currentData() or None
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
