"""Entries of an outbound call list (search results handed over) in the Call Back dock: named by their
source, and a list of thousands shows only the longest waiting rows."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QTranslator

from agent_desktop.features.callbacks.dock import MAX_ROWS, CallbackDock
from resources import loader


def test_a_campaign_entry_shows_its_source_in_the_dock(qtbot):
    dock = CallbackDock()
    qtbot.addWidget(dock)
    entry = {
        "id": "c1",
        "number": "+8613800138000",
        "status": "pending",
        "source": "campaign",
        "requested_at": "2025-11-01T08:00:00Z",
        "reason": "双十一回访",
        "attempts": 0,
    }
    dock.show_entries([entry], datetime.now(timezone.utc))
    assert dock.table.item(0, 4).text() == "Call list"
    translator = QTranslator()
    assert translator.load(str(loader.translation_file("zh_CN")))
    QCoreApplication.installTranslator(translator)
    try:
        dock.show_entries([dict(entry, id="c2")], datetime.now(timezone.utc))
        assert dock.table.item(0, 4).text() == "外呼名单"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_call_list_of_thousands_shows_the_longest_waiting_rows_only(qtbot):
    dock = CallbackDock()
    qtbot.addWidget(dock)
    now = datetime.now(timezone.utc)
    entries = [
        {
            "id": f"c{i}",
            "number": f"+86138{i:08d}",
            "status": "pending",
            "source": "campaign",
            "requested_at": "2025-11-01T08:00:00Z",
            "reason": "双十一回访",
            "attempts": 0,
        }
        for i in range(5000)
    ]
    dock.show_entries(entries, now)
    assert dock.table.rowCount() == MAX_ROWS and dock.table.item(0, 0).text() == "138 0000 0000"
    assert not dock.more.isHidden() and dock.more.text() == f"Showing the {MAX_ROWS} longest waiting of 5000."
    dock.show_entries(entries[:3], now)
    assert dock.table.rowCount() == 3 and dock.more.isHidden()
