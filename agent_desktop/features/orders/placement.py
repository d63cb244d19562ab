"""Where an order window opens: where the agent last left one, else beside the call banner, else under
it, so the caller's name and the talk time stay in sight while the order is taken."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

GAP = 8
TITLE_BAR = 30  # the window manager's title bar above a window's client area


def order_window_geometry(size: QSize, area: QRect, banner: QRect, last: QRect | None = None) -> QRect | None:
    """The client geometry for an order window of ``size`` on a screen's available ``area``, given the
    call banner's place on screen (empty: none shown) and where the last order window was (None: none
    this session). None: no call banner and no window before, the window manager places it."""
    if last is not None and area.intersects(last):
        return last
    if banner.isEmpty():
        return None
    top = area.top() + TITLE_BAR
    height = min(size.height(), area.bottom() + 1 - top)
    if banner.right() + GAP + size.width() <= area.right():  # room on the right of the banner
        return QRect(banner.right() + 1 + GAP, top, size.width(), height)
    if banner.left() - GAP - size.width() >= area.left():  # room on its left
        return QRect(banner.left() - GAP - size.width(), top, size.width(), height)
    top = banner.bottom() + 1 + GAP + TITLE_BAR  # under it, as tall as the screen leaves
    x = min(max(banner.left(), area.left()), area.right() + 1 - size.width())
    return QRect(x, top, size.width(), min(size.height(), area.bottom() + 1 - top))
