"""What coaching offers the other features: the supervisor's "Send coaching message" window (e.g. from a
wallboard line) and the coaching dock."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from agent_desktop.features.coaching.compose import ComposePanel

__all__ = ["COACHING", "CoachingApi"]


class CoachingApi(Protocol):
    """The installed coaching feature (provided as :data:`COACHING`)."""

    def open_compose(self, user_id: str | None = None) -> ComposePanel | None:
        """Supervisors and admins: show the "Send coaching message" window, writing to agent ``user_id``
        when given (None for an agent, or while the CRM is not there)."""

    def show_messages(self) -> None:
        """Bring the coaching dock (the messages and standard texts) forward."""


COACHING: ServiceKey[CoachingApi] = ServiceKey("coaching")
