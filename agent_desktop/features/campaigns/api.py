"""What the campaigns feature offers the other features."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from agent_desktop.features.campaigns.core.remote import CampaignRemote

__all__ = ["CAMPAIGNS", "CampaignsApi"]


class CampaignsApi(Protocol):
    """The installed campaigns feature (provided as :data:`CAMPAIGNS`)."""

    @property
    def remote(self) -> CampaignRemote | None:
        """The back office's campaign endpoints for the signed-in user (None before the CRM is there)."""

    def open_supervisor_view(self) -> object:
        """Show the supervisors' campaigns window (None for a user who may not see it)."""


CAMPAIGNS: ServiceKey[CampaignsApi] = ServiceKey("campaigns")
