"""The wallboard's context menu on an agent's line: what a supervisor can do with that agent, offered
by the other features through their api modules (View screen; Listen, Whisper, Barge on a live call).
Entries of a feature that is not installed, or that the signed-in user may not use, are left out; with
none the menu does not open."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu

from agent_desktop.features.monitor.api import MONITOR, Mode, MonitoredAgent
from agent_desktop.features.screenview.api import SCREENVIEW
from agent_desktop.features.wallboard.core.board import AgentLine
from agent_desktop.features.wallboard.table_model import ID_ROLE
from agent_desktop.features.wallboard.view import WallboardView
from agent_desktop.shell.services import ServiceRegistry
from crm.schemas.presence import PresenceState

_ON_A_CALL = (PresenceState.ON_CALL, PresenceState.ON_HOLD)


class AgentMenu(QObject):
    """Right-click (or the menu key) on an agent's line of ``view``."""

    def __init__(self, view: WallboardView, services: ServiceRegistry) -> None:
        super().__init__(view)
        self.view, self.services = view, services
        self.menu: QMenu | None = None
        view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.table.customContextMenuRequested.connect(self._requested)

    def agent_at(self, pos: QPoint) -> AgentLine | None:
        index = self.view.table.indexAt(pos)
        user_id = self.view.model.data(index.siblingAtColumn(0), ID_ROLE) if index.isValid() else None
        return self.view.board.lines.get(user_id) if isinstance(user_id, str) else None

    def menu_for(self, agent: AgentLine) -> QMenu:
        """The entries for ``agent`` (possibly none)."""
        menu = QMenu(self.view)
        screenview = self.services.get(SCREENVIEW)
        if screenview is not None and screenview.may_view():
            action = menu.addAction(self.tr("View screen"))
            action.setToolTip(self.tr("See the agent's window live, with what they did"))
            action.triggered.connect(lambda: screenview.open_view(agent.user_id, agent.name))
        monitor = self.services.get(MONITOR)
        if monitor is not None and monitor.may_monitor():
            # {extension} of the PBX's feature codes: the SIP user the agent's desktop sent with its state
            # (an older desktop sends none: their CRM user name, as before)
            who = MonitoredAgent(agent.sip_user or agent.username, agent.username, agent.name, agent.user_id)
            texts = {
                Mode.LISTEN: self.tr("Listen to the call"),
                Mode.WHISPER: self.tr("Whisper to the agent"),
                Mode.BARGE: self.tr("Barge into the call"),
            }
            menu.addSeparator()
            for mode, text in texts.items():
                action = menu.addAction(text)
                action.setEnabled(agent.state in _ON_A_CALL)
                action.triggered.connect(lambda _checked=False, m=mode: monitor.monitor(m, who))
        return menu

    def _requested(self, pos: QPoint) -> None:
        agent = self.agent_at(pos)
        if agent is None:
            return
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = self.menu_for(agent)
        if self.menu.actions():
            self.menu.popup(self.view.table.viewport().mapToGlobal(pos))
