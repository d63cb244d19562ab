"""The Call Back dock as wide as it is beside the card at 1280×720 (about 400 px): numbers as people read
them, every header and the number whole, in English and Chinese; the customer's name takes what is left."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from agent_desktop.features.callbacks.dock import CallbackDock
from tests.screens.clipping import clipped_texts


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_numbers_and_headers_are_whole_in_a_narrow_dock(qtbot, chinese, language) -> None:
    chinese.set_language(language)
    dock = CallbackDock(customer_names=lambda _id: "欧阳娜娜")
    qtbot.addWidget(dock)
    dock.resize(400, 500)
    dock.show()
    qtbot.waitExposed(dock)
    waited = (datetime.now(timezone.utc) - timedelta(hours=11, minutes=59)).isoformat()
    entry = {
        "id": "c1",
        "number": "+8613912345678",
        "customer_id": "x",
        "status": "pending",
        "source": "promised",
        "requested_at": waited,
        "attempts": 2,
    }
    dock.show_entries([entry], datetime.now(timezone.utc))
    qtbot.wait(50)  # the header sizes its sections on the next turn
    assert dock.table.item(0, 0).text() == "139 1234 5678"
    assert clipped_texts(dock) == []
    header, metrics = dock.table.horizontalHeader(), dock.table.fontMetrics()
    for column in (0, 2, 3, 4):  # the cells are whole too (the customer's column elides)
        text = dock.table.item(0, column).text()
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text), text
    assert not dock.table.horizontalScrollBar().isVisible()
    assert dock.table.item(0, 1).data(Qt.ItemDataRole.DisplayRole) == "欧阳娜娜"
