"""What the CRM link offers the other features: the signed-in connection to the CRM and its local store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from agent_desktop.features.crm_link.core.people import customer_name, remembered_user
from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from agent_desktop.features.crm_link.live import LiveEvents
    from agent_desktop.features.crm_link.signals import CrmSyncSignals
    from crm.client import CrmClient
    from crm.records import UserRecord
    from crm.store import Store
    from crm.sync import SyncEngine

__all__ = ["CRM", "LIVE", "CrmService", "customer_name", "remembered_user"]


@dataclass
class CrmService:
    """The CRM connection: HTTP client, local store and sync engine (provided as :data:`CRM`)."""

    client: CrmClient
    store: Store
    engine: SyncEngine
    url: str
    username: str
    embedded: bool = False
    signals: CrmSyncSignals | None = None
    """The sync engine's events as Qt signals; created on the GUI thread once the service is ready."""
    end_session_on_close: bool = False
    """Set by File > Sign out before the app quits: when the service closes (after the other features
    stopped, presence's log-out sent), the session ends on the server and the stored password is
    forgotten, so the next start asks who signs in."""

    @property
    def user(self) -> UserRecord | None:
        """The signed-in user as the CRM described it (``id``, ``username``, ``role``), None before sign-in."""
        return self.client.user

    @property
    def role(self) -> str | None:
        """The signed-in user's role (agent, supervisor, logistics, admin), None before sign-in."""
        user = self.user
        return user.get("role") if user else None

    @property
    def own_team(self) -> str | None:
        """A supervisor's team, the only one the back office shows them (its agents, board and figures);
        None for the other roles (an admin sees every team) and for a supervisor in no team."""
        user = self.user
        return (user.get("team") or None) if user and user.get("role") == "supervisor" else None


CRM: ServiceKey[CrmService] = ServiceKey("crm")

LIVE: ServiceKey[LiveEvents] = ServiceKey("live_events")
"""The shared CRM's live events (``sig_event(kind, data)``, ``sig_connected(bool)``); not provided with
the embedded back office."""
