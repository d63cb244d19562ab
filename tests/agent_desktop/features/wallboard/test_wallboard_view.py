"""The wallboard panel with a scripted board source: snapshot then deltas through one watch at a time,
or pushed live events (the long poll only while the stream is down, the whole board read again when it
is back), the colours, totals and calls of the day a supervisor reads, catching up after a lost
connection, nothing running while hidden, the live language switch, every column at 1280 × 720."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal

from agent_desktop.features.wallboard.core.backoff import Backoff
from agent_desktop.features.wallboard.core.board import Board
from agent_desktop.features.wallboard.core.labels import Tone
from agent_desktop.features.wallboard.table_model import (
    AHT,
    CALL,
    CALLS,
    COLOURS,
    ID_ROLE,
    REASON,
    STATE,
    TIME,
    WRAP_UP,
)
from agent_desktop.features.wallboard.view import WallboardView
from agent_desktop.shell.panel_window import PanelWindow
from agent_desktop.shell.tasks import BackgroundTasks
from crm.client_errors import CrmUnavailable, PermissionDenied
from crm.schemas.presence import AgentDay, PresenceBoard
from tests.agent_desktop.features.wallboard.test_board import SERVER, Clock, answer, day, line


class ScriptedSource:
    """Answers full reads with :attr:`snapshot`; a watch waits for what the test puts in :attr:`deltas`
    (a board, or an exception to raise) and answers empty after ``idle_s``."""

    def __init__(self, snapshot: PresenceBoard, idle_s: float = 0.15) -> None:
        self.snapshot = snapshot
        self.deltas: queue.Queue[Any] = queue.Queue()
        self.idle_s = idle_s
        self.reads = 0
        self.watches = 0
        self.open = 0
        self.most_open = 0
        self.read_error: BaseException | None = None
        self._lock = threading.Lock()

    def presence_board(self) -> PresenceBoard:
        self.reads += 1
        if self.read_error is not None:
            raise self.read_error
        return self.snapshot

    def presence_watch(self, since: int, timeout_s: float = 25.0) -> PresenceBoard:
        with self._lock:
            self.watches += 1
            self.open += 1
            self.most_open = max(self.most_open, self.open)
        try:
            item = self.deltas.get(timeout=self.idle_s)
        except queue.Empty:
            return answer(cursor=since)
        finally:
            with self._lock:
                self.open -= 1
        if isinstance(item, BaseException):
            raise item
        return item


@pytest.fixture
def tasks() -> Iterator[BackgroundTasks]:
    tasks = BackgroundTasks()
    yield tasks
    tasks.shutdown(wait=True)


def make_view(qtbot, source: ScriptedSource, tasks: BackgroundTasks, clock: Clock | None = None) -> WallboardView:
    view = WallboardView(source, tasks, Board(clock=clock or Clock()))
    view.feed._backoff = Backoff(0.05, 0.1)  # the test does not wait seconds for a retry
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell(view: WallboardView, user: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    model = view.model
    row = model.row_of(user)
    assert row >= 0, f"{user} not shown"
    return model.data(model.index(row, column), role)


def shown(view: WallboardView) -> list[str]:
    model = view.model
    return [model.data(model.index(row, 0), ID_ROLE) for row in range(model.rowCount())]


def test_the_board_opens_on_the_snapshot_then_follows_deltas_through_one_watch_at_a_time(qtbot, tasks) -> None:
    source = ScriptedSource(
        answer(
            line("ann", "ready", 1, ago_s=65),
            line("bob", "on_call", 4, ago_s=30, call_direction="inbound", customer_name="张伟", media_source="400-810"),
            line("cy", "not_ready", 2, ago_s=10, reason="meal", team="south"),
        )
    )
    view = make_view(qtbot, source, tasks)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert shown(view) == ["cy", "bob", "ann"]  # Not ready, on call, ready
    assert cell(view, "ann", STATE) == "Ready" and cell(view, "ann", TIME) == "01:05"
    assert cell(view, "bob", CALL) == "Inbound · 张伟 · 400-810"
    assert cell(view, "cy", REASON) == "Meal"
    assert cell(view, "ann", STATE, Qt.ItemDataRole.BackgroundRole).color() == COLOURS[Tone.READY][0]
    assert cell(view, "bob", STATE, Qt.ItemDataRole.BackgroundRole).color() == COLOURS[Tone.BUSY][0]
    assert cell(view, "cy", STATE, Qt.ItemDataRole.BackgroundRole).color() == COLOURS[Tone.NOT_READY][0]
    assert view.agents_label.text() == "Agents: 3"
    assert view.state_labels[view.board.lines["ann"].state].text() == "Ready 1 · 01:05"

    source.deltas.put(answer(line("ann", "wrap_up", 2, ago_s=1), cursor=11))
    qtbot.waitUntil(lambda: cell(view, "ann", STATE) == "Wrap-up", timeout=2000)
    assert cell(view, "ann", STATE, Qt.ItemDataRole.BackgroundRole).color() == COLOURS[Tone.WRAP_UP][0]
    assert shown(view) == ["ann", "cy", "bob"]  # wrap-up is read before Not ready
    qtbot.waitUntil(lambda: source.watches >= 3, timeout=3000)  # re-armed after each answer
    assert source.most_open == 1 and source.reads == 1

    view.set_team("south")
    assert shown(view) == ["cy"] and view.agents_label.text() == "Agents: 1"
    view.set_team(None)
    assert len(shown(view)) == 3


def test_a_lost_connection_is_said_retried_and_the_whole_board_read_again(qtbot, tasks) -> None:
    source = ScriptedSource(answer(line("ann", "ready", 1), line("bob", "ready", 1)))
    view = make_view(qtbot, source, tasks)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    source.read_error = CrmUnavailable("The CRM cannot be reached")
    source.deltas.put(CrmUnavailable("The CRM cannot be reached"))
    qtbot.waitUntil(lambda: view.status_label.isVisible(), timeout=2000)
    assert "The CRM cannot be reached" in view.status_label.text() and "Trying again" in view.status_label.text()
    reads = source.reads
    qtbot.waitUntil(lambda: source.reads >= reads + 2, timeout=2000)  # retried with a back-off, still failing
    # back: what changed meanwhile (bob left, cy came, ann moved) arrives with the whole board
    source.snapshot = answer(line("ann", "on_call", 5), line("cy", "ready", 1), cursor=30)
    source.read_error = None
    qtbot.waitUntil(lambda: not view.status_label.isVisible(), timeout=2000)
    assert sorted(shown(view)) == ["ann", "cy"] and cell(view, "ann", STATE) == "On call"
    assert view.board.cursor == 30


def test_an_agent_becoming_stuck_turns_red_and_moves_up_and_time_ticks_only_while_shown(qtbot, tasks) -> None:
    clock = Clock()
    source = ScriptedSource(
        answer(line("ann", "on_call", 1, ago_s=500), line("bob", "wrap_up", 1, ago_s=110), line("cy", "ready", 1))
    )
    view = make_view(qtbot, source, tasks, clock)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert view.ticker.isActive() and view.ticker.interval() == 1000
    assert shown(view)[0] == "bob" and not view.stuck_label.isVisible()
    clock.now += 15
    view.tick()
    assert cell(view, "bob", TIME) == "02:05" and cell(view, "ann", TIME) == "08:35"
    assert cell(view, "bob", STATE, Qt.ItemDataRole.BackgroundRole).color() == COLOURS[Tone.STUCK][0]
    assert "longer than 02:00" in cell(view, "bob", STATE, Qt.ItemDataRole.ToolTipRole)
    assert view.stuck_label.isVisible() and view.stuck_label.text() == "Stuck: 1"

    view.hide()
    assert not view.ticker.isActive() and not view.feed.running
    qtbot.waitUntil(lambda: not view.feed.watching, timeout=2000)  # the watch under way answers...
    watches = source.watches
    qtbot.wait(400)
    assert source.watches == watches  # ...and no other follows while hidden
    view.show()
    qtbot.waitUntil(lambda: source.reads == 2 and view.ticker.isActive(), timeout=2000)  # the truth at once


def test_a_minimised_window_does_not_tick(qtbot, tasks) -> None:
    source = ScriptedSource(answer(line("ann", "ready", 1)))
    view = WallboardView(source, tasks, Board(clock=Clock()))
    host = PanelWindow(view, "Wallboard")
    qtbot.addWidget(host)
    host.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.ticker.isActive())
    host.showMinimized()
    qtbot.waitUntil(lambda: not view.ticker.isActive(), timeout=2000)
    host.showNormal()
    qtbot.waitUntil(view.ticker.isActive, timeout=2000)
    host.close()
    assert not view.ticker.isActive() and not view.feed.running


def test_a_user_the_back_office_refuses_is_told_and_nothing_is_asked_again(qtbot, tasks) -> None:
    source = ScriptedSource(answer())
    source.read_error = PermissionDenied("You may not do this")
    view = make_view(qtbot, source, tasks)
    qtbot.waitUntil(lambda: view.status_label.isVisible(), timeout=2000)
    assert view.status_label.text().startswith("The wallboard is not available")
    qtbot.wait(300)
    assert source.reads == 1 and source.watches == 0 and not view.feed.running


def test_the_language_switches_live(qtbot, tasks, qapp) -> None:
    from agent_desktop.shell.i18n import TranslationManager

    source = ScriptedSource(answer(line("ann", "wrap_up", 1, ago_s=5, team="")))
    view = make_view(qtbot, source, tasks)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    header = view.model.headerData
    translations = TranslationManager(qapp)
    try:
        translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: view.team_label.text() != "&Team:")
        assert header(0, Qt.Orientation.Horizontal) != "Agent" and cell(view, "ann", STATE) != "Wrap-up"
        assert view.team_combo.itemText(0) != "All teams" and view.team_combo.itemText(1) != "(no team)"
        assert not view.agents_label.text().startswith("Agents")
    finally:
        translations.set_language("en")
    qtbot.waitUntil(lambda: view.team_label.text() == "&Team:")
    assert header(0, Qt.Orientation.Horizontal) == "Agent" and cell(view, "ann", STATE) == "Wrap-up"
    assert view.team_combo.itemText(1) == "(no team)"


class FakeLive(QObject):
    """The back office's live events as the CRM link hands them on (``LIVE``)."""

    sig_event = Signal(str, object)
    sig_connected = Signal(bool)

    def __init__(self, connected: bool = True) -> None:
        super().__init__()
        self.connected = connected

    def set_connected(self, connected: bool) -> None:
        self.connected = connected
        self.sig_connected.emit(connected)


def live_view(qtbot, source: ScriptedSource, tasks: BackgroundTasks, live: FakeLive) -> WallboardView:
    view = WallboardView(source, tasks, Board(clock=Clock()), live=live)
    view.feed._backoff = Backoff(0.05, 0.1)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_pushed_events_move_the_board_in_sequence_and_no_long_poll_runs(qtbot, tasks) -> None:
    snapshot = answer(
        line("ann", "ready", 1, ago_s=65), line("bob", "on_call", 4), line("cy", "ready", 1, team="south")
    )
    snapshot.days = [AgentDay.model_validate(day("bob", 4, 600, 120))]
    source = ScriptedSource(snapshot)
    live = FakeLive()
    view = live_view(qtbot, source, tasks, live)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert view.feed.pushed and cell(view, "bob", CALLS) == "4" and cell(view, "bob", AHT) == "03:00"
    assert cell(view, "bob", WRAP_UP) == "02:00" and cell(view, "ann", CALLS) == "0" and cell(view, "ann", AHT) == "–"

    live.sig_event.emit("presence", line("ann", "on_call", 2, call_direction="outbound", customer_name="张伟"))
    qtbot.waitUntil(lambda: cell(view, "ann", STATE) == "On call", timeout=2000)
    assert cell(view, "ann", CALL) == "Outbound · 张伟"
    live.sig_event.emit("presence", line("ann", "ready", 1))  # an older event arriving late: ignored
    later = SERVER + timedelta(seconds=5)
    live.sig_event.emit("agent_day", day("ann", 1, 50, 10, at=later))
    qtbot.waitUntil(lambda: cell(view, "ann", CALLS) == "1", timeout=2000)
    assert cell(view, "ann", STATE) == "On call" and cell(view, "ann", AHT) == "01:00"
    assert view.teams.texts("north")[-3:] == ("5", "02:36", "02:10")  # 5 calls, 780 s ÷ 5, 130 s of wrap-up
    assert view.teams.texts(None)[:2] == ("All teams", "3")
    qtbot.wait(300)
    assert source.watches == 0 and source.reads == 1  # pushed: nothing asked for

    # the team's totals clicked: its agents
    rect = view.teams_table.visualRect(view.teams.index(view.teams.row_of("south"), 0))
    qtbot.mouseClick(view.teams_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown(view) == ["cy"] and view.team() == "south"
    view.set_team(None)


def test_the_long_poll_takes_over_while_the_stream_is_down_and_the_board_is_read_again_when_back(qtbot, tasks) -> None:
    source = ScriptedSource(answer(line("ann", "ready", 1), line("bob", "ready", 1)))
    live = FakeLive()
    view = live_view(qtbot, source, tasks, live)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert source.watches == 0

    live.set_connected(False)  # the stream dropped: read what may have been missed, then long poll
    qtbot.waitUntil(lambda: source.reads == 2 and source.watches >= 1, timeout=2000)
    source.deltas.put(answer(line("ann", "wrap_up", 2), cursor=12))
    qtbot.waitUntil(lambda: cell(view, "ann", STATE) == "Wrap-up", timeout=2000)

    # back: what changed while it was down arrives with the whole board; the long poll ends
    source.snapshot = answer(line("ann", "wrap_up", 2), line("bob", "not_ready", 3, reason="meal"), cursor=20)
    live.set_connected(True)
    qtbot.waitUntil(lambda: cell(view, "bob", STATE) == "Not ready", timeout=2000)
    assert source.reads == 3
    qtbot.waitUntil(lambda: not view.feed.watching, timeout=2000)  # the watch under way answers...
    watches = source.watches
    qtbot.wait(400)
    assert source.watches == watches and view.feed.pushed  # ...and no other follows


def test_every_column_and_the_team_totals_fit_1280_by_720_in_both_languages(qtbot, tasks, qapp) -> None:
    from agent_desktop.shell.i18n import TranslationManager
    from tests.screens.clipping import clipped_texts

    lines = [line(f"a{i}", "on_call", 1, team=f"team-{i % 6}", reason=None) for i in range(40)]
    source = ScriptedSource(answer(*lines))
    view = live_view(qtbot, source, tasks, FakeLive())
    qtbot.waitUntil(lambda: view.model.rowCount() == 40)
    translations = TranslationManager(qapp)
    try:
        for language in ("en", "zh_CN"):
            translations.set_language(language)
            qtbot.waitUntil(lambda language=language: (view.team_label.text() == "&Team:") == (language == "en"))
            qtbot.wait(50)  # the labels' new texts laid out
            assert [str(c) for c in clipped_texts(view)] == []
            header = view.table.horizontalHeader()
            assert header.sectionViewportPosition(CALL) + header.sectionSize(CALL) <= view.table.viewport().width()
            assert view.teams_table.isVisible() and view.teams_table.height() >= 3 * 24
            assert view.table.viewport().height() > 10 * view.table.verticalHeader().defaultSectionSize()
    finally:
        translations.set_language("en")
