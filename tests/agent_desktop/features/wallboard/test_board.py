"""The wallboard's board: snapshot then deltas, stale answers ignored, time in state on the server's
clock, stuck agents, team filter, order and totals."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from agent_desktop.features.wallboard.core.backoff import Backoff, full_read_every_s
from agent_desktop.features.wallboard.core.board import Board
from agent_desktop.features.wallboard.core.labels import Stuck, format_duration
from crm.schemas.presence import PresenceBoard, PresenceState

SERVER = datetime(2026, 3, 2, 9, 0, 0, tzinfo=timezone.utc)


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def line(user: str, state: str, seq: int, ago_s: float = 0, team: str = "north", **extra: Any) -> dict[str, Any]:
    since = SERVER - timedelta(seconds=ago_s)
    return {
        "user_id": user,
        "username": user,
        "display_name": f"Agent {user}",
        "team": team,
        "state": state,
        "reason": None,
        "since": since.isoformat(),
        "seq": seq,
        "last_seen": SERVER.isoformat(),
        **extra,
    }


def answer(*lines: dict[str, Any], cursor: int = 10, server_time: datetime = SERVER) -> PresenceBoard:
    return PresenceBoard.model_validate(
        {"agents": list(lines), "cursor": cursor, "server_time": server_time.isoformat(), "heartbeat_timeout_s": 90}
    )


def test_a_snapshot_then_deltas_by_agent_and_a_lower_sequence_is_ignored() -> None:
    board = Board(clock=Clock())
    board.apply_snapshot(answer(line("a", "ready", 3), line("b", "on_call", 7), cursor=20))
    assert board.cursor == 20 and {u: x.state for u, x in board.lines.items()} == {
        "a": PresenceState.READY,
        "b": PresenceState.ON_CALL,
    }

    changed = board.apply_delta(answer(line("a", "ringing", 4), line("c", "ready", 1), cursor=22))
    assert changed == {"a", "c"} and board.cursor == 22
    assert board.lines["a"].state is PresenceState.RINGING and board.lines["c"].state is PresenceState.READY

    # an old watch answering late: its lower sequence and lower cursor move nothing back
    assert board.apply_delta(answer(line("a", "ready", 3), line("b", "wrap_up", 6), cursor=21)) == set()
    assert board.lines["a"].state is PresenceState.RINGING and board.lines["b"].state is PresenceState.ON_CALL
    assert board.cursor == 22

    # the same line again changes nothing; a new snapshot drops who left and keeps newer lines
    assert board.apply_delta(answer(line("a", "ringing", 4), cursor=22)) == set()
    board.apply_snapshot(answer(line("a", "ready", 3), line("b", "on_call", 8), cursor=23))
    assert set(board.lines) == {"a", "b"} and board.lines["a"].state is PresenceState.RINGING
    assert board.lines["b"].seq == 8 and board.cursor == 23


def test_time_in_state_counts_on_the_servers_clock_not_the_local_one() -> None:
    clock = Clock()
    board = Board(clock=clock)
    # the supervisor's PC may be hours off: only the offset at the answer and the monotonic clock count
    board.apply_snapshot(answer(line("a", "on_call", 1, ago_s=30)))
    only = board.lines["a"]
    assert board.time_in_state(only) == 30
    clock.now += 95
    assert board.time_in_state(only) == 125
    assert format_duration(board.time_in_state(only)) == "02:05"
    # a later answer re-anchors the offset to its server time
    board.apply_delta(answer(cursor=11, server_time=SERVER + timedelta(seconds=200)))
    assert board.time_in_state(only) == 230
    # an agent's clock ahead of the server's never shows a negative time
    board.apply_delta(answer(line("b", "ready", 1, ago_s=-40), cursor=12, server_time=SERVER))
    assert board.time_in_state(board.lines["b"]) == 0
    assert format_duration(3 * 3600 + 62) == "3:01:02" and format_duration(-5) == "00:00"


def test_stuck_agents_wrap_up_over_the_limit_a_reason_over_its_maximum_and_disconnected() -> None:
    clock = Clock()
    board = Board(clock=clock, wrap_up_limit_s=120)
    board.apply_snapshot(
        answer(
            line("wrap", "wrap_up", 1, ago_s=100),
            line("brk", "not_ready", 1, ago_s=14 * 60, reason="break"),  # break: 15 minutes at most
            line("trn", "not_ready", 1, ago_s=3 * 3600, reason="training"),  # no maximum
            line("odd", "not_ready", 1, ago_s=3 * 3600, reason="unknown_code"),
            line("gone", "disconnected", 1, ago_s=5),
            line("talk", "on_call", 1, ago_s=3 * 3600),
        )
    )
    lines = board.lines

    def stuck() -> dict[str, Stuck]:
        return {u: why for u, x in lines.items() if (why := board.stuck(x)) is not None}

    assert stuck() == {"gone": Stuck.DISCONNECTED}
    clock.now += 21  # wrap-up 121 s
    assert stuck() == {"gone": Stuck.DISCONNECTED, "wrap": Stuck.WRAP_UP}
    clock.now += 60  # break 15 min 21 s
    assert stuck() == {"gone": Stuck.DISCONNECTED, "wrap": Stuck.WRAP_UP, "brk": Stuck.OVER_REASON}
    # a setting without a wrap-up limit: never stuck in wrap-up
    assert Board(clock=clock, wrap_up_limit_s=None).stuck(lines["wrap"]) is None


def test_the_order_stuck_first_then_severity_then_longest_and_the_team_filter_and_totals() -> None:
    clock = Clock()
    board = Board(clock=clock)
    board.apply_snapshot(
        answer(
            line("r1", "ready", 1, ago_s=10),
            line("r2", "ready", 1, ago_s=50),
            line("c1", "on_call", 1, ago_s=400),
            line("w1", "wrap_up", 1, ago_s=30),
            line("w2", "wrap_up", 1, ago_s=300, team="south"),
            line("n1", "not_ready", 1, ago_s=60, reason="meal"),
            line("x1", "logged_out", 1, ago_s=9000),
            line("d1", "disconnected", 1, ago_s=5, team="south"),
        )
    )
    assert [x.user_id for x in board.view()] == ["d1", "w2", "w1", "n1", "c1", "r2", "r1", "x1"]
    assert [x.user_id for x in board.view("south")] == ["d1", "w2"]
    assert board.teams() == ["north", "south"]

    totals = board.totals("north")
    assert totals.agents == 6 and totals.stuck == 0
    assert totals.per_state[PresenceState.READY] == 2 and totals.longest[PresenceState.READY] == 50
    everybody = board.totals()
    assert everybody.agents == 8 and everybody.stuck == 2  # w2 over 120 s, d1 disconnected
    assert everybody.per_state[PresenceState.WRAP_UP] == 2 and everybody.longest[PresenceState.WRAP_UP] == 300


def test_backoff_doubles_to_its_ceiling_and_full_reads_follow_the_heartbeat() -> None:
    backoff = Backoff(1, 30)
    assert [backoff.next_delay() for _ in range(7)] == [1, 2, 4, 8, 16, 30, 30]
    backoff.reset()
    assert backoff.next_delay() == 1
    assert full_read_every_s(90) == 45 and full_read_every_s(1) == 5 and full_read_every_s(600) == 60


def day(user: str, handled: int, talk: int, wrap: int, at: datetime = SERVER, hold: int = 0) -> dict[str, Any]:
    return {
        "user_id": user,
        "date": "2026-03-02",
        "handled": handled,
        "talk_s": talk,
        "hold_s": hold,
        "wrapup_s": wrap,
        "at": at.isoformat(),
    }


def test_figures_of_the_day_a_later_count_wins_and_teams_add_up() -> None:
    from crm.schemas.presence import AgentDay

    board = Board(clock=Clock())
    snapshot = answer(line("a", "ready", 1), line("b", "on_call", 1), line("c", "ready", 1, team="south"))
    snapshot.days = [
        AgentDay.model_validate(day("a", 2, 200, 40, hold=20)),
        AgentDay.model_validate(day("c", 1, 60, 0)),
    ]
    board.apply_snapshot(snapshot)
    reading = board.read()
    assert reading.totals.handled == 3 and reading.totals.handle_s == 320 and reading.totals.wrapup_s == 40
    assert reading.totals.aht == 320 / 3 and "b" not in reading.days  # b: no call today

    later = SERVER + timedelta(seconds=30)
    assert board.apply_day(AgentDay.model_validate(day("b", 1, 100, 20, at=later))) is True
    assert board.apply_day(AgentDay.model_validate(day("b", 0, 0, 0, at=SERVER))) is False  # an older count
    assert board.apply_day(AgentDay.model_validate(day("zz", 5, 5, 5, at=later))) is False  # not on the board
    # a snapshot read before that count does not undo it; one read after it replaces it
    stale = answer(line("a", "ready", 1), line("b", "on_call", 1), line("c", "ready", 1, team="south"))
    board.apply_snapshot(stale)
    assert board.days["b"].handled == 1 and "a" not in board.days  # a's count was older than the snapshot
    fresh = answer(line("b", "on_call", 1), server_time=SERVER + timedelta(seconds=60))
    board.apply_snapshot(fresh)
    assert board.days == {}

    board.apply_snapshot(snapshot)
    rows = board.team_totals()
    assert [team for team, _ in rows] == [None, "north", "south"]
    everybody, north, south = (totals for _, totals in rows)
    assert (north.agents, north.handled, north.handle_s) == (2, 2, 260)
    assert (south.agents, south.handled, everybody.agents, everybody.handled) == (1, 1, 3, 3)
    assert north.per_state[PresenceState.ON_CALL] == 1 and everybody.aht == 320 / 3


def test_a_line_names_its_reason_and_limits_its_state_as_the_agents_desktop_sent_them() -> None:
    clock = Clock()
    board = Board(clock=clock, wrap_up_limit_s=120)  # this desktop: the default reasons, no huddle
    board.apply_snapshot(
        answer(
            line("hud", "not_ready", 1, ago_s=70, reason="huddle", reason_name="Team huddle", limit_s=60),
            line("brk", "not_ready", 1, ago_s=20 * 60, reason="break", reason_name="Break"),  # no maximum there
            line("old", "not_ready", 1, ago_s=20 * 60, reason="break"),  # an older desktop: this one's 15 min
            line("odd", "not_ready", 1, ago_s=60, reason="mystery"),
            line("wfast", "wrap_up", 1, ago_s=90, limit_s=60),  # the agent's own limit: 60 s
            line("wslow", "wrap_up", 1, ago_s=200, limit_s=300),  # 300 s: not yet, whatever 120 s says
            line("wold", "wrap_up", 1, ago_s=200),  # none sent: the default
        )
    )
    lines = board.lines
    stuck = {u: why for u, x in lines.items() if (why := board.stuck(x)) is not None}
    assert stuck == {"hud": Stuck.OVER_REASON, "old": Stuck.OVER_REASON, "wfast": Stuck.WRAP_UP, "wold": Stuck.WRAP_UP}
    assert board.limit_of(lines["hud"]) == 60 and board.limit_of(lines["wslow"]) == 300
    labels = {u: board.reason_label(lines[u]) for u in ("hud", "brk", "old", "odd", "wfast")}
    assert labels == {"hud": "Team huddle", "brk": "Break", "old": "Break", "odd": "mystery", "wfast": ""}
    # a built-in reason's English name is translated on this desktop, a name of the agent's own is not
    assert getattr(labels["brk"], "context", None) == "Presence" and not hasattr(labels["hud"], "context")
    assert lines["hud"].reason_name == "Team huddle" and lines["old"].reason_name is None
