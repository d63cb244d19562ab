"""Something the agent needs to take calls (the phone) can block Ready: the agent goes Not ready with
the reason, Ready is refused with an explanation, and the agent is back as they were once it works."""

from __future__ import annotations

from agent_desktop.shell.agent_state import NOT_READY, READY, WRAP_UP
from crm.i18n import QT_TRANSLATE_NOOP

DOWN = QT_TRANSLATE_NOOP("Phone", "phone unavailable")


def _choose(window, state):
    """The agent picks ``state`` in the tool bar's selector."""
    index = window.state_selector.findData(state)
    window.state_selector.setCurrentIndex(index)
    window.state_selector.activated.emit(index)


def test_a_block_takes_a_ready_agent_to_not_ready_and_back(make_shell) -> None:
    shell = make_shell()
    window, model = shell.window, shell.agent_state
    model.block("phone", DOWN)
    assert model.state == NOT_READY and model.reason == DOWN
    assert window.state_selector.currentText() == "Not ready (phone unavailable)"
    _choose(window, READY)  # refused, with the reason
    assert model.state == NOT_READY and window.state_selector.currentData() == NOT_READY
    assert window.statusBar().currentMessage() == (
        "You cannot be Ready now: phone unavailable. You will be Ready again as soon as this is solved."
    )
    model.unblock("phone")
    assert model.state == READY and model.reason == "" and window.state_selector.currentText() == "Ready"
    assert window.state_actions[READY].isChecked()


def test_a_state_chosen_while_blocked_is_kept_and_a_refused_ready_is_remembered(make_shell) -> None:
    shell = make_shell()
    window, model = shell.window, shell.agent_state
    model.block("phone", DOWN)
    window.state_actions["not_ready:break"].trigger()
    assert model.choice == (NOT_READY, "break") and model.reason == DOWN  # the block is why, meanwhile
    assert window.status_indicator("agent").text() == "Agent: Not ready (phone unavailable)"
    model.unblock("phone")
    assert model.choice == (NOT_READY, "break")  # chosen by hand meanwhile: kept
    assert window.status_indicator("agent").text() == "Agent: Not ready (Break)"

    _choose(window, NOT_READY)
    model.block("phone", DOWN)
    assert window.status_indicator("agent").text() == "Agent: Not ready (phone unavailable)"
    model.unblock("phone")
    assert model.state == NOT_READY  # they were Not ready before the block
    model.block("phone", DOWN)
    window.state_actions[READY].trigger()  # asked for Ready meanwhile: granted once the phone works
    assert model.state == NOT_READY and window.state_actions[NOT_READY].isChecked()
    model.unblock("phone")
    assert model.state == READY


def test_the_end_of_a_wrap_up_while_blocked_goes_not_ready_then_ready(make_shell) -> None:
    shell = make_shell()
    model = shell.agent_state
    model.set_state(WRAP_UP)
    model.block("phone", DOWN)
    assert model.state == WRAP_UP  # the wrap-up goes on
    assert not model.set_state(READY)  # the wrap-up is submitted
    assert model.state == NOT_READY and model.reason == DOWN
    model.unblock("phone")
    assert model.state == READY


def test_the_reason_follows_a_language_switch(make_shell, chinese, qtbot) -> None:
    shell = make_shell()
    shell.agent_state.block("phone", DOWN)
    window = shell.window
    qtbot.waitUntil(lambda: window.state_selector.currentText() == "未就绪（电话不可用）")
    assert window.status_indicator("agent").text() == "坐席：未就绪（电话不可用）"
