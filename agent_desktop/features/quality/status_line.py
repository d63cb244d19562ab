"""What a QA screen says under its form: a status line and an error line (in the error colour, shown
only while there is an error), each kept as a function giving its translated text so a language
switch rewords it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from resources.colours import tint


class StatusLine:
    """The ``status`` and ``error`` labels (object names ``status_label``, ``error_label``)."""

    def __init__(self) -> None:
        self.status = QLabel()
        self.status.setObjectName("status_label")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error_label")
        self.error.setWordWrap(True)
        self.error.hide()
        tint(self.error, "error")
        self._status: Callable[[], str] = lambda: ""
        self._error: Callable[[], str] = lambda: ""

    def say(self, text: Callable[[], str], error: bool = False) -> None:
        """Say ``text()`` (an error in the error line, else in the status line); the other line empties."""
        self._status, self._error = (lambda: ""), (lambda: "")
        if error:
            self._error = text
        else:
            self._status = text
        self.retranslate()
        self.error.setVisible(error)

    def retranslate(self) -> None:
        """The language changed: say the same in the new one."""
        self.status.setText(self._status())
        self.error.setText(self._error())
