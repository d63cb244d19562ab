"""A customer's call recordings: the list, and a simple player (Play, Stop).

Rows are the back office's recordings the user may hear and, with a PBX that records, the customer's
logged calls with their PBX address. Play fetches a recording in the background (the feature's
``fetch``) and plays the file through PortAudio, as the ringer and the to-do chime do: the clip
player (:mod:`softphone.engine.clip_player`) decodes it a block at a time on its own thread
(:mod:`agent_desktop.features.recording.core.decode`); a PBX row opens its address in the browser.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from agent_desktop.features.recording.core.decode import RecordingSource, UnreadableRecording
from agent_desktop.shell.whole_text import columns_fit_texts, with_tooltips
from resources.icon_set import icon
from resources.live_text import Retranslated

if TYPE_CHECKING:
    from softphone.engine.clip_player import ClipPlayer

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecordingRow:
    """One row: a recording held by the back office (``recording_id``) or a PBX address (``url``)."""

    when: datetime | None
    inbound: bool
    number: str
    seconds: int
    call_log_id: str = ""
    recording_id: str = ""
    url: str = ""


class RecordingsPanel(Retranslated, QWidget):
    """The list and the player. ``player()`` gives the clip player to play on (made on first use,
    shared by the feature's panels: one recording sounds at a time)."""

    sig_play_requested = Signal(str)
    """The agent asked to hear this recording (its id)."""
    _sig_ended = Signal(int, object)
    """A playback ended (its number, the exception that ended it or None), from the player's thread."""

    def __init__(self, player: Callable[[], ClipPlayer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clip_player = player
        self._playback = 0  # the number of the last playback asked for
        self.playing = False
        """A recording is sounding (or being opened to)."""
        self._sig_ended.connect(self._ended)
        self.rows: list[RecordingRow] = []
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        columns_fit_texts(self.tree)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.play_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.play = QPushButton()
        self.play.setObjectName("play_button")
        self.play.setIcon(icon("resume"))
        self.play.clicked.connect(self.play_selected)
        self.stop = QPushButton()
        self.stop.setObjectName("stop_button")
        self.stop.setIcon(icon("close"))
        self.stop.clicked.connect(self.stop_playing)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._status: Callable[[], str] = lambda: ""
        self.playing_file = ""
        """The recording last handed to the player (until Stop)."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.play)
        buttons.addWidget(self.stop)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslateUi()
        self._enable()

    def retranslateUi(self) -> None:
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Call"), self.tr("Length"), self.tr("Where")])
        self.play.setText(self.tr("Play"))
        self.stop.setText(self.tr("Stop"))
        self.status.setText(self._status())
        self._fill()

    def set_status(self, text: Callable[[], str]) -> None:
        """What the panel says (a function giving the translated text, asked again on a switch)."""
        self._status = text
        self.status.setText(text())

    def set_rows(self, rows: list[RecordingRow]) -> None:
        self.rows = rows
        self._fill()
        if not rows:
            self.set_status(lambda: self.tr("No recordings of this customer's calls."))
        else:
            self.set_status(lambda: "")

    def _fill(self) -> None:
        current = self.tree.currentIndex().row()
        self.tree.clear()
        for row in self.rows:
            minutes, seconds = divmod(row.seconds, 60)
            item = QTreeWidgetItem(
                [
                    row.when.astimezone().strftime("%Y-%m-%d %H:%M") if row.when else "",
                    (self.tr("In: %1") if row.inbound else self.tr("Out: %1")).replace("%1", row.number),
                    f"{minutes}:{seconds:02d}" if row.recording_id else "",
                    self.tr("Recorded here") if row.recording_id else self.tr("PBX"),
                ]
            )
            self.tree.addTopLevelItem(with_tooltips(item))
        if self.rows:
            self._select(current if 0 <= current < len(self.rows) else 0)
        self._enable()

    def _select(self, index: int) -> None:
        item = self.tree.topLevelItem(index)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _enable(self) -> None:
        self.play.setEnabled(self.selected() is not None)
        self.stop.setEnabled(self.playing)

    def selected(self) -> RecordingRow | None:
        index = self.tree.currentIndex().row()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def select_call(self, call_log_id: str) -> bool:
        """Select the row of that call; False when there is none."""
        for i, row in enumerate(self.rows):
            if row.call_log_id == call_log_id:
                self._select(i)
                return True
        return False

    def widget(self) -> QWidget:
        return self

    def play_recording(
        self, recording_id: str, when: datetime | None, inbound: bool, number: str, seconds: int
    ) -> None:
        """Show this one recording and play it (the player of another feature's window)."""
        self.stop_playing()
        self.set_rows([RecordingRow(when, inbound, number, seconds, recording_id=recording_id)])
        self.play_selected()

    def play_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.url:
            QDesktopServices.openUrl(QUrl(row.url))
            return
        self.set_status(lambda: self.tr("Fetching the recording…"))
        self.sig_play_requested.emit(row.recording_id)

    def play_file(self, path: Path) -> None:
        """Play a fetched recording (in place of anything playing); the file is opened and decoded
        on the player's thread, and the panel hears back when it ends."""
        player = self._clip_player()
        player.stop()
        self._playback += 1
        number = self._playback
        player.play_source(lambda: RecordingSource(path), lambda error: self._tell_ended(number, error))
        self.playing_file = str(path)
        self.playing = True
        self.set_status(lambda: self.tr("Playing."))
        self._enable()

    def _tell_ended(self, number: int, error: BaseException | None) -> None:
        """The player's thread: hand the end to the GUI thread."""
        with contextlib.suppress(RuntimeError):  # the panel was deleted while it played
            self._sig_ended.emit(number, error)

    def _ended(self, number: int, error: BaseException | None) -> None:
        if number != self._playback:
            return  # one that was replaced or stopped
        self.playing = False
        self._enable()
        if error is None:
            self.set_status(lambda: "")
            return
        logger.info("recording not played: %s", str(error))
        self.set_status(lambda: self.tr("Cannot play: %1").replace("%1", self._reason(error)))

    def _reason(self, error: BaseException) -> str:
        from softphone.engine.audio_io import AudioUnavailable  # loaded with the player

        if isinstance(error, AudioUnavailable) and error.args:
            return QCoreApplication.translate("Audio", str(error.args[0]))
        if isinstance(error, UnreadableRecording):
            return self.tr("the file is not a sound recording this player can read")
        return self.tr("the sound output failed")

    def stop_playing(self) -> None:
        if self.playing:
            self._clip_player().stop()
        self._playback += 1  # what the stopped playback says when it ends is not shown
        self.playing = False
        self.playing_file = ""
        self.set_status(lambda: "")
        self._enable()
