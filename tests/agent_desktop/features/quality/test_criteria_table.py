"""The QA form editor's criteria: a name or description longer than its cell shows its beginning, when
the form is shown and after the supervisor typed in it and moved on (it showed its end, cut at the left)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from agent_desktop.features.quality.core.form_edit import CriterionEdit
from agent_desktop.features.quality.criteria_table import DESCRIPTION, NAME, CriteriaTable

LONG_NAME = "Compliance (recording announcement, price approval)"
LONG_DESCRIPTION = "Did the agent announce the recording and get a supervisor's approval for any price change"


def first_shown(edit: QLineEdit) -> int:
    """The position of the character at the field's left edge (0: the text is shown from its start), as
    painted (a line edit scrolls its text when it paints)."""
    edit.repaint()
    return edit.cursorPositionAt(QPoint(edit.contentsRect().left() + 4, edit.height() // 2))


def shown_table(qtbot: Any) -> CriteriaTable:
    table = CriteriaTable()
    qtbot.addWidget(table)
    table.resize(700, 300)
    rows = [CriterionEdit(name=LONG_NAME, weight=30, description=LONG_DESCRIPTION), CriterionEdit(name="Closing")]
    table.show_rows(rows)
    table.show()
    qtbot.waitExposed(table)
    table.activateWindow()  # as on screen: the first field has the focus
    qtbot.waitUntil(lambda: table.isActiveWindow() and table.cellWidget(0, NAME).hasFocus(), timeout=2000)
    return table


def test_long_criterion_texts_show_their_beginning(qtbot) -> None:
    table = shown_table(qtbot)
    for column, text in ((NAME, LONG_NAME), (DESCRIPTION, LONG_DESCRIPTION)):
        edit = table.cellWidget(0, column)
        assert isinstance(edit, QLineEdit) and edit.text() == text
        assert edit.fontMetrics().horizontalAdvance(text) > edit.width()  # it does not fit: the case in question
        assert first_shown(edit) == 0, column


def test_after_typing_at_the_end_the_field_shows_its_beginning_again(qtbot) -> None:
    table = shown_table(qtbot)
    edit = table.cellWidget(0, NAME)
    assert isinstance(edit, QLineEdit)
    edit.end(False)
    qtbot.keyClicks(edit, " and consent")
    assert first_shown(edit) > 0  # while typing at the end, the end is in sight
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # on to the next field
    assert edit.text() == LONG_NAME + " and consent"
    assert first_shown(edit) == 0
