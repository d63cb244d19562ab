"""In the narrow To-do dock every to-do takes one line: a long title ends in "…" whatever it is made of
(a Chinese title was elided while an English one wrapped onto two lines)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import Qt

from agent_desktop.features.todo.dock import TodoDock
from agent_desktop.features.todo.model import TodoTableModel


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
