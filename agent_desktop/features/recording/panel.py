"""A customer's call recordings: the list, and the recording player under it.

Rows are the back office's recordings the user may hear and, with a PBX that records, the customer's
logged calls with their PBX address. The selected row is loaded in the player
(:class:`~agent_desktop.features.recording.player_control.PlayerControl`); a double-click plays it
(a PBX row opens its address in the browser).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from agent_desktop.features.recording.player_control import Loaded, PlayerControl
from agent_desktop.shell.whole_text import columns_fit_texts, with_tooltips
from resources.live_text import Retranslated

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

    def loaded(self) -> Loaded:
        return Loaded(self.recording_id, self.when, self.inbound, self.number, self.seconds)


class RecordingsPanel(Retranslated, QWidget):
    """The list and the player."""

    def __init__(self, player: PlayerControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.rows: list[RecordingRow] = []
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        columns_fit_texts(self.tree)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.play_selected())
        self.tree.itemActivated.connect(lambda _item, _col: self.play_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._load_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(player)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Call"), self.tr("Length"), self.tr("Where")])
        self._fill()

    def set_status(self, text: Callable[[], str]) -> None:
        """What the panel says (under the player)."""
        self.player.set_status(text)

    def set_rows(self, rows: list[RecordingRow]) -> None:
        self.rows = rows
        self._fill()
        if not rows:
            self.player.load(None)
            self.player.set_status(lambda: self.tr("No recordings of this customer's calls."))

    def _fill(self) -> None:
        current = self.tree.currentIndex().row()
        self.tree.blockSignals(True)  # the same rows again: the player keeps what it plays
        self.tree.clear()
        for row in self.rows:
            minutes, seconds = divmod(row.seconds, 60)
            item = QTreeWidgetItem(
                [
                    row.when.astimezone().strftime("%Y-%m-%d %H:%M") if row.when else "",
                    (self.tr("In: %1") if row.inbound else self.tr("Out: %1")).replace("%1", row.number),
                    f"{minutes}:{seconds:02d}" if row.recording_id else "–",  # a PBX's: not known
                    self.tr("Agent's desktop") if row.recording_id else self.tr("PBX"),
                ]
            )
            self.tree.addTopLevelItem(with_tooltips(item))
        self.tree.blockSignals(False)
        if self.rows:
            self._select(current if 0 <= current < len(self.rows) else 0)
            self._load_selected()

    def _select(self, index: int) -> None:
        item = self.tree.topLevelItem(index)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _load_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.url:
            self.player.load_link(row.url, row.loaded())
        else:
            self.player.load(row.loaded())

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

    def play_selected(self) -> None:
        self._load_selected()
        self.player.play()

    def stop_playing(self) -> None:
        self.player.stop_playing()
