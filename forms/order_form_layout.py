"""The order form's widgets and their layout, in tab order (the behaviour is in forms.order_form)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.phones import format_dnis
from forms.address_edit import AddressEdit
from forms.order_customer_picker import CustomerPicker
from forms.order_labels import error_label, plain_label
from forms.order_lines_model import OrderLinesModel
from forms.order_price_approval import PriceApprovalPanel
from forms.order_services import OrderServices
from forms.product_lookup import ProductLookup
from resources.live_text import Retranslated


def _tr(text: str) -> str:
    # The form's own context: Qt asks for the translation under the runtime class, OrderForm.
    return QCoreApplication.translate("OrderForm", text)


class OrderFormLayout(Retranslated, QWidget):
    """Builds the order form's fields, their error labels and buttons, and the tab order."""

    def __init__(self, services: OrderServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._build()

    def _combo(self, name: str, values: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for value in values:
            combo.addItem("", value)  # texts: _retranslate_layout
        return combo

    def _caption(self, buddy: QWidget) -> QLabel:
        label = plain_label("", buddy)
        self._captions.append(label)
        return label

    def retranslateUi(self) -> None:
        """Every text in the current language (the order form adds its own state)."""
        self._retranslate_layout()
        self.lines_model.retranslate()

    def _retranslate_layout(self) -> None:
        choices = {
            "express": _tr("Express courier"),
            "courier": _tr("Standard courier"),
            "post": _tr("Post (China Post)"),
            "pickup": _tr("Self-pickup"),
            "cod": _tr("Cash on delivery"),
            "alipay": _tr("Online payment: Alipay"),
            "wechat_pay": _tr("Online payment: WeChat Pay"),
            "bank_card": _tr("Bank card"),
            "bank_transfer": _tr("Bank transfer"),
        }
        for combo in (self.delivery_combo, self.payment_combo):
            for i in range(combo.count()):
                combo.setItemText(i, choices.get(combo.itemData(i), combo.itemData(i)))
        self.media_combo.setItemText(0, _tr("(none)"))
        self.tax_id_edit.setPlaceholderText(_tr("18-character unified social credit code"))
        self.rush_check.setText(_tr("R&ush order"))
        self.submit_button.setText(_tr("&Submit order (Ctrl+Enter)"))
        self.cancel_button.setText(_tr("Close (Esc)"))
        self.cancel_order_button.setText(_tr("Cancel this &order..."))
        self.delivery_box.setTitle(_tr("Delivery"))
        captions = (
            _tr("C&ustomer"),
            _tr("&Delivery"),
            _tr("Recipient"),
            _tr("Recipient p&hone"),
            _tr("&Payment"),
            _tr("&Media source"),
            _tr("&Invoice title"),
            _tr("Ta&x id"),
            _tr("Special &requests"),
        )
        for label, text in zip(self._captions, captions):
            label.setText(text)
        self._align_captions()

    def _align_captions(self) -> None:
        """One caption column from Customer to Special requests, the address's rows included: every
        caption as wide as the widest, those outside the delivery box wider by the box's inner margin,
        so that every field starts at the same place."""
        self.address_edit.retranslateUi()  # its captions in the language now shown, before measuring
        inside = [*self._captions[1:4], *self.address_edit.captions]
        outside = [self._captions[0], *self._captions[4:]]
        width = max(label.sizeHint().width() for label in (*inside, *outside))
        box, form = self.delivery_box, self.delivery_box.layout()
        inset = box.contentsRect().left() + (form.contentsMargins().left() if form is not None else 0)
        for label in inside:
            label.setMinimumWidth(width)
        for label in outside:
            label.setMinimumWidth(width + inset)

    def _build(self) -> None:
        self._captions: list[QLabel] = []
        self.status_label = plain_label()
        self.status_label.setObjectName("order_status_label")
        self.message_label = error_label("form")
        self.customer_picker = CustomerPicker(self.services.find_customers)
        self.lookup = ProductLookup(self.services.search_products)
        self.lines_model = OrderLinesModel(self)
        self.lines_view = QTableView()
        self.lines_view.setObjectName("lines_view")
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setTabKeyNavigation(False)
        self.lines_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines_view.setMinimumHeight(110)
        self.total_label = plain_label()
        self.total_label.setObjectName("total_label")
        self.approval_panel = PriceApprovalPanel(self.services)
        self.delivery_combo = self._combo("delivery_combo", ["express", "courier", "post", "pickup"])
        self.address_edit = AddressEdit()
        self.recipient_name_edit = QLineEdit()
        self.recipient_name_edit.setObjectName("recipient_name_edit")
        self.recipient_phone_edit = QLineEdit()
        self.recipient_phone_edit.setObjectName("recipient_phone_edit")
        self.payment_combo = self._combo("payment_combo", ["cod", "alipay", "wechat_pay", "bank_card", "bank_transfer"])
        self.media_combo = self._combo("media_combo", [""])  # "(none)"
        for src in self.services.media_sources():
            dnis = format_dnis(src.get("dnis") or "", self.services.region)
            label = " · ".join(x for x in (dnis, src.get("channel"), src.get("programme")) if x)
            self.media_combo.addItem(label, src["id"])
        self.invoice_title_edit = QLineEdit()
        self.invoice_title_edit.setObjectName("invoice_title_edit")
        self.invoice_title_edit.setMaxLength(200)
        self.tax_id_edit = QLineEdit()
        self.tax_id_edit.setObjectName("tax_id_edit")
        self.tax_id_edit.setMaxLength(20)
        self.rush_check = QCheckBox()
        self.rush_check.setObjectName("rush_check")
        self.requests_edit = QPlainTextEdit()
        self.requests_edit.setObjectName("requests_edit")
        self.requests_edit.setTabChangesFocus(True)
        self.requests_edit.setMaximumHeight(60)
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submit_button")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_order_button = QPushButton()
        self.cancel_order_button.setObjectName("cancel_order_button")
        self.cancel_order_button.hide()
        self.errors = {
            n: error_label(n)
            for n in (
                "customer",
                "lines",
                "delivery_method",
                "recipient_phone",
                "payment_method",
                "invoice_title",
                "tax_id",
                "requests",
            )
        }
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.message_label)
        top = QFormLayout()
        top.addRow(self._caption(self.customer_picker.search_edit), self.customer_picker)
        top.addRow(self.errors["customer"])
        layout.addLayout(top)
        layout.addWidget(self.lookup)
        layout.addWidget(self.lines_view)
        layout.addWidget(self.errors["lines"])
        layout.addWidget(self.total_label, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.approval_panel)
        self.delivery_box = delivery = QGroupBox()
        form = QFormLayout(delivery)
        form.addRow(self._caption(self.delivery_combo), self.delivery_combo)
        form.addRow(self.address_edit)
        form.addRow(self._caption(self.recipient_name_edit), self.recipient_name_edit)
        form.addRow(self._caption(self.recipient_phone_edit), self.recipient_phone_edit)
        form.addRow(self.errors["recipient_phone"])
        layout.addWidget(delivery)
        other = QFormLayout()
        other.addRow(self._caption(self.payment_combo), self.payment_combo)
        other.addRow(self._caption(self.media_combo), self.media_combo)
        other.addRow(self._caption(self.invoice_title_edit), self.invoice_title_edit)
        other.addRow(self.errors["invoice_title"])
        other.addRow(self._caption(self.tax_id_edit), self.tax_id_edit)
        other.addRow(self.errors["tax_id"])
        other.addRow(self.rush_check)
        other.addRow(self._caption(self.requests_edit), self.requests_edit)
        other.addRow(self.errors["requests"])
        layout.addLayout(other)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_order_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        layout.addLayout(buttons)
        chain = (
            self.customer_picker.search_edit,
            self.customer_picker.matches_combo,
            self.lookup.search_edit,
            self.lookup.quantity_spin,
            self.lines_view,
            self.approval_panel.ask_button,
            self.delivery_combo,
            self.address_edit.province_combo,
            self.address_edit.city_edit,
            self.address_edit.district_edit,
            self.address_edit.street_edit,
            self.address_edit.postal_edit,
            self.recipient_name_edit,
            self.recipient_phone_edit,
            self.payment_combo,
            self.media_combo,
            self.invoice_title_edit,
            self.tax_id_edit,
            self.rush_check,
            self.requests_edit,
            self.submit_button,
            self.cancel_button,
        )
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)
        self._retranslate_layout()
