"""What the agent's recording control says about the current call (Qt-free)."""

from __future__ import annotations

import logging
from enum import Enum

logger = logging.getLogger(__name__)


class RecordState(str, Enum):
    """The recording of the current call, as the Record button and the status bar show it."""

    NO_CALL = "no_call"
    """No answered call: nothing to record."""
    OFF = "off"
    """The policy (``recording.mode`` off) records nothing."""
    NOT_THIS_CALL = "not_this_call"
    """The policy records incoming calls only; this one was dialled."""
    STARTING = "starting"
    """The policy records this call; its recording starts with its audio."""
    READY = "ready"
    """On demand: not recorded yet; the agent may start it."""
    RECORDING = "recording"
    PAUSED = "paused"
    """On demand: the agent paused it; nothing is recorded until they go on."""
    ON_HOLD = "on_hold"
    """Recorded, but the call is on hold: nothing is recorded until it is resumed."""


def record_state(mode: str, answered: bool, held: bool, dialled: bool, recording: bool, started: bool) -> RecordState:
    """The state of the current call's recording: ``mode`` the policy (off, all, inbound, on_demand);
    ``answered`` a call is up (active or held), ``held`` it is on hold, ``dialled`` the agent dialled it;
    ``recording`` its recording is on (not paused by the agent), ``started`` it was on before."""
    if not answered:
        return RecordState.NO_CALL
    if recording:
        return RecordState.ON_HOLD if held else RecordState.RECORDING
    if mode == "on_demand":
        return RecordState.PAUSED if started else RecordState.READY
    if mode == "off":
        return RecordState.OFF
    if mode == "inbound" and dialled:
        return RecordState.NOT_THIS_CALL
    return RecordState.STARTING


def agent_can_toggle(mode: str, state: RecordState) -> bool:
    """The agent may start, pause or go on with the recording (only on demand, in a call)."""
    return mode == "on_demand" and state not in (RecordState.NO_CALL, RecordState.OFF, RecordState.NOT_THIS_CALL)
