"""A non-modal window around one panel (search, order lookup, logistics, forms)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QVBoxLayout, QWidget

from resources.wheel_guard import guard_wheel

TITLE_BAR_PX = 32
"""Room left for a window manager's title bar above a window that has not been shown yet."""


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to the available area of its screen (its parent's screen) and move it inside:
    a window sized for a big monitor stays usable on a 1280 x 720 one."""
    anchor = window.parentWidget() or window
    screen = anchor.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    framed = window.frameGeometry().height() > window.height()  # pos() is then the frame's corner
    title = window.frameGeometry().height() - window.height() if framed else TITLE_BAR_PX
    width, height = min(window.width(), area.width()), min(window.height(), area.height() - title)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), area.left()), area.right() + 1 - width)
    top = area.top() if framed else area.top() + title
    y = min(max(window.y(), top), area.bottom() + 1 - height - (title if framed else 0))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


class PanelWindow(QDialog):
    """A non-modal top-level window showing ``widget`` under ``title``: a function giving the translated
    title (``lambda: self.tr("Find customers")``), asked again on every language switch, or a plain string."""

    def __init__(self, widget: QWidget, title: str | Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self._title = title if callable(title) else (lambda: title)
        self.setWindowTitle(self._title())
        self.setModal(False)
        scroll = QScrollArea()  # on a small screen the window is fitted to it and the panel scrolls
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def showEvent(self, event: QShowEvent) -> None:
        fit_to_screen(self)
        guard_wheel(self.widget)  # the panel scrolls: the wheel must not change the choices it passes
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self._title())
        super().changeEvent(event)
