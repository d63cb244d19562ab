"""Table model of the wallboard: one row per agent of the chosen team, in the board's order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from agent_desktop.features.wallboard.core.board import NO_CALLS, AgentLine, Board, Day, Reading, Totals, aht
from agent_desktop.features.wallboard.core.labels import (
    DIRECTIONS,
    LABELS,
    STUCK_LABELS,
    Stuck,
    Tone,
    format_duration,
    tone,
)
from agent_desktop.shell.i18n import translate_msg
from crm.i18n import QT_TRANSLATE_NOOP

COLUMNS = ("agent", "team", "state", "reason", "time", "calls", "aht", "wrap_up", "call")
AGENT, TEAM, STATE, REASON, TIME, CALLS, AHT, WRAP_UP, CALL = range(len(COLUMNS))
_HEADERS = (
    QT_TRANSLATE_NOOP("WallboardModel", "Agent"),
    QT_TRANSLATE_NOOP("WallboardModel", "Team"),
    QT_TRANSLATE_NOOP("WallboardModel", "State"),
    QT_TRANSLATE_NOOP("WallboardModel", "Reason"),
    QT_TRANSLATE_NOOP("WallboardModel", "Time in state"),
    QT_TRANSLATE_NOOP("WallboardModel", "Calls today"),
    QT_TRANSLATE_NOOP("WallboardModel", "AHT"),
    QT_TRANSLATE_NOOP("WallboardModel", "Wrap-up today"),
    QT_TRANSLATE_NOOP("WallboardModel", "Call"),
)
HEADER_TIPS = {
    CALLS: QT_TRANSLATE_NOOP("WallboardModel", "Calls connected today, incoming and outgoing (the centre's day)"),
    AHT: QT_TRANSLATE_NOOP("WallboardModel", "Average handling time today: (talk + hold + wrap-up) ÷ calls"),
    WRAP_UP: QT_TRANSLATE_NOOP("WallboardModel", "Time spent in wrap-up after today's calls, in all"),
}
NO_TEAM = QT_TRANSLATE_NOOP("WallboardModel", "(no team)")
FIGURES = frozenset((CALLS, AHT, WRAP_UP))
"""Columns of numbers: right-aligned."""
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
STUCK_ROLE = int(Qt.ItemDataRole.UserRole) + 2

COLOURS: dict[Tone, tuple[QColor, QColor]] = {
    Tone.READY: (QColor("#bbf7d0"), QColor("#14532d")),
    Tone.BUSY: (QColor("#bfdbfe"), QColor("#1e3a8a")),
    Tone.WRAP_UP: (QColor("#fde68a"), QColor("#78350f")),
    Tone.NOT_READY: (QColor("#d1d5db"), QColor("#1f2937")),
    Tone.STUCK: (QColor("#dc2626"), QColor("#ffffff")),
    Tone.DISCONNECTED: (QColor("#1f2937"), QColor("#f9fafb")),
}
"""State cells' fixed colours: a background with its own text colour, readable in both themes."""
_BRUSHES = {t: (QBrush(bg), QBrush(fg)) for t, (bg, fg) in COLOURS.items()}


def _tr(text: str) -> str:
    return QCoreApplication.translate("WallboardModel", text)


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ANSWERED = frozenset((_DISPLAY, _BACKGROUND, _FOREGROUND, _FONT, _TOOLTIP, ID_ROLE, STUCK_ROLE, _ALIGN))
"""The roles :meth:`WallboardModel.data` has something for (the view asks a dozen per cell)."""


class WallboardModel(QAbstractTableModel):
    """Shows ``board``'s lines of :attr:`team`; :meth:`refresh` after the board moved, :meth:`tick`
    once a second (time in state, agents becoming stuck), :meth:`retranslate` on a language switch."""

    def __init__(self, board: Board, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.team: str | None = None
        self.reading = Reading([], {}, Totals(), 0.0)
        self._cache: dict[str, tuple[AgentLine, Day | None, tuple[str, ...]]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def rows(self) -> list[AgentLine]:
        return self.reading.rows

    @property
    def stuck(self) -> dict[str, Stuck]:
        return self.reading.stuck

    @property
    def totals(self) -> Totals:
        return self.reading.totals

    # -- updates ----------------------------------------------------------------------------------
    def set_team(self, team: str | None) -> None:
        if team != self.team:
            self.team = team
            self.refresh()

    def refresh(self, changed: set[str] | None = None) -> None:
        """Read the board again: rows change in place when the order holds (only ``changed`` ones
        repaint; None: all), move (keeping the selection) when it does not."""
        self._take(self.board.read(self.team), changed)

    def tick(self) -> None:
        """A second passed: times in state move on; an agent who just became stuck moves up."""
        reading = self.board.read(self.team)
        if reading.stuck != self.stuck:
            self._take(reading, None)
            return
        self.reading = reading  # the same order: only the times moved
        if reading.rows:
            top, bottom = self.index(0, TIME), self.index(len(reading.rows) - 1, TIME)
            self.dataChanged.emit(top, bottom, [_DISPLAY])

    def retranslate(self) -> None:
        self._cache.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._repaint(0, len(self.rows) - 1)

    def _take(self, reading: Reading, changed: set[str] | None) -> None:
        old_ids = [line.user_id for line in self.rows]
        new_ids = [line.user_id for line in reading.rows]
        if new_ids == old_ids:
            self.reading = reading
            if changed is None:
                self._repaint(0, len(new_ids) - 1)
            else:
                for row, user_id in enumerate(new_ids):
                    if user_id in changed:
                        self._repaint(row, row)
        elif len(new_ids) == len(old_ids) and set(new_ids) == set(old_ids):
            self.layoutAboutToBeChanged.emit()
            where = {user_id: row for row, user_id in enumerate(new_ids)}
            moved = [
                (index, self.index(where[old_ids[index.row()]], index.column())) for index in self.persistentIndexList()
            ]
            self.reading = reading
            for old, new in moved:
                self.changePersistentIndex(old, new)
            self.layoutChanged.emit()
        else:
            self.beginResetModel()
            self.reading = reading
            self._cache = {user_id: self._cache[user_id] for user_id in new_ids if user_id in self._cache}
            self.endResetModel()

    def _repaint(self, first: int, last: int) -> None:
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # -- Qt ---------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.reading.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return translate_msg(_HEADERS[section])
        if role == _TOOLTIP and section in HEADER_TIPS:
            return translate_msg(HEADER_TIPS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # called about 7 times per visible cell and repaint: the common answers come first
        if role not in _ANSWERED:
            return None
        column = index.column()
        if role == _ALIGN:
            return _RIGHT if column in FIGURES else None
        if column != STATE and column != TIME and role != _DISPLAY and role < ID_ROLE:
            return None  # no colour, font or tooltip outside State and Time
        reading = self.reading
        row = index.row()
        if not 0 <= row < len(reading.rows):
            return None
        line = reading.rows[row]
        if role == _DISPLAY:
            if column == TIME:  # an agent who never signed in has no time in a state
                return format_duration(reading.now - line.since) if line.seq else "–"
            return self._texts(line)[column]
        if role == ID_ROLE:
            return line.user_id
        stuck = reading.stuck.get(line.user_id)
        if role == STUCK_ROLE:
            return stuck.value if stuck is not None else None
        if role == _BACKGROUND or role == _FOREGROUND:
            brushes = _BRUSHES.get(tone(line.state, stuck)) if column == STATE else None
            if brushes is None:
                return None
            return brushes[0] if role == _BACKGROUND else brushes[1]
        if stuck is None:
            return None
        return self._bold if role == _FONT else self.stuck_text(line, stuck)

    def _texts(self, line: AgentLine) -> tuple[str, ...]:
        """The row's texts (the Time column's is counted when asked), kept until its line or its
        figures of the day change, or the language does."""
        day = self.reading.days.get(line.user_id)
        cached = self._cache.get(line.user_id)
        if cached is not None and cached[0] is line and cached[1] is day:
            return cached[2]
        texts = (
            line.name,
            line.team or translate_msg(NO_TEAM),
            translate_msg(LABELS[line.state]),
            self.reason_text(line),
            "",
            *figure_texts(day or NO_CALLS),
            self.call_text(line),
        )
        self._cache[line.user_id] = (line, day, texts)
        return texts

    def reason_text(self, line: AgentLine) -> str:
        return translate_msg(self.board.reason_label(line))

    @staticmethod
    def call_text(line: AgentLine) -> str:
        parts = [translate_msg(DIRECTIONS[line.call_direction])] if line.call_direction else []
        parts += [part for part in (line.customer_name, line.media_source) if part]
        return " · ".join(parts)

    def stuck_text(self, line: AgentLine, stuck: Stuck) -> str:
        limit = self.board.limit_of(line)
        text = translate_msg(STUCK_LABELS[stuck]).replace("%2", self.reason_text(line))
        return text.replace("%1", format_duration(limit or 0))

    def row_of(self, user_id: str) -> int:
        return next((row for row, line in enumerate(self.rows) if line.user_id == user_id), -1)


def figure_texts(day: Day | Totals) -> tuple[str, str, str]:
    """Calls today, AHT (mm:ss; a dash without a call) and wrap-up time of an agent or a team."""
    average = aht(day.handled, day.handle_s)
    return str(day.handled), "–" if average is None else format_duration(average), format_duration(day.wrapup_s)
