"""The order form's fields start in one column, the delivery address's included, in both languages
(the trial's three caption widths made the delivery block ragged)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from agent_desktop.shell.panel_window import PanelWindow
from forms.order_form import OrderForm
from tests.forms.order_support import ZHANG, demo_store, services_for


def _left_edges(form: OrderForm) -> dict[str, int]:
    address = form.address_edit
    fields: dict[str, QWidget] = {
        "customer": form.customer_picker,
        "delivery": form.delivery_combo,
        "province": address.province_combo,
        "city": address.city_edit,
        "postal code": address.postal_edit,
        "recipient": form.recipient_name_edit,
        "recipient phone": form.recipient_phone_edit,
        "payment": form.payment_combo,
        "tax id": form.tax_id_edit,
        "requests": form.requests_edit,
    }
    return {name: field.mapTo(form, field.rect().topLeft()).x() for name, field in fields.items()}


def test_every_field_starts_in_the_same_column_in_both_languages(qtbot, tmp_path, chinese) -> None:
    store = demo_store(tmp_path / "store.db")
    form = OrderForm(services_for(store), autosave_ms=60_000)
    form.start_new(ZHANG)
    window = PanelWindow(form, "New order")
    qtbot.addWidget(window)
    window.resize(760, 600)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert form.address_edit.captions[0].text() == "省份(&V)"
        edges = _left_edges(form)
        assert len(set(edges.values())) == 1, edges
        chinese.set_language("en")
        qtbot.waitUntil(lambda: form.address_edit.captions[0].text() == "Pro&vince")
        qtbot.waitUntil(lambda: len(set(_left_edges(form).values())) == 1, timeout=2000)
        assert form.address_edit.captions[4].text() == "Postal code"  # the widest English caption fits
        assert form.address_edit.captions[4].width() >= form.address_edit.captions[4].sizeHint().width()
    finally:
        window.close()
        store.close()
