"""What the supervisors' complaints list offers the other features: open it."""

from __future__ import annotations

from typing import Protocol

from agent_desktop.shell.services import ServiceKey

__all__ = ["COMPLAINTS", "ComplaintsApi"]


class ComplaintsApi(Protocol):
    """The installed complaints list (provided as :data:`COMPLAINTS`)."""

    def open_list(self) -> None:
        """Show every complaint, open and overdue ones first (supervisors and admins only)."""


COMPLAINTS: ServiceKey[ComplaintsApi] = ServiceKey("complaints")
