"""The sync engine: one thread that pushes the outbox and pulls deltas. No Qt.

Each round it delivers the outbox in order (POST with the item's idempotency key, PATCH/DELETE/actions
with ``If-Match`` from the item's base version), then pulls every entity's delta feed from the
server-issued cursor until ``has_more`` is false (one global feed, ``GET /changes``, so an idle
round is one request). Between rounds it sleeps until a local write, or the change watcher's long
poll (:mod:`crm.watch`), wakes it; only without the long poll does it pull every ``interval_s``.
When the server cannot be reached it backs off
exponentially (bounded); a local write wakes it at once. 412 answers are merged (:mod:`crm.merge`),
refusals (422/409/404/403) are kept as conflicts for the agent; nothing is dropped silently.

Listeners get :mod:`crm.sync_events` objects on the sync thread; the Qt adapter in the shell turns
them into signals.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from crm import outbox
from crm.client import CrmClient
from crm.client_errors import (
    AuthenticationFailed,
    CrmError,
    CrmUnavailable,
    NotFound,
    PermissionDenied,
    ValidationFailed,
    VersionMismatch,
)
from crm.observers import Listeners
from crm.outbox import OutboxItem
from crm.store import Store
from crm.sync_events import (
    AUTH_FAILED,
    OFFLINE,
    ONLINE,
    STOPPED,
    SYNCING,
    ConflictsFound,
    RecordsChanged,
    SyncProgress,
    SyncStatus,
)
from crm.watch import ChangeWatcher

logger = logging.getLogger(__name__)

#: Key of the global delta cursor in the store's cursors table.
GLOBAL_CURSOR = "*"

#: Entities pulled (the server's global feed returns them in change order).
PULL_ORDER: tuple[str, ...] = (
    "blocklist",
    "media_sources",
    "products",
    "customers",
    "orders",
    "contacts",
    "complaints",
    "todos",
    "callbacks",
)


@dataclass(frozen=True)
class SyncConfig:
    entities: tuple[str, ...] = PULL_ORDER
    page_size: int = 5000
    interval_s: float = 5.0
    """Pull period when the server's change long poll is not available."""
    watch: bool = True
    """Long-poll the server for changes (crm.watch) instead of pulling every ``interval_s``."""
    watch_timeout_s: float = 25.0
    watch_idle_s: float = 600.0
    """Safety net: a full round at least this often even while the long poll says nothing changed."""
    backoff_min_s: float = 0.5
    backoff_max_s: float = 30.0
    max_merge_rounds: int = 5
    changed_ids_limit: int = 500
    history_days: int | None = 365
    """Contact-history events older than this are dropped from the local copy (None: keep all)."""
    prune_every_s: float = 6 * 3600


@dataclass
class _Progress:
    first: bool
    total: int
    done: int = 0


@dataclass
class SyncEngine:
    """Runs in its own thread after :meth:`start`; :meth:`run_once` does one round synchronously."""

    client: CrmClient
    store: Store
    config: SyncConfig = field(default_factory=SyncConfig)

    def __post_init__(self) -> None:
        self._listeners: Listeners[[object]] = Listeners("sync events")
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._forbidden: set[str] = set()
        self._status = SyncStatus(OFFLINE)
        self._last_prune = float("-inf")
        self._watcher = ChangeWatcher(self.client, self.wake, timeout_s=self.config.watch_timeout_s)
        self.store.add_write_listener(self.wake)

    # -- public ---------------------------------------------------------------------------------
    def add_listener(self, callback: Callable[[object], None]) -> None:
        """``callback(event)`` is called on the sync thread for every event."""
        self._listeners.add(callback)

    @property
    def status(self) -> SyncStatus:
        return self._status

    def wake(self) -> None:
        """Sync now (a local write was queued, or the agent asked)."""
        self._wake.set()

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("sync engine already started")
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="crm-sync", daemon=True)
        self._thread.start()
        if self.config.watch:
            self._watcher.start()

    def stop(self, timeout: float = 15.0) -> None:
        """Ask the thread to finish its current request and wait for it (idempotent)."""
        if self._stopping.is_set() and self._thread is None:
            return
        self._stopping.set()
        self._watcher.stop()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                logger.warning("sync thread did not stop within %.0f s", timeout)
            self._thread = None
        self._set_status(STOPPED)

    def run_once(self) -> None:
        """Push everything pending, then pull every entity until up to date (raises CrmError)."""
        pending, _failed = self.store.outbox_counts()
        if pending or self.store.cursor(GLOBAL_CURSOR) is None:
            self._set_status(SYNCING)
        self.push()
        self.pull()
        self._prune_history()
        self._set_status(ONLINE)

    # -- thread ---------------------------------------------------------------------------------
    def _run(self) -> None:
        delay = self.config.backoff_min_s
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                self.run_once()
                delay = self.config.backoff_min_s
                wait = self.config.watch_idle_s if self._watcher.active else self.config.interval_s
            except AuthenticationFailed as exc:
                self._set_status(AUTH_FAILED, exc.message)
                wait = self.config.backoff_max_s
            except CrmUnavailable as exc:
                self._set_status(OFFLINE, exc.message)
                wait = delay * random.uniform(0.8, 1.2)
                delay = min(delay * 2, self.config.backoff_max_s)
            except Exception as exc:
                logger.exception("sync round failed")
                self._set_status(OFFLINE, str(exc))
                wait = delay
                delay = min(delay * 2, self.config.backoff_max_s)
            if self._wake.wait(wait) and self._status.state != ONLINE:
                # woken while offline: try again soon, but never hammer a server that is down
                self._stopping.wait(self.config.backoff_min_s)

    def _emit(self, event: object) -> None:
        self._listeners.emit(event)

    def _set_status(self, state: str, error: Any = None) -> None:
        pending, failed = self.store.outbox_counts()
        conflicts = len(self.store.conflicts())
        status = SyncStatus(state, pending, failed, conflicts, error)
        if status != self._status:
            self._status = status
            self._emit(status)

    # -- push -----------------------------------------------------------------------------------
    def push(self) -> int:
        """Deliver the outbox in order; returns how many items were delivered."""
        delivered = 0
        merges: dict[int, int] = {}
        while not self._stopping.is_set():
            item = self.store.next_outbox_item()
            if item is None:
                break
            try:
                self._deliver(item)
                delivered += 1
            except VersionMismatch as exc:
                merges[item.seq] = merges.get(item.seq, 0) + 1
                self._on_version_mismatch(item, exc, merges[item.seq])
            except CrmUnavailable as exc:
                self.store.note_attempt(item, str(exc))
                raise
            except AuthenticationFailed:
                raise
            except CrmError as exc:
                self._on_refused(item, exc)
        return delivered

    def _deliver(self, item: OutboxItem) -> None:
        c, e, rid, key = self.client, item.entity, item.record_id, item.key
        server: dict[str, Any] | None
        if item.op == outbox.CREATE:
            server = c.create_raw(e, item.body, key=key)
        elif item.op == outbox.UPDATE:
            if item.base_version is None:
                raise NotFound("the record was never created on the server")
            server = c.update_raw(e, rid, item.body, version=item.base_version, key=key)
        elif item.op == outbox.DELETE:
            try:
                c.delete_raw(e, rid, version=item.base_version or 0, key=key)
            except NotFound:
                pass  # gone already: that is what we wanted
            server = None
        else:
            server = c.action_raw(e, rid, item.action or "", item.body, version=item.base_version, key=key)
        self.store.complete(item, server)
        self._emit(RecordsChanged(e, (rid,)))

    def _on_version_mismatch(self, item: OutboxItem, exc: VersionMismatch, rounds: int) -> None:
        current = exc.current or self.client.get_raw(item.entity, item.record_id)
        if rounds > self.config.max_merge_rounds:
            self.store.reject(item, "the record keeps changing on the server", current)
            self._emit(ConflictsFound(item.entity, item.record_id, ("*",), "busy"))
            return
        _next, conflicts = self.store.retarget(item, current)
        self._emit(RecordsChanged(item.entity, (item.record_id,)))
        if conflicts:
            logger.info("%d field conflict(s) on %s %s kept for the agent", len(conflicts), item.entity, item.record_id)
            self._emit(
                ConflictsFound(item.entity, item.record_id, tuple(c.path for c in conflicts), "changed on the server")
            )

    def _on_refused(self, item: OutboxItem, exc: CrmError) -> None:
        detail = str(exc.message)
        if isinstance(exc, ValidationFailed) and exc.errors:
            detail += ": " + "; ".join(f"{k}: {v}" for k, v in exc.errors.items())
        current = None
        if item.op != outbox.CREATE or not isinstance(exc, ValidationFailed):
            try:
                current = self.client.get_raw(item.entity, item.record_id)
            except (NotFound, PermissionDenied):
                current = None
        logger.warning("CRM refused %s %s %s: %s", item.op, item.entity, item.record_id, detail)
        self.store.reject(item, detail, current)
        self._emit(ConflictsFound(item.entity, item.record_id, ("*",), detail))
        self._emit(RecordsChanged(item.entity, (item.record_id,)))

    # -- pull -----------------------------------------------------------------------------------
    def pull(self) -> int:
        """Pull the deltas of every entity (one global feed) until ``has_more`` is false; returns
        the number of records received."""
        entities = self._entities()
        cursor = self.store.cursor(GLOBAL_CURSOR)
        progress = _Progress(cursor is None, self._estimate(entities) if cursor is None else 0)
        fetch = functools.partial(self.client.changes_all_raw, entities=entities, limit=self.config.page_size)
        try:
            page = fetch(cursor)
        except ValidationFailed:
            if cursor is None:
                raise
            logger.warning("the CRM refused our delta cursor; syncing everything again")
            self.store.reset_cursors()
            return self.pull()
        if page.get("has_more"):
            # a long pull: the next page is fetched (server work + JSON decoding) while this one
            # is written locally, on one helper thread that lives only as long as this pull; a
            # first sync fills the store in bulk mode (search index rebuilt once at the end)
            bulk = self.store.first_sync() if progress.first else contextlib.nullcontext()
            with bulk, ThreadPoolExecutor(max_workers=1, thread_name_prefix="crm-sync-fetch") as prefetch:
                while page.get("has_more") and not self._stopping.is_set():
                    upcoming = prefetch.submit(fetch, page["cursor"])
                    self._apply_page(page, progress)
                    if self._wake.is_set():  # a local write during a long pull: deliver it first
                        self.push()
                    page = upcoming.result()
                self._apply_page(page, progress)
        else:
            self._apply_page(page, progress)
        if progress.first:
            self.store.release_memory()  # the whole CRM went through the page caches: idle needs none of it
            self._emit(SyncProgress(progress.done, max(progress.total, progress.done), "", True, True))
        return progress.done

    def _apply_page(self, page: dict[str, Any], progress: _Progress) -> None:
        changes = page.get("changes") or {}
        self.store.apply_all(changes, page["cursor"], first=progress.first)
        received = 0
        for entity, delta in changes.items():
            items, deleted = delta.get("items") or [], delta.get("deleted") or []
            if not items and not deleted:
                continue
            received += len(items)
            ids = [r["id"] for r in items] + list(deleted)
            limit = self.config.changed_ids_limit
            self._emit(RecordsChanged(entity, tuple(ids) if len(ids) <= limit else None))
        if received:
            progress.done += received
            self._emit(SyncProgress(progress.done, max(progress.total, progress.done), "", progress.first))

    def _prune_history(self) -> None:
        days = self.config.history_days
        now = time.monotonic()
        if days is None or now - self._last_prune < self.config.prune_every_s:
            return
        self._last_prune = now
        before = datetime.now(timezone.utc) - timedelta(days=days)
        dropped = self.store.prune_history(before.strftime("%Y-%m-%dT%H:%M:%S"))
        if dropped:
            logger.info("dropped %d contact events older than %d days from the local copy", dropped, days)

    def _entities(self) -> list[str]:
        return [e for e in self.config.entities if e not in self._forbidden]

    def _estimate(self, entities: list[str]) -> int:
        total = 0
        for entity in entities:
            try:
                total += self.client.total(entity)
            except PermissionDenied:
                logger.info("role may not read %s; not syncing it", entity)
                self._forbidden.add(entity)
        return total
