"""What the wallboard offers the other features: open it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from agent_desktop.features.wallboard.view import WallboardView

__all__ = ["WALLBOARD", "WallboardApi"]


class WallboardApi(Protocol):
    """The installed wallboard (provided as :data:`WALLBOARD`)."""

    def open_wallboard(self) -> WallboardView | None:
        """Show the supervisor's live wallboard (None while the CRM is not there or for an agent)."""


WALLBOARD: ServiceKey[WallboardApi] = ServiceKey("wallboard")
