"""The main window's size and proportions: where it first opens, who gets the room when it is resized,
and dock tabs that show their whole titles."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

FIRST_SHARE = 0.8
"""Of the available screen, the window's first width and height (later starts restore the last ones)."""
SMALL_SCREEN = (1200, 760, 0.9)
"""On a small screen at least this size, or this share of the screen when that is smaller."""
ICON_GAP = 4
"""What a tab's icon takes besides its width: the room Qt leaves between it and the title."""


def first_start_geometry(available: QRect) -> QRect:
    """About 80 % of the available screen, centred; on a small screen up to 1200x760 (90 % at most)."""
    min_w, min_h, share = SMALL_SCREEN
    width = max(int(available.width() * FIRST_SHARE), min(min_w, int(available.width() * share)))
    height = max(int(available.height() * FIRST_SHARE), min(min_h, int(available.height() * share)))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def whole_tab_titles(window: QMainWindow) -> None:
    """The tabs of tabbed docks as wide as their titles ("To-do", "Callbacks (1)"), instead of equal
    widths that cut every title: with the docks' icons when all fit in the column, else without them
    (:class:`TabIcons`); scrolling only when even the bare titles are too wide. Called again when a
    title changes (a count, a badge) or the docks move."""
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setExpanding(False)
        bar.setUsesScrollButtons(True)
        fitter = bar.findChild(TabIcons)
        (fitter if fitter is not None else TabIcons(bar)).fit()


class TabIcons(QObject):
    """Shows a dock tab bar's icons only while every whole title fits with them: four tabs, one with a
    badge ("To-do ●1"), are too wide for the right column of a 1152 × 648 window with their icons and fit
    without; the titles say more than the icons (the docks' title bars keep theirs)."""

    def __init__(self, bar: QTabBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.size = QSize(bar.iconSize())  # as the style gives it
        bar.installEventFilter(self)  # a narrower or wider column

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        bar = self.bar
        shown = not bar.iconSize().isEmpty()
        tabs = sum(bar.tabRect(i).width() for i in range(bar.count()))
        icons = sum(self.size.width() + ICON_GAP for i in range(bar.count()) if not bar.tabIcon(i).isNull())
        wanted = (tabs if shown else tabs + icons) <= bar.width()
        if wanted != shown:
            bar.setIconSize(self.size if wanted else QSize(0, 0))


class ResizeGoesToCard(QObject):
    """When the main window gets wider or narrower, the card's column takes the difference and the other
    columns keep their widths (Qt gave most of it to the first column: the softphone took half a
    full-HD screen). Qt lays the docks out before anyone sees the window's resize, so the other columns'
    widths are noted whenever they change at an unchanged window width (a dragged splitter) or are set
    (:meth:`remember`: the default layout), and given back right after the window's resize."""

    def __init__(self, window: QMainWindow, columns: Sequence[QDockWidget], card: QDockWidget) -> None:
        super().__init__(window)
        self.window, self.card = window, card
        self.others = [dock for dock in columns if dock is not card]
        self._window_width = window.width()
        self._widths = {dock: dock.width() for dock in self.others}
        self._round = 0  # a correction is due while it differs from the one scheduled
        self._due = False
        window.installEventFilter(self)
        for dock in window.findChildren(QDockWidget):  # a column's tabs too: any of them may be in front
            dock.installEventFilter(self)

    def remember(self, widths: dict[QDockWidget, int]) -> None:
        """The columns were just given these widths for the window as it is (a correction due is moot)."""
        self._widths.update((dock, width) for dock, width in widths.items() if dock in self._widths)
        self._window_width, self._due = self.window.width(), False
        self._round += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Resize or not isinstance(event, QResizeEvent):
            return False
        if event.size().width() == event.oldSize().width():
            return False
        if watched is self.window:
            if not self._due and not self.window.isMinimized():
                self._due = True
                self._round += 1
                round_ = self._round
                QTimer.singleShot(0, lambda: self._correct(round_))
        elif not self._due and self.window.width() == self._window_width:
            column = next((dock for dock in self.others if self._in_front(dock) is watched), None)
            if column is not None:  # a dragged splitter, another layout
                self._widths[column] = event.size().width()
        return False

    def _in_front(self, dock: QDockWidget) -> QDockWidget | None:
        """``dock`` if it is shown in its place, else the dock of its tabs in front of it (Qt keeps the
        ones behind "visible", moved out of the window)."""
        for candidate in (dock, *self.window.tabifiedDockWidgets(dock)):
            if candidate.isVisible() and not candidate.isFloating() and not candidate.visibleRegion().isEmpty():
                return candidate
        return None

    def _correct(self, round_: int) -> None:
        if round_ != self._round:
            return
        self._due = False
        self._window_width = self.window.width()
        shown = [(self._in_front(dock), self._widths[dock]) for dock in self.others]
        docks = [dock for dock, _width in shown if dock is not None]
        sizes = [width for dock, width in shown if dock is not None]
        if not docks or self._in_front(self.card) is not self.card:
            return
        # Qt shares out what the sizes do not account for in proportion to them: the card is named with
        # the rest of the width (less the separators) so that the others get theirs
        from PySide6.QtWidgets import QStyle  # named after the show: its enums cost ms at start-up (issue 23)

        separator = self.window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, self.window)
        rest = self._window_width - sum(sizes) - separator * len(docks)
        if rest > 0:
            self.window.resizeDocks([*docks, self.card], [*sizes, rest], Qt.Orientation.Horizontal)


__all__ = ["ResizeGoesToCard", "first_start_geometry", "whole_tab_titles"]
