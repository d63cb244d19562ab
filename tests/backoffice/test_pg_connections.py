"""PostgreSQL connections of the back office's pool: one lost while it sat idle (a restarted database,
a dropped link) is replaced before a request uses it, without a ping on every checkout."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from backoffice import db as db_module
from backoffice.db import Database
from tests.fixtures.backoffice import PostgresCluster


def test_a_connection_lost_while_idle_is_replaced_before_a_request_uses_it(
    postgres_cluster: PostgresCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = postgres_cluster.create_database("idle_ping")
    db = Database(url)
    try:
        with db.read.connect() as conn:
            lost = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        plain = url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain, autocommit=True) as admin:  # the server ends it while it sits in the pool
            assert admin.execute("SELECT pg_terminate_backend(%s, 5000)", (lost,)).fetchone() == (True,)
        monkeypatch.setattr(db_module, "PING_IDLE_S", 0.0)  # it has been idle long enough to be pinged
        with db.read.connect() as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar_one() != lost
    finally:
        db.dispose()
