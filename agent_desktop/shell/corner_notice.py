"""Where the notices over the main window's corner stand (the coaching message, the QA evaluation):
the bottom-right corner, above the status bar and clear of the docks' tabs there (they stay
clickable); two showing at once stand one above the other (by their rank), never over each other."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTabBar, QWidget

MARGIN = 12
PROPERTY = "corner_notice_rank"


def mark(notice: QWidget, rank: int) -> None:
    """``notice`` (a child of the main window) is a corner notice; a higher ``rank`` stands higher."""
    notice.setProperty(PROPERTY, rank + 1)


def arrange(window: QWidget, showing: QWidget | None = None) -> None:
    """Place the corner notices of ``window`` that show (and ``showing``, about to), each at its size."""
    notices = [
        child
        for child in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.property(PROPERTY) and (child is showing or not child.isHidden())
    ]
    if not notices:
        return
    notices.sort(key=lambda n: int(n.property(PROPERTY)))
    left = window.width() - max(n.width() for n in notices) - MARGIN
    bottom = window.height() - MARGIN
    if isinstance(window, QMainWindow) and window.statusBar().isVisible():
        bottom = window.statusBar().y() - MARGIN
    for tabs in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if tabs.isVisible() and tabs.geometry().right() >= left and tabs.y() < bottom:
            bottom = min(bottom, tabs.y() - MARGIN)
    for notice in notices:
        top = max(MARGIN, bottom - notice.height())
        notice.move(window.width() - notice.width() - MARGIN, top)
        bottom = top - MARGIN
