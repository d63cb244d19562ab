"""The phone's pre-ring filter (who may ring now) and the screen-pop's configuration from the settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from agent_desktop.shell.sip_codes import CODE_NOT_READY
from screenpop.core.config import PopConfig

if TYPE_CHECKING:
    from agent_desktop.settings.schema import Settings
    from crm.store import Store


def pop_config(settings: Settings) -> PopConfig:
    """The screen-pop's configuration from the application settings."""
    return PopConfig(region=settings.crm.phone_region or "CN")


class PreRingGate:
    """The phone's pre-ring filter; called on the SIP thread, so it holds only plain Python state.

    Only a Ready agent takes new calls: Not ready, Break and Wrap-up refuse every call with 480
    Temporarily Unavailable (the call-back feature queues the caller as "not ready"); blocked numbers
    get ``blocked_response()`` (the ``sip.blocked_response`` setting) whatever the state, and are not
    queued.
    """

    def __init__(self, blocked_response: Callable[[], int]) -> None:
        self.blocked_response = blocked_response
        self.accepting = True
        """False while the agent is not Ready (set on the GUI thread, one atomic assignment)."""
        self.store: Store | None = None
        """The CRM's local store once there (it opens a connection per thread)."""

    def __call__(self, number: str, headers: dict[str, list[str]]) -> int | None:
        store = self.store
        if number and store is not None and store.is_blocked(number):
            return self.blocked_response()
        return None if self.accepting else CODE_NOT_READY
