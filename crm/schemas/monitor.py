"""Listen, whisper, barge: telling the monitored agent's desktop.

A supervisor joins an agent's call by dialling the PBX's feature code from their own phone; the PBX
does not tell the agent's desktop. So the supervisor's desktop says so itself: when the PBX answered the
feature code it posts ``POST /api/v1/monitor/{agent_id}`` with the mode and ``active: true``, and
``active: false`` when the monitoring call ends. The back office relays it to the agent's desktop as the
live event ``monitor`` (:class:`MonitorEvent`), which shows an indicator per its policy until it stops
or the agent's call ends. Only a supervisor of the agent's team (or one without a team) and admins may.
"""

from __future__ import annotations

import logging
from enum import Enum

from pydantic import ConfigDict, Field

from crm.schemas.common import Contract

logger = logging.getLogger(__name__)

LIVE_KIND = "monitor"
"""The live event's kind (``GET /events/stream``)."""


class MonitorMode(str, Enum):
    LISTEN = "listen"
    """Silent monitoring: nobody hears the supervisor."""
    WHISPER = "whisper"
    """The agent hears the supervisor, the customer does not."""
    BARGE = "barge"
    """The supervisor joins the call: agent and customer hear them."""


class MonitorNotice(Contract):
    """``POST /monitor/{agent_id}``: the supervisor's desktop started or stopped monitoring the agent's call."""

    model_config = ConfigDict(extra="forbid")

    mode: MonitorMode
    active: bool = Field(description="True: the monitoring call is up; False: it ended")


class MonitorEvent(Contract):
    """What the agent's desktop receives (live event ``monitor``) and the route answers."""

    agent_id: str
    mode: MonitorMode
    active: bool
    supervisor_id: str
    supervisor_name: str
