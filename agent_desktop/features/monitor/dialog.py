"""Call → Monitor an agent...: a supervisor types the agent's extension and picks listen, whisper or barge."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from agent_desktop.features.monitor.core.dial import MonitoredAgent, MonitorRefused
from agent_desktop.features.monitor.core.modes import TEXTS, Mode
from agent_desktop.features.monitor.texts import refusal_text
from agent_desktop.shell.style import apply_sheet
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

Submit = Callable[[Mode, MonitoredAgent], MonitorRefused | None]
"""Start monitoring; returns why it cannot (the dialog stays open), else None."""


class MonitorDialog(Retranslated, QDialog):
    """Extension + mode; OK dials the PBX's feature code through ``submit``. A refusal is shown in the
    dialog and what was typed stays."""

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.problem: MonitorRefused | None = None
        self.extension = QLineEdit()
        self.extension.setObjectName("monitor_extension")
        self.mode = QComboBox()
        self.mode.setObjectName("monitor_mode")
        for mode in Mode:
            self.mode.addItem("", mode)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.dial)
        self.buttons.rejected.connect(self.reject)
        self.extension_label, self.mode_label = QLabel(), QLabel()
        self.extension_label.setBuddy(self.extension)
        self.mode_label.setBuddy(self.mode)
        layout = QFormLayout(self)
        layout.addRow(self.extension_label, self.extension)
        layout.addRow(self.mode_label, self.mode)
        layout.addRow(self.error)
        layout.addRow(self.buttons)
        apply_sheet(self)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Monitor an agent"))
        self.extension_label.setText(self.tr("Agent's &extension:"))
        self.extension.setPlaceholderText(self.tr("The agent's phone extension or SIP user, e.g. 1001"))
        self.mode_label.setText(self.tr("&How:"))
        for i in range(self.mode.count()):
            label = TEXTS[self.mode.itemData(i)].label
            self.mode.setItemText(i, QCoreApplication.translate(label.context, label))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Dial"))
        self.error.setText(refusal_text(self.problem) if self.problem else "")

    def dial(self) -> None:
        """Start monitoring; close on success, else show why and keep what was typed."""
        agent = MonitoredAgent(extension=self.extension.text().strip())
        self.problem = problem = self.submit(Mode(self.mode.currentData()), agent)
        self.error.setText(refusal_text(problem) if problem else "")
        self.error.setVisible(problem is not None)
        if problem is None:
            self.accept()
        else:
            self.extension.setFocus()
