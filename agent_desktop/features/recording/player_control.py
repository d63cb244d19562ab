"""The recording player: one widget wherever a recording is played (a customer's recordings, the QA
screen, My evaluations).

It shows which call is loaded, Play / Pause, Stop, a position slider with the elapsed and total time
(drag it, click on it, or use the arrow keys to move), and Save as… (a copy of the recording, for
whoever may hear it: the back office only gives a recording to its agent, their team's supervisor
and admins). Keys while the player has the focus: space plays or pauses, ← and → move 5 s.

The recording is fetched in the background (``fetch``, on the app's background tasks) and played
through PortAudio by the clip player (:mod:`softphone.engine.clip_player`), as the ringer and the
to-do chime are; where it stands is :class:`~agent_desktop.features.recording.core.playback.Playback`'s.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractSlider, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from agent_desktop.features.recording.core.decode import UnreadableRecording
from agent_desktop.features.recording.core.playback import SKIP_S, Playback, Sounds, recording_seconds
from agent_desktop.shell.open_external import open_external
from crm.durations import clock
from resources.file_dialogs import save_file_name
from resources.icon_set import icon
from resources.live_text import Retranslated

if TYPE_CHECKING:
    from agent_desktop.shell.tasks import BackgroundTasks

logger = logging.getLogger(__name__)

TICK_MS = 200
"""How often the position is shown while playing."""


@dataclass(frozen=True)
class Loaded:
    """The recording in the player: the back office's ``recording_id`` (or a local ``path``) and
    what the call was."""

    recording_id: str
    when: datetime | None
    inbound: bool
    number: str
    seconds: int
    path: Path | None = None


class PlayerControl(Retranslated, QWidget):
    """Plays one recording at a time on ``sounds()`` (the feature's clip player: one sounds at a
    time in the whole app); ``fetch(recording_id)`` gives its file (blocking: run on ``tasks``)."""

    _sig_ended = Signal(int, object)
    """A sound ended (its run, the exception that ended it or None), from the player's thread."""

    def __init__(
        self,
        sounds: Callable[[], Sounds],
        tasks: BackgroundTasks,
        fetch: Callable[[str], Path] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recording_player")
        self._sounds, self.tasks, self._fetch = sounds, tasks, fetch
        self.loaded: Loaded | None = None
        self.playback: Playback | None = None
        self.url = ""
        """A PBX recording's address (Play opens it in the browser) instead of a recording."""
        self._status: Callable[[], str] = lambda: ""
        self._sig_ended.connect(self._ended)
        self.title = QLabel()
        self.title.setObjectName("player_title")
        self.play_button = QPushButton()
        self.play_button.setObjectName("play_button")
        self.play_button.clicked.connect(self.toggle)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stop_button")
        self.stop_button.setIcon(icon("close"))
        self.stop_button.clicked.connect(self.stop_playing)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("position_slider")
        self.slider.setSingleStep(int(SKIP_S * 1000))
        self.slider.setPageStep(int(SKIP_S * 1000))
        self.slider.actionTriggered.connect(self._slider_action)
        self.slider.sliderReleased.connect(lambda: self.seek(self.slider.sliderPosition() / 1000))
        self.time = QLabel()
        self.time.setObjectName("position_label")
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_recording_button")
        self.save_button.setIcon(icon("export"))
        self.save_button.clicked.connect(self.save_as)
        self.status = QLabel()
        self.status.setObjectName("player_status")
        self.status.setWordWrap(True)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._show_position)
        for key, act in (
            (Qt.Key.Key_Space, self.toggle),
            (Qt.Key.Key_Left, lambda: self.skip(-SKIP_S)),
            (Qt.Key.Key_Right, lambda: self.skip(SKIP_S)),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(act)
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.retranslateUi()
        self._show_position()

    def retranslateUi(self) -> None:
        self.stop_button.setText(self.tr("Stop"))
        self.save_button.setText(self.tr("Save as…"))
        self.save_button.setToolTip(self.tr("Save a copy of this recording"))
        self.slider.setToolTip(self.tr("Drag to move in the recording (← → move 5 s, space plays or pauses)"))
        self.status.setText(self._status())
        self._show_title()
        self._show_position()

    def widget(self) -> QWidget:
        return self

    @property
    def playing(self) -> bool:
        """A recording is sounding (or being fetched or opened to)."""
        return self.playback is not None and self.playback.playing

    @property
    def playing_file(self) -> str:
        """The file the player plays ("" before one was fetched)."""
        return str(self.playback.path) if self.playback is not None else ""

    def set_status(self, text: Callable[[], str]) -> None:
        """What the player says (a function giving the translated text, asked again on a switch)."""
        self._status = text
        self.status.setText(text())

    # -- what is loaded ------------------------------------------------------------------------------
    def load(self, loaded: Loaded | None) -> None:
        """Put this recording in the player (stopping the one playing) without playing it."""
        if loaded == self.loaded and not self.url:
            return
        self._drop()
        self.loaded, self.url = loaded, ""
        self.set_status(lambda: "")
        self._show_title()
        self._show_position()

    def load_link(self, url: str, loaded: Loaded) -> None:
        """A PBX's recording: Play opens its address in the browser."""
        self._drop()
        self.loaded, self.url = loaded, url
        self.set_status(lambda: self.tr("Recorded by the PBX: Play opens it in the browser."))
        self._show_title()
        self._show_position()

    def load_recording(
        self, recording_id: str, when: datetime | None, inbound: bool = True, number: str = "", seconds: int = 0
    ) -> None:
        """Put the back office's recording ``recording_id`` in the player, ready to play (it is
        fetched when played or saved)."""
        self.load(Loaded(recording_id, when, inbound, number, seconds))

    def play_recording(
        self, recording_id: str, when: datetime | None, inbound: bool, number: str, seconds: int
    ) -> None:
        """Load the back office's recording ``recording_id`` and play it (fetched in the background)."""
        self.load_recording(recording_id, when, inbound, number, seconds)
        self.play()

    def play_file(self, path: Path) -> None:
        """Load a recording file and play it."""
        self.load(Loaded("", None, True, "", 0, path))
        self.play()

    def _drop(self) -> None:
        if self.playback is not None:
            self.playback.stop()
        self.playback = None
        self._tick.stop()

    def _show_title(self) -> None:
        loaded = self.loaded
        when = loaded.when.astimezone().strftime("%Y-%m-%d %H:%M") if loaded and loaded.when else ""
        if loaded is None:
            text = self.tr("No recording chosen.")
        elif loaded.number:
            call = self.tr("Inbound call, %1") if loaded.inbound else self.tr("Outbound call, %1")
            text = call.replace("%1", loaded.number) + (f" · {when}" if when else "")
        elif when:
            text = self.tr("Recorded call of %1").replace("%1", when)
        else:
            text = loaded.path.name if loaded.path is not None else ""
        self.title.setText(text)

    # -- playing -------------------------------------------------------------------------------------
    def toggle(self) -> None:
        """Play / Pause (the space bar)."""
        if self.url:
            open_external(QUrl(self.url), self)
        elif self.playback is not None:
            self.playback.toggle()
            self._playing_changed()
        else:
            self.play()

    def play(self) -> None:
        if self.url:
            open_external(QUrl(self.url), self)
            return
        if self.playback is not None:
            self.playback.play()
            self._playing_changed()
            return
        loaded = self.loaded
        if loaded is None:
            return
        self.set_status(lambda: self.tr("Fetching the recording…"))
        self._file_then(loaded, self._opened)

    def _file_then(self, loaded: Loaded, then: Callable[[Loaded, Path, float], None]) -> None:
        """Fetch the recording (when it is the back office's) and read its length, in the
        background; then ``then(loaded, file, seconds)`` if it is still the one loaded."""
        fetch = self._fetch

        def get() -> tuple[Path, float]:
            path = loaded.path
            if path is None:
                if fetch is None:
                    raise FileNotFoundError(loaded.recording_id)
                path = fetch(loaded.recording_id)
            return path, recording_seconds(path)

        def done(result: tuple[Path, float]) -> None:
            if self.loaded == loaded:
                then(loaded, *result)

        def failed(exc: BaseException) -> None:
            if self.loaded != loaded:
                return
            logger.info("recording not played: %s", type(exc).__name__)
            if isinstance(exc, UnreadableRecording):
                self.set_status(lambda: self.tr("Cannot play: %1").replace("%1", self._reason(exc)))
            else:
                self.set_status(lambda: self.tr("The recording cannot be fetched now."))
            self._show_position()

        self.tasks.run(get, done, failed, owner=self)

    def _opened(self, _loaded: Loaded, path: Path, seconds: float) -> None:
        self.playback = Playback(self._sounds, path, seconds, self._tell_ended)
        self.playback.play()
        self._playing_changed()

    def seek(self, seconds: float) -> None:
        if self.playback is not None:
            self.playback.seek(seconds)
            self._playing_changed()

    def skip(self, seconds: float) -> None:
        """Move ``seconds`` (negative: back; the arrow keys)."""
        if self.playback is not None:
            self.playback.skip(seconds)
            self._playing_changed()

    def stop_playing(self) -> None:
        """Stop; the position goes back to the start."""
        if self.playback is not None:
            self.playback.stop()
        self._playing_changed()

    def _slider_action(self, action: int) -> None:
        """A click on the slider's groove or a key moved it: go there (a drag goes on release)."""
        if action != QAbstractSlider.SliderAction.SliderMove.value:
            self.seek(self.slider.sliderPosition() / 1000)

    def _playing_changed(self) -> None:
        if self.playing:
            self.set_status(lambda: self.tr("Playing."))
            self._tick.start()
        else:
            self._tick.stop()
            if self.playback is not None:
                self.set_status(lambda: "")
        self._show_position()

    def _show_position(self) -> None:
        playback = self.playback
        seconds = playback.seconds if playback is not None else float(self.loaded.seconds if self.loaded else 0)
        position = playback.position() if playback is not None else 0.0
        if not self.slider.isSliderDown():
            self.slider.setRange(0, int(seconds * 1000))
            self.slider.setValue(int(position * 1000))
        self.time.setText(f"{clock(position)} / {clock(seconds) if seconds else '–:––'}")
        playing = self.playing
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setIcon(icon("hold" if playing else "resume"))
        has_recording = self.loaded is not None and not self.url
        self.play_button.setEnabled(self.loaded is not None)
        self.stop_button.setEnabled(playback is not None and (playing or position > 0))
        self.slider.setEnabled(playback is not None)
        self.slider.setVisible(not self.url)  # a PBX's recording plays in the browser
        self.time.setVisible(not self.url)
        self.save_button.setEnabled(has_recording)

    def _tell_ended(self, run: int, error: BaseException | None) -> None:
        """The player's thread: hand the end to the GUI thread."""
        with contextlib.suppress(RuntimeError):  # the player was deleted while it played
            self._sig_ended.emit(run, error)

    def _ended(self, run: int, error: BaseException | None) -> None:
        if self.playback is None or not self.playback.ended(run, error):
            return  # one that was replaced, paused or stopped
        self._playing_changed()
        if error is not None:
            logger.info("recording not played: %s", str(error))
            self.set_status(lambda: self.tr("Cannot play: %1").replace("%1", self._reason(error)))

    def _reason(self, error: BaseException) -> str:
        from softphone.engine.audio_io import AudioUnavailable  # loaded with the player

        if isinstance(error, AudioUnavailable) and error.args:
            return QCoreApplication.translate("Audio", str(error.args[0]))
        if isinstance(error, UnreadableRecording):
            return self.tr("the file is not a sound recording this player can read")
        return self.tr("the sound output failed")

    # -- a copy -------------------------------------------------------------------------------------
    def save_as(self) -> None:
        """Ask where, then copy the recording there (fetched first when it was not yet)."""
        loaded = self.loaded
        if loaded is None or self.url:
            return
        if self.playback is not None:
            self._ask_and_copy(loaded, self.playback.path)
            return
        self.set_status(lambda: self.tr("Fetching the recording…"))
        self._file_then(loaded, lambda got, path, _seconds: self._fetched_for_saving(got, path))

    def _fetched_for_saving(self, loaded: Loaded, path: Path) -> None:
        self.set_status(lambda: "")
        self._ask_and_copy(loaded, path)

    def suggested_name(self, loaded: Loaded, path: Path) -> str:
        """``recording-20261207-1551-13800138000.ogg``: when and who, the file's own kind."""
        parts = ["recording"]
        if loaded.when is not None:
            parts.append(loaded.when.astimezone().strftime("%Y%m%d-%H%M"))
        number = "".join(c for c in loaded.number if c.isalnum())
        if number:
            parts.append(number)
        return "-".join(parts) + path.suffix

    def _ask_and_copy(self, loaded: Loaded, source: Path) -> None:
        kind = self.tr("Ogg/Opus audio (*.ogg)") if source.suffix == ".ogg" else self.tr("WAV audio (*.wav)")
        chosen, _ = save_file_name(
            self, "recording", self.tr("Save the recording"), self.suggested_name(loaded, source), kind
        )
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(source.suffix)
        self.set_status(lambda: self.tr("Saving…"))

        def saved(_result: object) -> None:
            self.set_status(lambda: self.tr("Saved as %1.").replace("%1", str(target)))

        def failed(exc: BaseException) -> None:
            logger.info("recording not saved: %s", type(exc).__name__)
            reason = str(getattr(exc, "strerror", "") or type(exc).__name__)
            self.set_status(lambda: self.tr("Not saved: %1").replace("%1", reason))

        self.tasks.write(lambda: shutil.copyfile(source, target), saved, failed, owner=self)
