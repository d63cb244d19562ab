"""An entry of an outbound call list (search results handed over) is named in the Call Back dock."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QTranslator

import agent_desktop.callback_feature  # noqa: F401 - registers the campaign source's name
from agent_desktop.callback_dock import CallbackDock
from resources import loader


def test_a_campaign_entry_shows_its_source_in_the_dock(qtbot):
    dock = CallbackDock()
    qtbot.addWidget(dock)
    entry = {"id": "c1", "number": "+8613800138000", "status": "pending", "source": "campaign",
             "requested_at": "2025-11-01T08:00:00Z", "reason": "双十一回访", "attempts": 0}
    dock.show_entries([entry], datetime.now(timezone.utc))
    assert dock.table.item(0, 3).text() == "Call list"
    translator = QTranslator()
    assert translator.load(str(loader.translation_file("zh_CN")))
    QCoreApplication.installTranslator(translator)
    try:
        dock.show_entries([dict(entry, id="c2")], datetime.now(timezone.utc))
        assert dock.table.item(0, 3).text() == "外呼名单"
    finally:
        QCoreApplication.removeTranslator(translator)
