"""One status-bar indicator (SIP, CRM, agent state, audio): coloured pill with text and tooltip."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from agent_desktop.shell.i18n import translate_msg
from agent_desktop.shell.style import apply_sheet

logger = logging.getLogger(__name__)

LEVELS = ("ok", "busy", "warn", "error", "off")

Text = str | Callable[[], str]
"""What an indicator shows: a string (a marked message is translated) or a function giving the text."""


def _shown(text: Text) -> str:
    return text() if callable(text) else translate_msg(text)


class StatusIndicator(QLabel):
    """Shows ``text`` coloured by ``level``; texts marked with QT_TRANSLATE_NOOP, or given as a function
    returning the translated text, follow language switches."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName("StatusIndicator")
        self._text: Text = ""
        self._tooltip: Text = ""
        self.level = "off"
        self.setProperty("level", "off")
        apply_sheet(self)

    def set_state(self, text: Text, level: str, tooltip: Text = "") -> None:
        """Show ``text`` at ``level`` ("ok", "busy", "warn", "error" or "off") with an optional tooltip; each a
        string (a marked message is translated) or a function asked again on every language switch
        (``lambda: tr("SIP: ready on port %1").replace("%1", port)``)."""
        if level not in LEVELS:
            raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
        if level != self.level:  # the style sheet's colour follows the property once (re)polished
            self.setProperty("level", level)
            if self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # else its first polish reads it
                self.style().unpolish(self)
                self.style().polish(self)
        self._text, self._tooltip, self.level = text, tooltip, level
        self._show_texts()

    def _show_texts(self) -> None:
        self.setText(_shown(self._text))
        self.setToolTip(_shown(self._tooltip))
        self.setAccessibleName(f"{self.name}: {self.text()}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_texts()
        super().changeEvent(event)
