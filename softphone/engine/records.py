"""The SIP thread's bookkeeping for one call."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from softphone.engine.events import CallState

if TYPE_CHECKING:
    import pjsua2 as pj

    from softphone.engine.machine_detection import MachineDetection
    from softphone.engine.pj_objects import PjCall

logger = logging.getLogger(__name__)


@dataclass
class CallRecord:
    """The SIP thread's bookkeeping for one call."""

    key: int
    call: PjCall
    direction: str
    remote_uri: str = ""
    number: str = ""
    headers: dict[str, list[str]] = field(default_factory=dict)
    state: CallState | Literal["", "silent"] = ""
    """"": not announced yet; "silent": refused before it rang (never announced); else what was published."""
    held: bool = False
    answered: bool = False
    rejected_by_us: bool = False
    cancelled_by_us: bool = False
    remote_responded: bool = False
    """The far end of an outgoing call rang (a 18x)."""
    far_end_heard: bool = False
    """Any response to our INVITE came back (a 100 Trying too)."""
    ring_timed_out: bool = False
    """Our dial's ring timeout cancelled the outgoing call."""
    connected_at: float | None = None
    started_at: float | None = None
    """Monotonic time the call began: its INVITE arrived, or the dial was made."""
    sip_call_id: str = ""
    """The SIP Call-ID of the call's dialog (known once pjsip reports its first state)."""
    no_answer_deadline: float | None = None
    """Monotonic time to give up: an outgoing call not answered (the dial timeout), an incoming
    one still ringing (``ring_timeout_s``)."""
    response_unsendable: bool = False
    """pjsip could not build a response to this incoming INVITE (PJSIP_EMSGTOOLONG)."""
    audio: pj.AudioMedia | None = None
    media_index: int = 0
    bridged: bool = False
    detect_machine: bool = False
    """An outgoing call whose answer is to be analysed (answering machine detection), and its
    verdict not published yet."""
    amd: MachineDetection | None = None
    """The detection running on the call's audio (answered, audio up, no verdict yet)."""
