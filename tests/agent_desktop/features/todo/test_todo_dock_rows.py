"""In the narrow To-do dock every to-do takes one line: a long title ends in "…" whatever it is made of
(a Chinese title was elided while an English one wrapped onto two lines), and the due time stays whole."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from agent_desktop.features.todo.dock import TodoDock
from agent_desktop.features.todo.model import COLUMNS, TodoTableModel


def shown_dock(qtbot: Any) -> tuple[TodoTableModel, TodoDock]:
    """A To-do dock 400 pixels wide, shown, and its model."""
    model = TodoTableModel()
    dock = TodoDock(model)
    qtbot.addWidget(dock)
    dock.resize(400, 400)
    dock.show()
    qtbot.waitExposed(dock)
    return model, dock


def test_long_titles_take_one_line_each(qtbot) -> None:
    now = datetime.now(timezone.utc)
    model, dock = shown_dock(qtbot)
    due = (now + timedelta(hours=1)).isoformat()
    model.set_items(
        [
            {"id": "a", "title": "Call back Mr Zhang about the massage chair repair", "due_at": due, "status": "open"},
            {"id": "b", "title": "回访张伟按摩椅维修情况并确认送货地址", "due_at": due, "status": "open"},
        ],  # type: ignore[list-item]
        now,
    )
    dock.table.resizeRowsToContents()
    heights = {dock.table.rowHeight(row) for row in range(2)}
    assert len(heights) == 1 and heights.pop() < 2 * dock.table.fontMetrics().height()


def test_an_elided_cell_shows_its_whole_text_and_the_notes_as_tooltip(qtbot) -> None:
    now = datetime.now(timezone.utc)
    model, dock = shown_dock(qtbot)
    due = (now + timedelta(hours=1)).isoformat()
    title = "Check delivery date with the courier before Friday"
    model.set_items(
        [
            {"id": "a", "title": title, "due_at": due, "status": "open", "notes": "客户周五不在家"},
            {"id": "b", "title": "Send the brochure", "due_at": due, "status": "open"},
        ],  # type: ignore[list-item]
        now,
    )
    cell = model.index(0, 0)
    assert dock.table.columnWidth(0) < dock.table.fontMetrics().horizontalAdvance(title)  # it is elided
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == f"{title}\n客户周五不在家"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "Send the brochure"


def test_the_title_column_keeps_two_fifths_of_the_list_at_1280_by_720(make_shell, qtbot) -> None:
    """In the main window at 1280 × 720 the to-do dock is narrow: the title keeps at least two fifths of the
    list's width (the other columns give up room down to their headings' widths, their cells elided with the whole text as tooltip);
    in a wide dock every other column is as wide as its text and the title stretches over the rest."""
    shell = make_shell()
    window = shell.window
    window.resize(1280, 720)
    model = TodoTableModel(names=lambda _id: "Agent Wang Xiaoming", customer_names=lambda _id: "Zhang Wei (VIP card)")
    dock = TodoDock(model)
    window.set_dock_content("todo", dock)
    now = datetime.now(timezone.utc)
    due = (now + timedelta(days=3)).isoformat()
    title = "Call back Mr Zhang about the massage chair repair"
    model.set_items(
        [
            {"id": "a", "title": title, "due_at": due, "status": "open", "priority": "high", "assignee_id": "u"},
            {"id": "b", "title": "回访张伟按摩椅维修情况", "due_at": due, "status": "open", "customer_id": "c"},
        ],  # type: ignore[list-item]
        now,
    )
    table = dock.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.columnWidth(0) >= table.viewport().width() * 2 // 5, timeout=3000)
    assert table.viewport().width() < 600  # the narrow dock of a 1280-pixel window
    assert all(table.columnWidth(c) >= header.sectionSizeHint(c) for c in range(1, 5))  # headings whole
    assert sum(table.columnWidth(c) for c in range(5)) <= table.viewport().width()  # no scrolling sideways

    dock.setParent(None)  # the same list in a wide dock of its own
    qtbot.addWidget(dock)
    dock.resize(1000, 400)
    dock.show()
    qtbot.waitExposed(dock)
    natural = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(1, 5)]
    qtbot.waitUntil(lambda: [table.columnWidth(c) for c in range(1, 5)] == natural, timeout=3000)
    assert table.columnWidth(0) + sum(natural) == table.viewport().width()  # the title takes the rest
    assert table.columnWidth(0) > table.fontMetrics().horizontalAdvance(title)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_due_time_stays_whole_in_a_dock_420_pixels_wide(qtbot, request, language) -> None:
    """Trial finding: at its narrow width the dock showed "…" for the due time. Today's to-dos show the
    time alone, others the date and time (no year within this one), and the Due column is as wide as what
    it shows."""
    if language != "en":
        request.getfixturevalue("chinese")
    now = datetime.now(timezone.utc)
    model = TodoTableModel(names=lambda _id: "Agent Wang Xiaoming", customer_names=lambda _id: "Zhang Wei (VIP card)")
    dock = TodoDock(model)
    qtbot.addWidget(dock)
    dock.resize(420, 400)
    dock.show()
    qtbot.waitExposed(dock)
    later_today = max(now, min(now + timedelta(minutes=1), now.astimezone().replace(hour=23, minute=59)))
    in_three_days = now + timedelta(days=3)
    model.set_items(
        [
            {
                "id": "a",
                "title": "Call back Mr Zhang",
                "due_at": later_today.isoformat(),
                "status": "open",
                "priority": "urgent",
                "assignee_id": "u",
            },
            {
                "id": "b",
                "title": "回访张伟按摩椅维修情况",
                "due_at": in_three_days.isoformat(),
                "status": "open",
                "customer_id": "c",
            },
        ],  # type: ignore[list-item]
        now,
    )
    table, due = dock.table, COLUMNS.index("due")
    shown = [model.data(model.index(row, due)) for row in range(2)]
    other_day = "%m-%d %H:%M" if in_three_days.astimezone().year == now.astimezone().year else "%Y-%m-%d %H:%M"
    assert shown == [later_today.astimezone().strftime("%H:%M"), in_three_days.astimezone().strftime(other_day)]
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    needed = max(table.fontMetrics().horizontalAdvance(text) for text in shown) + margin

    widths = lambda: [table.columnWidth(c) for c in range(5)]  # noqa: E731
    qtbot.waitUntil(lambda: sum(widths()) <= table.viewport().width(), timeout=3000)  # fitted: no scrolling sideways
    assert table.columnWidth(due) >= needed, widths()  # not elided
    header = table.horizontalHeader()
    assert all(table.columnWidth(c) >= header.sectionSizeHint(c) for c in range(1, 5))  # headings whole
