"""The app's look without an application-wide style sheet.

A style sheet set on the QApplication makes every widget go through Qt's style-sheet engine, which
keeps computed rules for each widget: 2.7 MiB and ~40 ms of start-up for the ~300 widgets of the
main window (``benchmarks/startup.py``). The docks' title bars are painted by :class:`TitledDock`
instead, and the few rules that colour particular widgets (status pills, dock placeholders, field
errors) are set on those widgets only with :func:`apply_sheet`, so the engine covers a handful of
widgets rather than all of them.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPaintEvent
from PySide6.QtWidgets import QDockWidget, QStyle, QStyleOptionDockWidget, QStylePainter, QWidget

from resources import loader

SEPARATOR = QColor("#d7dde5")
TITLE_BACKGROUND = QColor("#eef2f6")
TITLE_PADDING = 8
"""Pixels between the title bar's left edge and the title."""


class TitledDock(QDockWidget):
    """A dock whose docked title bar is tinted, underlined and bold, painted by the dock itself
    (a Python style override would be called, and wrap objects, for every widget painted: +2 MiB)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isFloating() or self.titleBarWidget() is not None:
            super().paintEvent(event)
            return
        option = QStyleOptionDockWidget()
        self.initStyleOption(option)
        painter = QStylePainter(self)
        rect = option.rect
        painter.fillRect(rect, TITLE_BACKGROUND)
        painter.setPen(SEPARATOR)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        option.rect = rect.adjusted(TITLE_PADDING, 0, 0, 0)
        painter.drawControl(QStyle.ControlElement.CE_DockWidgetTitle, option)


def apply_sheet(widget: QWidget) -> None:
    """Give ``widget`` (and its children) the rules of ``resources/styles/app.qss``: colours of
    status pills, dock placeholders, field errors and locked-setting hints, matched by object name."""
    widget.setStyleSheet(loader.stylesheet("app"))
