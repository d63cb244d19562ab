"""Issue 16, item 4, through the installed feature: the open card follows the local store. An edit of
the customer or a new complaint (written as the forms write, on the ordered-writes worker) repaints
the card in place; a sync's change does too; a pop reopened from the recent pops shows the data of
now, not of the moment it popped."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.crm_link.signals import CrmSyncSignals
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from crm.sync_events import RecordsChanged
from tests.agent_desktop.features.screenpop.test_screenpop_feature import PhoneEvents, crm, ring, shown
from tests.screenpop.test_record_source import ZHANG, _customer

__all__ = ["crm"]  # the fixture, shared with the feature's other tests


def _installed(shell, crm):
    crm.signals = CrmSyncSignals()
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    return screenpop_feature.install(shell.ctx, shell.window), phone


def _write(shell, op: Any) -> None:
    """A save the way the forms make it: in the ordered writes, off the GUI thread."""
    shell.ctx.tasks.write(op, None, lambda exc: (_ for _ in ()).throw(exc))


def _click_recent(qtbot, dock, call_id: str) -> None:
    view = dock.recent.list
    item = next(view.item(i) for i in range(view.count()) if view.item(i).data(Qt.ItemDataRole.UserRole) == call_id)
    view.scrollToItem(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center())


def test_the_open_card_is_repainted_after_an_edit_and_a_new_complaint(shell, crm, qtbot) -> None:
    feature, _phone = _installed(shell, crm)
    view = feature.dock.card_view
    pop_id = feature.open_customer(ZHANG)
    shown(qtbot, feature.dock, pop_id)
    assert view.vip_label.text() == "VIP 3" and view.complaints_list.count() == 0
    store = crm.store
    phones = [{"number": "13800138000", "type": "mobile"}, {"number": "13900139000", "type": "home"}]
    _write(shell, lambda: store.update("customers", ZHANG, {"vip_level": 5, "phones": phones}))  # Edit customer
    qtbot.waitUntil(lambda: view.vip_label.text() == "VIP 5", timeout=5000)
    assert "13900139000" in view.phones_label.text().replace(" ", "")
    complaint = {"customer_id": ZHANG, "category": "delivery", "summary": "parcel arrived broken"}
    _write(shell, lambda: store.create("complaints", complaint))  # New complaint
    qtbot.waitUntil(lambda: view.complaints_list.count() == 1, timeout=5000)
    assert "parcel arrived broken" in view.complaints_list.item(0).text()
    assert view.complaints_box.title() == "Open complaints (1)"
    card = feature.current_card()
    assert card is not None and card.call_id == pop_id  # repainted in place: the same pop
    assert [c.summary for c in card.open_complaints] == ["parcel arrived broken"]
    assert len(feature.history.sessions()) == 1
    # a sync's change (the store changed from the server, no local write): the card follows it too
    store.bulk_load("customers", [_customer(ZHANG, "张伟", "13800138000", vip_level=1)])
    crm.signals.on_event(RecordsChanged("customers", (ZHANG,)))
    qtbot.waitUntil(lambda: view.vip_label.text() == "VIP 1", timeout=5000)
    feature.shutdown()


def test_a_pop_reopened_from_recent_pops_shows_the_data_of_now(shell, crm, qtbot) -> None:
    feature, phone = _installed(shell, crm)
    dock, view = feature.dock, feature.dock.card_view
    ring(phone, 41, "13800138000")
    shown(qtbot, dock, 41)
    assert view.vip_label.text() == "VIP 3"
    ring(phone, 42, "13700000000")  # somebody else: the first card steps aside
    shown(qtbot, dock, 42)
    assert dock.stack.currentWidget() is dock.new_caller_form
    store = crm.store
    _write(shell, lambda: store.update("customers", ZHANG, {"vip_level": 4}))
    todo = {"title": "send the catalogue", "customer_id": ZHANG}
    _write(shell, lambda: store.create("todos", todo))
    qtbot.waitUntil(lambda: store.count("todos") == 1, timeout=5000)
    qtbot.wait(50)  # any re-read the writes caused has run (the card on screen has no customer)
    assert feature.history.get("42").card.customer is None
    _click_recent(qtbot, dock, "41")
    shown(qtbot, dock, 41)
    qtbot.waitUntil(lambda: view.vip_label.text() == "VIP 4", timeout=5000)
    qtbot.waitUntil(lambda: view.todos_list.count() == 1, timeout=5000)
    assert "send the catalogue" in view.todos_list.item(0).text()
    feature.shutdown()
