"""Help > About: version, what the product is, where its files are."""

from __future__ import annotations

import logging
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from agent_desktop import __version__
from agent_desktop.shell.paths import AppPaths
from agent_desktop.shell.style import apply_sheet
from resources import loader
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)


class AboutDialog(Retranslated, QDialog):
    """Product name, version, short description, versions of the platform and the profile's folders."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        apply_sheet(self)
        icon = QLabel()
        icon.setPixmap(loader.icon("app").pixmap(QSize(64, 64)))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = title = QLabel()
        self.text_label = text = QLabel()
        text.setWordWrap(True)
        self.details_label = details = QLabel()
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setObjectName("DockPlaceholderText")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout()
        for w in (title, text, details):
            column.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(column, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(row)
        outer.addWidget(buttons)
        self.setMinimumWidth(460)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("About Agent Desktop"))
        self.title_label.setText(f"<h2>{self.tr('Agent Desktop')} {__version__}</h2>")
        self.text_label.setText(
            self.tr(
                "A desktop client for call-centre agents: softphone, customer card on incoming calls, "
                "orders, to-dos and callbacks, working with the back-office CRM."
            )
        )
        self.details_label.setText(
            self.tr("Python {0}, Qt for Python {1}").format(platform.python_version(), pyside_version)
            + "<br>"
            + self.tr("Settings: {0}").format(self._paths.config_dir)
            + "<br>"
            + self.tr("Logs: {0}").format(self._paths.log_dir)
        )
