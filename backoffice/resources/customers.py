"""Customers: flattened address/preferences columns, phone rows, tags, pinyin initials."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection, Row

from backoffice import tables as t
from backoffice.db import WriteContext
from backoffice.resources.base import ALL, STAFF, Access, Resource
from backoffice.resources.plain import plain
from backoffice.security import Principal
from crm.phones import normalize_phone, try_normalize_phone
from crm.pinyin import initials
from crm.schemas import ReadModel

logger = logging.getLogger(__name__)

ADDRESS = ("province", "city", "district", "street", "postal_code")
PREFERENCES = ("accepts_samples", "follow_up_opt_in", "call_window")


def name_initials(name: str) -> str:
    """Lower-case pinyin initials of the Chinese characters (and first letters of other words):
    张伟 → ``zw``, 欧阳娜娜 → ``oynn``, ``Li Lei`` → ``ll``; the same as the desktop's local search."""
    return initials(name)


def tags_index(tags: list[str]) -> str:
    return "|" + "".join(f"{tag}|" for tag in tags)


def flatten(values: dict[str, Any]) -> None:
    """Turn the customer's nested body fields into column values (in place)."""
    if "name" in values:
        values["name_initials"] = name_initials(values["name"])
    address = values.pop("address", None)
    if address is not None:
        values.update({k: address.get(k) or "" for k in ADDRESS})
    preferences = values.pop("preferences", None)
    if preferences is not None:
        values.update({k: getattr(preferences.get(k), "value", preferences.get(k)) for k in PREFERENCES})
    tags = values.get("tags")
    if tags is not None:
        values["tags_index"] = tags_index(tags)
        values["tags"] = json.dumps(tags, ensure_ascii=False)


def phone_rows(customer_id: str, phones: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "customer_id": customer_id,
            "position": i,
            "number": p["number"],
            "normalized": normalize_phone(p["number"]),
            "type": getattr(p["type"], "value", p["type"]),
        }
        for i, p in enumerate(phones)
    ]


def assemble(row: Any, phones: list[Any]) -> dict[str, Any]:
    """Read-model dict from a customer row and its phone rows."""
    m = row._mapping
    return {
        "id": m["id"],
        "version": m["version"],
        "created_at": m["created_at"],
        "updated_at": m["updated_at"],
        "name": m["name"],
        "name_initials": m["name_initials"],
        "phones": [{"number": p.number, "type": p.type, "normalized": p.normalized} for p in phones],
        "address": {k: m[k] for k in ADDRESS},
        "tags": json.loads(m["tags"] or "[]"),
        "vip_level": m["vip_level"],
        "preferences": {k: m[k] for k in PREFERENCES},
        "notes": m["notes"],
        "owner_id": m["owner_id"],
        "last_contact_at": m["last_contact_at"],
    }


class CustomerResource(Resource):
    def prepare_create(self, ctx: WriteContext, user: Principal, values: dict[str, Any]) -> None:
        flatten(values)

    def prepare_update(self, ctx: WriteContext, user: Principal, row: Row[Any], values: dict[str, Any]) -> None:
        flatten(values)

    def after_write(self, ctx: WriteContext, user: Principal, record_id: str, values: dict[str, Any]) -> None:
        phones = values.get("phones")
        if phones is None:
            return
        ctx.conn.execute(delete(t.customer_phones).where(t.customer_phones.c.customer_id == record_id))
        rows = phone_rows(record_id, phones)
        if rows:
            ctx.conn.execute(insert(t.customer_phones), rows)

    def filter_clause(self, name: str, value: Any) -> Any:
        if name == "phone":
            number = try_normalize_phone(value) or value
            return t.customers.c.id.in_(
                select(t.customer_phones.c.customer_id).where(t.customer_phones.c.normalized == number)
            )
        return super().filter_clause(name, value)

    def to_read(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[ReadModel]:
        return [self.spec.read.model_validate(d) for d in self.dicts(conn, rows)]

    def dump(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[dict[str, Any]]:
        # stored values were validated on write: no model per row (the first sync dumps them all)
        return [plain(d) for d in self.dicts(conn, rows)]

    @staticmethod
    def dicts(conn: Connection, rows: Sequence[Row[Any]]) -> list[dict[str, Any]]:
        ids = [row.id for row in rows]
        phones: dict[str, list[Any]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for p in conn.execute(
                select(t.customer_phones)
                .where(t.customer_phones.c.customer_id.in_(chunk))
                .order_by(t.customer_phones.c.customer_id, t.customer_phones.c.position)
            ):
                phones[p.customer_id].append(p)
        return [assemble(row, phones[row.id]) for row in rows]


def customer_resource() -> CustomerResource:
    return CustomerResource(
        "customers",
        t.customers,
        Access(read=ALL, create=STAFF, update=STAFF),
        filters=("phone", "owner_id", "vip_level", "city"),
        references={"owner_id": t.users},
    )
