"""Not-ready reasons are a setting: the state selector and the Call menu offer exactly the configured
ones (a change of the setting shows at once), and a reason's maximum time turns the agent's own
indicator amber once it is over."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from agent_desktop.settings import SettingsError
from agent_desktop.shell.agent_state import NOT_READY, READY

HUDDLE = [{"id": "break", "max_minutes": 1}, {"id": "huddle", "name": "Team huddle"}]


def offered(window) -> list[str]:
    selector = window.state_selector
    return [selector.itemText(i) for i in range(selector.count())]


def menu_entries(window) -> list[str]:
    """The Call menu's state entries the agent sees (On call shows only while the phone keeps them busy)."""
    return [a.text() for a in window.menu("call").actions() if a in window.state_group.actions() and a.isVisible()]


def test_the_selector_and_the_call_menu_offer_exactly_the_configured_reasons_and_follow_a_change(
    make_shell, qtbot
) -> None:
    shell = make_shell(overrides={"presence.not_ready_reasons": json.dumps(HUDDLE)})
    window, model = shell.window, shell.agent_state
    want = ["Ready", "Not ready", "Not ready (Break)", "Not ready (Team huddle)", "Wrap-up"]
    assert offered(window) == want and menu_entries(window) == want
    window.state_actions["not_ready:huddle"].trigger()
    assert model.choice == (NOT_READY, "huddle") and window.state_selector.currentText() == "Not ready (Team huddle)"
    assert window.status_indicator("agent").text() == "Agent: Not ready (Team huddle)"

    # IT drops the huddle and adds training: offered at once; the agent stays Not ready, without a reason
    shell.ctx.settings_manager.update({"presence.not_ready_reasons": [{"id": "break"}, {"id": "training"}]})
    want = ["Ready", "Not ready", "Not ready (Break)", "Not ready (Training)", "Wrap-up"]
    assert offered(window) == want and menu_entries(window) == want
    assert model.choice == (NOT_READY, None) and window.state_actions[NOT_READY].isChecked()
    assert window.status_indicator("agent").text() == "Agent: Not ready"
    index = window.state_selector.findData("not_ready:training")
    window.state_selector.setCurrentIndex(index)
    window.state_selector.activated.emit(index)
    assert model.choice == (NOT_READY, "training") and window.state_actions["not_ready:training"].isChecked()


def test_a_reason_of_the_desktop_or_without_a_name_is_refused_and_nothing_changes(make_shell) -> None:
    shell = make_shell()
    manager = shell.ctx.settings_manager
    for bad in ([{"id": "away"}], [{"id": "huddle"}], [{"id": "break"}, {"id": "break"}], []):
        with pytest.raises(SettingsError):
            manager.update({"presence.not_ready_reasons": bad})
    assert [r.id for r in shell.agent_state.reasons] == ["break", "meal", "training", "meeting", "coaching"]
    assert offered(shell.window)[2:4] == ["Not ready (Break)", "Not ready (Meal)"]


def test_past_the_reasons_maximum_the_agents_indicator_turns_amber(make_shell, qtbot) -> None:
    shell = make_shell(overrides={"presence.not_ready_reasons": json.dumps(HUDDLE)})
    window, model = shell.window, shell.agent_state
    indicator = window.status_indicator("agent")
    window.state_actions["not_ready:break"].trigger()
    assert indicator.level == "off" and indicator.toolTip().startswith("Agent state since")
    timer = window._over_maximum  # armed for the end of the break's minute
    assert timer.isActive() and 55_000 < timer.remainingTime() <= 63_500  # (a coarse timer: ±5 %)
    model.since -= timedelta(seconds=61)  # a minute went by
    timer.timeout.emit()
    assert indicator.level == "warn" and indicator.text() == "Agent: Not ready (Break)"
    assert "over the 1 min allowed for Break" in indicator.toolTip()
    window.state_actions["not_ready:huddle"].trigger()  # no maximum
    assert indicator.level == "off" and not timer.isActive()
    window.state_actions[READY].trigger()
    assert indicator.level == "ok"


def test_the_reasons_follow_a_language_switch_and_a_configured_name_stays_as_written(make_shell, qtbot) -> None:
    shell = make_shell(overrides={"presence.not_ready_reasons": json.dumps(HUDDLE)})
    window = shell.window
    window.state_actions["not_ready:break"].trigger()
    shell.ctx.translations.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.status_indicator("agent").text() == "坐席：未就绪（小休）")
    assert offered(window)[2:4] == ["未就绪（小休）", "未就绪（Team huddle）"]
    assert menu_entries(window)[2:4] == ["未就绪（小休）", "未就绪（Team huddle）"]
    shell.ctx.translations.set_language("en")
    qtbot.waitUntil(lambda: window.status_indicator("agent").text() == "Agent: Not ready (Break)")
