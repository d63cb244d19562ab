"""Order lookup shows an order's status as a label in the agent's language ("sorted" is 已分拣 in
Chinese), also after a language switch, never the CRM's code."""

from __future__ import annotations

from forms.order_lookup import OrderLookup

ORDER = {
    "id": "o1",
    "number": "SO20261206-000001",
    "created_at": "2026-12-06T10:00:00Z",
    "status": "sorted",
    "total_cents": 1280000,
    "courier": "SF",
    "tracking_number": "",
}


def test_statuses_are_labels_that_follow_a_language_switch(qtbot, chinese) -> None:
    lookup = OrderLookup(lambda _text: [ORDER])  # type: ignore[list-item]
    qtbot.addWidget(lookup)
    lookup.search_edit.setText("SO20261206-000001")
    assert lookup.search() == 1
    assert lookup.table.item(0, 2).text() == "已分拣"
    chinese.set_language("en")
    qtbot.waitUntil(lambda: lookup.table.item(0, 2).text() == "sorted")
    assert lookup.table.horizontalHeaderItem(2).text() == "Status"
    chinese.set_language("zh_CN")
    qtbot.waitUntil(lambda: lookup.table.item(0, 2).text() == "已分拣")
