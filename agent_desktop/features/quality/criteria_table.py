"""The QA form editor's table of criteria: one row per criterion (name, weight, maximum score,
fail-all, description), each cell an editor that writes into the criterion as it is typed."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from agent_desktop.features.quality.core.form_edit import DESCRIPTION_MAX, NAME_MAX, WEIGHT_TOTAL, CriterionEdit
from resources.live_text import Retranslated

NAME, WEIGHT, SCALE, FAIL_ALL, DESCRIPTION = range(5)

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget`` with its object name (what tests find it by)."""
    widget.setObjectName(name)
    return widget


def show_start(edit: QLineEdit) -> None:
    """A text longer than its cell shows its beginning (a line edit given a text, or left after typing,
    keeps the cursor at the end and shows the text's end, cut at the left)."""
    edit.setCursorPosition(0)


class CriteriaTable(Retranslated, QTableWidget):
    """Shows a form's criteria to edit; ``sig_edited`` after each change typed."""

    sig_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("criteria_table")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (WEIGHT, SCALE, FAIL_ALL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Weight"),
                self.tr("Max score"),
                self.tr("0 fails all"),
                self.tr("Description"),
            ]
        )
        tips = {
            WEIGHT: self.tr("The criterion's share of the total, in points; the weights add up to %1").replace(
                "%1", str(WEIGHT_TOTAL)
            ),
            FAIL_ALL: self.tr("Scored 0, the whole evaluation is 0"),
        }
        for column, tip in tips.items():
            item = self.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tip)
        for i in range(self.rowCount()):
            self._place_holders(i)

    def _place_holders(self, row: int) -> None:
        name, description = self.cellWidget(row, NAME), self.cellWidget(row, DESCRIPTION)
        if isinstance(name, QLineEdit):
            name.setPlaceholderText(self.tr("e.g. Greeting"))
        if isinstance(description, QLineEdit):
            description.setPlaceholderText(self.tr("What to listen for"))

    def show_rows(self, rows: list[CriterionEdit], current: int | None = None) -> None:
        """``rows`` in the table (rebuilt), ``current`` selected."""
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for i, row in enumerate(rows):
            self._row_widgets(i, row)
        if current is not None and 0 <= current < len(rows):
            self.selectRow(current)

    def _row_widgets(self, i: int, row: CriterionEdit) -> None:
        name = named(QLineEdit(row.name), f"criterion_name_{i}")
        name.setMaxLength(NAME_MAX)
        name.textEdited.connect(lambda text, r=row: self._typed(r, "name", text))
        weight = named(QSpinBox(), f"criterion_weight_{i}")
        weight.setRange(1, 100)
        weight.setValue(row.weight)
        weight.valueChanged.connect(lambda value, r=row: self._typed(r, "weight", value))
        scale = named(QSpinBox(), f"criterion_scale_{i}")
        scale.setRange(1, 10)
        scale.setValue(row.scale_max)
        scale.valueChanged.connect(lambda value, r=row: self._typed(r, "scale_max", value))
        fail = named(QCheckBox(), f"criterion_fail_{i}")
        fail.setChecked(row.fail_all)
        fail.toggled.connect(lambda on, r=row: self._typed(r, "fail_all", on))
        description = named(QLineEdit(row.description), f"criterion_description_{i}")
        description.setMaxLength(DESCRIPTION_MAX)
        description.textEdited.connect(lambda text, r=row: self._typed(r, "description", text))
        for text in (name, description):
            show_start(text)
            text.editingFinished.connect(lambda t=text: show_start(t))
        cells = ((NAME, name), (WEIGHT, weight), (SCALE, scale), (FAIL_ALL, fail), (DESCRIPTION, description))
        for column, widget in cells:
            self.setCellWidget(i, column, widget)
        self._place_holders(i)

    def _typed(self, row: CriterionEdit, attribute: str, value: object) -> None:
        setattr(row, attribute, value)
        self.sig_edited.emit()

    def selected_row(self) -> int:
        """The row selected, or holding the focus (-1: none)."""
        rows = self.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        focus = self.focusWidget()
        for i in range(self.rowCount()):
            for column in range(self.columnCount()):
                if self.cellWidget(i, column) is focus:
                    return i
        return -1

    def focus_name(self, row: int) -> None:
        name = self.cellWidget(row, NAME)
        if name is not None:
            name.setFocus()
