"""The app's look without an application-wide style sheet.

A style sheet set on the QApplication makes every widget go through Qt's style-sheet engine, which
keeps computed rules for each widget: 2.7 MiB and ~40 ms of start-up for the ~300 widgets of the
main window (``benchmarks/startup.py``). The docks' title bars are painted by :class:`TitledDock`
instead, and the few rules that colour particular widgets (status pills, dock placeholders, field
errors) are set on those widgets only with :func:`apply_sheet`, so the engine covers a handful of
widgets rather than all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QDockWidget, QWidget

from agent_desktop.shell.theme import app_sheet, is_dark, mix

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

TITLE_PADDING = 8
"""Pixels between the title bar's left edge and the title."""


class TitledDock(QDockWidget):
    """A dock whose docked title bar is tinted (from the palette: light or dark), underlined and bold,
    with the dock's icon, painted by the dock itself
    (a Python style override would be called, and wrap objects, for every widget painted: +2 MiB)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isFloating() or self.titleBarWidget() is not None:
            super().paintEvent(event)
            return
        # named at the first paint, after the window is mapped: QStyle and its option and painter
        # classes build ~650 Python enum members when first named (issue 23)
        from PySide6.QtWidgets import QStyle, QStyleOptionDockWidget, QStylePainter

        option = QStyleOptionDockWidget()
        self.initStyleOption(option)
        painter = QStylePainter(self)
        rect = option.rect
        background, line = title_colours(self.palette())
        painter.fillRect(rect, background)
        painter.setPen(line)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)  # CJK fonts with one weight are emboldened only from Bold up
        painter.setFont(font)
        left = TITLE_PADDING
        icon = self.windowIcon()
        if not icon.isNull() and not self.isWindow():
            side = min(16, rect.height() - 4)
            top = rect.top() + (rect.height() - side) // 2
            icon.paint(painter, QRect(rect.left() + left, top, side, side))
            left += side + 6
        option.rect = rect.adjusted(left, 0, 0, 0)
        painter.drawControl(QStyle.ControlElement.CE_DockWidgetTitle, option)


def title_colours(pal: QPalette) -> tuple[QColor, QColor]:
    """Background and underline of a docked title bar: the window colour tinted towards its text."""
    window, text = pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.WindowText)
    return mix(window, text, 0.05), mix(window, text, 0.18)


def apply_sheet(widget: QWidget) -> None:
    """Give ``widget`` (and its children) the rules of ``resources/styles/app.qss`` (and, with dark
    colours, ``app-dark.qss``): colours of status pills, dock placeholders, field errors and
    locked-setting hints, matched by object name. A theme switch sets them again."""
    widget.setStyleSheet(app_sheet(is_dark()))
