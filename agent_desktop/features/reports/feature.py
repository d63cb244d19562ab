"""Feature: reports in a window of their own. Tools → Reports (Ctrl+Shift+R) for supervisors and admins:
volume and abandons, service level against its target, agents, media sources, for a period, interval,
team and agent; Tools → My day for an agent: their own figures (the back office gives an agent no
other). A figure double-clicked lists the calls behind it; a call's customer opens on the card.

QtCharts is imported when the window first opens, not at start-up. Provides :data:`REPORTS`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.quality.api import QUALITY
from agent_desktop.features.reports.api import REPORTS
from agent_desktop.features.reports.core.crm_calls import ReportCalls
from agent_desktop.features.screenpop.api import SCREENPOP, ScreenPopApi
from agent_desktop.shell.panel_window import PanelWindow
from agent_desktop.shell.role_gate import allowed_service
from agent_desktop.shell.services import ServiceWaiter

if TYPE_CHECKING:
    from agent_desktop.features.reports.view import ReportsView
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow

logger = logging.getLogger(__name__)

SUPERVISOR_ROLES = ("supervisor", "admin")
AGENT_ROLES = ("agent",)


class ReportsFeature(QObject):
    """The installed feature (provided as :data:`REPORTS`)."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.service: CrmService | None = None
        self.screenpop: ScreenPopApi | None = None
        self.view: ReportsView | None = None
        self.host: PanelWindow | None = None
        self.action = window.add_menu_action("tools", lambda: self.tr("&Reports..."), "Ctrl+Shift+R", self.open)
        self.my_day_action = window.add_menu_action("tools", lambda: self.tr("My &day..."), "", self.open)
        self.action.setVisible(False)
        self.my_day_action.setVisible(False)
        ctx.services.provide(REPORTS, self)
        self._cancel_crm = ctx.services.subscribe(CRM, self.attach)
        self._card_wait = ServiceWaiter(ctx.services, SCREENPOP, self._card_ready)
        self._card_wait.start()

    @property
    def supervising(self) -> bool:
        return self.service is not None and self.service.role in SUPERVISOR_ROLES

    @property
    def allowed(self) -> bool:
        return self.supervising or (self.service is not None and self.service.role in AGENT_ROLES)

    def attach(self, service: CrmService) -> None:
        """The CRM is there (again): Reports for supervisors and admins, My day for agents; a window open
        for somebody else is closed."""
        if self.service is not None and service is not self.service:
            self._close()
        self.service = service
        self.action.setVisible(self.supervising)
        self.my_day_action.setVisible(self.allowed and not self.supervising)

    def _card_ready(self, screenpop: ScreenPopApi) -> None:
        self.screenpop = screenpop

    def open(self) -> None:
        self.open_reports()

    def open_reports(self) -> ReportsView | None:
        """Show the report window (created the first time: QtCharts is loaded then)."""
        service = allowed_service(self.service, SUPERVISOR_ROLES + AGENT_ROLES, self.window, "reports")
        if service is None:
            return None
        if self.host is None or self.view is None:
            from agent_desktop.features.reports.view import ReportsView

            client = service.client
            supervising = self.supervising
            self.view = ReportsView(
                lambda: ReportCalls(client.sibling()),
                self.ctx.tasks,
                supervising=supervising,
                language=self._language,
                own_team=service.own_team,
            )
            self.view.sig_customer_open_requested.connect(self._open_customer)
            quality = self.ctx.services.get(QUALITY)
            scores = quality.scores_panel() if quality is not None else None
            if scores is not None:  # the average QA score per agent (agents: their own)
                self.view.add_panel(scores, lambda: self.tr("QA scores"))
            title = (lambda: self.tr("Reports")) if supervising else (lambda: self.tr("My day"))
            self.host = PanelWindow(self.view, title, self.window)
            self.host.resize(1180, 700)
        self.host.show()
        self.host.raise_()
        self.host.activateWindow()
        return self.view

    def _language(self) -> str:
        translations = self.ctx.translations
        return translations.language if translations is not None else "en"

    def _open_customer(self, customer_id: str) -> None:
        if self.screenpop is None:
            self.window.transient(self.tr("The customer card is not available."))
            return
        self.screenpop.open_customer(customer_id)
        self.window.raise_()
        self.window.activateWindow()

    def _close(self) -> None:
        if self.view is not None:
            self.view.cancel()
        if self.host is not None:
            self.host.close()
            self.host.deleteLater()
        self.host = self.view = None

    def shutdown(self) -> None:
        self._cancel_crm()
        self._card_wait.stop()
        self._close()
        self.ctx.services.withdraw(REPORTS, self)
        tools = self.window.menu("tools")
        tools.removeAction(self.action)
        tools.removeAction(self.my_day_action)


def install(ctx: AppContext, window: MainWindow) -> ReportsFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return ReportsFeature(ctx, window)
