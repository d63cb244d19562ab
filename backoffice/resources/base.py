"""Generic record resource: access rules, reading, creating, patching, audit and delta feeds.

A resource maps one API collection (``crm.schemas.ENTITIES``) to one table. Simple entities whose
read model matches their columns use this class as is; customers and orders override the hooks.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.engine import Connection, Row

from backoffice import tables as t
from backoffice.db import WriteContext
from backoffice.errors import ApiError, conflict, field_error, forbidden, not_found
from backoffice.policy import SECRET_FIELDS
from backoffice.security import Principal
from backoffice.writes import is_number
from crm.schemas import ENTITIES, EntitySpec, ReadModel, Role

logger = logging.getLogger(__name__)

ALL = frozenset(Role)
STAFF = frozenset({Role.AGENT, Role.SUPERVISOR})
SUPERVISORS = frozenset({Role.SUPERVISOR})


@dataclass(frozen=True)
class Access:
    """Who may do what on a collection (admin may always do everything)."""

    read: frozenset[Role] = ALL
    create: frozenset[Role] = STAFF
    update: frozenset[Role] = STAFF
    delete: frozenset[Role] = frozenset()
    own_field: str | None = None  # rows "belong" to the user named in this column...
    own_roles: frozenset[Role] = frozenset()  # ...for these roles (they see only their own)


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Resource:
    """One collection of the API backed by one table."""

    name: str
    table: Table
    access: Access = field(default_factory=Access)
    filters: tuple[str, ...] = ()
    references: dict[str, Table] = field(default_factory=dict)  # field → table it must exist in
    user_defaults: tuple[str, ...] = ()  # fields defaulting to the signed-in user's id
    has_tombstones: bool = False
    peers: dict[str, Resource] = field(default_factory=dict, repr=False)
    """Every resource by table name (:func:`backoffice.catalog.all_resources`): references are
    checked with the referenced collection's visibility rules."""

    @property
    def spec(self) -> EntitySpec:
        return ENTITIES[self.name]

    # ---------------------------------------------------------------- reading
    def owns_only(self, user: Principal) -> bool:
        return self.access.own_field is not None and user.role in self.access.own_roles

    def own_clause(self, me: Any) -> Any:
        """The rows an "own only" user may see (override to share rows, e.g. with a team); ``me`` is
        the user's id, or a bind parameter standing for it in a statement built once for everyone."""
        own = self.access.own_field
        assert own is not None, "own_clause is for resources with an own_field (see owns_only)"
        return self.table.c[own] == me

    def scope(self, stmt: Any, user: Principal) -> Any:
        """Restrict ``stmt`` to what ``user`` may see."""
        if self.owns_only(user):
            stmt = stmt.where(self.own_clause(user.id))
        if self.has_tombstones:
            stmt = stmt.where(self.table.c.deleted.is_(False))
        return stmt

    def to_read(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[ReadModel]:
        """Read models for ``rows`` (override to load child rows in one query)."""
        return [self.spec.read.model_validate(dict(row._mapping)) for row in rows]

    def dump(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[dict[str, Any]]:
        return [item.model_dump(mode="json") for item in self.to_read(conn, rows)]

    def filter_clause(self, name: str, value: Any) -> Any:
        return self.table.c[name] == value

    def get_row(self, conn: Connection, user: Principal, record_id: str, *, lock: bool = False) -> Row[Any]:
        stmt = self.scope(select(self.table).where(self.table.c.id == record_id), user)
        if lock and conn.dialect.name != "sqlite":
            stmt = stmt.with_for_update()
        row = conn.execute(stmt).first()
        if row is None:
            raise not_found(self.name)
        return row

    # ---------------------------------------------------------------- writing helpers
    def check_references(self, conn: Connection, user: Principal, values: dict[str, Any]) -> None:
        """422 ``not_found`` for a reference to a record that does not exist or that ``user`` may not
        see (another agent's call log): the same answer, so it does not tell which."""
        for name, table in self.references.items():
            ref = values.get(name)
            if ref is None:
                continue
            stmt = select(table.c.id).where(table.c.id == ref)
            peer = self.peers.get(table.name)
            if peer is not None:
                stmt = peer.scope(stmt, user)
            if conn.execute(stmt).first() is None:
                raise field_error(("body", name), f"no {table.name} record with id {ref}", "not_found")

    def audit(
        self, ctx: WriteContext, user: Principal, action: str, record_id: str | None, changes: dict[str, Any]
    ) -> None:
        audit(ctx, user, action, self.name, record_id, changes)

    def prepare_create(self, ctx: WriteContext, user: Principal, values: dict[str, Any]) -> None:
        """Turn the create body into column values (override for derived columns)."""

    def after_write(self, ctx: WriteContext, user: Principal, record_id: str, values: dict[str, Any]) -> None:
        """Write child rows / denormalised columns (override)."""

    def prepare_update(self, ctx: WriteContext, user: Principal, row: Row[Any], values: dict[str, Any]) -> None:
        """Check and convert a PATCH (override for state machines)."""

    def check_owner(self, user: Principal, values: dict[str, Any]) -> None:
        own = self.access.own_field
        if own and self.owns_only(user) and values.get(own) not in (None, user.id):
            raise forbidden(f"you may not assign {self.name} to someone else")

    # ---------------------------------------------------------------- writes
    def create(self, ctx: WriteContext, user: Principal, body: BaseModel) -> dict[str, Any]:
        user.require(self.access.create)
        values = body.model_dump(exclude_unset=False)
        given = values.pop("id", None)
        record_id = given or _new_id()
        for name in self.user_defaults:
            if values.get(name) is None:
                values[name] = user.id
        self.check_owner(user, values)
        # a client's id may be taken; a new UUID of ours is not worth a query
        if given and ctx.conn.execute(select(self.table.c.id).where(self.table.c.id == record_id)).first():
            raise conflict(f"a record with id {record_id} already exists in {self.name}", "duplicate_id")
        self.check_references(ctx.conn, user, values)
        self.prepare_create(ctx, user, values)
        stamp = now_utc()
        columns = {k: v for k, v in values.items() if k in self.table.c}
        row = {**_plain(columns), "id": record_id, "version": 1, "created_at": stamp, "updated_at": stamp}
        # values as parameters: the statement is built once, not per request
        result = ctx.conn.execute(_insert_returning(self.table) if self.reads_inserted else insert(self.table), row)
        inserted = result.one() if self.reads_inserted else None
        self.after_write(ctx, user, record_id, values)
        ctx.touch(self.table, record_id)
        self.audit(ctx, user, "create", record_id, _public(body.model_dump(mode="json", exclude_unset=True)))
        if inserted is not None:
            record = self.read_inserted(inserted, values)
            ctx.know(self.table, record_id, record, self)
            return record
        return self.read_known(ctx, user, record_id)

    reads_inserted = False
    """True when :meth:`read_inserted` answers a create from the row its insert returned (nothing read
    back): only for resources whose ``after_write`` leaves the row itself as inserted."""

    def read_inserted(self, inserted: Row[Any], values: dict[str, Any]) -> dict[str, Any]:
        """The read model of a record just created: ``inserted`` is its row (``RETURNING``), ``values``
        what :meth:`prepare_create` and :meth:`after_write` made of the body (see :attr:`reads_inserted`)."""
        raise NotImplementedError

    def patch(
        self, ctx: WriteContext, user: Principal, record_id: str, version: int, body: BaseModel
    ) -> dict[str, Any]:
        user.require(self.access.update)
        row = self.locked_current(ctx, user, record_id, version)
        values = body.model_dump(exclude_unset=True)
        for name, value in values.items():
            if value is None and name in self.table.c and not self.table.c[name].nullable:
                raise field_error(("body", name), "may not be null", "null_not_allowed")
        self.check_owner(user, values)
        self.check_references(ctx.conn, user, values)
        self.prepare_update(ctx, user, row, values)
        self.write_columns(ctx, row, values)
        self.after_write(ctx, user, record_id, values)
        self.audit(ctx, user, "update", record_id, _public(body.model_dump(mode="json", exclude_unset=True)))
        return self.read_known(ctx, user, record_id)

    def locked_current(self, ctx: WriteContext, user: Principal, record_id: str, version: int) -> Row[Any]:
        """The row, locked, after checking ``If-Match`` (412 with the current record if stale)."""
        row = self.get_row(ctx.conn, user, record_id, lock=True)
        if row.version != version:
            raise ApiError(
                412,
                f"the record changed (now version {row.version}); merge and retry",
                "version_mismatch",
                current=self.dump(ctx.conn, [row])[0],
                headers={"ETag": f'"{row.version}"'},
            )
        return row

    def write_columns(self, ctx: WriteContext, row: Row[Any], values: dict[str, Any]) -> None:
        columns = {k: v for k, v in values.items() if k in self.table.c and k != "id"}
        ctx.conn.execute(
            update(self.table)
            .where(self.table.c.id == row.id)
            .values(version=row.version + 1, updated_at=now_utc(), **_plain(columns))
        )
        ctx.touch(self.table, row.id)

    def read_known(self, ctx: WriteContext, user: Principal, record_id: str) -> dict[str, Any]:
        """:meth:`read_one` at the end of a write: also the record's feed document (not built twice)."""
        record = self.read_one(ctx.conn, user, record_id)
        ctx.know(self.table, record_id, record, self)
        return record

    def read_one(self, conn: Connection, user: Principal, record_id: str) -> dict[str, Any]:
        row = conn.execute(select(self.table).where(self.table.c.id == record_id)).first()
        if row is None:
            raise not_found(self.name)
        return self.dump(conn, [row])[0]

    # ---------------------------------------------------------------- collections
    def list(
        self, conn: Connection, user: Principal, filters: dict[str, Any], limit: int, offset: int
    ) -> dict[str, Any]:
        user.require(self.access.read)
        clauses = [self.filter_clause(k, v) for k, v in filters.items() if v is not None]
        base = self.scope(select(self.table), user)
        if clauses:
            base = base.where(*clauses)
        total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
        rows = conn.execute(
            base.order_by(self.table.c.created_at.desc(), self.table.c.id.desc()).limit(limit).offset(offset)
        ).all()
        return {"items": self.dump(conn, rows), "total": total, "limit": limit, "offset": offset}

    def changes(self, conn: Connection, user: Principal, cursor: str | None, limit: int) -> dict[str, Any]:
        user.require(self.access.read)
        after = parse_cursor(cursor)
        stmt = select(self.table).where(self.table.c.change_seq > after)
        if self.owns_only(user):
            stmt = stmt.where(self.own_clause(user.id))
        rows = conn.execute(stmt.order_by(self.table.c.change_seq).limit(limit + 1)).all()
        has_more = len(rows) > limit
        rows = rows[:limit]
        live = [r for r in rows if not (self.has_tombstones and r.deleted)]
        deleted = [r.id for r in rows if self.has_tombstones and r.deleted]
        last = rows[-1].change_seq if rows else after
        return {"items": self.dump(conn, live), "deleted": deleted, "cursor": str(last), "has_more": has_more}


MAX_CURSOR_DIGITS = 18  # change sequences are 64-bit: 18 digits always fit


def parse_cursor(cursor: str | None) -> int:
    if cursor is None or cursor == "":
        return 0
    if not is_number(cursor, MAX_CURSOR_DIGITS):
        raise field_error(("query", "cursor"), "not a cursor issued by this server")
    return int(cursor)


def _new_id() -> str:
    from crm.schemas import new_id

    return new_id()


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """Enum members to their values for the database."""
    return {k: getattr(v, "value", v) for k, v in values.items()}


def _public(changes: dict[str, Any]) -> dict[str, Any]:
    return {k: ("***" if k in SECRET_FIELDS else v) for k, v in changes.items()}


def audit(
    ctx: WriteContext, user: Principal, action: str, entity: str, record_id: str | None, changes: dict[str, Any]
) -> None:
    """Record one audit event in the write's transaction."""
    event_id = _new_id()
    stamp = now_utc()
    row = {
        "id": event_id,
        "version": 1,
        "created_at": stamp,
        "updated_at": stamp,
        "at": stamp,
        "actor_id": user.id,
        "actor_username": user.username,
        "action": action,
        "entity": entity,
        "entity_id": record_id,
        "changes": json.dumps(changes, ensure_ascii=False, default=str),
    }
    ctx.conn.execute(_INSERT_AUDIT, row)
    ctx.touch(t.audit_events, event_id)
    ctx.know_row(t.audit_events, event_id, row)  # its feed document: not read back at the commit


_INSERT_AUDIT = insert(t.audit_events)


@functools.cache
def _insert_returning(table: Table) -> Any:
    return insert(table).returning(*table.c)
