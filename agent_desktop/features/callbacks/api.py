"""What the Call Back queue offers the other features: queue a promised call back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from agent_desktop.shell.services import ServiceKey
from crm.records import CallbackRecord

__all__ = ["CALLBACKS", "CallbacksApi"]


class CallbacksApi(Protocol):
    """The installed Call Back queue (provided as :data:`CALLBACKS`)."""

    def add_manual(
        self,
        number: str,
        customer_id: str | None = None,
        reason: str = "",
        due_at: datetime | None = None,
        on_done: Callable[[CallbackRecord], Any] | None = None,
    ) -> CallbackRecord | None:
        """Queue a call back to ``number`` (written in the background; ``on_done(entry)`` once stored)."""


CALLBACKS: ServiceKey[CallbacksApi] = ServiceKey("callbacks")
