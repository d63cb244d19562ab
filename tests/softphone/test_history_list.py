"""The softphone's Recent calls list shows numbers as people read them (138 0013 8000, not the E.164
form the phone keeps) and calls back the number as it was kept."""

from __future__ import annotations

import time

from softphone.engine.history import CallHistory, HistoryEntry
from softphone.qt.history_list import HistoryList


def test_numbers_read_as_people_read_them_and_redial_the_kept_number(qtbot) -> None:
    history = CallHistory()
    history.entries = [
        HistoryEntry("+8613800138000", "in", "answered", time.time(), 17.0),
        HistoryEntry("", "out", "busy", time.time(), 0.0, remote_uri="sip:ext101@pbx"),
    ]
    shown = HistoryList(history)
    qtbot.addWidget(shown)
    first, second = shown.item(0), shown.item(1)
    assert first.text().startswith("← 138 0013 8000  ") and first.text().endswith("0:17  answered")
    assert second.text().startswith("→ sip:ext101@pbx  ")
    with qtbot.waitSignal(shown.sig_redial_requested) as redial:
        shown.itemDoubleClicked.emit(first)
    assert redial.args == ["+8613800138000"]


def test_a_call_that_ends_goes_on_top_and_the_line_the_agent_chose_stays_chosen(qtbot) -> None:
    from softphone.engine.events import CallChanged, CallState, Outcome

    history = CallHistory()
    history.entries = [
        HistoryEntry(f"+86138001380{n:02d}", "in", "answered", time.time() - 60 * n, 5.0) for n in range(120)
    ]
    shown = HistoryList(history)
    qtbot.addWidget(shown)
    assert shown.count() == 100
    shown.setCurrentRow(3)  # the agent picked a line to call back
    chosen, last = shown.item(3).text(), shown.item(98).text()
    ended = CallChanged(
        7, CallState.DISCONNECTED, "in", "sip:13900139000@pbx", "+8613900139000", 486, "Busy", Outcome.MISSED
    )
    history.record(ended, time.monotonic())
    shown.refresh()  # what the phone's "history changed" does
    assert shown.count() == 100
    assert shown.item(0).text().startswith("← 139 0013 9000  ") and shown.item(0).text().endswith("missed")
    assert shown.currentRow() == 4 and shown.currentItem().text() == chosen  # still the line the agent chose
    assert shown.item(99).text() == last
    with qtbot.waitSignal(shown.sig_redial_requested) as redial:
        shown.itemDoubleClicked.emit(shown.currentItem())
    assert redial.args == ["+8613800138003"]


def test_the_history_saved_after_each_call_is_read_back_the_same_at_the_next_start(tmp_path) -> None:
    from softphone.engine.events import CallChanged, CallState, Outcome

    history = CallHistory(tmp_path / "call_history.json")
    now = time.monotonic()
    history.record(
        CallChanged(
            1, CallState.DISCONNECTED, "in", "sip:138@pbx", "+8613800138000", 200, "", Outcome.ANSWERED, now - 65
        ),
        now,
    )
    history.save()
    history.record(CallChanged(2, CallState.DISCONNECTED, "out", "sip:ext101@pbx", "", 486, "Busy", Outcome.BUSY), now)
    history.save()
    again = CallHistory(tmp_path / "call_history.json")
    again.load()
    assert again.entries == history.entries and len(again.entries) == 2
    assert (again.entries[1].outcome, again.entries[1].duration_s) == ("answered", 65.0)
    assert again.entries[0].remote_uri == "sip:ext101@pbx"
