"""ASGI entry for multi-process serving: ``backoffice.asgi:create_from_env`` (factory).

The database URL comes from ``BACKOFFICE_DB``; the parent process creates the schema first, so the
workers do not race to create tables. A worker learns of its siblings' writes only from the
database, so its long-polling clients are re-checked every ``BACKOFFICE_CHANGE_RECHECK_S`` seconds.
"""

from __future__ import annotations

import logging
import os

from fastapi import FastAPI

from backoffice.app import create_app
from backoffice.db import Database

logger = logging.getLogger(__name__)

DB_ENV = "BACKOFFICE_DB"
RECHECK_ENV = "BACKOFFICE_CHANGE_RECHECK_S"


def create_from_env() -> FastAPI:
    db = Database(os.environ[DB_ENV])
    db.changes.recheck_s = float(os.environ.get(RECHECK_ENV, "2"))
    return create_app(db, create_schema=False)
