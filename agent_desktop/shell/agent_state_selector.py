"""Combo box in the tool bar that shows and changes the agent state."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from agent_desktop.shell.agent_state import (
    AFTER_CALL,
    AgentState,
    Choice,
    choice_key,
    choice_label,
    key_choice,
    shown_label,
)
from agent_desktop.shell.i18n import translate_msg

logger = logging.getLogger(__name__)

BUSY = ("busy", None)
"""The entry that shows what the phone has the agent doing (On call): shown, never picked; the others'
data is the choice as one string (:func:`choice_key`: "ready", "not_ready:break")."""


class AgentStateSelector(QComboBox):
    """Bound both ways to an :class:`AgentState`: Ready, Not ready, Not ready with each configured
    reason, Wrap-up. The current state shows its reason (e.g. "Not ready (phone unavailable)"). While
    the phone keeps the agent busy (Ringing, On call, On hold) that is what it shows, in an entry of its
    own that cannot be picked, and the others read "…, after this call". A refused choice snaps back
    to the state the agent is in."""

    def __init__(self, model: AgentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AgentStateSelector")
        self.setMinimumWidth(9 * self.fontMetrics().horizontalAdvance("M"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # room for a reason
        self._model = model
        self._rebuild()
        self.activated.connect(self._on_activated)
        model.sig_state_changed.connect(self._show_current)
        model.sig_reason_changed.connect(self._show_current)
        model.sig_reasons_changed.connect(self._rebuild)
        model.sig_activity_changed.connect(self._activity_changed)

    def choice_at(self, index: int) -> Choice:
        data = self.itemData(index)
        return key_choice(data) if isinstance(data, str) else BUSY

    def choices(self) -> list[Choice]:
        """What the entries offer, in order (the busy entry excluded)."""
        return [self.choice_at(i) for i in range(self.count()) if self.choice_at(i) != BUSY]

    def _activity_changed(self) -> None:
        has_busy = self.count() > 0 and self.choice_at(0) == BUSY
        if has_busy != bool(self._model.activity):
            self._rebuild()
        else:
            self._show_current()  # e.g. the wrap-up's countdown moved on

    def _rebuild(self, *_args: object) -> None:
        self.blockSignals(True)
        self.clear()
        if self._model.activity:
            self.addItem("", None)
            items = self.model()
            item = items.item(0) if isinstance(items, QStandardItemModel) else None
            if item is not None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
        for state, reason in self._model.choices:
            self.addItem("", choice_key((state, reason)))
        self.blockSignals(False)
        self._show_current()

    def _on_activated(self, index: int) -> None:
        choice = self.choice_at(index)
        if choice == BUSY or not self._model.set_state(*choice):
            self._show_current()  # refused: the model says why (sig_refused)
        elif self._model.activity:
            self._show_current()  # picked for after the call: the call stays what is shown

    def _show_current(self, *_args: object) -> None:
        self._retranslate()
        if self._model.activity:
            self.setCurrentIndex(0)
            return
        choice = self._model.choice
        for i in range(self.count()):
            if self.choice_at(i) == choice:
                self.setCurrentIndex(i)
                return

    def _retranslate(self, *_args: object) -> None:
        busy = bool(self._model.activity)
        current = self._model.choice
        for i in range(self.count()):
            choice = self.choice_at(i)
            if choice == BUSY:
                text = shown_label(self._model)
            elif busy:
                text = translate_msg(AFTER_CALL).format(choice_label(self._model, choice))
            elif choice == current:
                text = shown_label(self._model)  # e.g. "Not ready (phone unavailable)", "Wrap-up (1:05 left)"
            else:
                text = choice_label(self._model, choice)
            self.setItemText(i, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
