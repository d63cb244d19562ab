"""A line in an empty list saying why it is empty and what fills it ("Show calls lists ...")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView

MARGIN = 12
"""Pixels between the text and the list's edges."""


class EmptyHint(QObject):
    """Paints ``text()`` centred (word-wrapped, greyed) over ``view`` while its model has no rows.

    ``text`` is asked at every paint, so a ``self.tr(...)`` lambda follows a live language switch.
    """

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view)
        self.view, self.text = view, text
        view.viewport().installEventFilter(self)

    def showing(self) -> str:
        """The text shown now ("" while the list has rows)."""
        model = self.view.model()
        return self.text() if model is None or model.rowCount(QModelIndex()) == 0 else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.view.viewport():
            text = self.showing()
            if text:  # the empty list paints nothing over its background: the line stays
                viewport = self.view.viewport()
                painter = QPainter(viewport)
                painter.setPen(viewport.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
                rect = viewport.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
                painter.end()
        return super().eventFilter(watched, event)


__all__ = ["EmptyHint"]
