"""Lists whose texts are never lost: columns as wide as their texts, the whole text as a tooltip, long
texts wrapped onto more lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem


def columns_fit_texts(tree: QTreeWidget) -> None:
    """Every column but the last as wide as its header and its widest text (dates, numbers and names
    are never cut); the last one takes the rest of the width."""
    header = tree.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


def with_tooltips(item: QTreeWidgetItem) -> QTreeWidgetItem:
    """``item`` with each cell's whole text as its tooltip (read when a narrow window cuts the cell)."""
    for column in range(item.columnCount()):
        if item.text(column) and not item.toolTip(column):
            item.setToolTip(column, item.text(column))
    return item


class WrapAtColumnWidth(QStyledItemDelegate):
    """A word-wrapping tree's rows as high as their wrapped cells: QTreeView measures a cell as if its
    column had no width limit, so a long text stayed one line, cut. Measured at the column's width, and
    measured again when a column is resized (the window, the splitter)."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setItemDelegate(self)
        self._relayout = QTimer(self)  # once after a drag, not once per pixel
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(tree.doItemsLayout)
        tree.header().sectionResized.connect(lambda *_: self._relayout.start())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return hint
        from PySide6.QtWidgets import QStyle  # named at the first layout: its enums cost ms at start-up

        margin = self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.tree) + 1
        width = self.tree.header().sectionSize(index.column()) - 2 * margin
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            width -= self.tree.iconSize().width() + 4
        metrics = QFontMetrics(option.font)
        wrapped = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), int(Qt.TextFlag.TextWordWrap), str(text))
        return QSize(hint.width(), max(hint.height(), wrapped.height() + hint.height() - metrics.height()))


__all__ = ["WrapAtColumnWidth", "columns_fit_texts", "with_tooltips"]
