"""A customer's call recordings: the list, and a simple player (QtMultimedia's QMediaPlayer).

Rows are the back office's recordings the user may hear and, with a PBX that records, the customer's
logged calls with their PBX address. Play fetches a recording in the background (the feature's
``fetch``) and plays the file; a PBX row opens its address in the browser.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from resources.icon_set import icon
from resources.live_text import Retranslated

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer  # loaded with the first recording played

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
    """The list and the player; ``fetch(recording_id, done)`` brings a recording's file (background)."""

    sig_play_requested = Signal(str)
    """The agent asked to hear this recording (its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RecordingRow] = []
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
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
        self._player: QMediaPlayer | None = None  # made with the first recording played
        self._audio: QAudioOutput | None = None
        self.playing_file = ""
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
            self.tree.addTopLevelItem(item)
        if self.rows:
            self._select(current if 0 <= current < len(self.rows) else 0)
        self._enable()

    def _select(self, index: int) -> None:
        item = self.tree.topLevelItem(index)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _enable(self) -> None:
        self.play.setEnabled(self.selected() is not None)
        self.stop.setEnabled(bool(self.playing_file))

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
        """Play a fetched recording (the player and the sound output are made with the first one)."""
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        player = self._player
        if player is None:
            self._audio = QAudioOutput(self)
            player = QMediaPlayer(self)
            player.setAudioOutput(self._audio)
            player.errorOccurred.connect(
                lambda _e, text: self.set_status(lambda: self.tr("Cannot play: %1").replace("%1", text))
            )
            self._player = player
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()
        self.playing_file = str(path)
        self.set_status(lambda: self.tr("Playing."))
        self._enable()

    def stop_playing(self) -> None:
        if self._player is not None:
            self._player.stop()
        self.playing_file = ""
        self.set_status(lambda: "")
        self._enable()
