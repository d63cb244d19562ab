"""Agent presence: the state changes a desktop reports and the board supervisors read.

A desktop sends every change of its agent's state as an event with a sequence number that only grows
(``POST /api/v1/presence/events``); events queued while offline are replayed in order with their real
times. Sending is also the heartbeat: an agent whose desktop has not been heard from for
``heartbeat_timeout_s`` is shown "disconnected" on the board (``GET /api/v1/presence/board``, then
``GET /api/v1/presence/watch`` for what changed since).
"""

from __future__ import annotations

import logging
from datetime import datetime
from enum import Enum
from typing import Annotated

from pydantic import AwareDatetime, ConfigDict, Field

from crm.schemas.common import Contract

logger = logging.getLogger(__name__)


class PresenceState(str, Enum):
    LOGGED_OUT = "logged_out"
    READY = "ready"
    NOT_READY = "not_ready"
    RINGING = "ringing"
    ON_CALL = "on_call"
    ON_HOLD = "on_hold"
    WRAP_UP = "wrap_up"
    DISCONNECTED = "disconnected"
    """Only on the board: the desktop has not been heard from within the heartbeat timeout."""


ReasonCode = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z][a-z0-9_]*$")]
Seq = Annotated[int, Field(ge=1, le=2**53)]
ShortText = Annotated[str, Field(max_length=200)]
ReasonName = Annotated[str, Field(max_length=100)]
LimitSeconds = Annotated[int, Field(ge=1, le=2 * 24 * 3600)]
SipUser = Annotated[str, Field(max_length=100)]


class CallDirection(str, Enum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class PresenceEvent(Contract):
    """One change of the agent's state, as the desktop saw it."""

    model_config = ConfigDict(extra="forbid")

    seq: Seq
    state: PresenceState
    reason: ReasonCode | None = None
    at: AwareDatetime = Field(description="When the change happened on the desktop (its clock, with zone)")
    call_direction: CallDirection | None = None
    customer_name: ShortText | None = None
    media_source: ShortText | None = None
    reason_name: ReasonName | None = Field(
        None,
        description="The reason's name as the agent's desktop has it (its setting presence.not_ready_reasons;"
        " a built-in reason's English name, which a supervisor's desktop translates). Older desktops send none.",
    )
    limit_s: LimitSeconds | None = Field(
        None,
        description="How long this state is meant to last on the agent's desktop, in seconds: the Not-ready"
        " reason's maximum, or the wrap-up's limit (with its extension). None: no limit, or an older desktop.",
    )
    sip_user: SipUser | None = Field(
        None, description="The agent's SIP user (their extension on the PBX), as their desktop's phone is set up"
    )


class PresenceEvents(Contract):
    """``POST /presence/events``: changes in sequence order (may be empty: a heartbeat)."""

    model_config = ConfigDict(extra="forbid")

    events: list[PresenceEvent] = Field(default_factory=list, max_length=500)


class PresenceAck(Contract):
    last_seq: int = Field(description="The highest sequence the back office holds for this agent (0: none)")


class AgentPresence(Contract):
    """One agent's line on the board."""

    user_id: str
    username: str
    display_name: str
    team: str
    state: PresenceState
    reason: str | None
    since: datetime
    seq: int
    last_seen: datetime
    call_direction: CallDirection | None = None
    customer_name: str | None = None
    media_source: str | None = None
    reason_name: str | None = Field(
        None, description="The reason's name the agent's desktop sent (None: an older desktop)"
    )
    limit_s: int | None = Field(None, description="How long the state is meant to last, as the agent's desktop sent it")
    sip_user: str | None = Field(None, description="The agent's SIP user (extension), as their desktop last sent it")


class AgentDay(Contract):
    """One agent's calls of the day so far (the centre's local day, as reports count them), sent with
    the board and again as the live event ``agent_day`` whenever one of the agent's calls is logged."""

    user_id: str
    date: str = Field(description="The centre's local date the figures are of (YYYY-MM-DD)")
    handled: int = Field(0, description="Connected calls, incoming and outgoing (the calls AHT is taken over)")
    talk_s: int = 0
    hold_s: int = 0
    wrapup_s: int = 0
    at: datetime = Field(description="When the back office counted them: a later count replaces an earlier one")

    @property
    def handle_s(self) -> int:
        """Talk + hold + wrap-up of the handled calls."""
        return self.talk_s + self.hold_s + self.wrapup_s


class PresenceBoard(Contract):
    agents: list[AgentPresence]
    cursor: int = Field(description="Pass as `since` to /presence/watch for what changes next")
    server_time: datetime
    heartbeat_timeout_s: int
    days: list[AgentDay] = Field(
        default_factory=list,
        description=(
            "Today's calls: on the whole board of each agent shown who has any; in a watch's answer of each "
            "agent whose line it carries (a call logged moves its agent's line)"
        ),
    )


class PresenceHistoryItem(Contract):
    seq: int
    state: PresenceState
    reason: str | None
    at: datetime
    received_at: datetime
    reason_name: str | None = None
    limit_s: int | None = None


class PresenceHistory(Contract):
    items: list[PresenceHistoryItem]
