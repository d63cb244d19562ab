"""Feeding the presence machine from what the desktop already knows: the agent's state as the shell
keeps it (Ready, Not ready with its reason, Wrap-up, and who blocks Ready) and the phone's calls."""

from __future__ import annotations

from collections.abc import Sequence

from agent_desktop.features.presence.core.machine import PresenceMachine
from agent_desktop.features.presence.core.states import AWAY, HEADSET, PHONE_UNAVAILABLE
from softphone.engine.events import CallState

# the shell's agent states (agent_desktop.shell.agent_state, a Qt module the core cannot import)
READY, NOT_READY, WRAP_UP = "ready", "not_ready", "wrap_up"

BLOCK_REASONS = {"phone": PHONE_UNAVAILABLE, AWAY: AWAY, HEADSET: HEADSET}
"""Who blocks Ready in the shell → the Not-ready reason the back office sees."""

_OUTGOING_UP = (CallState.DIALING, CallState.EARLY, CallState.CONNECTING)


def follow_agent_state(
    machine: PresenceMachine, state: str, blocks: Sequence[str], not_ready_reason: str | None = None
) -> None:
    """Bring ``machine`` in line with the shell's agent ``state`` and its ``blocks`` (Not ready gets
    ``not_ready_reason``, the id the agent picked or the desktop set; one the machine does not know
    reads as none)."""
    wanted = [BLOCK_REASONS.get(key, key) for key in blocks]
    for reason in machine.blockers:
        if reason not in wanted:
            machine.unblock(reason)
    for reason in wanted:
        machine.block(reason)
    if state == WRAP_UP:
        machine.start_wrap_up()
        return
    if machine.in_wrap_up:
        machine.wrap_up_done()
    if state == READY and not blocks:
        machine.choose_ready()
    elif state == NOT_READY and not blocks:  # while blocked the block is the reason
        machine.choose_not_ready(not_ready_reason if not_ready_reason in machine.reasons else None)


def follow_call(machine: PresenceMachine, call_id: int, state: CallState, direction: str) -> None:
    """One of the phone's call changes (``direction`` "in" or "out")."""
    if state == CallState.DISCONNECTED:
        machine.call_ended(call_id)
    elif state == CallState.RINGING:
        machine.call_ringing(call_id)
    elif state in _OUTGOING_UP and direction == "out":
        machine.call_dialled(call_id)
    elif state in (CallState.ACTIVE, CallState.HELD):
        machine.call_answered(call_id)
        machine.call_held(call_id, state == CallState.HELD)
