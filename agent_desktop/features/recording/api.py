"""What call recording offers the other features."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

__all__ = ["RECORDINGS", "RecordingPlayer", "RecordingsApi"]


class RecordingPlayer(Protocol):
    """A player for one recording at a time, to place in another feature's window (:meth:`RecordingsApi.player`)."""

    def widget(self) -> QWidget:
        """The player's widget: the call, Play / Pause, Stop, the position, Save as…, its status line."""

    def load_recording(
        self, recording_id: str, when: datetime | None, inbound: bool = True, number: str = "", seconds: int = 0
    ) -> None:
        """Put the back office's recording ``recording_id`` in the player, ready to play."""

    def play_recording(
        self, recording_id: str, when: datetime | None, inbound: bool, number: str, seconds: int
    ) -> None:
        """Fetch the back office's recording ``recording_id`` (in the background) and play it."""

    def stop_playing(self) -> None:
        """Stop (and forget) what is playing."""


class RecordingsApi(Protocol):
    """The installed call recording (provided as :data:`RECORDINGS`)."""

    def show_recordings(self, customer_id: str | None = None) -> None:
        """Open the recordings window for ``customer_id`` (None: the customer on the card)."""

    def play_call(self, call_log_id: str) -> None:
        """Play the recording of the call logged as ``call_log_id`` (or open its PBX recording)."""

    def player(self, parent: QWidget | None = None) -> RecordingPlayer:
        """A new player (the same as the recordings window's) for another feature's window; one
        recording sounds at a time in the whole app."""


RECORDINGS: ServiceKey[RecordingsApi] = ServiceKey("recordings")
