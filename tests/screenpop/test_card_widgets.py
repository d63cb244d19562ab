"""The card dock as the agent sees it: plain-text names, timeline order, badge, chooser, quick form."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from screenpop.core.identity import extract_identity
from screenpop.core.lookup import assemble_pop
from screenpop.core.models import CustomerInfo, PopKind, TimelineEntry, TimelineKind
from screenpop.core.session import PopHistory
from screenpop.widgets.card_dock import ScreenPopDock
from tests.screenpop.memory_source import sample_source

HOSTILE = '<b>Bold</b><script>alert(1)</script><img src="http://evil/x.png">&amp;'


@pytest.fixture
def dock(qtbot) -> ScreenPopDock:
    widget = ScreenPopDock(PopHistory())
    qtbot.addWidget(widget)
    widget.resize(480, 900)
    widget.show()
    return widget


def ring(headers: dict, call_id: str = "call-1", source=None, **kw):
    source = source or sample_source()
    return assemble_pop(call_id, extract_identity({"To": "<sip:4008108888@pbx>", **headers}), source, **kw)


def test_known_caller_card_shows_name_history_and_highlighted_complaint(dock) -> None:
    dock.pop(ring({"P-Asserted-Identity": "<sip:13800138000@pbx>"}))
    view = dock.card_view
    assert dock.stack.currentWidget() is not dock.chooser
    assert view.name_label.text() == "张伟"
    assert view.vip_label.text() == "VIP 3"
    assert "湖南卫视" in view.media_label.text()
    assert view.complaints_list.count() == 1 and "Parcel late" in view.complaints_list.item(0).text()
    assert view.complaints_box.property("highlighted") is True
    assert view.orders_tree.topLevelItem(0).text(0) == "SO20261118-000002"
    assert view.orders_tree.topLevelItem(0).text(3) == "ZT998877"
    assert view.orders_tree.topLevelItem(0).text(1) == "shipped"
    assert view.todos_list.item(0).text().startswith("Call back about refund")
    assert view.samples_label.text() == "Yes" and view.follow_up_label.text() == "No"
    assert view.call_window_label.text() == "Evening (18-21)"
    assert dock.status_label.text() == "Ringing"


def test_timeline_newest_first(dock) -> None:
    dock.pop(ring({"From": "<sip:13800138000@pbx>"}))
    model = dock.card_view.timeline_model
    texts = [model.index(r).data() for r in range(model.rowCount())]
    assert "Wants a refund" in texts[0]
    assert "Asked about the juicer" in texts[-1]
    assert texts == sorted(texts, reverse=True)  # lines start with the date and time


def test_hostile_customer_text_is_shown_literally(dock, qtbot) -> None:
    source = sample_source()
    evil = CustomerInfo(id="c-evil", name=HOSTILE, phones=("+8613600136000",), address=HOSTILE, tags=(HOSTILE,))
    source.customers[evil.id] = evil
    source.history_by_customer[evil.id] = list(source.history_by_customer["c-zhang"])
    source.history_by_customer[evil.id].append(TimelineEntry(None, TimelineKind.NOTE, HOSTILE))
    dock.pop(ring({"From": f'"{HOSTILE}" <sip:13600136000@pbx>'}, source=source))
    view = dock.card_view
    assert view.name_label.text() == HOSTILE
    assert view.address_label.text() == HOSTILE
    labels = dock.findChildren(QLabel)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    model = view.timeline_model
    assert HOSTILE in model.index(model.rowCount() - 1).data()
    qtbot.waitExposed(dock)
    dock.repaint()  # painting hostile text must not fetch or crash


def test_hostile_display_name_in_new_caller_form_is_literal(dock) -> None:
    dock.pop(ring({"From": f'"{HOSTILE}" <sip:13700000000@pbx>'}))
    assert dock.stack.currentWidget() is dock.new_caller_form
    assert dock.new_caller_form.name_edit.text() == HOSTILE[:80]
    assert dock.new_caller_form.heading_label.textFormat() == Qt.TextFormat.PlainText


def test_8kb_header_pop_shows_safely(dock) -> None:
    dock.pop(ring({"From": '"' + "名" * 8192 + '" <sip:' + "9" * 8000 + "@pbx>", "X-Customer-ID": "x" * 8192}))
    form = dock.new_caller_form
    assert dock.stack.currentWidget() is form
    assert len(form.name_edit.text()) <= 80
    assert form.number_edit.text() == ""
    assert form.heading_label.text() == "New caller: Unknown number"


def test_refresh_updates_in_place_and_offline_badge(dock) -> None:
    local = ring({"From": "<sip:13800138000@pbx>"}, offline=True)
    dock.pop(local)
    view_before = dock.card_view
    assert dock.offline_badge.isVisible()
    source = sample_source()
    source.customers["c-zhang"] = replace(source.customers["c-zhang"], name="张伟 (updated)")
    dock.update_card(ring({"From": "<sip:13800138000@pbx>"}, source=source, origin="crm"))
    assert dock.card_view is view_before
    assert dock.card_view.name_label.text() == "张伟 (updated)"
    assert not dock.offline_badge.isVisible()
    dock.set_offline("call-1", True)
    assert dock.offline_badge.isVisible() and dock.current_card().offline


def test_refresh_of_another_call_does_not_replace_the_shown_card(dock) -> None:
    dock.pop(ring({"From": "<sip:13800138000@pbx>"}, call_id="a"))
    dock.pop(ring({"From": "<sip:13700000000@pbx>"}, call_id="b"))
    dock.update_card(ring({"From": "<sip:13800138000@pbx>"}, call_id="a", origin="crm"))
    assert dock.current_card().call_id == "b"
    dock.show_call("a")
    assert dock.card_view.name_label.text() == "张伟"


def test_chooser_for_two_customers_on_one_number(dock, qtbot) -> None:
    dock.pop(ring({"From": "<sip:+861062345678@pbx>"}))
    chooser = dock.chooser
    assert dock.stack.currentWidget() is chooser
    names = [chooser.candidates_list.item(i).text() for i in range(chooser.candidates_list.count())]
    assert len(names) == 2 and any("李娜" in n for n in names) and any("刘洋" in n for n in names)
    chooser.candidates_list.setCurrentRow(1)
    picked = chooser.candidates_list.item(1).data(Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(dock.sig_customer_chosen) as blocker:
        qtbot.mouseClick(chooser.choose_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["call-1", picked]
    dock.update_card(ring({"From": "<sip:+861062345678@pbx>"}, chosen_customer_id=picked))
    assert dock.current_card().kind is PopKind.CUSTOMER
    assert dock.card_view.name_label.text() in ("李娜", "刘洋")


def test_new_caller_form_validation_keeps_typed_text(dock, qtbot) -> None:
    dock.pop(ring({"From": "<sip:13700000000@pbx>"}))
    form = dock.new_caller_form
    assert form.number_edit.text() == "13700000000"
    form.name_edit.clear()
    form.number_edit.setText("not a phone")
    form.city_edit.setText("杭州")
    with qtbot.assertNotEmitted(dock.sig_customer_create_requested):
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    assert form.name_error.isVisible() and form.name_error.text() == "Enter the caller's name."
    assert form.number_error.isVisible() and form.number_error.text() == "This is not a phone number."
    assert (form.number_edit.text(), form.city_edit.text()) == ("not a phone", "杭州")
    form.name_edit.setText("王芳")
    form.number_edit.setText("137-0000-0000")
    with qtbot.waitSignal(dock.sig_customer_create_requested) as blocker:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    data, card = blocker.args
    assert data["name"] == "王芳" and data["phones"] == [{"number": "137-0000-0000", "type": "mobile"}]
    assert data["address"]["city"] == "杭州" and len(data["id"]) == 36
    assert card.call_id == "call-1"
    assert not form.name_error.isVisible()


def test_anonymous_caller_form_has_no_number(dock) -> None:
    dock.pop(ring({"From": '"Anonymous" <sip:anonymous@anonymous.invalid>'}))
    form = dock.new_caller_form
    assert form.number_edit.text() == "" and form.heading_label.text() == "New caller: Withheld number"


def test_actions_emit_with_the_card_and_abnormal_kinds(dock, qtbot) -> None:
    dock.pop(ring({"From": "<sip:13800138000@pbx>"}))
    view = dock.card_view
    for button, signal in (
        (view.new_order_button, dock.sig_new_order_requested),
        (view.new_complaint_button, dock.sig_new_complaint_requested),
        (view.new_todo_button, dock.sig_new_todo_requested),
        (view.call_back_button, dock.sig_call_back_requested),
        (view.edit_customer_button, dock.sig_edit_customer_requested),
        (dock.call_actions.block_button, dock.sig_block_requested),
    ):
        with qtbot.waitSignal(signal) as blocker:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert blocker.args[0].customer.id == "c-zhang"
    menu = dock.call_actions.abnormal_menu
    kinds = [a.data() for a in menu.actions()]
    assert kinds == ["silent", "harassment", "dropped", "wrong_number"]
    with qtbot.waitSignal(dock.sig_mark_abnormal_requested) as blocker:
        menu.actions()[1].trigger()
    assert blocker.args[0] == "harassment"
    assert "(marked abnormal)" in dock.status_label.text()


def test_card_stays_after_hang_up_until_wrap_up_and_recent_pops_go_back(dock, qtbot) -> None:
    dock.pop(ring({"From": "<sip:13800138000@pbx>"}, call_id="a"), ring_monotonic=10.0)
    dock.call_answered("a", at=12.0)
    assert dock.status_label.text() == "In call"
    dock.call_ended("a", at=40.0)
    assert dock.stack.currentWidget() is not dock.idle_page
    assert dock.status_label.text() == "Call ended: wrap-up pending"
    assert "(wrap-up pending)" in dock.recent.texts()[0]
    form = QWidget()
    dock.show_wrap_up(form)
    assert dock.wrap_up_area.isVisible()
    dock.wrap_up_done("a")
    assert dock.stack.currentWidget() is dock.idle_page and not dock.wrap_up_area.isVisible()
    dock.pop(ring({"From": "<sip:13700000000@pbx>"}, call_id="b"))
    assert dock.recent.list.count() == 2
    item = dock.recent.list.item(1)
    assert "张伟" in item.text()
    qtbot.mouseClick(
        dock.recent.list.viewport(), Qt.MouseButton.LeftButton, pos=dock.recent.list.visualItemRect(item).center()
    )
    assert dock.current_card().call_id == "a"
    assert dock.card_view.name_label.text() == "张伟"


def test_unknown_caller_can_be_marked_but_a_withheld_one_not_blocked(dock, qtbot) -> None:
    dock.pop(ring({"From": "<sip:13700000000@pbx>"}, call_id="u"))
    assert dock.stack.currentWidget() is dock.new_caller_form
    assert dock.call_actions.isVisible() and dock.call_actions.block_button.isEnabled()
    with qtbot.waitSignal(dock.sig_mark_abnormal_requested) as blocker:
        dock.call_actions.abnormal_menu.actions()[1].trigger()
    assert blocker.args[0] == "harassment" and blocker.args[1].call_id == "u"
    card = ring({"From": '"Anonymous" <sip:anonymous@anonymous.invalid>'}, call_id="w")
    dock.pop(card)
    assert not dock.call_actions.block_button.isEnabled()
    dock.card_view.set_card(card)
    assert not dock.card_view.new_order_button.isEnabled()


def test_warm_up_leaves_nothing_behind(dock) -> None:
    dock.warm_up()
    assert dock.stack.currentWidget() is dock.idle_page
    assert dock.current_card() is None and dock.recent.list.count() == 0
    dock.pop(ring({"From": "<sip:13800138000@pbx>"}))
    assert dock.card_view.name_label.text() == "张伟"


def test_a_warm_up_that_comes_after_the_first_pop_leaves_that_card_shown(dock) -> None:
    dock.pop(ring({"From": "<sip:13800138000@pbx>"}))  # a call rang before the deferred warm-up ran
    dock.warm_up()
    assert dock.card_view.name_label.text() == "张伟" and dock.card_view._card.call_id != ""  # not the sample


def test_double_clicking_a_logged_call_asks_for_its_recording(dock, qtbot) -> None:
    source = sample_source()
    source.history_by_customer["c-zhang"].insert(0, TimelineEntry(None, TimelineKind.CALL, "Logged", "", "c1", "log-1"))
    dock.pop(ring({"From": "<sip:13800138000@pbx>"}, source=source))
    view = dock.card_view.timeline_view
    model = view.model()
    rows = {model.index(r).data(): r for r in range(model.rowCount())}

    def double_click(text: str) -> None:
        row = next(r for line, r in rows.items() if text in line)
        pos = view.visualRect(model.index(row)).center()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # an item view needs the press
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)

    with qtbot.assertNotEmitted(dock.sig_call_recording_requested):
        double_click("Prefers SF Express")  # a note: no call, no recording
    with qtbot.waitSignal(dock.sig_call_recording_requested) as asked:
        double_click("Logged")
    assert asked.args == ["log-1"]


def test_a_narrow_card_wraps_the_contact_history_rather_than_cut_it(dock, qtbot, chinese) -> None:
    """Trial finding: at 1280 × 720 the history read "Com…int:" and "Order:…0261206-000002"; each entry
    now reads whole, on a second line when the card is narrow, in English and in Chinese."""
    from tests.screens.clipping import unreachable_cells

    dock.resize(330, 900)  # the card's column of the default window on a 1280 × 720 screen
    dock.pop(ring({"P-Asserted-Identity": "<sip:13800138000@pbx>"}))
    view = dock.card_view.timeline_view
    qtbot.waitUntil(lambda: view.model().rowCount() > 2)
    try:
        for language in ("en", "zh_CN"):
            chinese.set_language(language)
            QApplication.processEvents()
            assert unreachable_cells(view.window(), tooltips=False) == [], language
            rows = [view.visualRect(view.model().index(r, 0)) for r in range(view.model().rowCount())]
            assert max(r.height() for r in rows) > min(r.height() for r in rows)  # the long ones wrapped
    finally:
        chinese.set_language("en")


def test_another_customer_opens_at_the_top_and_a_refresh_keeps_the_scroll_position(dock, qtbot) -> None:
    dock.resize(480, 360)  # short: the card scrolls
    dock.pop(ring({"From": "<sip:13800138000@pbx>"}, call_id="a"))
    bar = dock.card_view.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # the agent scrolled down to the history
    dock.update_card(ring({"From": "<sip:13800138000@pbx>"}, call_id="a", origin="crm"))
    assert bar.value() == bar.maximum() > 0  # the same call refreshed: still where the agent was
    dock.pop(ring({"From": "<sip:13900139000@pbx>"}, call_id="b"))
    assert dock.card_view.name_label.text() == "刘洋" and bar.value() == 0  # another customer: name first
    bar.setValue(bar.maximum())
    dock.show_call("a")
    assert dock.card_view.name_label.text() == "张伟" and bar.value() == 0


def test_recent_pops_say_ringing_then_in_call_then_on_hold(dock) -> None:
    dock.pop(ring({"From": "<sip:13800138000@pbx>"}, call_id="a"), ring_monotonic=10.0)
    assert dock.recent.texts()[0].endswith("(ringing)")
    dock.call_answered("a", at=12.0)
    assert dock.recent.texts()[0].endswith("(in call)")
    dock.call_held("a", at=20.0)
    assert dock.recent.texts()[0].endswith("(on hold)")
    dock.call_resumed("a", at=25.0)
    assert dock.recent.texts()[0].endswith("(in call)")
    dock.call_ended("a", at=40.0)
    assert dock.recent.texts()[0].endswith("(wrap-up pending)")
