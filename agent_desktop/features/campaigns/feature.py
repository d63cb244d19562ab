"""Feature: outbound campaigns (``install(ctx, window)``).

The Campaign dock (:mod:`.dock`) lists the running campaigns of the agent's team and works them through
the :class:`~agent_desktop.features.campaigns.dialler.Dialler`: preview or progressive, dialled with
:data:`PHONE` (a dial the phone refuses gives the record back to dial again or skip), the card shown
through :data:`SCREENPOP` (the campaign's disposition pre-sets the call's wrap-up disposition), a sale's
order form through :data:`ORDERS`, progressive dialling following the agent's Ready state
(:data:`AGENT_STATE`). The supervisor's run / pause / resume / finish reaches the dock at once through
the live events (:data:`LIVE`, event ``campaign``); the list is read again then and whenever the events
reconnect, never on a timer. Results go through the
durable queue (:mod:`.results`). Supervisors and admins get Tools → Campaigns (:mod:`.supervisor_view`,
a window of its own, with the campaign editor and the list import). Provides :data:`CAMPAIGNS`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject

from agent_desktop.features.campaigns.api import CAMPAIGNS
from agent_desktop.features.campaigns.core.outcomes import WRAP_UP_DISPOSITIONS
from agent_desktop.features.campaigns.core.refusals import in_no_team
from agent_desktop.features.campaigns.core.remote import CampaignRemote
from agent_desktop.features.campaigns.dialler import Dialler
from agent_desktop.features.campaigns.dnc_guard import ManualDialGuard
from agent_desktop.features.campaigns.dock import CampaignDock
from agent_desktop.features.campaigns.results import QueuedResults
from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.orders.api import ORDERS
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop.api import SCREENPOP, ScreenPopApi
from agent_desktop.features.search.api import SEARCH, SearchApi
from agent_desktop.shell.agent_state import READY
from agent_desktop.shell.keys import AGENT_STATE
from agent_desktop.shell.panel_window import PanelWindow
from agent_desktop.shell.role_gate import allowed_service
from crm.schemas import CustomerSearch
from crm.schemas.campaigns import CampaignRead
from crm.sync_events import ONLINE, SyncStatus

if TYPE_CHECKING:
    from agent_desktop.features.campaigns.add_dialog import AddToCampaignDialog
    from agent_desktop.features.campaigns.campaign_editor import CampaignEditor
    from agent_desktop.features.campaigns.supervisor_view import CampaignSupervisorView
    from agent_desktop.features.crm_link.api import LiveEvents
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow
    from softphone.qt.adapter import PhoneAdapter

logger = logging.getLogger(__name__)

DOCK = "campaigns"
SUPERVISOR_ROLES = ("supervisor", "admin")
CAMPAIGN_EVENT = "campaign"
"""The live event of a campaign's new status (its ``id``, ``name`` and ``status``)."""


class WrapUpForm(Protocol):
    """What the card's wrap-up form offers here: which call it serves, and a disposition pre-set."""

    def call_id(self) -> str: ...

    def preset_disposition(self, code: str) -> None: ...


class CampaignsFeature(QObject):
    """The installed feature (provided as :data:`CAMPAIGNS`)."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.service: CrmService | None = None
        self._remote: CampaignRemote | None = None
        self.view: CampaignSupervisorView | None = None
        self.host: PanelWindow | None = None
        self.search: SearchApi | None = None
        self.phone: PhoneAdapter | None = None
        self.add_dialog: AddToCampaignDialog | None = None
        self.live: LiveEvents | None = None
        self.dock = CampaignDock()
        window.set_dock_content(DOCK, self.dock)
        self.agent_state = ctx.services.get(AGENT_STATE)
        self.results = QueuedResults(ctx.tasks, self)
        self.dialler = Dialler(
            self.dock,
            ctx.tasks,
            self.results,
            is_ready=self._ready,
            detect_machine=lambda: bool(ctx.settings.sip.machine_detection),
            parent=self,
        )
        self.dialler.sig_sale.connect(self._sale)
        self.dialler.sig_disposed.connect(self._disposed)
        self.dock.sig_working_changed.connect(lambda on: self.refresh_campaigns() if on else None)
        self.dnc_guard = ManualDialGuard(window, ctx.tasks, lambda: self._remote, window.transient)
        if self.agent_state is not None:
            self.agent_state.sig_state_changed.connect(lambda _s: self.dialler.ready_changed())
        self.action = window.add_menu_action("tools", lambda: self.tr("&Campaigns..."), "", self.open_supervisor_view)
        self.action.setVisible(False)
        ctx.services.provide(CAMPAIGNS, self)
        self._cancel = [
            ctx.services.subscribe(CRM, self.attach),
            ctx.services.subscribe(PHONE, self._attach_phone),
            ctx.services.subscribe(SCREENPOP, self._attach_card),
            ctx.services.subscribe(SEARCH, self._attach_search),
            ctx.services.subscribe(LIVE, self._attach_live),
        ]

    @property
    def remote(self) -> CampaignRemote | None:
        return self._remote

    def _ready(self) -> bool:
        return self.agent_state is None or self.agent_state.state == READY

    def attach(self, service: CrmService) -> None:
        if self.service is not None and service is not self.service:
            self._close_view()
        self.service = service
        self._remote = CampaignRemote(service.client)
        self.action.setVisible(service.role in SUPERVISOR_ROLES)
        self._offer_lists()
        if service.store is not None:
            self.results.open(service.store, self._remote)
        if service.signals is not None:  # the CRM answers again: send what waited
            service.signals.sig_status_changed.connect(self._crm_status_changed)
        self.dialler.attach(self._remote)
        self.refresh_campaigns()

    def refresh_campaigns(self) -> None:
        remote = self._remote
        if remote is not None:
            self.ctx.tasks.run(remote.worked, self._campaigns_read, self._campaigns_failed, owner=self)

    def _campaigns_read(self, campaigns: list[CampaignRead]) -> None:
        if not self.dock.work.isEnabled():  # put in a team since: Start works again
            self.dock.work.setEnabled(True)
            self.dock.set_status(lambda: QCoreApplication.translate("Dialler", "Press Start to work the campaigns."))
        self.dock.set_campaigns(campaigns)

    def _campaigns_failed(self, exc: BaseException) -> None:
        logger.info("campaigns not read: %s", type(exc).__name__)
        if in_no_team(exc):  # nothing to start: say why, not "nothing to call" forever
            self.dock.work.setChecked(False)
            self.dock.work.setEnabled(False)
            self.dock.set_campaigns([])
            self.dock.set_status(
                lambda: self.tr(
                    "You are in no team, so in no campaign. Ask your supervisor or an administrator to put "
                    "you in a team (Tools > User accounts); the campaigns then show here."
                )
            )

    def _attach_live(self, live: LiveEvents) -> None:
        self._detach_live()
        self.live = live
        live.sig_event.connect(self._live_event)
        live.sig_connected.connect(self._live_connected)

    def _detach_live(self) -> None:
        live, self.live = self.live, None
        if live is not None:
            live.sig_event.disconnect(self._live_event)
            live.sig_connected.disconnect(self._live_connected)

    def _live_connected(self, connected: bool) -> None:
        if connected:  # events are not replayed: what changed while the stream was down is read now
            self.refresh_campaigns()

    def _live_event(self, kind: str, data: Any) -> None:
        if kind != CAMPAIGN_EVENT or not isinstance(data, dict):
            return
        campaign_id, status, name = str(data.get("id", "")), str(data.get("status", "")), str(data.get("name", ""))
        logger.info("campaign %s is now %s", campaign_id, status)
        self.dock.campaign_changed(campaign_id, status)
        self.dialler.campaign_changed(campaign_id, status, name)
        self.refresh_campaigns()

    def _crm_status_changed(self, status: SyncStatus) -> None:
        if status.state == ONLINE:
            self.results.flush()

    def _attach_phone(self, phone: PhoneAdapter) -> None:
        self._detach_phone()
        self.phone = phone
        phone.set_manual_dial_check(self.dnc_guard.check)
        self.dialler.attach_phone(phone)
        phone.sig_call_changed.connect(self.dialler.call_changed)
        phone.sig_answered_by.connect(self.dialler.answered_by)
        phone.sig_command_failed.connect(self.dialler.command_failed)

    def _detach_phone(self) -> None:
        phone, self.phone = self.phone, None
        if phone is not None:
            phone.set_manual_dial_check(None)
            phone.sig_call_changed.disconnect(self.dialler.call_changed)
            phone.sig_answered_by.disconnect(self.dialler.answered_by)
            phone.sig_command_failed.disconnect(self.dialler.command_failed)

    def _attach_card(self, screenpop: ScreenPopApi) -> None:
        self.dialler.sig_open_customer.connect(screenpop.open_customer)
        self.dialler.sig_dialling_customer.connect(screenpop.dialling_customer)

    def _attach_search(self, search: SearchApi) -> None:
        self.search = search
        self._offer_lists()

    def _offer_lists(self) -> None:
        """Supervisors hand search results to a campaign; agents keep the Call Back queue's call list
        (the back office lets supervisors only fill a campaign)."""
        if self.search is not None and self.service is not None:
            supervisor = self.service.role in SUPERVISOR_ROLES
            self.search.set_campaign_handler(self.add_to_campaign if supervisor else None)

    def add_to_campaign(self, search: CustomerSearch) -> AddToCampaignDialog | None:
        """Ask which campaign gets the customers ``search`` finds; the back office's report is shown."""
        if self._remote is None:
            return None
        from agent_desktop.features.campaigns.add_dialog import AddToCampaignDialog

        if self.add_dialog is not None:
            self.add_dialog.close()
        conditions = search.model_dump(mode="json", exclude_defaults=True)
        conditions.pop("limit", None)
        conditions.pop("offset", None)
        self.add_dialog = AddToCampaignDialog(self._remote, self.ctx.tasks, conditions, self.window)
        self.add_dialog.show()
        return self.add_dialog

    def _disposed(self, call_id: int, disposition: str) -> None:
        """The campaign's disposition pre-sets the call's wrap-up disposition (unless the agent already
        chose one there): one answer for the campaign and the call log."""
        code = WRAP_UP_DISPOSITIONS.get(disposition)
        form: WrapUpForm | None = getattr(self.ctx.services.get(SCREENPOP), "wrap_up", None)
        if code is not None and form is not None and form.call_id() == str(call_id):
            form.preset_disposition(code)

    def _sale(self, customer_id: str) -> None:
        orders = self.ctx.services.get(ORDERS)
        if orders is not None:
            orders.open_new_order(customer_id or None)

    def open_supervisor_view(self) -> CampaignSupervisorView | None:
        remote = self._remote  # made with the CRM service: both or neither
        service = self.service if remote is not None else None
        if allowed_service(service, SUPERVISOR_ROLES, self.window, "campaigns") is None or remote is None:
            return None
        if self.host is None or self.view is None:
            from agent_desktop.features.campaigns.supervisor_view import CampaignSupervisorView

            self.view = CampaignSupervisorView(remote, self.ctx.tasks)
            self.host = PanelWindow(self.view, lambda: self.tr("Campaigns"), self.window)
            self.host.resize(1240, 680)
        self.host.show()
        self.host.raise_()
        return self.view

    def open_editor(self, campaign_id: str | None = None) -> CampaignEditor | None:
        """The campaign editor (None: a new campaign) over the campaigns window; None for an agent."""
        view = self.open_supervisor_view()
        return view.open_editor(campaign_id) if view is not None else None

    def _close_view(self) -> None:
        if self.host is not None:
            self.host.close()
            self.host.deleteLater()
        self.host = self.view = None

    def shutdown(self) -> None:
        for cancel in self._cancel:
            cancel()
        self._detach_phone()
        self._detach_live()
        self.dialler.stop()
        self.results.stop()
        self._close_view()
        if self.search is not None:
            self.search.set_campaign_handler(None)
        if self.add_dialog is not None:
            self.add_dialog.close()
        self.ctx.services.withdraw(CAMPAIGNS, self)
        self.window.menu("tools").removeAction(self.action)


def install(ctx: AppContext, window: MainWindow) -> CampaignsFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return CampaignsFeature(ctx, window)
