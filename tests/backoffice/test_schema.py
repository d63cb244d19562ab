"""The back office's schema under Alembic, on SQLite and PostgreSQL: the revisions build the tables the
code defines; a database written by the release before Alembic (a dump under tests/fixtures: demo data
plus one served session) upgrades in place with every row kept and is served; a database from a newer
back office is refused."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, select, text

from backoffice.db import Database, normalize_url
from backoffice.schema import VERSION_ROW, SchemaTooNew, alembic_config, target_metadata

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
CUSTOMER_OF_THE_DUMP = "升级客户"  # created over the API in the dump's served session


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'crm.db'}"
    return request.getfixturevalue("postgres_cluster").create_database(f"schema{time.monotonic_ns()}")


def newest_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def load_release1(url: str) -> None:
    """The database as the release before Alembic left it (its own dump for each engine)."""
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            conn.executescript((FIXTURES / "backoffice_release1.sqlite.sql").read_text(encoding="utf-8"))
        return
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute((FIXTURES / "backoffice_release1.postgresql.sql").read_text(encoding="utf-8").encode())


def every_row(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows, in primary-key order."""
    engine = create_engine(normalize_url(url))
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as conn:
        out = {
            table.name: [tuple(row) for row in conn.execute(select(table).order_by(*table.primary_key.columns))]
            for table in metadata.sorted_tables
            if table.name != "alembic_version"
        }
    engine.dispose()
    return out


def state(url: str) -> tuple[tuple[str, ...], int | None, list[Any]]:
    """(Alembic revision, the schema version row older releases read, differences from the code's tables)."""
    engine = create_engine(normalize_url(url))
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_server_default": not url.startswith("sqlite")})
        revision = context.get_current_heads()
        version = conn.execute(text(f"SELECT value FROM counters WHERE id = {VERSION_ROW}")).scalar()
        differences = compare_metadata(context, target_metadata())
    engine.dispose()
    return revision, version, differences


def test_a_new_database_gets_every_table_the_code_defines(db_url: str) -> None:
    Database(db_url).create_schema()
    revision, version, differences = state(db_url)
    assert revision == (newest_revision(),) and differences == []
    assert version == 3  # releases before Alembic (version 2) refuse it rather than write into a shape they do not know


@pytest.mark.e2e
def test_a_database_of_the_release_before_alembic_upgrades_in_place(db_url: str, backoffice_factory: Any) -> None:
    load_release1(db_url)
    before = every_row(db_url)
    assert before["orders"] and before["order_logistics"] and before["idempotency_keys"] and before["sessions"]
    Database(db_url).create_schema()  # what the server does when it starts
    after = every_row(db_url)
    assert (VERSION_ROW, 2) in before["counters"]  # that release's schema version
    after["counters"] = [(VERSION_ROW, 2) if row[0] == VERSION_ROW else row for row in after["counters"]]
    # columns added since come last: the old ones hold what they held
    kept = {
        name: [row[: len(rows[0])] for row in after[name]] if rows else after[name] for name, rows in before.items()
    }
    assert kept == before  # nothing lost, nothing changed
    revision, version, differences = state(db_url)
    assert revision == (newest_revision(),) and differences == [] and version == 3
    bo = backoffice_factory(seed_customers=None, db_url=db_url)  # served: the old sign-ins and records work
    agent = bo.session("agent")
    found = agent.get("/customers/search", params={"name": CUSTOMER_OF_THE_DUMP}).json()["items"]
    assert [c["name"] for c in found] == [CUSTOMER_OF_THE_DUMP]
    assert agent.get(f"/customers/{found[0]['id']}").json()["phones"][0]["number"] == "13911112222"
    rules = bo.session("logistics").get("/logistics/rules").json()
    assert rules["rules"][0]["courier"] == "顺丰"


@pytest.mark.e2e
def test_migrate_upgrades_a_database_of_the_release_before_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    load_release1(url)
    done = subprocess.run(
        [sys.executable, "-m", "backoffice", "migrate", "--db", url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert state(url)[0] == (newest_revision(),) and "migrate documents=0" in done.stdout


def test_a_database_from_a_newer_back_office_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    Database(url).create_schema()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00d'"))
    with pytest.raises(SchemaTooNew, match="Update the back office"):
        Database(url).create_schema()
    old_url = f"sqlite:///{tmp_path / 'old.db'}"  # from before Alembic, but newer than the last release then
    load_release1(old_url)
    with create_engine(old_url).begin() as conn:
        conn.execute(text(f"UPDATE counters SET value = 3 WHERE id = {VERSION_ROW}"))
    with pytest.raises(SchemaTooNew, match="Update the back office"):
        Database(old_url).create_schema()
    engine.dispose()
