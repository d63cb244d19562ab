"""Create or edit a customer: name, several typed phones, address, tags, VIP level, preferences, notes.

Saving writes the local store and the outbox in one transaction (``store.create`` / ``store.update``,
run through ``tasks``), so it works offline and the sync engine delivers it once. Only the fields the
agent changed are sent. When the local copy changed while the form was open (a sync pulled someone
else's edit) the change is merged field by field with :func:`crm.merge.merge_patch`: what merges
cleanly is saved, real conflicts are shown with both values. Conflicts the sync engine kept after a
412 are shown too and resolved with ``store.resolve_conflict``. A phone that already belongs to another
customer is warned about; saving then needs a second, deliberate click.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any, cast

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm.merge import diff, merge_patch
from crm.records import CustomerRecord
from crm.schemas import CallWindow, CustomerCreate, CustomerUpdate
from forms.address_edit import AddressEdit
from forms.address_rules import AddressValue, validate_address
from forms.customer_conflicts import ConflictItem, CustomerConflicts
from forms.customer_phones import PhonesEdit
from resources.colours import tint
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

EDITABLE = ("name", "phones", "address", "tags", "vip_level", "preferences", "notes")


class CustomerForm(Retranslated, QDialog):
    """One customer; ``customer_id`` None = a new customer (``phone`` pre-filled, e.g. the caller)."""

    sig_saved = Signal(dict)
    """The customer was written to the local store (and queued for the CRM): the local record."""

    def __init__(
        self,
        tasks: Any,
        store: Any,
        customer_id: str | None = None,
        phone: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.store = store
        self.customer_id = customer_id
        self.original: dict[str, Any] = {}
        self._form_conflicts: list[ConflictItem] = []
        self._duplicates_confirmed: set[str] = set()
        self.conflicts = CustomerConflicts(self)
        self.conflicts.sig_resolve_requested.connect(self._resolve)
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.phones = PhonesEdit(store.phones, self)
        self.phones.sig_number_finished.connect(lambda _n: self.check_duplicates())
        self.duplicate = QLabel(self)
        self.duplicate.setObjectName("duplicate_warning")
        tint(self.duplicate, "warning")
        self.duplicate.setWordWrap(True)
        self.duplicate.hide()
        self.address = AddressEdit(self)
        self.tags = QLineEdit(self)
        self.vip = QSpinBox(self)
        self.vip.setRange(0, 5)
        self.samples = QCheckBox(self)
        self.follow_up = QCheckBox(self)
        self.call_window = QComboBox(self)
        for window in CallWindow:
            self.call_window.addItem(window.value, window.value)
        self.notes = QPlainTextEdit(self)
        self.message = QLabel(self)
        self.message.setObjectName("form_message")
        tint(self.message, "error")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        self._captions: list[tuple[QLabel, QWidget]] = [
            (QLabel(self), w)
            for w in (
                self.name,
                self.phones,
                self.address,
                self.tags,
                self.vip,
                self.samples,
                self.call_window,
                self.notes,
            )
        ]
        for caption, widget in self._captions:
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            if widget is self.phones:
                form.addRow("", self.duplicate)
            elif widget is self.samples:
                form.addRow("", self.follow_up)
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflicts)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._message: Callable[[], str] = lambda: ""  # the message shown, asked again on a language switch
        self._duplicates: list[tuple[str, CustomerRecord]] = []
        self.retranslateUi()
        if customer_id:
            self.load()
        else:
            self.phones.set_phones([{"number": phone or "", "type": "mobile"}])

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Edit customer") if self.customer_id else self.tr("New customer"))
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. tv, elderly"))
        self.samples.setText(self.tr("Accepts sample trials"))
        self.follow_up.setText(self.tr("Agreed to follow-up calls"))
        captions = (
            self.tr("&Name *"),
            self.tr("Phones *"),
            self.tr("Address"),
            self.tr("&Tags"),
            self.tr("&VIP level"),
            self.tr("Preferences"),
            self.tr("Preferred call window"),
            self.tr("N&otes"),
        )
        for (caption, _widget), text in zip(self._captions, captions):
            caption.setText(text)
        windows = {
            "anytime": self.tr("Any time"),
            "morning": self.tr("Morning (09-12)"),
            "afternoon": self.tr("Afternoon (12-18)"),
            "evening": self.tr("Evening (18-21)"),
            "weekend": self.tr("Weekend"),
        }
        for i in range(self.call_window.count()):
            code = self.call_window.itemData(i)
            self.call_window.setItemText(i, windows.get(code, code))
        self._show_duplicates()
        self.message.setText(self._message())

    def _say(self, message: Callable[[], str]) -> None:
        """Show ``message()`` under the form (asked again on a language switch)."""
        self._message = message
        self.message.setText(message())

    # -- loading ----------------------------------------------------------------------------------
    def load(self) -> None:
        """Show the local copy of the customer and any conflicts kept for it."""
        record = cast(CustomerRecord, self.store.get("customers", self.customer_id) or {})
        self.original = {k: record.get(k) for k in EDITABLE}
        self.set_values(record)
        self.show_stored_conflicts()

    def set_values(self, record: CustomerRecord) -> None:
        self.name.setText(record.get("name") or "")
        self.phones.set_phones(record.get("phones") or [])
        self.address.set_value(AddressValue.from_dict(record.get("address")))
        self.tags.setText(", ".join(record.get("tags") or ()))
        self.vip.setValue(int(record.get("vip_level") or 0))
        prefs = record.get("preferences") or {}
        self.samples.setChecked(bool(prefs.get("accepts_samples")))
        self.follow_up.setChecked(bool(prefs.get("follow_up_opt_in")))
        self.call_window.setCurrentIndex(max(self.call_window.findData(prefs.get("call_window", "anytime")), 0))
        self.notes.setPlainText(record.get("notes") or "")

    def show_stored_conflicts(self) -> None:
        """Conflicts the sync engine kept for this customer, plus the form's own merge conflicts."""
        items: list[ConflictItem] = [
            {"id": c["id"], "field": c["field"], "local": c["local"], "remote": c["remote"]}
            for c in self.store.conflicts()
            if c["entity"] == "customers" and c["record_id"] == self.customer_id
        ]
        self.conflicts.set_items(items + self._form_conflicts)

    # -- values -------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The form as contract fields (the shape of the read model, for comparison and merge)."""
        tags = [t.strip() for t in self.tags.text().replace("，", ",").split(",") if t.strip()]
        return {
            "name": self.name.text().strip(),
            "phones": self.phones.phones(),
            "address": self.address.value().as_dict(),
            "tags": list(dict.fromkeys(tags)),
            "vip_level": self.vip.value(),
            "preferences": {
                "accepts_samples": self.samples.isChecked(),
                "follow_up_opt_in": self.follow_up.isChecked(),
                "call_window": self.call_window.currentData(),
            },
            "notes": self.notes.toPlainText().strip(),
        }

    def validate(self, values: dict[str, Any]) -> str:
        """The first problem as a message ('' when the form can be saved); marks the fields."""
        phones_ok = self.phones.validate()
        address = self.address.value()
        address_errors = validate_address(address, required=False) if any(address.as_dict().values()) else {}
        self.address.show_errors(address_errors)
        if not values["name"]:
            return self.tr("Enter the customer's name.")
        if not values["phones"]:
            return self.tr("Enter at least one phone number.")
        if not phones_ok:
            return self.tr("Correct the phone numbers marked in red.")
        if address_errors:
            return self.tr("Correct the address.")
        model = CustomerUpdate if self.customer_id else CustomerCreate
        try:
            model.model_validate(values)
        except ValidationError as exc:
            first = exc.errors()[0]
            return "{}: {}".format(".".join(str(p) for p in first.get("loc", ())), first.get("msg", ""))
        return ""

    def check_duplicates(self) -> list[tuple[str, CustomerRecord]]:
        """(number, other customer) for each phone that already belongs to someone else; shown."""
        found: list[tuple[str, CustomerRecord]] = []
        for number in self.phones.canonical():
            for other in self.store.customers_by_phone(number):
                if other["id"] != self.customer_id:
                    found.append((number, other))
        self._duplicates = found
        self._show_duplicates()
        return found

    def _show_duplicates(self) -> None:
        found = self._duplicates
        if found:
            names = "; ".join(f"{n} → {c.get('name', '')}" for n, c in found)
            self.duplicate.setText(self.tr("Already belongs to another customer: {0}").format(names))
        self.duplicate.setVisible(bool(found))

    # -- saving -------------------------------------------------------------------------------------
    def save(self) -> None:
        """Validate, warn about duplicate phones (a second click saves anyway), write in the background."""
        values = self.values()
        problem = self.validate(values)
        self._say(lambda: self.validate(values) if problem else "")
        if problem:
            return
        numbers = {n for n, _c in self.check_duplicates()}
        if numbers - self._duplicates_confirmed:
            self._duplicates_confirmed |= numbers
            self._say(lambda: self.tr("Check the duplicate phone warning, then save again to keep it."))
            return
        self.buttons.setEnabled(False)
        op = (lambda: self._create(values)) if not self.customer_id else (lambda: self._update(values))
        self.tasks.write(op, self._on_saved, self._on_failed, owner=self)

    def _create(self, values: dict[str, Any]) -> tuple[CustomerRecord, list[ConflictItem]]:
        return self.store.create("customers", values), []

    def _update(self, values: dict[str, Any]) -> tuple[CustomerRecord, list[ConflictItem]]:
        """Worker: merge the agent's changes into the current local copy and write what merges."""
        changes = diff({k: self.original.get(k) for k in EDITABLE}, values)
        current = self.store.get("customers", self.customer_id) or {}
        result = merge_patch(self.original, changes, current)
        record = cast(
            CustomerRecord,
            self.store.update("customers", self.customer_id, result.patch) if result.patch else current,
        )
        conflicts: list[ConflictItem] = [
            {"field": c.path, "local": c.local, "remote": c.remote} for c in result.conflicts
        ]
        return record, conflicts

    def _on_saved(self, outcome: tuple[CustomerRecord, list[ConflictItem]]) -> None:
        record, conflicts = outcome
        self.buttons.setEnabled(True)
        self.customer_id = record["id"]
        self.original = {k: record.get(k) for k in EDITABLE}
        self.sig_saved.emit(record)
        if conflicts:
            self._form_conflicts = conflicts
            self.load()
            self._say(lambda: self.tr("Saved, except the fields someone else changed meanwhile."))
            return
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        logger.warning("customer not saved: %s", exc)
        self._say(lambda: self.tr("Not saved: {0}").format(exc))

    def _resolve(self, item: ConflictItem, keep_local: bool) -> None:
        """Apply the agent's choice for one conflicting field (in the background)."""

        def op() -> None:
            if "id" in item:
                self.store.resolve_conflict(item["id"], keep_local=keep_local)
            elif keep_local:
                top, *rest = item["field"].split(".")
                value = item["local"]
                if rest:
                    value = json.loads(json.dumps((self.store.get("customers", self.customer_id) or {}).get(top) or {}))
                    value[rest[-1]] = item["local"]
                self.store.update("customers", self.customer_id, {top: value})

        def done(_result: None) -> None:
            if item in self._form_conflicts:
                self._form_conflicts.remove(item)
            self.load()

        self.tasks.write(op, done, self._on_failed, owner=self)
