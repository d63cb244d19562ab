"""The wallboard panel: totals per state on top, a team filter, each team's totals (a click shows
that team), and every agent's line with their calls of the day.

While it is visible the board is fed live (:class:`BoardFeed`: the back office's pushed events, or the
long poll without them) and times in state tick once a second; hidden, it asks nothing and runs no
timer.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.wallboard.core.board import Board
from agent_desktop.features.wallboard.core.labels import LABELS, TONES, Tone, format_duration
from agent_desktop.features.wallboard.feed import BoardFeed, BoardSource, LiveSource
from agent_desktop.features.wallboard.table_model import (
    AGENT,
    AHT,
    CALL,
    CALLS,
    COLOURS,
    NO_TEAM,
    REASON,
    STATE,
    TEAM,
    TIME,
    WRAP_UP,
    WallboardModel,
)
from agent_desktop.features.wallboard.team_model import TEAM_ROLE, TeamTotalsModel
from agent_desktop.shell.i18n import translate_msg
from agent_desktop.shell.style import apply_sheet
from agent_desktop.shell.tasks import BackgroundTasks
from agent_desktop.shell.team_filter import name_team_filter
from crm.client_errors import CrmError
from crm.schemas.presence import PresenceState

logger = logging.getLogger(__name__)

TICK_MS = 1000
TOTAL_STATES = (
    PresenceState.READY,
    PresenceState.RINGING,
    PresenceState.ON_CALL,
    PresenceState.ON_HOLD,
    PresenceState.WRAP_UP,
    PresenceState.NOT_READY,
    PresenceState.DISCONNECTED,
    PresenceState.LOGGED_OUT,
)
WIDTHS = {AGENT: 160, TEAM: 100, STATE: 100, REASON: 130, TIME: 100, CALLS: 90, AHT: 90, WRAP_UP: 110}
"""Column widths at 1280 pixels (the Call column takes the rest)."""
TEAM_ROWS_SHOWN = 4
"""The team totals show this many rows before they scroll (the splitter gives them more)."""


def _pill(label: QLabel, colours: tuple[QColor, QColor]) -> QLabel:
    """``label`` on a fixed background with its own text colour (a palette, not a style sheet: the
    totals change every second and a style sheet makes each repaint several times dearer)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, colours[0])
    palette.setColor(QPalette.ColorRole.WindowText, colours[1])
    label.setPalette(palette)
    label.setAutoFillBackground(True)
    label.setContentsMargins(8, 2, 8, 2)
    return label


class WallboardView(QWidget):
    """Every agent the signed-in supervisor may watch, live while shown. ``own_team``: a supervisor's
    team, the only one the back office shows them: the team filter names it and offers no other."""

    def __init__(
        self,
        source: BoardSource,
        tasks: BackgroundTasks,
        board: Board | None = None,
        live: LiveSource | None = None,
        own_team: str | None = None,
    ) -> None:
        super().__init__()
        self.own_team = own_team
        self.board = board or Board()
        self.feed = BoardFeed(self.board, source, tasks, self, live=live)
        self.model = WallboardModel(self.board, self)
        self.teams = TeamTotalsModel(self, everybody=not own_team)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self._error: tuple[BaseException, float] | None = None

        self.agents_label = QLabel()
        self.stuck_label = _pill(QLabel(), COLOURS[Tone.STUCK])
        self.state_labels: dict[PresenceState, QLabel] = {}
        self.team_label = QLabel()
        self.team_combo = QComboBox()
        self.team_combo.setMinimumContentsLength(12)
        self.team_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.team_label.setBuddy(self.team_combo)
        top = QHBoxLayout()
        top.addWidget(self.team_label)
        top.addWidget(self.team_combo)
        top.addSpacing(12)
        top.addWidget(self.agents_label)
        top.addWidget(self.stuck_label)
        top.addStretch(1)
        totals = QHBoxLayout()  # a row of their own: eight states fit 1280 pixels in either language
        totals.setSpacing(6)
        for state in TOTAL_STATES:
            colours = COLOURS.get(TONES[state])
            label = QLabel()
            if colours is not None:
                _pill(label, colours)
            self.state_labels[state] = label
            totals.addWidget(label)
        totals.addStretch(1)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("FieldError")
        apply_sheet(self.status_label)  # the label alone: a sheet on the table would slow every repaint
        self.status_label.hide()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in WIDTHS.items():
            self.table.setColumnWidth(column, width)
        header.setMinimumSectionSize(60)
        assert CALL == len(WIDTHS)  # the last column (Call) takes what is left

        self.teams_table = QTableView()
        self.teams_table.setModel(self.teams)
        self.teams_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.teams_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.teams_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.teams_table.setWordWrap(False)
        self.teams_table.verticalHeader().hide()
        self.teams_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        teams_header = self.teams_table.horizontalHeader()
        teams_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        teams_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.teams_table.setColumnWidth(0, 160)
        rows = self.teams_table.verticalHeader().defaultSectionSize() * TEAM_ROWS_SHOWN
        self.teams_table.setMinimumHeight(teams_header.sizeHint().height() + rows // 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.teams_table)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([teams_header.sizeHint().height() + rows + 4, 10_000])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(totals)
        layout.addWidget(self.status_label)
        layout.addWidget(self.splitter, 1)

        self.teams_table.clicked.connect(self._team_clicked)
        self.team_combo.currentIndexChanged.connect(self._team_chosen)
        self.feed.sig_changed.connect(self._board_changed)
        self.feed.sig_failed.connect(self._failed)
        self.retranslateUi()

    # -- live while shown -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.feed.start()
        if self.window() is not self:
            self.window().installEventFilter(self)  # minimised: no ticking either
        self._follow_window()

    def hideEvent(self, event: QHideEvent) -> None:
        self.ticker.stop()
        self.feed.stop()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowStateChange and watched is self.window():
            self._follow_window()
        return super().eventFilter(watched, event)

    def _follow_window(self) -> None:
        """Tick once a second while the board can be seen; not while its window is minimised."""
        if self.isVisible() and not self.window().isMinimized():
            if not self.ticker.isActive():
                self.tick()
                self.ticker.start()
        else:
            self.ticker.stop()

    def tick(self) -> None:
        self.model.tick()
        self.teams.refresh(self.model.reading.teams)
        self._show_totals()

    def _board_changed(self, changed: set[str] | None) -> None:
        self._error = None
        self.status_label.hide()
        listed = self._teams_listed()
        if not self.own_team and (
            changed is None or any(self.board.lines[user_id].team not in listed for user_id in changed)
        ):
            self._list_teams()
        self.model.refresh(changed)
        self.teams.refresh(self.model.reading.teams)
        self._show_totals()
        self._mark_team()

    def _failed(self, error: BaseException, retry_in_s: float) -> None:
        self._error = (error, retry_in_s)
        self._show_status()

    # -- team filter ------------------------------------------------------------------------------
    def team(self) -> str | None:
        """The team shown (None: every team)."""
        data = self.team_combo.currentData()
        return data if isinstance(data, str) else None

    def set_team(self, team: str | None) -> None:
        index = self.team_combo.findData(team) if team is not None else 0
        if index >= 0:
            self.team_combo.setCurrentIndex(index)

    def _teams_listed(self) -> set[str]:
        return {self.team_combo.itemData(i) for i in range(1, self.team_combo.count())}

    def _list_teams(self) -> None:
        chosen = self.team()
        self.team_combo.blockSignals(True)
        while self.team_combo.count() > 1:
            self.team_combo.removeItem(1)
        for team in self.board.teams():
            self.team_combo.addItem(team or translate_msg(NO_TEAM), team)
        index = self.team_combo.findData(chosen) if chosen is not None else 0
        self.team_combo.setCurrentIndex(max(index, 0))
        self.team_combo.blockSignals(False)
        if self.team() != self.model.team:
            self._team_chosen()

    def _team_chosen(self, _index: int = 0) -> None:
        self.model.set_team(self.team())
        self._show_totals()
        self._mark_team()

    def _team_clicked(self, index: QModelIndex) -> None:
        """A team's totals clicked: its agents are shown (everybody's: every team)."""
        self.set_team(self.teams.data(index, TEAM_ROLE))

    def _mark_team(self) -> None:
        """The team shown is the one selected in the team totals."""
        row = self.teams.row_of(self.team() or self.own_team)
        if row < 0:
            self.teams_table.clearSelection()
        elif self.teams_table.currentIndex().row() != row or not self.teams_table.selectionModel().hasSelection():
            self.teams_table.selectRow(row)

    # -- texts ------------------------------------------------------------------------------------
    def _show_totals(self) -> None:
        totals = self.model.totals
        self.agents_label.setText(self.tr("Agents: %1").replace("%1", str(totals.agents)))
        for state, label in self.state_labels.items():
            count = totals.per_state.get(state, 0)
            name = translate_msg(LABELS[state])
            text = f"{name} {count}"
            if count and state is not PresenceState.LOGGED_OUT:  # the longest logged out says nothing
                text += f" · {format_duration(totals.longest[state])}"
            label.setText(text)
            label.setToolTip(
                self.tr("%1: %2 agents, the longest for %3 (mm:ss)")
                .replace("%1", name)
                .replace("%2", str(count))
                .replace("%3", format_duration(totals.longest.get(state, 0)))
            )
        self.stuck_label.setText(self.tr("Stuck: %1").replace("%1", str(totals.stuck)))
        self.stuck_label.setVisible(totals.stuck > 0)

    def _show_status(self) -> None:
        if self._error is None:
            self.status_label.hide()
            return
        error, retry_in_s = self._error
        reason = (
            translate_msg(error.message) if isinstance(error, CrmError) else self.tr("The board could not be read.")
        )
        if retry_in_s <= 0:
            text = self.tr("The wallboard is not available: %1").replace("%1", reason)
        else:
            text = (
                self.tr("%1 Trying again in %2 s; until then the board may be out of date.")
                .replace("%1", reason)
                .replace("%2", str(round(retry_in_s)))
            )
        self.status_label.setText(text)
        self.status_label.show()

    def retranslateUi(self) -> None:
        self.team_label.setText(self.tr("&Team:"))
        name_team_filter(
            self.team_combo,
            self.own_team,
            self.tr("All teams"),
            self.tr("The board shows your own team only"),
            self.tr("Show the agents of one team"),
        )
        self.stuck_label.setToolTip(
            self.tr("In wrap-up or Not ready longer than allowed, or disconnected: shown first, in red.")
        )
        for i in range(1, self.team_combo.count()):
            if not self.team_combo.itemData(i):
                self.team_combo.setItemText(i, translate_msg(NO_TEAM))
        self.model.retranslate()
        self.teams.retranslate()
        self._show_totals()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        elif event.type() == QEvent.Type.WindowStateChange:
            self._follow_window()
        super().changeEvent(event)


__all__ = ["WallboardView"]
