"""Log a complaint from the customer card or during a call: category, severity, summary, description,
linked order, due date. Written to the local store + outbox (works offline, synced once)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails
from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.records import ComplaintRecord
from crm.schemas import ComplaintCategory, ComplaintCreate, Severity
from forms.keeps_typed import KeepsTyped
from forms.order_labels import code_label, translate
from resources.colours import tint
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

#: Default time to resolve by severity.
DUE_AFTER = {
    Severity.CRITICAL: timedelta(hours=24),
    Severity.HIGH: timedelta(days=2),
    Severity.MEDIUM: timedelta(days=3),
    Severity.LOW: timedelta(days=7),
}

FIELDS: dict[str, Msg] = {
    "category": QT_TRANSLATE_NOOP("ComplaintForm", "Category"),
    "severity": QT_TRANSLATE_NOOP("ComplaintForm", "Severity"),
    "summary": QT_TRANSLATE_NOOP("ComplaintForm", "Summary"),
    "description": QT_TRANSLATE_NOOP("ComplaintForm", "Description"),
    "order_id": QT_TRANSLATE_NOOP("ComplaintForm", "Order"),
    "due_at": QT_TRANSLATE_NOOP("ComplaintForm", "Due"),
}
"""Names of the fields in validation messages."""


class ComplaintForm(Retranslated, KeepsTyped, QDialog):
    """A new complaint of ``customer_id`` (optionally about ``order_id``, logged during ``call_id``); closing
    it with a summary or description typed asks first."""

    sig_saved = Signal(dict)
    """The complaint was written locally and queued for the CRM: the local record."""

    def __init__(
        self,
        tasks: Any,
        store: Any,
        customer_id: str,
        order_id: str | None = None,
        call_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.store = store
        self.customer_id = customer_id
        self.call_id = call_id
        customer = store.get("customers", customer_id) or {}
        self._customer_name = str(customer.get("name", ""))
        self.category = QComboBox(self)
        for category in ComplaintCategory:
            self.category.addItem("", category.value)
        self.severity = QComboBox(self)
        for severity in Severity:
            self.severity.addItem("", severity.value)
        self.severity.setCurrentIndex(self.severity.findData(Severity.MEDIUM.value))
        self.summary = QLineEdit(self)
        self.summary.setMaxLength(200)
        self.description = QPlainTextEdit(self)
        self.order = QComboBox(self)
        self.order.addItem("", None)  # "(no order)"
        self._orders = list(store.related("orders", customer_id, limit=100))
        for record in self._orders:
            self.order.addItem("", record["id"])
        if order_id is not None:
            self.order.setCurrentIndex(max(self.order.findData(order_id), 0))
        self.due = QDateTimeEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._set_default_due()
        self.severity.currentIndexChanged.connect(lambda _i: self._set_default_due())
        self.message = QLabel(self)
        self.message.setObjectName("form_message")
        tint(self.message, "error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        self._captions = [QLabel(self) for _ in range(6)]
        for caption, widget in zip(
            self._captions, (self.category, self.severity, self.summary, self.description, self.order, self.due)
        ):
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._message: Callable[[], str] = lambda: ""  # the message shown, asked again on a language switch
        self.retranslateUi()
        self.remember_typed()

    def typed(self) -> object:
        return self.summary.text().strip(), self.description.toPlainText().strip()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("New complaint — {0}").format(self._customer_name))
        for combo in (self.category, self.severity):
            for i in range(combo.count()):
                combo.setItemText(i, code_label(combo.itemData(i)))
        self.order.setItemText(0, self.tr("(no order)"))
        for i, record in enumerate(self._orders, start=1):
            self.order.setItemText(i, f"{record.get('number', '')} · {code_label(record.get('status', ''))}")
        captions = (
            self.tr("&Category"),
            self.tr("Se&verity"),
            self.tr("&Summary *"),
            self.tr("&Description"),
            self.tr("&Order"),
            self.tr("D&ue"),
        )
        for caption, text in zip(self._captions, captions):
            caption.setText(text)
        self.message.setText(self._message())

    def _say(self, message: Callable[[], str]) -> None:
        self._message = message
        self.message.setText(message())

    def _set_default_due(self) -> None:
        due = datetime.now(timezone.utc) + DUE_AFTER[Severity(self.severity.currentData())]
        self.due.setDateTime(QDateTime.fromSecsSinceEpoch(int(due.timestamp())))

    def body(self) -> dict[str, Any]:
        """The complaint as a create body of the contract."""
        due = datetime.fromtimestamp(self.due.dateTime().toSecsSinceEpoch(), tz=timezone.utc)
        body = {
            "customer_id": self.customer_id,
            "category": self.category.currentData(),
            "severity": self.severity.currentData(),
            "summary": self.summary.text().strip(),
            "description": self.description.toPlainText().strip(),
            "due_at": due.isoformat(),
        }
        if self.order.currentData():
            body["order_id"] = self.order.currentData()
        return body

    def save(self) -> None:
        body = self.body()
        if not body["summary"]:
            self._say(lambda: self.tr("Enter a short summary of the complaint."))
            return
        try:
            ComplaintCreate.model_validate(body)
        except ValidationError as exc:
            first = exc.errors()[0]
            self._say(lambda: self._invalid(first))
            return
        self.buttons.setEnabled(False)
        self.tasks.write(lambda: self.store.create("complaints", body), self._on_saved, self._on_failed, owner=self)

    def _invalid(self, error: ErrorDetails) -> str:
        """The first problem pydantic found, in the user's language."""
        loc = error.get("loc") or ("",)
        field = translate(FIELDS.get(str(loc[0]), str(loc[0])))
        if error.get("type") == "string_too_long":
            limit = (error.get("ctx") or {}).get("max_length", "")
            return self.tr("{0}: at most {1} characters.").format(field, limit)
        return self.tr("{0}: not a valid value.").format(field)

    def _on_saved(self, record: ComplaintRecord) -> None:
        logger.info("complaint %s logged%s", record["id"], f" during call {self.call_id}" if self.call_id else "")
        self.sig_saved.emit(record)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        logger.warning("complaint not saved: %s", exc)  # a local database error: for the log, not the agent
        self.buttons.setEnabled(True)
        self._say(lambda: self.tr("Not saved: the complaint could not be written to the local copy."))
