"""ASGI entry for multi-process serving: ``backoffice.asgi:create_from_env`` (factory).

The database URL comes from ``BACKOFFICE_DB``; the parent process creates the schema first, so the
workers do not race to create tables.
"""
from __future__ import annotations

import logging
import os

from fastapi import FastAPI

from backoffice.app import create_app

logger = logging.getLogger(__name__)

DB_ENV = "BACKOFFICE_DB"


def create_from_env() -> FastAPI:
    return create_app(os.environ[DB_ENV], create_schema=False)
