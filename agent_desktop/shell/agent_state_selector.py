"""Combo box in the tool bar that shows and changes the agent state."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QWidget

from agent_desktop.shell.agent_state import STATES, AgentState, state_label

logger = logging.getLogger(__name__)


class AgentStateSelector(QComboBox):
    """Bound both ways to an :class:`AgentState`; the current state shows its reason (e.g. "Not ready
    (phone unavailable)"). A refused choice snaps back to the state the agent is in."""

    def __init__(self, model: AgentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AgentStateSelector")
        self.setMinimumWidth(9 * self.fontMetrics().horizontalAdvance("M"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # room for a reason
        self._model = model
        for state in STATES:
            self.addItem(state_label(model, state), state)
        self.setCurrentIndex(STATES.index(model.state))
        self.activated.connect(self._on_activated)
        model.sig_state_changed.connect(self._on_state_changed)
        model.sig_reason_changed.connect(self._retranslate)

    def _on_activated(self, index: int) -> None:
        if not self._model.set_state(self.itemData(index)):
            self._on_state_changed(self._model.state)  # refused: the model says why (sig_refused)

    def _on_state_changed(self, state: str) -> None:
        self._retranslate()
        self.setCurrentIndex(STATES.index(state))

    def _retranslate(self, *_args: object) -> None:
        for i, state in enumerate(STATES):
            self.setItemText(i, state_label(self._model, state))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
