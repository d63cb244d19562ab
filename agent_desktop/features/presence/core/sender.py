"""Sending the agent's presence changes to the back office, in order, durably numbered (no Qt).

:meth:`PresenceSender.add` numbers a change after the last one ever queued and keeps it in the local
store; :meth:`PresenceSender.send` (a pool thread) posts what is waiting, oldest first, and drops what
the back office acknowledged. An empty post is the heartbeat that keeps the agent "connected" on the
supervisors' board. When the back office already holds higher numbers than ours (the agent moved to
another PC, or the local store was lost), our changes join its history as late ones and the newest is
sent again with a number after the back office's, so the board shows the truth.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from agent_desktop.features.presence.core.machine import PresenceMachine
from agent_desktop.features.presence.core.states import Presence
from crm.store.presence_queue import PresenceQueue

Post = Callable[[list[dict[str, Any]]], int]
"""POST /presence/events with these events; returns the back office's highest sequence for the agent."""

BATCH = 200
TEXT_MAX = 100
"""The longest reason name and SIP user the contract takes."""


def event_body(
    presence: Presence, call: dict[str, Any] | None = None, about: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The contract's PresenceEvent (without ``seq``) for ``presence``, the call it is about and what
    the desktop says about it (:func:`described`)."""
    at = datetime.fromtimestamp(presence.at, timezone.utc).isoformat()
    return {"state": presence.state.value, "reason": presence.reason, "at": at, **(call or {}), **(about or {})}


def described(machine: PresenceMachine, sip_user: str = "") -> dict[str, Any]:
    """What the desktop says beside its current state, so supervisors need not share its settings: the
    reason's name, how long the state is meant to last, the agent's SIP user (their extension). Only
    what it has; a name too long is cut, a SIP user too long left out (the contract refuses them)."""
    name = machine.reason_name(machine.current.reason)
    user = sip_user.strip()
    fields = {
        "reason_name": name[:TEXT_MAX] if name else None,
        "limit_s": machine.state_limit(),
        "sip_user": user if 0 < len(user) <= TEXT_MAX else None,
    }
    return {key: value for key, value in fields.items() if value is not None}


class PresenceSender:
    def __init__(self, queue: PresenceQueue, post: Post) -> None:
        self.queue = queue
        self.post = post

    def add(self, body: dict[str, Any]) -> int:
        """Queue one change (durable when this returns); returns its sequence number."""
        seq = self.queue.last_seq() + 1
        self.queue.add({**body, "seq": seq})
        return seq

    def send(self) -> int:
        """Post every waiting change (or a heartbeat); returns how many were delivered. Raises what
        ``post`` raises (the caller tries again later)."""
        delivered = 0
        events = self.queue.pending(BATCH)
        while True:
            top = self.post(events)
            if not events:
                return delivered
            sent = events[-1]["seq"]
            self.queue.acknowledged(sent)
            delivered += len(events)
            if top > sent and not self.queue.pending(1):
                self.queue.advance_to(top)  # the back office is ahead: resend the newest after its number
                self.add({k: v for k, v in events[-1].items() if k != "seq"})
            events = self.queue.pending(BATCH)
            if not events:
                return delivered
