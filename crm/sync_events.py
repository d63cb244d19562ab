"""Plain-Python events the sync engine publishes to its listeners (the Qt adapter, tests, benchmarks)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from crm.i18n import Msg

logger = logging.getLogger(__name__)

ONLINE, OFFLINE, SYNCING, AUTH_FAILED, STOPPED = "online", "offline", "syncing", "auth_failed", "stopped"


@dataclass(frozen=True)
class SyncStatus:
    """Connection state and what is waiting: ``state`` is one of online, offline, syncing,
    auth_failed, stopped."""

    state: str
    pending: int = 0
    failed: int = 0
    conflicts: int = 0
    error: Msg | str | None = None


@dataclass(frozen=True)
class SyncProgress:
    """Progress of a pull: ``done`` records of an estimated ``total`` (``first`` on the first sync)."""

    done: int
    total: int
    entity: str
    first: bool
    finished: bool = False


@dataclass(frozen=True)
class RecordsChanged:
    """Local records of ``entity`` changed because of the server (``ids`` None = many)."""

    entity: str
    ids: tuple[str, ...] | None


@dataclass(frozen=True)
class ConflictsFound:
    """Fields of a record that need the agent's decision, or a write the server refused."""

    entity: str
    record_id: str
    fields: tuple[str, ...]
    detail: str = ""
