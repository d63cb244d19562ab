"""What the operation trail offers the other features: report an operation of the agent."""

from __future__ import annotations

from typing import Protocol

from agent_desktop.features.trail.core.events import Kind
from agent_desktop.shell.services import ServiceKey

__all__ = ["TRAIL", "Kind", "TrailApi"]


class TrailApi(Protocol):
    """The installed trail (provided as :data:`TRAIL`). Calls, cards, records written, state changes,
    searches and exports are recorded by the trail itself; a feature reports what else the agent does."""

    def record(
        self,
        kind: str,
        label: str = "",
        *,
        detail: str | None = None,
        entity: str | None = None,
        ref_id: str | None = None,
    ) -> None:
        """Add one operation (``kind`` a :class:`Kind` or a code of the feature's own, ``label`` what it
        was about) to the agent's trail, on the timeline of the call under way."""


TRAIL: ServiceKey[TrailApi] = ServiceKey("trail")
