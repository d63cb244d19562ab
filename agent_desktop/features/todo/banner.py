"""In-app banner for due to-dos: shown at the top of the to-do dock, never takes the focus."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from crm.records import TodoRecord
from resources.colours import tint_notice

logger = logging.getLogger(__name__)


class TodoBanner(QWidget):
    """ "Due: <title> (+N more)" with Open and Dismiss; clicking Open asks for the customer."""

    sig_open_requested = Signal(str)
    """The agent clicked the banner: open this to-do (its id)."""

    sig_dismissed = Signal()
    """The agent closed the banner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todoBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        tint_notice(self)  # the theme's notice colours, its text included
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.dismiss_button = QPushButton(self)
        for button in (self.open_button, self.dismiss_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss_button)
        self.open_button.clicked.connect(self._open)
        self.dismiss_button.clicked.connect(self.dismiss)
        self._first_id = ""
        self._items: list[TodoRecord] = []
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self._show_text()

    def show_items(self, items: list[TodoRecord]) -> None:
        """Show the first due item (and how many more); does not activate or raise anything."""
        if not items:
            return
        self._first_id = items[0]["id"]
        self._items = list(items)
        self._show_text()
        self.show()

    def _show_text(self) -> None:
        items = self._items
        if not items:
            return
        text = self.tr("Due: {0}").format(items[0].get("title", ""))
        if len(items) > 1:
            text += " " + self.tr("(+{0} more)").format(len(items) - 1)
        self.label.setText(text)

    def text(self) -> str:
        parent = self.parentWidget()  # Qt's isVisibleTo(None) is isVisible()
        return self.label.text() if (parent is not None and self.isVisibleTo(parent)) or self.isVisible() else ""

    def _open(self) -> None:
        if self._first_id:
            self.sig_open_requested.emit(self._first_id)
        self.dismiss()

    def dismiss(self) -> None:
        self.hide()
        self.sig_dismissed.emit()
