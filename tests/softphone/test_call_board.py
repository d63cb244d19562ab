"""Which line the call controls act on (CallBoard.current / active): the call the agent talks on, else
the line they touched last, else the newest; ended and refused calls leave the focus."""

from __future__ import annotations

from softphone.engine.call_board import CallBoard
from softphone.engine.events import CallChanged, CallState, CommandFailed, IncomingCall


def out(board: CallBoard, call_id: int, state: CallState, touched: bool = True) -> None:
    """A call the agent dialled (touched, as the adapter does) in ``state``."""
    if touched:
        board.touch(call_id)
    board.apply(CallChanged(call_id, state, "out", f"sip:{call_id}@pbx", str(call_id)))


def ring(board: CallBoard, call_id: int) -> None:
    board.apply(IncomingCall(call_id, f"sip:{call_id}@pbx", "", str(call_id), {}, 1.0))


def ids(board: CallBoard) -> tuple[int | None, int | None]:
    current, active = board.current(), board.active()
    return (current.call_id if current else None, active.call_id if active else None)


def test_the_answered_call_wins_over_an_older_attempt_still_ringing_out() -> None:
    board = CallBoard()
    out(board, 1, CallState.EARLY)  # rings out forever
    out(board, 2, CallState.EARLY)
    out(board, 2, CallState.ACTIVE)  # the second one answered
    assert ids(board) == (2, 2)
    board.touch(1)  # even after touching the attempt: the live call stays in focus
    assert ids(board) == (2, 2)
    board.apply(CallChanged(2, CallState.DISCONNECTED, "out", "sip:2@pbx", "2"))
    assert ids(board) == (1, 1)  # then the attempt left


def test_without_a_talking_call_the_line_touched_last_is_current() -> None:
    board = CallBoard()
    out(board, 1, CallState.EARLY)
    out(board, 2, CallState.EARLY)
    assert ids(board) == (2, 2)  # the later dial
    board.touch(1)  # its line button clicked
    assert ids(board) == (1, 1)
    out(board, 3, CallState.ACTIVE)
    out(board, 3, CallState.HELD)  # held by the agent: still the line they touched last
    assert ids(board) == (3, 1)


def test_a_held_call_resumed_by_the_agent_is_current_over_a_newer_ringing_call() -> None:
    board = CallBoard()
    ring(board, 1)
    board.touch(1)  # answered
    out(board, 1, CallState.HELD, touched=False)
    ring(board, 2)  # call waiting, not answered
    assert ids(board) == (1, None)
    board.touch(2)  # answered: the first one goes on hold
    board.apply(CallChanged(2, CallState.ACTIVE, "in", "sip:2@pbx", "2"))
    assert ids(board) == (2, 2)
    board.apply(CallChanged(2, CallState.DISCONNECTED, "in", "sip:2@pbx", "2"))
    assert ids(board) == (1, None)  # back to the held one, touched before


def test_untouched_lines_fall_back_to_the_newest_attempt_then_a_held_then_the_ringing_call() -> None:
    board = CallBoard()
    assert ids(board) == (None, None)
    ring(board, 1)
    ring(board, 2)
    assert ids(board) == (1, None)  # the one Answer would take
    out(board, 3, CallState.HELD, touched=False)
    assert ids(board) == (3, None)
    out(board, 4, CallState.EARLY, touched=False)
    out(board, 5, CallState.DIALING, touched=False)
    assert ids(board) == (5, 5)
    out(board, 6, CallState.ACTIVE, touched=False)
    out(board, 7, CallState.ACTIVE, touched=False)  # a conference: two talking lines
    assert ids(board) == (7, 7)
    board.touch(6)
    assert ids(board) == (6, 6)


def test_ended_refused_and_cleared_calls_leave_the_focus() -> None:
    board = CallBoard()
    out(board, 1, CallState.EARLY)
    board.touch(2)  # a dial whose first event has not come yet: no line, so not current
    assert ids(board) == (1, 1)
    board.apply(CommandFailed("dial", 2, "All lines are in use"))  # refused: never became a call
    assert 2 not in board._touched
    out(board, 3, CallState.HELD, touched=False)
    assert ids(board) == (1, 1)  # touched beats newer
    board.apply(CallChanged(1, CallState.DISCONNECTED, "out", "sip:1@pbx", "1"))
    assert ids(board) == (3, None) and board._touched == []
    for call_id in range(100):
        board.touch(call_id)
    assert len(board._touched) <= 16 and board._touched[-1] == 99
    board.clear()
    assert ids(board) == (None, None) and board._touched == []
