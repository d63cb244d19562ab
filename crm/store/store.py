"""The local SQLite copy of the CRM: what the desktop reads, and where its writes wait for the server."""

from __future__ import annotations

import logging
from pathlib import Path

from crm.observers import Listeners
from crm.phones import DEFAULT_REGION, PhoneNormalizer
from crm.store.db import Database
from crm.store.local import LocalChange, StoreLocalWrites
from crm.store.reads import StoreReads
from crm.store.replica import StoreReplica

logger = logging.getLogger(__name__)


class Store(StoreReads, StoreLocalWrites, StoreReplica):
    """One store file: reads from any thread, local writes (store + outbox), and the sync side.

    ``phone_region`` is the default region for numbers written without a country code
    (``CrmSettings.phone_region``).
    """

    def __init__(self, path: str | Path, *, phone_region: str = DEFAULT_REGION) -> None:
        self.db = Database(path)
        self.phones = PhoneNormalizer(phone_region)
        self._write_listeners: Listeners[[]] = Listeners("local store writes")
        self._change_listeners: Listeners[[LocalChange]] = Listeners("local store changes")

    @property
    def path(self) -> Path:
        return self.db.path

    def integrity_check(self) -> str:
        """``PRAGMA integrity_check`` ("ok" when the file is sound)."""
        return self.db.integrity_check()

    def close(self) -> None:
        self.db.close()
