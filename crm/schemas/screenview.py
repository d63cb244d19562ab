"""Silent screen view and the agents' operation trail.

**Screen view.** A supervisor starts watching an agent with ``POST /api/v1/screenview/{agent_id}/watch``
(a lease of :data:`LEASE_S` seconds, renewed by posting again; ``DELETE`` ends it). The agent's desktop
is told through the live events (``screenview_start`` / ``screenview_stop``) and, while a lease
holds, sends an image of its own main window about once a second
(``PUT /api/v1/screenview/{agent_id}/frame``, a JPEG or WebP body); the answer says whether somebody
still watches. The supervisor reads the newest frame with ``GET /api/v1/screenview/{agent_id}/frame?after=``
(204 while there is none newer). Only the newest frame is held, while somebody watches; frames are
kept longer only when the back office's retention setting says so.

**Trail.** Each desktop reports what its agent did (answered a call, opened a customer, created an
order, changed state, searched, exported) to ``POST /api/v1/trail/events``; supervisors read one
agent's trail with ``GET /api/v1/trail/{agent_id}?from=&to=&after=``. Events are kept at least 90 days
and cannot be changed or deleted through the API.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Annotated

from pydantic import AwareDatetime, ConfigDict, Field

from crm.schemas.common import Contract

logger = logging.getLogger(__name__)

LEASE_S = 15
"""How long one ``POST .../watch`` lets the agent's desktop send frames (the viewer renews it every 5 s)."""
MAX_FRAME_BYTES = 400 * 1024
"""The largest frame the back office takes (desktops aim at ≤ 150 KB at 1280 × 720)."""
FRAME_TYPES = ("image/jpeg", "image/webp")
FRAME_NO_HEADER = "X-Frame-No"
FRAME_AT_HEADER = "X-Frame-At"

Code = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[a-z][a-z0-9_]*$")]
Text = Annotated[str, Field(max_length=200)]
Ref = Annotated[str, Field(max_length=64)]


class ScreenWatch(Contract):
    """The answer to a watch, a renewal, an end of watching, and a frame sent."""

    agent_id: str
    watching: bool = Field(description="Somebody (this supervisor, for a watch) holds a lease on the agent")
    lease_s: float = Field(description="Seconds the longest lease still runs (0: none)")
    frame_no: int = Field(0, description="The newest frame held (0: none yet)")


class TrailEvent(Contract):
    """One thing the agent did, as their desktop saw it."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=36, description="Chosen by the desktop (a UUID); repeats are ignored")
    at: AwareDatetime = Field(description="When it happened on the desktop (its clock, with zone)")
    kind: Code = Field(
        description="call_answered, call_dialled, call_ended, customer_opened, created, updated, deleted,"
        " action, state_changed, searched, exported (newer desktops may send others)"
    )
    label: Text = Field("", description="What it was about: a customer's name, an order number, a number")
    detail: Text | None = Field(None, description="More: a state's reason, an action's name, rows exported")
    entity: Code | None = Field(None, description="The record's collection (orders, customers, ...)")
    ref_id: Ref | None = Field(None, description="The record's id")
    call_ref: Ref | None = Field(None, description="The call it happened during (the same for all its events)")


class TrailEvents(Contract):
    """``POST /trail/events``: the signed-in user's events, oldest first."""

    model_config = ConfigDict(extra="forbid")

    events: list[TrailEvent] = Field(max_length=500)


class TrailAck(Contract):
    stored: int = Field(description="Events new to the back office (repeats are not counted)")


class TrailItem(Contract):
    """One event of an agent's trail as the back office keeps it."""

    id: int = Field(description="Grows with every event the back office stores: pass as `after`")
    at: datetime
    received_at: datetime
    kind: str
    label: str
    detail: str | None
    entity: str | None
    ref_id: str | None
    call_ref: str | None


class Trail(Contract):
    agent_id: str
    items: list[TrailItem] = Field(description="In the order they happened (by `at`)")
    last_id: int = Field(description="The highest `id` of the agent's events so far (pass as `after`)")


class KeptFrame(Contract):
    """A frame kept under the back office's retention setting."""

    id: int
    frame_no: int
    at: datetime
    media_type: str
    size: int


class KeptFrames(Contract):
    agent_id: str
    keep_days: int = Field(description="How long frames are kept (0: not at all)")
    frames: list[KeptFrame]
