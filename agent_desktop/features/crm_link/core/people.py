"""Who "me" is offline, and customers' names for lists: read from the local store."""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, cast

from crm.records import UserRecord

if TYPE_CHECKING:
    from crm.store import Store

logger = logging.getLogger(__name__)

_ME_KEY = "todo.me"


def remembered_user(store: Store, user: UserRecord | None) -> UserRecord:
    """The signed-in user, remembered in the store so an offline start still knows who "me" is."""
    with store.db.write() as conn:
        if user:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_ME_KEY, json.dumps(user)))
            return user
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (_ME_KEY,)).fetchone()
    return cast(UserRecord, json.loads(row[0])) if row else {}


def customer_name(store: Store | None, customer_id: str) -> str:
    """The name of a customer in the local store, or "" when unknown (or there is no store yet)."""
    if not customer_id or store is None:
        return ""
    record = store.get("customers", customer_id)
    return str(record.get("name", "")) if record else ""
