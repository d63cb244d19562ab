"""What an empty dock shows until a feature fills it: what will appear there, and why not yet."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from agent_desktop.shell.i18n import translate_msg
from agent_desktop.shell.style import apply_sheet
from resources import loader
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)


class DockPlaceholder(Retranslated, QWidget):
    """Icon, title and explanation (both marked with QT_TRANSLATE_NOOP so they retranslate)."""

    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DockPlaceholder")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._title, self._text = title, text
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon_label.setPixmap(loader.icon(icon_name).pixmap(QSize(40, 40)))
        self.title_label = QLabel()
        self.title_label.setObjectName("DockPlaceholderTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = QLabel()
        self.text_label.setObjectName("DockPlaceholderText")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setWordWrap(True)
        for w in (self.icon_label, self.title_label, self.text_label):
            layout.addWidget(w)
        layout.addStretch(2)
        apply_sheet(self)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.title_label.setText(translate_msg(self._title))
        self.text_label.setText(translate_msg(self._text))
