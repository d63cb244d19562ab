"""The order form: customer, products, delivery, payment, media source, invoice and requests.

Keyboard first: the product search has the focus; Enter adds the highlighted product; Tab walks
customer → product → quantity → lines → delivery → address → recipient → payment → media source →
invoice → tax id → rush → requests; Ctrl+Enter or Ctrl+S submits; Esc cancels (asking first when
something was typed). Field-level messages appear under each field and keep what was typed.

While the form is dirty a single-shot QTimer saves a draft every ``autosave_ms`` (no timer runs on an
unchanged form); submit or discard deletes the draft. A submitted order stays open in the form with
its number (provisional until the CRM assigned one) and becomes read-only once it left the editable
statuses or when the CRM refused a late edit.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from crm.records import CustomerRecord, OrderRecord
from crm.store.orders import CANCELLABLE, OrderLocked, is_editable, is_provisional
from crm.store.products import ProductHit
from forms.address_rules import AddressValue
from forms.order_form_layout import OrderFormLayout
from forms.order_labels import code_label, show_error, translate
from forms.order_rules import LineDraft, OrderDraft, first_phone, format_money, order_body, validate_order
from forms.order_services import OrderServices

logger = logging.getLogger(__name__)

DRAFT_KIND = "order"


class OrderForm(OrderFormLayout):
    """One order: new, restored from a draft, or an existing order opened for a look or an edit."""

    sig_order_submitted = Signal(OrderRecord)
    """The order was saved locally and queued for the CRM (the local record, a dict).
    Declared with the TypedDict, not ``dict``: a ``Signal(dict)`` would hand receivers a QVariantMap
    copy (keys sorted, non-string keys lost); this one passes the dict itself."""
    sig_closed = Signal()
    """The agent cancelled or closed the form (the draft, if any, was discarded)."""
    sig_title_changed = Signal(str)
    """The form's title changed (new order, order number, read-only)."""

    def __init__(self, services: OrderServices, parent: QWidget | None = None, *, autosave_ms: int = 3000) -> None:
        super().__init__(services, parent)
        self.draft_id = str(uuid.uuid4())
        self.order: OrderRecord | None = None
        self._dirty = False  # typed since the last draft was saved
        self._draft_kept = False  # an autosaved draft of what was typed is in the store, not yet submitted
        self._loading = False
        self._read_only = False
        self.confirm_box: QMessageBox | None = None
        self._call_log_id = ""
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.save_draft)
        self._messages: dict[QLabel, Callable[[], str | None]] = {}  # shown messages, asked again on a switch
        self._connect()
        self._update_total()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self._update_total()
        self._show_order_state()
        for label, message in self._messages.items():
            if not label.isHidden():
                show_error(label, message())

    def _show(self, label: QLabel, message: Callable[[], str | None]) -> None:
        """Show ``message()`` (a marked message is translated) under a field; asked again on a language switch."""
        self._messages[label] = message
        show_error(label, message())

    def _connect(self) -> None:
        self.customer_picker.sig_customer_chosen.connect(self._customer_chosen)
        self.lookup.sig_product_chosen.connect(self.add_product)
        self.lines_model.sig_lines_changed.connect(self._update_total)
        self.lines_model.sig_lines_changed.connect(lambda: self._recheck("lines"))
        for name in ("recipient_phone", "invoice_title", "tax_id"):  # a message under a field follows its edits
            getattr(self, f"{name}_edit").textEdited.connect(lambda _text, n=name: self._recheck(n))
        self.lines_model.sig_quantity_refused.connect(self._quantity_refused)
        self.lines_model.sig_lines_changed.connect(lambda: self.approval_panel.set_lines(self.lines_model.lines()))
        self.approval_panel.sig_changed.connect(self.mark_dirty)
        for signal in (
            self.lines_model.sig_lines_changed,
            self.address_edit.sig_changed,
            self.delivery_combo.currentIndexChanged,
            self.payment_combo.currentIndexChanged,
            self.media_combo.currentIndexChanged,
            self.recipient_name_edit.textEdited,
            self.recipient_phone_edit.textEdited,
            self.invoice_title_edit.textEdited,
            self.tax_id_edit.textEdited,
            self.rush_check.toggled,
            self.requests_edit.textChanged,
        ):
            signal.connect(self.mark_dirty)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.request_cancel)
        self.cancel_order_button.clicked.connect(self.request_cancel_order)
        for keys, slot in (
            ("Ctrl+Return", self.submit),
            ("Ctrl+Enter", self.submit),
            ("Ctrl+S", self.submit),
            ("Escape", self.request_cancel),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.lines_view)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)  # only in the lines table
        remove.activated.connect(self._remove_current_line)

    # -- state ------------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """Typed since the last draft was saved."""
        return self._dirty

    def has_typed(self) -> bool:
        """Typed and not submitted: unsaved, or kept only as a draft."""
        return self._dirty or self._draft_kept

    def is_read_only(self) -> bool:
        return self._read_only

    def mark_dirty(self, *_args: Any) -> None:
        """Something was typed: autosave a draft in a few seconds (the timer runs only now)."""
        if self._loading or self._read_only:
            return
        self._dirty = True
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def _update_total(self) -> None:
        total = sum(line.total_cents() for line in self.lines_model.lines())
        self.total_label.setText(self.tr("Total: ¥%1").replace("%1", format_money(total)))

    def _recheck(self, name: str) -> None:
        """A field was edited: its message follows at once (gone once it is fine); none before a submit."""
        label = self.errors[name]
        if self._loading or label.isHidden():
            return
        errors = validate_order(self.draft(), self.services.region)
        lines = lambda: errors.get("lines") or self._line_message(errors)  # noqa: E731
        self._show(label, lines if name == "lines" else _constant(errors.get(name)))

    def _quantity_refused(self, row: int) -> None:
        lines = self.lines_model.lines()
        sku = lines[row].sku if 0 <= row < len(lines) else ""

        def text() -> str:
            why = self.tr("The quantity must be at least 1; to remove the line, select it and press Delete.")
            return f"{sku}: {why}" if sku else why

        self._show(self.errors["lines"], text)

    def _customer_chosen(self, customer: CustomerRecord) -> None:
        """Prefill the address and recipient from the customer (the agent may change them)."""
        self.approval_panel.customer_id = customer.get("id") or ""
        self.address_edit.set_value(AddressValue.from_dict(customer.get("address")))
        self.recipient_name_edit.setText(customer.get("name") or "")
        self.recipient_phone_edit.setText(first_phone(customer))
        self.mark_dirty()
        self.lookup.search_edit.setFocus()

    def add_product(self, hit: ProductHit, quantity: int = 1) -> None:
        row = self.lines_model.add(LineDraft(hit.sku, hit.name, quantity, hit.price_cents, "0", hit.stock))
        self.lines_view.selectRow(row)

    def _remove_current_line(self) -> None:
        if not self._read_only:
            self.lines_model.remove(self.lines_view.currentIndex().row())

    # -- filling and reading ----------------------------------------------------------------------
    def start_new(
        self, customer_id: str | None = None, media_source_id: str | None = None, call_log_id: str | None = None
    ) -> None:
        """An empty order, prefilled with the customer (address, recipient) and the media source."""
        customer = self.services.customer(customer_id or "")
        draft = OrderDraft(
            customer_id=customer_id or "",
            customer_name=(customer or {}).get("name", ""),
            media_source_id=media_source_id or "",
            call_log_id=call_log_id or "",
        )
        if customer:
            draft.address = AddressValue.from_dict(customer.get("address"))
            draft.recipient_name = customer.get("name") or ""
            draft.recipient_phone = first_phone(customer)
        self.set_draft(draft)
        (self.lookup.search_edit if customer else self.customer_picker.search_edit).setFocus()

    def restore_draft(self, draft_id: str, data: dict[str, Any]) -> None:
        """Continue a saved draft (after a crash): its content comes back, still dirty until saved."""
        self.draft_id = draft_id
        self.set_draft(OrderDraft.from_dict(data))
        self._dirty = self._draft_kept = True
        self.lookup.search_edit.setFocus()

    def open_order(self, order: OrderRecord) -> None:
        """Show an existing order; editable only while the CRM still allows changes."""
        customer = self.services.customer(order.get("customer_id") or "")
        self.order = order
        self.set_draft(OrderDraft.from_order(order, (customer or {}).get("name", ""), self.services.list_price))
        self._show_order_state()

    def set_draft(self, draft: OrderDraft) -> None:
        self._loading = True
        try:
            customer = self.services.customer(draft.customer_id) if draft.customer_id else None
            self.customer_picker.set_customer(customer)
            self.approval_panel.customer_id = draft.customer_id
            self.approval_panel.follow(draft.price_approval_id)
            self._call_log_id = draft.call_log_id
            self.lines_model.set_lines(draft.lines)
            self.delivery_combo.setCurrentIndex(max(0, self.delivery_combo.findData(draft.delivery_method)))
            self.address_edit.set_value(draft.address)
            self.recipient_name_edit.setText(draft.recipient_name)
            self.recipient_phone_edit.setText(draft.recipient_phone)
            self.payment_combo.setCurrentIndex(max(0, self.payment_combo.findData(draft.payment_method)))
            self.media_combo.setCurrentIndex(max(0, self.media_combo.findData(draft.media_source_id)))
            self.invoice_title_edit.setText(draft.invoice_title)
            self.tax_id_edit.setText(draft.tax_id)
            self.rush_check.setChecked(draft.rush)
            self.requests_edit.setPlainText(draft.requests)
        finally:
            self._loading = False
        self._dirty = self._draft_kept = False
        self.autosave_timer.stop()
        self.show_errors({})
        self._show_order_state()

    def draft(self) -> OrderDraft:
        """Everything on the form now."""
        customer = self.customer_picker.customer() or {}
        return OrderDraft(
            customer_id=customer.get("id", ""),
            customer_name=customer.get("name", ""),
            lines=[LineDraft(**vars(line)) for line in self.lines_model.lines()],
            delivery_method=self.delivery_combo.currentData(),
            address=self.address_edit.value(),
            recipient_name=self.recipient_name_edit.text(),
            recipient_phone=self.recipient_phone_edit.text(),
            payment_method=self.payment_combo.currentData(),
            media_source_id=self.media_combo.currentData() or "",
            call_log_id=self._call_log_id,
            invoice_title=self.invoice_title_edit.text(),
            tax_id=self.tax_id_edit.text(),
            rush=self.rush_check.isChecked(),
            requests=self.requests_edit.toPlainText(),
            order_id=(self.order or {}).get("id", ""),
            price_approval_id=self.approval_panel.approval_id(),
        )

    # -- drafts -----------------------------------------------------------------------------------
    def save_draft(self) -> None:
        """Save the form as a draft now (in the background when a task runner was given)."""
        drafts = self.services.drafts
        if drafts is None or not self._dirty or self._read_only:
            return
        data, title = self.draft().to_dict(), self.draft_title()
        self._dirty, self._draft_kept = False, True
        draft_id = self.draft_id
        self.services.write(
            lambda: drafts.save(draft_id, DRAFT_KIND, data, title), None, self._draft_failed, owner=self
        )

    def _draft_failed(self, exc: BaseException) -> None:
        logger.error("draft not saved", exc_info=exc)
        self._dirty = True

    def draft_title(self) -> str:
        customer = (self.customer_picker.customer() or {}).get("name", "")
        return f"{customer} · {len(self.lines_model.lines())} · ¥{format_money(self.draft().total_cents())}"

    def _discard_draft(self) -> None:
        self.autosave_timer.stop()
        self._dirty = self._draft_kept = False
        drafts, draft_id = self.services.drafts, self.draft_id
        if drafts is not None:
            self.services.write(lambda: drafts.delete(draft_id), None, None, owner=self)

    # -- submit / cancel --------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Show every field's message; returns the widget of the first problem (None if none)."""
        first: QWidget | None = None
        for name, label in self.errors.items():
            own = errors.get(name)
            if name == "lines" and not own:  # the first problem of a line, named by its SKU
                self._show(label, lambda: self._line_message(errors))
            else:
                self._show(label, _constant(own))
            message = own or (self._line_message(errors) if name == "lines" else None)
            if message and first is None:
                first = {
                    "customer": self.customer_picker.search_edit,
                    "lines": self.lookup.search_edit,
                    "delivery_method": self.delivery_combo,
                    "recipient_phone": self.recipient_phone_edit,
                    "payment_method": self.payment_combo,
                    "invoice_title": self.invoice_title_edit,
                    "tax_id": self.tax_id_edit,
                    "requests": self.requests_edit,
                }[name]
        address_first = self.address_edit.show_errors(
            {k.split(".", 1)[1]: v for k, v in errors.items() if k.startswith("address.")}
        )
        if first is None and address_first:
            first = self.address_edit.widget_for(address_first)
        return first

    def _line_message(self, errors: dict[str, str]) -> str | None:
        """The first problem of a line, named by its SKU ("HL-4001: Only 3 in stock.")."""
        lines = self.lines_model.lines()
        for key, message in errors.items():
            parts = key.split(".")
            if parts[0] == "lines" and len(parts) == 3 and int(parts[1]) < len(lines):
                return f"{lines[int(parts[1])].sku}: {translate(message)}"
        return None

    def submit(self) -> bool:
        """Validate, then save locally + queue for the CRM. False when something must be fixed."""
        if self._read_only:
            return False
        draft = self.draft()
        errors = validate_order(draft, self.services.region)
        first = self.show_errors(errors)
        if first is not None:
            first.setFocus()
            return False
        body = order_body(draft)
        book = self.services.book
        op = (lambda: book.update(draft.order_id, body)) if draft.order_id else (lambda: book.submit(body))
        self.submit_button.setEnabled(False)
        self.autosave_timer.stop()  # no draft of an order on its way: it would outlive the order
        self.services.write(op, self._submitted, self._submit_failed, owner=self)
        return True

    def _submitted(self, order: OrderRecord) -> None:
        self._discard_draft()
        self.submit_button.setEnabled(True)
        self._show(self.message_label, _constant(None))  # a refusal shown before was answered by this
        self.order = order
        self._show_order_state()
        self.sig_order_submitted.emit(order)

    def _submit_failed(self, exc: BaseException) -> None:
        self.submit_button.setEnabled(True)
        if self._dirty:
            self.autosave_timer.start()  # what was typed is kept as a draft again
        logger.warning("order not saved: %s", exc)
        message = getattr(exc, "message", None) or (exc.args[0] if exc.args else str(exc))
        self._show(self.message_label, lambda: message)
        if isinstance(exc, OrderLocked):
            self.refresh_order()
            self.set_read_only(True)

    def request_cancel(self) -> None:
        """Esc: close at once when nothing was typed, else ask first (the answer arrives later)."""
        if not self.has_typed() or self._read_only:
            self._close()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard order?"),
            self.tr("Discard what you typed in this order?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._confirm_answer(box, result))
        self.confirm_box = box
        box.open()

    def _confirm_answer(self, box: QMessageBox, result: int) -> None:
        self.confirm_box = None
        box.deleteLater()
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
            self._close()

    def _close(self) -> None:
        if self.has_typed():  # also what was autosaved meanwhile: discarded means not offered again
            self._discard_draft()
        self.sig_closed.emit()

    def request_cancel_order(self) -> None:
        """Cancel the (not yet shipped) order after the agent confirms."""
        if self.order is None or self._read_only:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cancel order?"),
            self.tr("Cancel order %1? The customer will not receive it.").replace("%1", str(self.order.get("number"))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered() -> None:
            self.confirm_box = None
            box.deleteLater()
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes and self.order:
                book, order_id, reason = self.services.book, self.order["id"], self.requests_edit.toPlainText()
                self.services.write(
                    lambda: book.cancel(order_id, reason[:200]), self._submitted, self._submit_failed, owner=self
                )

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    # -- an existing order ------------------------------------------------------------------------
    def refresh_order(self, order: OrderRecord | None = None) -> None:
        """The stored order changed (synced: final number, new status): show it, keep edits typed."""
        if self.order is None:
            return
        order = order or self.services.book.get(self.order["id"])
        if order is None:
            return
        self.order = order
        if not self.has_typed():  # an edit in progress (saved as a draft or not) is not overwritten
            self.open_order(order)
        self._show_order_state()

    def show_refusal(self, text: str, *, fixable: bool = False) -> None:
        """The CRM refused a change (e.g. 409: already shipped): say so and stop editing. A refused new
        order (``fixable``: a price that needs a supervisor's approval) stays editable: the agent fixes it
        and submits again."""

        def message() -> str:
            why = QCoreApplication.translate("CrmClient", text)  # the client's messages are marked there
            if fixable:
                return self.tr("The CRM refused the order: %1 Fix it and submit again.").replace("%1", why)
            return self.tr("The CRM refused the change: %1").replace("%1", why)

        self._show(self.message_label, message)
        if not fixable:
            self.set_read_only(True)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if read_only:
            self.autosave_timer.stop()
        self.customer_picker.set_read_only(read_only)
        self.lookup.set_read_only(read_only)
        self.lines_model.set_read_only(read_only)
        self.address_edit.set_read_only(read_only)
        for w in (self.recipient_name_edit, self.recipient_phone_edit, self.invoice_title_edit, self.tax_id_edit):
            w.setReadOnly(read_only)
        self.requests_edit.setReadOnly(read_only)
        self.approval_panel.set_read_only(read_only)
        for widget in (self.delivery_combo, self.payment_combo, self.media_combo, self.rush_check, self.submit_button):
            widget.setEnabled(not read_only)
        self._show_order_state()

    def title(self) -> str:
        """What the form is (new order, order number and status, read-only) in the current language;
        its window shows it, also when asked again on a language switch."""
        order = self.order
        if order is None:
            return self.tr("New order")
        number = str(order.get("number") or "")
        title = (
            self.tr("Order %1 (provisional number, not yet confirmed by the CRM)")
            if is_provisional(number)
            else self.tr("Order %1")
        ).replace("%1", number)
        title += " · " + self.tr("status: %1").replace("%1", code_label(str(order.get("status") or "")))
        if self._read_only:
            title += " · " + self.tr("read-only")
        return title

    def _show_order_state(self) -> None:
        order = self.order
        if order is not None and not is_editable(order) and not self._read_only:
            self.set_read_only(True)
            return
        self.cancel_order_button.setVisible(
            order is not None and str(order.get("status")) in CANCELLABLE and not self._read_only
        )
        self.approval_panel.set_recorded(dict(order.get("price_approval") or {}) if order is not None else None)
        title = self.title()
        self.status_label.setText(title)
        self.sig_title_changed.emit(title)


def _constant(message: str | None) -> Callable[[], str | None]:
    """A field's message as the form keeps it (a marked message is translated when shown)."""
    return lambda: message
