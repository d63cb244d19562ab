"""The wallboard panel with a scripted board source: snapshot then deltas through one watch at a time,
the colours and totals a supervisor reads, catching up after a lost connection, nothing running while
hidden, the live language switch."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from agent_desktop.features.wallboard.core.backoff import Backoff
from agent_desktop.features.wallboard.core.board import Board
from agent_desktop.features.wallboard.core.labels import Tone
from agent_desktop.features.wallboard.table_model import CALL, COLOURS, ID_ROLE, REASON, STATE, TIME
from agent_desktop.features.wallboard.view import WallboardView
from agent_desktop.shell.panel_window import PanelWindow
from agent_desktop.shell.tasks import BackgroundTasks
from crm.client_errors import CrmUnavailable, PermissionDenied
from crm.schemas.presence import PresenceBoard
from tests.agent_desktop.features.wallboard.test_board import Clock, answer, line


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
