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
