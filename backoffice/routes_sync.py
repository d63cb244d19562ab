"""``GET /api/v1/changes``: one delta feed over every collection.

The change sequence is global (one counter for all tables), so one cursor covers every collection:
a client pulls everything that changed since its cursor with one request instead of one per
collection. Collections the user may not read are left out; "own" collections are filtered as in
their own feeds.
"""

import logging
from typing import Any

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, Field

from backoffice.db import COUNTER_CHANGES, read_counter
from backoffice.documents import to_json
from backoffice.errors import field_error
from backoffice.feed import FeedReader
from backoffice.resources.base import parse_cursor

logger = logging.getLogger(__name__)

NOT_IN_DEFAULT_FEED = frozenset({"audit_events"})


class EntityChanges(BaseModel):
    items: list[dict[str, Any]] = Field(default_factory=list, description="Read models of that collection")
    deleted: list[str] = Field(default_factory=list)


class AllChanges(BaseModel):
    """Changes since ``cursor`` per collection, in change order within each collection."""

    changes: dict[str, EntityChanges]
    cursor: str
    has_more: bool


class Watch(BaseModel):
    """Answer of the long poll: the newest change sequence on the server."""

    latest: int


def _readable(bo: Any, user: Any, wanted: str | None) -> list[Any]:
    names = [n.strip() for n in wanted.split(",") if n.strip()] if wanted else None
    out = []
    for name, resource in bo.resources.items():
        if names is None and name in NOT_IN_DEFAULT_FEED:
            continue
        if names is not None and name not in names:
            continue
        if user.role.value == "admin" or user.role in resource.access.read:
            out.append(resource)
    unknown = set(names or ()) - set(bo.resources)
    if unknown:
        raise field_error(("query", "entities"), f"unknown collections: {', '.join(sorted(unknown))}")
    return out


def add_sync_routes(router: APIRouter, bo: Any, User: Any) -> None:
    feed = FeedReader()
    signal = bo.db.changes

    def latest_from_db() -> int:
        with bo.db.read.connect() as conn:
            value = read_counter(conn, COUNTER_CHANGES)
        signal.publish(value)
        return value

    async def read_latest() -> int:
        return await run_in_threadpool(latest_from_db)

    @router.get("/changes/watch", response_model=Watch, tags=["sync"])
    async def watch_changes(
        user: User,
        since: int | None = Query(
            None,
            ge=0,
            description=("The newest sequence the client knows of (from its last watch); absent: answer at once"),
        ),
        timeout: float = Query(25.0, ge=0, le=60, description="Longest wait, seconds"),
    ) -> Watch:
        """Long poll: answers as soon as anything changed after ``since`` (or after ``timeout``).

        Cheap for idle clients: one request per ``timeout`` instead of a delta pull every few
        seconds. The answer says only *that* something changed; the client then pulls ``/changes``.
        """
        latest = signal.latest
        if latest is None:
            latest = await read_latest()
        if since is not None and latest <= since:
            latest = await signal.wait_beyond(since, timeout, read_latest)
        return Watch(latest=latest)

    @router.get("/changes", response_model=AllChanges, tags=["sync"])
    def all_changes(
        user: User,
        cursor: str | None = Query(None, max_length=40),
        limit: int = Query(1000, ge=1, le=5000),
        entities: str | None = Query(None, max_length=500, description="Comma-separated collections (default: all)"),
    ) -> Response:
        after = parse_cursor(cursor)
        resources = {r.name: r for r in _readable(bo, user, entities)}
        with bo.db.read.connect() as conn:
            parts, last, has_more = feed.page(conn, list(resources.values()), user, after, limit)
        empty: tuple[list[str], list[str]] = ([], [])
        body = ",".join(
            f'{to_json(name)}:{{"items":[{",".join(parts.get(name, empty)[0])}],'
            f'"deleted":{to_json(parts.get(name, empty)[1])}}}'
            for name in resources
        )
        text = f'{{"changes":{{{body}}},"cursor":"{last}","has_more":{"true" if has_more else "false"}}}'
        return Response(text.encode(), media_type="application/json")
