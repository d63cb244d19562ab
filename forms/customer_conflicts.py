"""The fields of a customer that someone else changed too: show both values, let the agent choose.

Items come from two places: the store's conflicts table (the sync engine kept them after a 412 whose
three-way merge could not settle a field, see :mod:`crm.merge`) and the form's own merge when the
local copy changed while the agent was editing. Each item is a dict with ``field``, ``local`` (the
agent's value), ``remote`` (the other value) and, for stored conflicts, the conflict ``id``.
"""

from __future__ import annotations

import json
import logging
from typing import Any, NotRequired, TypedDict

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from resources.colours import tint_notice

logger = logging.getLogger(__name__)


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class ConflictItem(TypedDict):
    """One conflicting field as the list shows it (see the module's docstring)."""

    field: str
    local: Any
    remote: Any
    id: NotRequired[int]
    """The stored conflict's id (absent for the form's own merge conflicts)."""


class CustomerConflicts(QFrame):
    """A list of conflicting fields, each with "Keep mine" and "Keep theirs"."""

    sig_resolve_requested = Signal(ConflictItem, bool)
    """The agent chose for one item: (item, keep_local). Declared with the TypedDict, not ``dict``: the
    receiver gets the listed item itself (a ``Signal(dict)`` would hand it a QVariantMap copy)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_conflicts")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        tint_notice(self)  # the theme's notice colours, its text included
        self.grid = QGridLayout(self)
        self.items: list[ConflictItem] = []
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.grid.count():
            self.set_items(self.items)  # built again in the new language
        super().changeEvent(event)

    def set_items(self, items: list[ConflictItem]) -> None:
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.items = list(items)
        title = QLabel(self.tr("Someone else changed these fields meanwhile. Choose which value to keep:"), self)
        title.setWordWrap(True)
        self.grid.addWidget(title, 0, 0, 1, 3)
        for row, item in enumerate(self.items, start=1):
            label = QLabel(
                self.tr("{0}: theirs “{1}”, yours “{2}”").format(
                    self.field_label(item["field"]), _text(item.get("remote")), _text(item.get("local"))
                ),
                self,
            )
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setObjectName(f"conflict_{item['field']}")
            mine = QPushButton(self.tr("Keep mine"), self)
            theirs = QPushButton(self.tr("Keep theirs"), self)
            mine.clicked.connect(lambda _c=False, i=item: self.sig_resolve_requested.emit(i, True))
            theirs.clicked.connect(lambda _c=False, i=item: self.sig_resolve_requested.emit(i, False))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(mine, row, 1)
            self.grid.addWidget(theirs, row, 2)
        self.setVisible(bool(self.items))

    def field_label(self, field: str) -> str:
        """A customer field as the form names it ("vip_level" is "VIP level"), in the current language."""
        labels = {
            "name": self.tr("Name"),
            "phones": self.tr("Phones"),
            "address": self.tr("Address"),
            "tags": self.tr("Tags"),
            "vip_level": self.tr("VIP level"),
            "preferences": self.tr("Preferences"),
            "notes": self.tr("Notes"),
        }
        return labels.get(field) or field.replace("_", " ").capitalize()

    def button(self, field: str, keep_local: bool) -> QPushButton:
        """The choice button of ``field`` (for keyboard users and tests)."""
        for row, item in enumerate(self.items, start=1):
            if item["field"] == field:
                cell = self.grid.itemAtPosition(row, 1 if keep_local else 2)
                button = cell.widget() if cell is not None else None
                if isinstance(button, QPushButton):
                    return button
        raise KeyError(field)
