"""Shown when an uncaught exception reached the top: what happened and where the log is."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

logger = logging.getLogger(__name__)


class CrashDialog(QMessageBox):
    """An error box; the details (exception text, already redacted) are folded away."""

    def __init__(self, summary: str, log_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Agent Desktop: unexpected error"))
        self.setText(self.tr("Something went wrong. The application will try to carry on."))
        self.setInformativeText(
            self.tr("The details were written to the log in {0}. Please send it to your IT support.").format(log_dir)
        )
        self.setDetailedText(summary)
        self.setStandardButtons(QMessageBox.StandardButton.Close)
