"""The conditions part of the customer search form: every field optional, all given ones combined (AND)."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any, cast

from pydantic import ValidationError
from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from crm.schemas import CallWindow, ComplaintStatus, CustomerSearch
from crm.search_query import TEXT_CONDITIONS, make_conditions
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

RANGES = (("last_contact_from", "last_contact_to"), ("order_from", "order_to"))


class DateRangeEdit(Retranslated, QWidget):
    """Two optional dates (a check box each): ``from`` and ``to`` (inclusive days)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edits: list[tuple[QCheckBox, QDateEdit]] = []
        for _end in ("from", "to"):
            check, edit = QCheckBox(self), QDateEdit(QDate.currentDate(), self)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            layout.addWidget(check)
            layout.addWidget(edit)
            self.edits.append((check, edit))
        self.retranslateUi()

    def retranslateUi(self) -> None:
        for (check, _edit), text in zip(self.edits, (self.tr("from"), self.tr("to"))):
            check.setText(text)

    def values(self) -> tuple[date | None, date | None]:
        # PySide6's stubs say QDate.toPython() returns object: it is a datetime.date
        out = [cast(date, edit.date().toPython()) if check.isChecked() else None for check, edit in self.edits]
        return out[0], out[1]

    def set_values(self, low: date | None, high: date | None) -> None:
        for (check, edit), value in zip(self.edits, (low, high)):
            check.setChecked(value is not None)
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))


class SearchConditions(Retranslated, QWidget):
    """Edits a :class:`CustomerSearch`; Enter in any text field asks to search."""

    sig_submit_requested = Signal()
    """The agent pressed Enter in a text field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.captions: dict[str, QLabel] = {}  # condition -> its label
        self.texts: dict[str, QLineEdit] = {}
        for key in TEXT_CONDITIONS:
            edit = QLineEdit(self)
            edit.setObjectName(f"search_{key}")
            edit.setClearButtonEnabled(True)
            edit.returnPressed.connect(self.sig_submit_requested)
            self.texts[key] = edit
            form.addRow(self._caption(key), edit)
        self.combos: dict[str, QComboBox] = {}
        yes_no: list[Any] = [None, True, False]
        choices: dict[str, list[Any]] = {
            "vip_level": [None, *range(6)],
            "vip_min": [None, *range(1, 6)],
            "accepts_samples": yes_no,
            "follow_up_opt_in": yes_no,
            "call_window": [None, *CallWindow],
            "complaint_status": [None, *ComplaintStatus],
        }
        for key, values in choices.items():
            combo = QComboBox(self)
            combo.setObjectName(f"search_{key}")
            for value in values:
                combo.addItem("", value)  # texts: retranslateUi
            self.combos[key] = combo
            form.addRow(self._caption(key), combo)
        self.ranges: dict[str, DateRangeEdit] = {}
        for low, _high in RANGES:
            self.ranges[low] = DateRangeEdit(self)
            form.addRow(self._caption(low), self.ranges[low])
        self.retranslateUi()

    def _caption(self, key: str) -> QLabel:
        label = QLabel(self)
        self.captions[key] = label
        return label

    def retranslateUi(self) -> None:
        captions = {
            "name": self.tr("Name or pinyin initials"),
            "phone": self.tr("Phone"),
            "city": self.tr("City"),
            "region": self.tr("Province, city or district"),
            "tag": self.tr("Tag"),
            "product_sku": self.tr("Product bought (SKU)"),
            "vip_level": self.tr("VIP level"),
            "vip_min": self.tr("VIP level at least"),
            "accepts_samples": self.tr("Accepts sample trials"),
            "follow_up_opt_in": self.tr("Agreed to follow-up calls"),
            "call_window": self.tr("Preferred call window"),
            "complaint_status": self.tr("Has a complaint that is"),
            "last_contact_from": self.tr("Last contact"),
            "order_from": self.tr("Ordered"),
        }
        for key, label in self.captions.items():
            label.setText(captions[key])
        for combo in self.combos.values():
            for i in range(combo.count()):
                combo.setItemText(i, self._choice_text(combo.itemData(i)))

    def _choice_text(self, value: Any) -> str:
        """A choice of a combo in the current language: Any, Yes/No, a level, a call window, a status."""
        if value is None:
            return self.tr("Any")
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        labels = {
            CallWindow.ANYTIME: self.tr("Any time"),
            CallWindow.MORNING: self.tr("Morning (09-12)"),
            CallWindow.AFTERNOON: self.tr("Afternoon (12-18)"),
            CallWindow.EVENING: self.tr("Evening (18-21)"),
            CallWindow.WEEKEND: self.tr("Weekend"),
            ComplaintStatus.OPEN: self.tr("open"),
            ComplaintStatus.IN_PROGRESS: self.tr("in progress"),
            ComplaintStatus.RESOLVED: self.tr("resolved"),
            ComplaintStatus.CLOSED: self.tr("closed"),
        }
        return labels.get(value, str(getattr(value, "value", value)))

    def conditions(self) -> CustomerSearch:
        """The conditions typed (raises ValueError with a readable message when one is invalid)."""
        values: dict[str, Any] = {key: edit.text() for key, edit in self.texts.items()}
        values.update({key: combo.currentData() for key, combo in self.combos.items()})
        for low, high in RANGES:
            values[low], values[high] = self.ranges[low].values()
            if values[low] and values[high] and values[low] > values[high]:
                raise ValueError(self.tr("The date range ends before it starts"))
        try:
            return make_conditions(**values)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first.get("loc", ()))
            raise ValueError(self.tr("Invalid condition {0}: {1}").format(field, first.get("msg", ""))) from None

    def set_conditions(self, q: CustomerSearch) -> None:
        """Show ``q`` (e.g. a saved search)."""
        for key, edit in self.texts.items():
            edit.setText(getattr(q, key) or "")
        for key, combo in self.combos.items():
            index = combo.findData(getattr(q, key))
            combo.setCurrentIndex(max(index, 0))
        for low, high in RANGES:
            self.ranges[low].set_values(_day(getattr(q, low)), _day(getattr(q, high)))

    def clear(self) -> None:
        self.set_conditions(CustomerSearch())


def _day(value: Any) -> date | None:
    if value is None:
        return None
    return value.date() if hasattr(value, "date") and callable(value.date) else value
