"""Scrolling a long form with the mouse wheel must not change the choices it passes over (Qt).

Qt hands a wheel event to the widget under the pointer: while a form in a scroll area scrolls, a combo
box or spin box that arrives under the pointer takes the next turns of the wheel and silently changes
its value (an order's payment from "Cash on delivery" to "Bank transfer"). :func:`guard_wheel` makes
the combo boxes and spin boxes (dates included) under a widget take the wheel only once the agent has
clicked or tabbed into them; otherwise the turn scrolls the scroll area around them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    """The event filter: a wheel turn over a guarded widget without the keyboard focus scrolls the
    nearest scroll area around it instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = _scroll_area_around(watched)
        if area is None:
            event.ignore()  # not accepted: Qt offers it to the parents
        else:
            QCoreApplication.sendEvent(area.viewport(), event)
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def guard_wheel(root: QWidget) -> None:
    """Guard every combo box and spin box under ``root`` (again after adding some: guarding twice is
    harmless). A guarded widget no longer takes the focus from the wheel either."""
    guard = root.findChild(WheelGuard, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if guard is None:
        guard = WheelGuard(root)
    for widget in (*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)):
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.removeEventFilter(guard)
        widget.installEventFilter(guard)
