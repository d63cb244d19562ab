"""Feature: the supervisors' complaints list (Tools → Complaints, Ctrl+Shift+M).

Shown once :data:`CRM` is there and its signed-in user is a supervisor or admin (agents see
complaints on the card: neither the menu nor Help > Keyboard shortcuts offers it to them). The list reads the local store (refreshed when complaints sync in);
double-click opens the status dialog (through :data:`SEARCH` when that feature is there).
Provides :data:`COMPLAINTS`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from agent_desktop.features.complaints.api import COMPLAINTS
from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.search.api import SEARCH
from agent_desktop.shell.panel_window import PanelWindow
from agent_desktop.shell.services import ServiceWaiter
from crm.store.search import LocalCustomerSearch
from forms.complaint_list import ComplaintList
from forms.complaint_status import ComplaintStatusDialog

if TYPE_CHECKING:
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow

logger = logging.getLogger(__name__)

SUPERVISOR_ROLES = ("supervisor", "admin")


class ComplaintsFeature(QObject):
    """The installed feature."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.service: CrmService | None = None
        self.local: LocalCustomerSearch | None = None
        self.dialog: QDialog | None = None
        self.listing: ComplaintList | None = None
        self.action = window.add_menu_action(
            "tools",
            lambda: self.tr("Co&mplaints..."),
            "Ctrl+Shift+M",
            self.open_list,
            tooltip=lambda: self.tr("For supervisors: every complaint, open and overdue ones first"),
        )
        self.action.setEnabled(False)
        self.action.setVisible(False)  # for supervisors and admins: shown once the CRM says who signed in
        ctx.services.provide(COMPLAINTS, self)
        self._crm_wait = ServiceWaiter(ctx.services, CRM, self.attach)
        self._crm_wait.start()

    def attach(self, service: CrmService) -> None:
        self.service = service
        role = service.role
        self.action.setVisible(role in SUPERVISOR_ROLES)  # an agent sees complaints on the card, not here
        if role not in SUPERVISOR_ROLES:
            logger.info("complaints list is for supervisors; signed in as %s", role)
            return
        self.ctx.tasks.run(
            lambda: LocalCustomerSearch(service.store),
            self._ready,
            lambda exc: logger.error("complaints list not ready", exc_info=exc),
            owner=self,
        )

    def _ready(self, local: LocalCustomerSearch) -> None:
        self.local = local
        self.action.setEnabled(True)
        if self.service is not None and self.service.signals is not None:
            self.service.signals.sig_records_changed.connect(self._records_changed)

    def _records_changed(self, entity: str, _ids: object) -> None:
        if entity == "complaints" and self.listing is not None and self.dialog is not None and self.dialog.isVisible():
            self.listing.refresh()

    def open_list(self) -> None:
        if self.local is None:
            return
        if self.dialog is None:
            self.listing = ComplaintList(self.ctx.tasks, self.local)
            self.listing.sig_complaint_open_requested.connect(self.open_status)
            self.dialog = PanelWindow(self.listing, lambda: self.tr("Complaints"), self.window)
            self.dialog.resize(1000, 600)
        else:
            assert self.listing is not None  # made together with the dialog
            self.listing.refresh()
        self.dialog.show()
        self.dialog.raise_()

    def open_status(self, complaint_id: str) -> None:
        search = self.ctx.services.get(SEARCH)
        dialog = search.open_complaint_status(complaint_id) if search is not None else None
        if dialog is None and self.service is not None:
            dialog = ComplaintStatusDialog(self.ctx.tasks, self.service.store, complaint_id, self.window)
            dialog.finished.connect(dialog.deleteLater)
            dialog.show()
        listing = self.listing
        if dialog is not None and listing is not None:
            dialog.sig_status_changed.connect(lambda _record: listing.refresh())

    def shutdown(self) -> None:
        self._crm_wait.stop()
        self.ctx.services.withdraw(COMPLAINTS, self)
        if self.dialog is not None:
            self.dialog.close()


def install(ctx: AppContext, window: MainWindow) -> ComplaintsFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return ComplaintsFeature(ctx, window)
