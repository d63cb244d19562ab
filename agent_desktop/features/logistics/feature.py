"""Feature: the logistics view (Tools → Logistics, Ctrl+Shift+L): the sorting queue, couriers, dates,
shipment confirmation and the sorting list export.

The menu entry is shown to the roles that work the warehouse (logistics, supervisor, admin) once
:data:`CRM` is there and says who signed in. Provides :data:`LOGISTICS`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.logistics.api import LOGISTICS
from agent_desktop.shell.keys import QUIT_GUARDS
from agent_desktop.shell.panel_window import PanelWindow
from agent_desktop.shell.services import ServiceWaiter

if TYPE_CHECKING:
    from agent_desktop.features.logistics.view import LogisticsView
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow
    from agent_desktop.shell.quit_guards import QuitGuard

logger = logging.getLogger(__name__)

LOGISTICS_ROLES = ("logistics", "supervisor", "admin")


class LogisticsFeature(QObject):
    """The installed feature (provided as :data:`LOGISTICS`)."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.service: CrmService | None = None
        self._guards: list[QuitGuard] = []
        self.act_logistics = window.add_menu_action(
            "tools", lambda: self.tr("&Logistics: sorting and shipping..."), "Ctrl+Shift+L", self.open_logistics
        )
        ctx.services.provide(LOGISTICS, self)
        self._crm_wait = ServiceWaiter(ctx.services, CRM, self.attach)
        self._crm_wait.start()

    def attach(self, service: CrmService) -> None:
        """The CRM is there: show the menu entry to the roles that ship orders."""
        self.service = service
        role = service.role
        if role is not None:
            self.act_logistics.setVisible(role in LOGISTICS_ROLES)

    def open_logistics(self) -> LogisticsView | None:
        """Show the sorting queue in a window of its own (None while the CRM is not there)."""
        if self.service is None:
            self.window.transient(self.tr("The CRM is still starting; try again in a moment."))
            return None
        from agent_desktop.features.logistics.core.crm_calls import LogisticsCalls
        from agent_desktop.features.logistics.view import LogisticsView

        view = LogisticsView(LogisticsCalls(self.service.client), self.ctx.tasks)
        host = PanelWindow(view, lambda: self.tr("Logistics: sorting and shipping"), self.window)
        host.resize(1100, 640)
        guards = self.ctx.services.get(QUIT_GUARDS)
        if guards is not None:  # quitting asks about typed couriers as closing this window does
            guard = view.settle_before_quit
            guards.add(guard)
            self._guards.append(guard)
            host.destroyed.connect(lambda _obj=None: self._forget_guard(guard))
        host.show()
        view.refresh()
        return view

    def _forget_guard(self, guard: QuitGuard) -> None:
        guards = self.ctx.services.get(QUIT_GUARDS)
        if guards is not None:
            guards.remove(guard)
        if guard in self._guards:
            self._guards.remove(guard)

    def shutdown(self) -> None:
        for guard in list(self._guards):
            self._forget_guard(guard)
        self._crm_wait.stop()
        self.ctx.services.withdraw(LOGISTICS, self)
        self.window.menu("tools").removeAction(self.act_logistics)


def install(ctx: AppContext, window: MainWindow) -> LogisticsFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return LogisticsFeature(ctx, window)
