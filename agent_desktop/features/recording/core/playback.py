"""Where a recording's playback stands, and play, pause, seek and stop on the clip player.

The clip player (:class:`softphone.engine.clip_player.ClipPlayer`) plays a sound from its start to
its end; a position is made of where the sound was opened (the source seeks there) and what the
device has taken of it since. Pause keeps the position and stops the sound; play opens it again at
the position; a seek while playing opens it again at the new one. Only the GUI thread calls these;
what the player's thread says when a sound ends comes back through :meth:`Playback.ended`.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Protocol

from agent_desktop.features.recording.core.decode import RecordingSource

SKIP_S = 5.0
"""What the arrow keys move the position by."""


class Sounds(Protocol):
    """The part of the clip player a playback uses."""

    def play_source(
        self, open_source: Callable[[], RecordingSource], finished: Callable[[BaseException | None], None]
    ) -> int: ...

    def played_s(self, ticket: int) -> float: ...

    def stop(self) -> None: ...


class State(Enum):
    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"


def recording_seconds(path: Path) -> float:
    """The length of a recording file (reads its header: off the GUI thread)."""
    source = RecordingSource(path)
    try:
        return source.seconds
    finally:
        source.close()


class Playback:
    """One recording file's playback on ``sounds()`` (asked at each start: made on first use).
    ``finished(run, error)`` is called on the player's thread when a sound ends; hand it to
    :meth:`ended` on the GUI thread."""

    def __init__(
        self,
        sounds: Callable[[], Sounds],
        path: Path,
        seconds: float,
        finished: Callable[[int, BaseException | None], None],
    ) -> None:
        self.path = path
        self.seconds = max(0.0, seconds)
        self.state = State.STOPPED
        self._sounds = sounds
        self._finished = finished
        self._offset = 0.0  # where the sound playing was opened, or the position while not playing
        self._run = 0  # the number of the last sound started (an older one's end is not ours)
        self._ticket = 0  # the clip player's number of it

    @property
    def playing(self) -> bool:
        return self.state is State.PLAYING

    def position(self) -> float:
        """Seconds from the start of the recording to what is heard now."""
        if self.state is not State.PLAYING:
            return self._offset
        return min(self.seconds, self._offset + self._sounds().played_s(self._ticket))

    def play(self) -> None:
        """Play from the position (from the start once it reached the end)."""
        if self.state is State.PLAYING:
            return
        if self._offset >= self.seconds:
            self._offset = 0.0
        self._start()

    def _start(self) -> None:
        self._run += 1
        run, path, start = self._run, self.path, self._offset
        self.state = State.PLAYING
        self._ticket = self._sounds().play_source(
            lambda: RecordingSource(path, start), lambda error: self._finished(run, error)
        )

    def pause(self) -> None:
        """Stop the sound and keep the position."""
        if self.state is State.PLAYING:
            self._offset = self.position()
            self._cut()
            self.state = State.PAUSED

    def toggle(self) -> None:
        """Play / pause (the space bar)."""
        if self.state is State.PLAYING:
            self.pause()
        else:
            self.play()

    def seek(self, seconds: float) -> None:
        """Move to ``seconds`` (within the recording); playing goes on from there."""
        self._offset = min(max(0.0, seconds), self.seconds)
        if self.state is State.PLAYING:
            self._cut()
            self._start()
        elif self.state is State.STOPPED and self._offset > 0:
            self.state = State.PAUSED  # a position chosen: Play starts there

    def skip(self, seconds: float) -> None:
        """Move by ``seconds`` (negative: back) from where it is."""
        self.seek(self.position() + seconds)

    def stop(self) -> None:
        """Stop the sound; the position goes back to the start."""
        if self.state is State.PLAYING:
            self._cut()
        self._run += 1
        self._offset = 0.0
        self.state = State.STOPPED

    def _cut(self) -> None:
        self._run += 1  # what the cut sound says when it ends is not ours
        self._sounds().stop()

    def ended(self, run: int, error: BaseException | None) -> bool:
        """The sound ``run`` ended (played out, or failed with ``error``): True when it was the one
        playing (then the playback is stopped, back at the start)."""
        if run != self._run or self.state is not State.PLAYING:
            return False
        self.state = State.STOPPED
        self._offset = 0.0
        return True
