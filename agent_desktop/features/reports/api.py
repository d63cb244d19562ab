"""What the reports offer the other features: open the report window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from agent_desktop.features.reports.view import ReportsView

__all__ = ["REPORTS", "ReportsApi"]


class ReportsApi(Protocol):
    """The installed reports (provided as :data:`REPORTS`)."""

    def open_reports(self) -> ReportsView | None:
        """Show the reports: the team's for a supervisor or admin, "My day" for an agent (None while the
        CRM is not there, or for a role without reports)."""


REPORTS: ServiceKey[ReportsApi] = ServiceKey("reports")
