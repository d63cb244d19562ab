"""One status-bar indicator (SIP, CRM, agent state, audio): coloured pill with text and tooltip."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from agent_desktop.shell.i18n import translate_msg
from agent_desktop.shell.style import apply_sheet

logger = logging.getLogger(__name__)

LEVELS = ("ok", "warn", "error", "off")


class StatusIndicator(QLabel):
    """Shows ``text`` coloured by ``level``; texts marked with QT_TRANSLATE_NOOP follow language switches."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName("StatusIndicator")
        self._text = ""
        self._tooltip = ""
        self.level = "off"
        self.setProperty("level", "off")
        apply_sheet(self)

    def set_state(self, text: str, level: str, tooltip: str = "") -> None:
        """Show ``text`` at ``level`` ("ok", "warn", "error" or "off") with an optional tooltip."""
        if level not in LEVELS:
            raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
        self._text, self._tooltip, self.level = text, tooltip, level
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self._show_texts()

    def _show_texts(self) -> None:
        self.setText(translate_msg(self._text))
        self.setToolTip(translate_msg(self._tooltip))
        self.setAccessibleName(f"{self.name}: {self.text()}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_texts()
        super().changeEvent(event)
