"""The order form: field-level messages that keep the input, keyboard-only entry, drafts, read-only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from backoffice.seed import demo_id
from forms.address_rules import AddressValue
from forms.order_form import OrderForm
from forms.order_rules import LineDraft, OrderDraft, uscc_valid, validate_order
from tests.forms.order_support import ZHANG, demo_store, services_for


@pytest.fixture
def store(tmp_path):
    store = demo_store(tmp_path / "store.db")
    yield store
    store.close()


@pytest.fixture
def services(store):
    return services_for(store)


@pytest.fixture
def form(qtbot, services) -> OrderForm:
    widget = OrderForm(services, autosave_ms=50)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def test_media_sources_are_listed_by_the_hotline_as_people_read_it(form) -> None:
    labels = [form.media_combo.itemText(i) for i in range(form.media_combo.count())]
    assert "400-810-8888 · 湖南卫视 · 快乐购" in labels  # stored as +864008108888
    assert "800-820-8820 · 抖音直播 · 品牌直播间" in labels
    assert not [label for label in labels if "+86" in label]
    form.media_combo.setCurrentIndex(labels.index("400-810-8888 · 湖南卫视 · 快乐购"))
    assert form.media_combo.currentData() == demo_id("media:400-810-8888")


def test_empty_order_shows_a_message_under_each_missing_field(form) -> None:
    form.start_new()
    assert not form.submit()
    assert form.errors["customer"].text() == "Choose the customer (search by name or phone)."
    assert form.errors["lines"].text() == "Add at least one product."
    assert form.address_edit.errors["province"].text() == "Enter the province."
    assert form.address_edit.errors["street"].isVisible()
    assert form.customer_picker.search_edit.hasFocus()


def test_wrong_tax_id_phone_and_postal_code_are_explained_and_the_input_kept(form, services) -> None:
    form.start_new(ZHANG)
    form.add_product(services.search_products("HL-4001", 1)[0], 2)
    form.tax_id_edit.setText("91350100M000100Y44")
    form.recipient_phone_edit.setText("12345")
    form.address_edit.postal_edit.setText("1000")
    assert not form.submit()
    assert form.errors["tax_id"].text() == "The check character is wrong: look for a typo."
    assert form.errors["invoice_title"].text() == "An invoice with a tax id needs a title (company name)."
    assert form.errors["recipient_phone"].text() == "Not a valid phone number."
    assert form.address_edit.errors["postal_code"].text() == "A postal code has 6 digits."
    assert form.tax_id_edit.text() == "91350100M000100Y44"
    assert form.recipient_phone_edit.text() == "12345"
    assert not form.errors["customer"].isVisible() and not form.errors["lines"].isVisible()
    form.lines_model.setData(form.lines_model.index(0, 2), "150")  # more than in stock
    form.tax_id_edit.setText("9135010")
    form.submit()
    assert form.errors["lines"].text() == "HL-4001: Only 100 in stock."
    assert form.errors["tax_id"].text() == "A unified social credit code has 18 characters (now 7)."


def test_rules_check_stock_discount_and_allow_an_empty_address_for_pickup() -> None:
    assert uscc_valid("91350100M000100Y43") and not uscc_valid("91350100M000100Y4I")
    draft = OrderDraft(
        customer_id=ZHANG,
        delivery_method="pickup",
        lines=[LineDraft("MC-1001", quantity=5, list_price_cents=100, stock=3, discount_percent="120")],
    )
    errors = validate_order(draft)
    assert errors["lines.0.quantity"] == "Only 3 in stock."
    assert errors["lines.0.discount"] == "The discount is a percentage from 0 to 100."
    assert not any(k.startswith("address.") for k in errors)
    draft.delivery_method = "express"
    draft.address = AddressValue("浙江", "杭州市", "西湖区", "文三路259号")
    assert not any(k.startswith("address.") for k in validate_order(draft))


def test_keyboard_only_order_entry(form, store, qtbot) -> None:
    form.start_new()
    qtbot.keyClicks(form.customer_picker.search_edit, "138 0013 8000")
    qtbot.keyClick(form.customer_picker.search_edit, Qt.Key.Key_Return)
    assert form.customer_picker.customer()["id"] == ZHANG
    assert form.address_edit.city_edit.text() == "北京市"
    assert (form.recipient_name_edit.text(), form.recipient_phone_edit.text()) == ("张伟", "13800138000")
    assert form.lookup.search_edit.hasFocus()
    qtbot.keyClicks(form.lookup.search_edit, "amy")  # 按摩椅 / 按摩仪 by pinyin initials
    qtbot.keyClick(form.lookup.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(form.lookup.search_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.lookup.search_edit, "hl-4001")
    qtbot.keyClick(form.lookup.search_edit, Qt.Key.Key_Tab)
    assert form.lookup.quantity_spin.hasFocus()
    form.lookup.quantity_spin.selectAll()
    qtbot.keyClicks(form.lookup.quantity_spin, "3")
    qtbot.keyClick(form.lookup.quantity_spin, Qt.Key.Key_Enter)
    assert [(ln.sku, ln.quantity) for ln in form.lines_model.lines()] == [("MC-1002", 1), ("HL-4001", 3)]
    assert form.total_label.text() == "Total: ¥1,503.00"  # 699 + 3 × 268
    qtbot.keyClicks(form.lookup.search_edit, "TE-9001")
    qtbot.keyClick(form.lookup.search_edit, Qt.Key.Key_Return)
    form.lines_view.setFocus()
    form.lines_view.selectRow(2)
    qtbot.keyClick(form.lines_view, Qt.Key.Key_Delete)  # a line added by mistake goes again
    form.lookup.search_edit.setFocus()
    with qtbot.waitSignal(form.sig_order_submitted) as blocker:
        qtbot.keyClick(form.lookup.search_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    order = blocker.args[0]
    assert order["number"].startswith("L") and order["status"] == "ordered"
    assert order["total_cents"] == 150300
    assert store.outbox_counts() == (1, 0)
    assert "provisional" in form.status_label.text()
    with qtbot.waitSignal(form.sig_closed):
        qtbot.keyClick(form.lookup.search_edit, Qt.Key.Key_Escape)


def test_escape_on_a_typed_form_asks_before_discarding(form, services, qtbot) -> None:
    form.start_new(ZHANG)
    qtbot.keyClicks(form.requests_edit, "deliver after 2pm")
    assert form.is_dirty()
    with qtbot.assertNotEmitted(form.sig_closed, wait=10):
        qtbot.keyClick(form.requests_edit, Qt.Key.Key_Escape)
    box = form.confirm_box
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(form.sig_closed):
        box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: services.drafts.get(form.draft_id) is None)


def test_escape_after_an_autosave_still_asks_and_discarding_forgets_the_draft(form, services, qtbot) -> None:
    form.start_new(ZHANG)
    qtbot.keyClicks(form.requests_edit, "deliver after 2pm")
    qtbot.waitUntil(lambda: services.drafts.get(form.draft_id) is not None)  # autosaved: nothing unsaved
    assert not form.is_dirty() and form.has_typed()
    with qtbot.assertNotEmitted(form.sig_closed, wait=10):
        qtbot.keyClick(form.requests_edit, Qt.Key.Key_Escape)
    box = form.confirm_box
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(form.sig_closed):
        box.button(QMessageBox.StandardButton.Discard).click()
    assert services.drafts.get(form.draft_id) is None  # not offered again at the next start


def test_draft_is_saved_only_while_dirty(form, services, qtbot) -> None:
    form.start_new(ZHANG)
    assert not form.autosave_timer.isActive()  # an untouched form runs no timer
    form.add_product(services.search_products("TE-9001", 1)[0], 1)
    assert form.autosave_timer.isActive()
    qtbot.waitUntil(lambda: services.drafts.get(form.draft_id) is not None)
    assert not form.autosave_timer.isActive()
    saved = services.drafts.get(form.draft_id)
    assert saved.data["lines"][0]["sku"] == "TE-9001" and saved.data["customer_id"] == ZHANG


def test_a_shipped_order_opens_read_only(form, store, services) -> None:
    form.start_new(ZHANG)
    form.add_product(services.search_products("HM-5001", 1)[0], 1)
    assert form.submit()
    order = dict(form.order, status="shipped")
    form.open_order(order)
    assert form.is_read_only()
    assert not form.submit_button.isEnabled() and form.address_edit.street_edit.isReadOnly()
    assert not form.submit()
    assert "read-only" in form.status_label.text()


def test_an_order_not_yet_shipped_can_be_cancelled(form, store, services, qtbot) -> None:
    form.start_new(ZHANG)
    form.add_product(services.search_products("CL-8003", 1)[0], 1)
    with qtbot.waitSignal(form.sig_order_submitted):
        form.submit()
    assert form.cancel_order_button.isVisible()
    form.cancel_order_button.click()
    with qtbot.waitSignal(form.sig_order_submitted) as blocker:
        form.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert blocker.args[0]["status"] == "cancelled"
    assert form.is_read_only() and not form.cancel_order_button.isVisible()
    item = store.next_outbox_item()  # the create, then the cancel action, wait for the CRM in order
    assert (item.op, store.outbox_counts()) == ("create", (2, 0))


def test_tab_walks_the_form_in_reading_order(form) -> None:
    form.start_new(ZHANG)
    wanted = [
        "customer_search_edit",
        "customer_matches_combo",
        "product_search_edit",
        "product_quantity_spin",
        "lines_view",
        "delivery_combo",
        "province_combo",
        "city_edit",
        "district_edit",
        "street_edit",
        "postal_edit",
        "recipient_name_edit",
        "recipient_phone_edit",
        "payment_combo",
        "media_combo",
        "invoice_title_edit",
        "tax_id_edit",
        "rush_check",
        "requests_edit",
        "submit_button",
    ]
    seen, widget = [], form.customer_picker.search_edit
    for _ in range(200):
        name = widget.objectName()
        if name in wanted and name not in seen:
            seen.append(name)
        widget = widget.nextInFocusChain()
        if widget is form.customer_picker.search_edit:
            break
    assert seen == wanted


def test_the_form_is_chinese_when_the_language_is(qapp, qtbot, services) -> None:
    """Its labels, lists and buttons come from the Chinese translation (the layout is built in its own
    module under the form's translation context)."""
    from agent_desktop.shell.i18n import TranslationManager

    translations = TranslationManager(qapp)
    translations.set_language("zh_CN")
    try:
        widget = OrderForm(services)
        qtbot.addWidget(widget)
        assert widget.submit_button.text() == "提交订单(&S) (Ctrl+Enter)"
        assert widget.payment_combo.itemText(0) == "货到付款"
        assert widget.rush_check.text() != "R&ush order"
    finally:
        translations.set_language("en")


def test_adding_a_product_clears_the_lines_error_at_once(form, services) -> None:
    form.start_new(ZHANG)
    assert not form.submit()
    assert form.errors["lines"].isVisible() and form.errors["lines"].text() == "Add at least one product."
    form.add_product(services.search_products("HL-4001", 1)[0], 1)
    assert not form.errors["lines"].isVisible() and form.errors["lines"].text() == ""
    form.add_product(services.search_products("TE-9001", 1)[0], 1)  # no message appears before a submit
    assert not form.errors["lines"].isVisible()


def test_correcting_the_recipient_phone_clears_its_message_as_it_is_typed(form, services, qtbot) -> None:
    form.start_new(ZHANG)
    form.add_product(services.search_products("HL-4001", 1)[0], 1)
    form.recipient_phone_edit.setText("12345")
    assert not form.submit()
    assert form.errors["recipient_phone"].isVisible()
    form.recipient_phone_edit.clear()
    qtbot.keyClicks(form.recipient_phone_edit, "1380013")  # still too short: the message stays
    assert form.errors["recipient_phone"].text() == "Not a valid phone number."
    qtbot.keyClicks(form.recipient_phone_edit, "8000")  # now valid: gone before any submit
    assert not form.errors["recipient_phone"].isVisible() and form.errors["recipient_phone"].text() == ""
    qtbot.keyClicks(form.tax_id_edit, "9135010")  # no message appears under a field before a submit
    assert not form.errors["tax_id"].isVisible()


def test_a_quantity_of_0_typed_in_the_lines_table_is_refused_with_a_message(form, services, qtbot) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QSpinBox

    form.start_new(ZHANG)
    form.add_product(services.search_products("HL-4001", 1)[0], 2)
    index = form.lines_model.index(0, 2)
    form.lines_view.setFocus()
    form.lines_view.setCurrentIndex(index)
    form.lines_view.edit(index)
    editor = form.lines_view.focusWidget()
    assert isinstance(editor, QSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, "0")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the editor's value on the next turn
    qtbot.waitUntil(lambda: form.lines_view.state() == QAbstractItemView.State.NoState)
    assert [(ln.sku, ln.quantity) for ln in form.lines_model.lines()] == [("HL-4001", 2)]
    assert form.errors["lines"].isVisible()
    assert form.errors["lines"].text() == (
        "HL-4001: The quantity must be at least 1; to remove the line, select it and press Delete."
    )
    assert form.total_label.text() == "Total: ¥536.00"
    assert form.lines_model.setData(index, "3")  # a valid quantity: the message goes
    assert form.lines_model.lines()[0].quantity == 3 and not form.errors["lines"].isVisible()


def test_a_discount_stays_a_discount_after_saving_and_reopening(form, services, store, qtbot) -> None:
    form.start_new(ZHANG)
    form.add_product(services.search_products("HL-4001", 1)[0], 2)  # ¥268.00
    form.lines_model.setData(form.lines_model.index(0, 4), "10")
    assert form.total_label.text() == "Total: ¥482.40"
    with qtbot.waitSignal(form.sig_order_submitted) as blocker:
        assert form.submit()
    stored = blocker.args[0]
    assert stored["lines"][0]["unit_price_cents"] == 24120  # the CRM's contract: the unit price paid
    form.refresh_order()  # the saved order shown again (as after a sync)
    reopened = OrderForm(services)
    qtbot.addWidget(reopened)
    reopened.open_order(store.get("orders", stored["id"]))
    for shown in (form, reopened):
        line = shown.lines_model.lines()[0]
        assert (line.list_price_cents, line.discount_percent, line.quantity) == (26800, "10", 2)
        assert shown.lines_model.data(shown.lines_model.index(0, 3)) == "268.00"
        assert shown.total_label.text() == "Total: ¥482.40"
    assert reopened.draft().lines[0].unit_price_cents() == 24120  # an edit sends the same unit price


def test_a_stored_line_whose_price_no_discount_explains_keeps_its_unit_price() -> None:
    from forms.order_rules import line_from_order

    prices = {"HL-4001": 26800, "BIG-1": 1_000_000}
    line = line_from_order({"sku": "HL-4001", "quantity": 1, "unit_price_cents": 20103}, prices.get)
    assert (line.list_price_cents, line.discount_percent, line.unit_price_cents()) == (26800, "24.99", 20103)
    odd = line_from_order({"sku": "BIG-1", "quantity": 1, "unit_price_cents": 999_950}, prices.get)  # 0.005 %
    assert (odd.list_price_cents, odd.discount_percent) == (999_950, "0")
    dearer = line_from_order({"sku": "HL-4001", "quantity": 1, "unit_price_cents": 30000}, prices.get)
    assert (dearer.list_price_cents, dearer.discount_percent) == (30000, "0")
    assert line_from_order({"sku": "XX-1", "quantity": 1, "unit_price_cents": 5}, prices.get).list_price_cents == 5
