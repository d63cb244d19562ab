"""What call recording offers the other features."""

from __future__ import annotations

from typing import Protocol

from agent_desktop.shell.services import ServiceKey

__all__ = ["RECORDINGS", "RecordingsApi"]


class RecordingsApi(Protocol):
    """The installed call recording (provided as :data:`RECORDINGS`)."""

    def show_recordings(self, customer_id: str | None = None) -> None:
        """Open the recordings window for ``customer_id`` (None: the customer on the card)."""

    def play_call(self, call_log_id: str) -> None:
        """Play the recording of the call logged as ``call_log_id`` (or open its PBX recording)."""


RECORDINGS: ServiceKey[RecordingsApi] = ServiceKey("recordings")
