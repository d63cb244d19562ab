"""Combo box in the tool bar that shows and changes the agent state."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QWidget

from agent_desktop.shell.agent_state import LABELS, STATES, AgentState
from agent_desktop.shell.i18n import translate_msg

logger = logging.getLogger(__name__)


class AgentStateSelector(QComboBox):
    """Bound both ways to an :class:`AgentState`."""

    def __init__(self, model: AgentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AgentStateSelector")
        self.setMinimumWidth(9 * self.fontMetrics().horizontalAdvance("M"))
        self._model = model
        for state in STATES:
            self.addItem(translate_msg(LABELS[state]), state)
        self.setCurrentIndex(STATES.index(model.state))
        self.activated.connect(self._on_activated)
        model.sig_state_changed.connect(self._on_state_changed)

    def _on_activated(self, index: int) -> None:
        self._model.set_state(self.itemData(index))

    def _on_state_changed(self, state: str) -> None:
        self.setCurrentIndex(STATES.index(state))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for i, state in enumerate(STATES):
                self.setItemText(i, translate_msg(LABELS[state]))
        super().changeEvent(event)
