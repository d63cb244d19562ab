"""Table model of the wallboard's team totals: everybody's (the queue's) first, then one row per team."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from agent_desktop.features.wallboard.core.board import Totals
from agent_desktop.features.wallboard.table_model import AHT as AGENT_AHT
from agent_desktop.features.wallboard.table_model import CALLS as AGENT_CALLS
from agent_desktop.features.wallboard.table_model import HEADER_TIPS, NO_TEAM, figure_texts
from agent_desktop.features.wallboard.table_model import WRAP_UP as AGENT_WRAP_UP
from agent_desktop.shell.i18n import translate_msg
from crm.i18n import QT_TRANSLATE_NOOP
from crm.schemas.presence import PresenceState

TEAM, AGENTS, READY, BUSY, WRAP_UP, NOT_READY, STUCK, CALLS, AHT, WRAP_UP_TIME = range(10)
_HEADERS = (
    QT_TRANSLATE_NOOP("WallboardTeams", "Team"),
    QT_TRANSLATE_NOOP("WallboardTeams", "Agents"),
    QT_TRANSLATE_NOOP("WallboardTeams", "Ready"),
    QT_TRANSLATE_NOOP("WallboardTeams", "On calls"),
    QT_TRANSLATE_NOOP("WallboardTeams", "Wrap-up"),
    QT_TRANSLATE_NOOP("WallboardTeams", "Not ready"),
    QT_TRANSLATE_NOOP("WallboardTeams", "Stuck"),
    QT_TRANSLATE_NOOP("WallboardTeams", "Calls today"),
    QT_TRANSLATE_NOOP("WallboardTeams", "AHT"),
    QT_TRANSLATE_NOOP("WallboardTeams", "Wrap-up today"),
)
_TIPS = {
    BUSY: QT_TRANSLATE_NOOP("WallboardTeams", "Ringing, on a call or holding one"),
    STUCK: QT_TRANSLATE_NOOP("WallboardTeams", "In wrap-up or Not ready longer than allowed, or disconnected"),
    CALLS: HEADER_TIPS[AGENT_CALLS],
    AHT: HEADER_TIPS[AGENT_AHT],
    WRAP_UP_TIME: HEADER_TIPS[AGENT_WRAP_UP],
}
ALL_TEAMS = QT_TRANSLATE_NOOP("WallboardTeams", "All teams")
TEAM_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""The row's team ("" for agents without one), or None on the row of everybody."""
_BUSY = (PresenceState.RINGING, PresenceState.ON_CALL, PresenceState.ON_HOLD)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ANSWERED = frozenset((_DISPLAY, _ALIGN, _FONT, TEAM_ROLE))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _texts(team: str | None, totals: Totals) -> tuple[str, ...]:
    per = totals.per_state
    name = translate_msg(ALL_TEAMS) if team is None else team or translate_msg(NO_TEAM)
    return (
        name,
        str(totals.agents),
        str(per.get(PresenceState.READY, 0)),
        str(sum(per.get(state, 0) for state in _BUSY)),
        str(per.get(PresenceState.WRAP_UP, 0)),
        str(per.get(PresenceState.NOT_READY, 0)),
        str(totals.stuck),
        *figure_texts(totals),
    )


class TeamTotalsModel(QAbstractTableModel):
    """Everybody's agents per state and calls of the day (first, bold), then each team's;
    :meth:`refresh` with the totals of a new reading of the board (only what changed repaints).
    ``everybody=False`` (a supervisor's board: their own team only): that team's row alone."""

    def __init__(self, parent: QObject | None = None, everybody: bool = True) -> None:
        super().__init__(parent)
        self.everybody = everybody
        self.rows: list[tuple[str | None, tuple[str, ...]]] = []
        self.totals: list[tuple[str | None, Totals]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def refresh(self, totals: list[tuple[str | None, Totals]]) -> None:
        self.totals = totals
        rows = [(team, _texts(team, of_team)) for team, of_team in totals if self.everybody or team is not None]
        if [team for team, _ in rows] != [team for team, _ in self.rows]:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        first = next((i for i, (old, new) in enumerate(zip(self.rows, rows)) if old != new), None)
        self.rows = rows
        if first is not None:
            self.dataChanged.emit(self.index(first, 0), self.index(len(rows) - 1, len(_HEADERS) - 1), [_DISPLAY])

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        self.refresh(self.totals)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(_HEADERS) - 1))

    def team_at(self, row: int) -> str | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def row_of(self, team: str | None) -> int:
        return next((row for row, (name, _) in enumerate(self.rows) if name == team), -1)

    def texts(self, team: str | None) -> tuple[str, ...]:
        row = self.row_of(team)
        return self.rows[row][1] if row >= 0 else ()

    # -- Qt ---------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return translate_msg(_HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in _TIPS:
            return translate_msg(_TIPS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED:  # the view asks about ten roles per cell: most have nothing
            return None
        if role == _ALIGN:
            return _RIGHT if index.column() != TEAM else None
        row = index.row()
        if not 0 <= row < len(self.rows):
            return None
        team, texts = self.rows[row]
        if role == _DISPLAY:
            return texts[index.column()]
        if role == TEAM_ROLE:
            return team
        return self._bold if team is None else None
