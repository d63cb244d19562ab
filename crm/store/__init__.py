"""Local SQLite store (WAL): the CRM records the desktop works on, the outbox, conflicts, cursors."""

from crm.store.local import RecordNotFound
from crm.store.schema import ENTITIES
from crm.store.store import Store

__all__ = ["ENTITIES", "RecordNotFound", "Store"]
