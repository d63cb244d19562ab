"""What the Call Back queue offers the other features: queue a promised call back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from agent_desktop.shell.services import ServiceKey

__all__ = ["CALLBACKS", "CallbacksApi"]


class CallbacksApi(Protocol):
    """The installed Call Back queue (provided as :data:`CALLBACKS`)."""

    def add_manual(
        self,
        number: str,
        customer_id: str | None = None,
        reason: str = "",
        due_at: datetime | None = None,
        on_done: Callable[[dict[str, Any]], Any] | None = None,
    ) -> dict[str, Any] | None:
        """Queue a call back to ``number`` (written in the background; ``on_done(entry)`` once stored)."""


CALLBACKS: ServiceKey[CallbacksApi] = ServiceKey("callbacks")
