"""Where the notices over the main window's corner stand (the coaching message, the QA evaluation):
the bottom-right corner, above the status bar and clear of the docks' tabs there (they stay
clickable); two showing at once stand one above the other (by their rank), never over each other."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from resources.colours import tint_notice
from resources.live_text import Retranslated

MARGIN = 12
WIDTH = 400
"""A notice's width at most (half the window's at least 200 px on a narrow one)."""
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


class CornerNotice(Retranslated, QFrame):
    """A notice over the window's corner that never takes the keyboard focus (it is a child of the
    window, not a window: showing it activates nothing): a bold heading, a body, a row of ``more`` text
    and buttons. Subclasses build their body and buttons, then call :meth:`_lay_out`."""

    def __init__(self, window: QWidget, name: str, rank: int) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        tint_notice(self)
        mark(self, rank)
        self.heading = QLabel()
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)

    def _lay_out(self, body: QWidget, more: QLabel, buttons: list[QPushButton]) -> None:
        row = QHBoxLayout()
        row.addWidget(more, 1)
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addWidget(body)
        layout.addLayout(row)
        for child in (self, *self.findChildren(QWidget)):
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.window_.installEventFilter(self)
        self.retranslateUi()
        self.hide()

    def retranslateUi(self) -> None:
        """The texts (a subclass's, in the language now chosen)."""

    def _fit(self, window: QWidget, width: int) -> None:
        """Size the notice's own parts for ``width`` (a subclass's scrolling body, say)."""

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        width = min(WIDTH, max(200, window.width() // 2))
        self.setFixedWidth(width)
        self._fit(window, width)
        self.adjustSize()
        arrange(window, self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and not self.isHidden():
            self._place()
        return False
