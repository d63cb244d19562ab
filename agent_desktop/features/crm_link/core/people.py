"""What the to-do and Call Back features share: who "me" is offline, customer names for the docks."""

from __future__ import annotations

import json
import logging
from typing import Any

logger = logging.getLogger(__name__)

_ME_KEY = "todo.me"


def remembered_user(store: Any, user: dict[str, Any] | None) -> dict[str, Any]:
    """The signed-in user, remembered in the store so an offline start still knows who "me" is."""
    with store.db.write() as conn:
        if user:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_ME_KEY, json.dumps(user)))
            return user
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (_ME_KEY,)).fetchone()
    return json.loads(row[0]) if row else {}


def customer_name(service: Any, customer_id: str) -> str:
    """The name of a customer in the local store, or "" when unknown (or the CRM is not there yet)."""
    if not customer_id or service is None:
        return ""
    record = service.store.get("customers", customer_id)
    return str(record.get("name", "")) if record else ""
