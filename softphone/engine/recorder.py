"""Call recording on the SIP thread: pjsua2's WAV recorder on the conference bridge.

A call that is to be recorded gets one :class:`pjsua2.AudioMediaRecorder` (a passive port of the
conference bridge, 16-bit mono at the bridge's clock rate, 16 kHz). Two sources transmit to it and
the bridge mixes them: the call's stream (what the customer says) and the audio bridge's port (what
the agent says: the microphone, silence while muted), the latter only while the agent talks on this
call (not while it is held). The recorder is a sink of its own: the audio bridge's rings, and so
the latency the agent hears, are untouched (``benchmarks/audio_latency.py --record``).

Which calls are recorded is the policy (:class:`RecordingPolicy`): every answered call, the
incoming ones only, or on demand (:meth:`CallRecording.start` / :meth:`CallRecording.stop`, which
pause and go on within one file; a call on hold is not recorded either, it goes on when the call is
resumed). The SIP loop's every turn calls :meth:`CallRecording.poll`, which
follows the calls' streams (a re-INVITE may move a stream to another bridge slot) and closes the
file of a call that ended: :class:`RecordingFinished` tells its path once the file is complete.
Beside each file a small JSON side file says what it is (direction, number, start), for a file the
desktop finds left over after a crash or a quit during the call.
pjmedia removes a port from the conference bridge on the bridge's next clock tick and only then
closes the file and writes its header: while a file is :attr:`CallRecording.closing`, the engine
keeps the bridge clocked and its loop turning (a few ticks). Compressing and uploading happen
elsewhere, off this thread.
"""

from __future__ import annotations

import json
import logging
import struct
import time
import uuid
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import pjsua2 as pj

if TYPE_CHECKING:
    from collections.abc import Callable

    from softphone.engine.pj_objects import BridgePort
    from softphone.engine.records import CallRecord

logger = logging.getLogger(__name__)

CLOSE_TIMEOUT_S = 3.0
"""How long to wait for pjmedia to complete a file before reporting it anyway (logged)."""


class RecordingMode(str, Enum):
    """Which calls are recorded (setting ``recording.mode``)."""

    OFF = "off"
    ALL = "all"
    INBOUND = "inbound"
    ON_DEMAND = "on_demand"


@dataclass(frozen=True)
class RecordingPolicy:
    """What to record and where the WAV files go (a directory the engine may create)."""

    mode: RecordingMode = RecordingMode.OFF
    directory: str = ""
    announcement: str = ""
    """A WAV file played once to the caller (and into the recording) when a call's recording starts;
    empty: none."""


@dataclass(frozen=True)
class RecordingChanged:
    """A call's recording started (``recording``) or paused/stopped (not ``recording``)."""

    call_id: int
    recording: bool


@dataclass(frozen=True)
class RecordingFinished:
    """The call ended and its recording's WAV file is complete (closed, header written).

    ``started_at``: wall-clock time (``time.time()``) the file's first frame was recorded."""

    call_id: int
    path: str
    direction: str
    number: str
    started_at: float


class _Recording:
    """One call's recorder and what is connected to it (SIP thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.started_at = time.time()
        self.recorder = pj.AudioMediaRecorder()
        self.recorder.createRecorder(str(path))
        self.source: pj.AudioMedia | None = None
        self.mic: BridgePort | None = None
        self.player: pj.AudioMediaPlayer | None = None
        self.direction = ""
        self.number = ""
        self.wanted = False
        """Recording is on for this call (published): not paused by the agent (it may be on hold)."""

    def announce(self, audio: pj.AudioMedia, path: str) -> None:
        """Play ``path`` once to the caller and into this recording (SIP thread)."""
        player = pj.AudioMediaPlayer()
        player.createPlayer(path, pj.PJMEDIA_FILE_NO_LOOP)
        player.startTransmit(audio)
        player.startTransmit(self.recorder)
        self.player = player

    def connect(self, rec: CallRecord, port: BridgePort | None, live: bool) -> None:
        """Hear the call's stream and, while the agent talks on it, the agent (``live``: not paused)."""
        audio = rec.audio if live else None
        if self.source is not None and (audio is None or audio.getPortId() != self.source.getPortId()):
            _stop(self.source, self.recorder)
            self.source = None
        if audio is not None and self.source is None:
            audio.startTransmit(self.recorder)
            self.source = audio
        mic = port if live and rec.bridged else None
        if self.mic is not None and mic is None:
            _stop(self.mic, self.recorder)
        elif mic is not None and self.mic is None:
            mic.startTransmit(self.recorder)
        self.mic = mic

    def close(self) -> None:
        """Disconnect and delete the recorder: the WAV file is complete (SIP thread)."""
        if self.source is not None:
            _stop(self.source, self.recorder)
        if self.mic is not None:
            _stop(self.mic, self.recorder)
        self.source = self.mic = None
        self.player = None  # the last reference: pjsua_player_destroy, on this thread
        recorder, self.recorder = self.recorder, None
        del recorder  # the last reference: pjsua_recorder_destroy closes the file, on this thread


def _stop(source: pj.AudioMedia, sink: pj.AudioMedia) -> None:
    try:
        source.stopTransmit(sink)
    except pj.Error:
        pass  # the source's slot is already gone (the call's stream ended)


class CallRecording:
    """The engine's recordings: commands from any thread, :meth:`poll` on the SIP thread."""

    def __init__(self, post: Callable[[Callable[[], None]], None], publish: Callable[[object], None]) -> None:
        self._post = post
        self._publish = publish
        self.policy = RecordingPolicy()
        self._active: dict[int, _Recording] = {}
        self._wanted: dict[int, bool] = {}
        """Call → whether it is to be recorded now; a call not in here has not been decided yet."""
        self._closing: list[tuple[float, int, _Recording]] = []
        """Recorders deleted, their files not complete yet: (give-up time, call, recording)."""

    @property
    def closing(self) -> bool:
        """A file is being completed: the bridge must keep its clock (SIP thread)."""
        return bool(self._closing)

    # ---- any thread --------------------------------------------------------------------------
    def set_policy(self, policy: RecordingPolicy) -> None:
        """Apply to calls answered from now on (a call already decided keeps its decision)."""
        self._post(lambda: setattr(self, "policy", policy))

    def start(self, key: int) -> None:
        """Record call ``key`` (again, after :meth:`stop`) — unless the policy is OFF."""
        self._post(lambda: self._want(key, True))

    def stop(self, key: int) -> None:
        """Pause recording call ``key`` (on demand only: a policy that records every call does not stop)."""
        self._post(lambda: self._want(key, False))

    # ---- SIP thread --------------------------------------------------------------------------
    def _want(self, key: int, wanted: bool) -> None:
        mode = self.policy.mode
        if mode == RecordingMode.OFF or (not wanted and mode != RecordingMode.ON_DEMAND):
            logger.info("recording %s of call %s refused: policy %s", "start" if wanted else "stop", key, mode.value)
            return
        self._wanted[key] = wanted

    def _decide(self, rec: CallRecord) -> bool:
        mode = self.policy.mode
        return mode == RecordingMode.ALL or (mode == RecordingMode.INBOUND and rec.direction == "in")

    def poll(self, calls: dict[int, CallRecord], port: BridgePort | None) -> None:
        """Follow the calls: start, pause, reconnect and finish recordings (every loop turn)."""
        if self._closing:
            self._report_complete()
        if not (self._active or self._wanted) and self.policy.mode in (RecordingMode.OFF, RecordingMode.ON_DEMAND):
            return
        for key, rec in calls.items():
            if not rec.answered or rec.audio is None:
                continue
            if key not in self._wanted:
                self._wanted[key] = self._decide(rec)
            wanted = self._wanted[key]
            active = self._active.get(key)
            if active is None and wanted:
                active = self._open(rec)
                if active is not None and self.policy.announcement:
                    self._announce(active, rec)
            if active is None:
                continue
            try:  # nothing is recorded while the call is on hold (no silence, no hold music)
                active.connect(rec, port, wanted and not rec.held)
            except pj.Error as exc:
                logger.warning("recording call %s: connecting failed: %s", key, exc.info())
            if active.wanted != wanted:
                active.wanted = wanted
                self._publish(RecordingChanged(key, wanted))
        for key in [k for k in self._wanted if k not in calls]:
            del self._wanted[key]
            self._finish(key)

    def _open(self, rec: CallRecord) -> _Recording | None:
        directory = Path(self.policy.directory)
        stamp = time.strftime("%Y%m%dT%H%M%S")
        path = directory / f"{stamp}-{rec.key}-{uuid.uuid4().hex[:8]}.wav"
        try:
            directory.mkdir(parents=True, exist_ok=True)
            active = _Recording(path)
        except (OSError, pj.Error) as exc:
            logger.error("recording call %s could not start: %s", rec.key, exc)
            self._wanted[rec.key] = False
            return None
        active.direction, active.number = rec.direction, rec.number
        self._active[rec.key] = active
        about = {"direction": rec.direction, "number": rec.number, "started_at": active.started_at}
        try:  # what a recording left behind by a crash or a quit during the call is about
            path.with_suffix(".json").write_text(json.dumps(about), encoding="utf-8")
        except OSError as exc:
            logger.warning("recording call %s: no side file: %s", rec.key, exc)
        logger.info("recording call %s to %s", rec.key, path.name)
        return active

    def _announce(self, active: _Recording, rec: CallRecord) -> None:
        try:
            active.announce(rec.audio, self.policy.announcement)
        except pj.Error as exc:
            logger.warning("recording announcement for call %s not played: %s", rec.key, exc.info())

    def _finish(self, key: int) -> None:
        active = self._active.pop(key, None)
        if active is None:
            return
        active.close()
        self._closing.append((time.monotonic() + CLOSE_TIMEOUT_S, key, active))

    def _report_complete(self, force: bool = False) -> None:
        now = time.monotonic()
        for item in list(self._closing):
            give_up, key, active = item
            complete = wav_complete(active.path)
            if not (complete or force or now >= give_up):
                continue
            self._closing.remove(item)
            if complete:
                logger.info("recording of call %s complete: %s", key, active.path.name)
            else:
                logger.warning("recording of call %s: file %s not completed by pjmedia", key, active.path.name)
            self._publish(RecordingFinished(key, str(active.path), active.direction, active.number, active.started_at))

    def close_all(self) -> None:
        """Finish every recording (SIP thread, before the library is destroyed, which completes
        the files: the events follow at once)."""
        for key in list(self._active):
            self._finish(key)
        self._wanted.clear()

    def report_closed(self) -> None:
        """After the library is gone (every file closed): report what :meth:`close_all` finished."""
        self._report_complete(force=True)


def wav_complete(path: Path) -> bool:
    """The WAV file's header has its final sizes (pjmedia writes them as it closes the file)."""
    try:
        with path.open("rb") as f:
            head = f.read(12)
            size = path.stat().st_size
    except OSError:
        return False
    return len(head) == 12 and head[:4] == b"RIFF" and struct.unpack("<I", head[4:8])[0] == size - 8 > 36
