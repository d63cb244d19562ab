"""What the logistics view offers the other features: open it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from agent_desktop.features.logistics.view import LogisticsView

__all__ = ["LOGISTICS", "LogisticsApi"]


class LogisticsApi(Protocol):
    """The installed logistics view (provided as :data:`LOGISTICS`)."""

    def open_logistics(self) -> LogisticsView | None:
        """Show the sorting queue (None while the CRM is not there)."""


LOGISTICS: ServiceKey[LogisticsApi] = ServiceKey("logistics")
