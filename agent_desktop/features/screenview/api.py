"""What silent screen view offers the other features (the wallboard's "View screen")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from agent_desktop.features.screenview.viewer import ScreenViewer

__all__ = ["SCREENVIEW", "ScreenViewApi"]


class ScreenViewApi(Protocol):
    """The installed screen view (provided as :data:`SCREENVIEW`)."""

    def may_view(self) -> bool:
        """Whether the signed-in user may view agents' screens (a supervisor or an admin)."""

    def open_view(self, agent_id: str, agent_name: str) -> ScreenViewer | None:
        """Show the agent's live screen and operation trail in a window of its own (one per agent);
        None when the user may not, or the CRM is not there."""


SCREENVIEW: ServiceKey[ScreenViewApi] = ServiceKey("screenview")
