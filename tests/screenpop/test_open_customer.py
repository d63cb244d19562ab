"""Opening a customer outside a call: a to-do alert, a call-back entry or a search result shows that
customer's card (from the local store), listed in the recent pops, with no wrap-up and no caller."""

from __future__ import annotations

import pytest

from agent_desktop.features.callbacks import feature as callback_feature
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.screenpop import feature as screenpop_feature
from agent_desktop.features.search import feature as search_feature
from agent_desktop.features.todo import feature as todo_feature
from tests.agent_desktop.features.screenpop.test_screenpop_feature import crm  # noqa: F401 - fixture
from tests.screenpop.test_record_source import ZHANG, _customer

LI = "c-li"


@pytest.mark.parametrize(
    "feature_name,signal_name",
    [("todos", "sig_open_customer"), ("callbacks", "sig_open_customer"), ("search", "sig_customer_open_requested")],
)
def test_a_feature_asking_for_a_customer_shows_their_card(shell, crm, qtbot, feature_name, signal_name) -> None:
    crm.store.bulk_load("customers", [_customer(LI, "李娜", "13900139000")])
    installers = {
        "todos": todo_feature.install,
        "callbacks": callback_feature.install,
        "search": search_feature.install,
    }
    other = installers[feature_name](shell.ctx, shell.window)  # the real feature, before the card
    card = screenpop_feature.install(shell.ctx, shell.window)
    shell.ctx.services.provide(CRM, crm)
    dock = card.dock
    with qtbot.waitSignal(card.controller.sig_pop_refreshed, timeout=10000) as refreshed:
        getattr(other, signal_name).emit(LI)
        qtbot.waitUntil(lambda: dock.card_view.name_label.text() == "李娜", timeout=5000)
    assert refreshed.args[1] is False and dock.offline_badge.isVisible()  # then the CRM (unreachable) was asked
    getattr(other, signal_name).emit(ZHANG)
    qtbot.waitUntil(lambda: dock.card_view.name_label.text() == "张伟", timeout=5000)
    assert dock.status_label.text() == "Opened without a call" and not dock.wrap_up_area.isVisible()
    assert dock.banner.detail_label.full_text() == ""  # no call: no "Unknown number" under the name
    assert dock.card_view.caller_label.isHidden()  # nor "Calling from ..."
    assert [t.split("  ", 1)[1] for t in dock.recent.texts()] == ["张伟  (no call)", "李娜  (no call)"]
    first = dock.recent.list.item(1)
    dock.recent.list.itemActivated.emit(first)  # back to the first one: still no wrap-up
    assert dock.card_view.name_label.text() == "李娜" and not dock.wrap_up_area.isVisible()
    card.shutdown()
    getattr(other, signal_name).emit(ZHANG)  # after shutdown the card no longer listens
    other.shutdown()


def test_opened_before_the_crm_is_there_and_a_replaced_feature_is_followed(shell, crm, qtbot) -> None:
    card = screenpop_feature.install(shell.ctx, shell.window)
    todos = todo_feature.install(shell.ctx, shell.window)
    todos.sig_open_customer.emit(ZHANG)  # no store yet: a card still appears, marked offline
    qtbot.waitUntil(lambda: len(card.history.sessions()) == 1, timeout=5000)
    assert card.dock.current_card().offline
    shell.ctx.services.provide(CRM, crm)
    todos.shutdown()
    again = todo_feature.install(shell.ctx, shell.window)
    again.sig_open_customer.emit(ZHANG)
    qtbot.waitUntil(lambda: card.dock.card_view.name_label.text() == "张伟", timeout=5000)
    card.shutdown()
    again.shutdown()
