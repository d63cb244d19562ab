"""Feed documents and schema upgrades: a database from before feed documents existed is upgraded when
the server starts, serves the same feed at once, and gets every document filled in the background
(tests/backoffice/test_schema.py: the schema's revisions)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from backoffice import tables as t
from backoffice.db import Database, normalize_url
from backoffice.schema import VERSION_ROW, alembic_config
from tests.backoffice.conftest import create, if_match, new_customer, new_order
from tests.fixtures.backoffice import ApiSession

ROOT = Path(__file__).resolve().parents[2]
RECORD_TABLES = [table.name for table in t.metadata.sorted_tables if "feed_doc" in table.c]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'crm.db'}"
    return request.getfixturevalue("postgres_cluster").create_database(f"docs{time.monotonic_ns()}")


def feed(session: ApiSession) -> dict[str, list[Any]]:
    """Everything the agent's delta feed holds, by collection, in pages of 7 records."""
    out: dict[str, list[Any]] = {}
    cursor = None
    for _ in range(1000):
        r = session.get("/changes", params={"limit": 7, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        body = r.json()
        for name, delta in body["changes"].items():
            out.setdefault(name, []).extend(delta["items"])
            out.setdefault(f"{name} deleted", []).extend(delta["deleted"])
        cursor = body["cursor"]
        if not body["has_more"]:
            return out
    raise AssertionError("feed never ended")


def make_old(url: str) -> None:
    """Turn the database back into one written before feed documents (schema version 1, before Alembic)."""
    engine = Database(url).write
    with engine.connect() as conn:
        command.downgrade(alembic_config(conn), "0001")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text(f"DELETE FROM counters WHERE id = {VERSION_ROW}"))
    engine.dispose()


def missing_documents(url: str) -> int:
    engine = create_engine(normalize_url(url))
    with engine.connect() as conn:
        total = sum(
            conn.execute(text(f"SELECT COUNT(*) FROM {name} WHERE feed_doc IS NULL")).scalar_one()
            for name in RECORD_TABLES
        )
    engine.dispose()
    return total


def stored_document(url: str, table: str, record_id: str) -> Any:
    engine = create_engine(normalize_url(url))
    with engine.connect() as conn:
        doc = conn.execute(text(f"SELECT feed_doc FROM {table} WHERE id = :i"), {"i": record_id}).scalar_one()
    engine.dispose()
    return json.loads(doc)


def test_each_write_stores_the_document_the_api_returns(backoffice_factory: Any, db_url: str) -> None:
    bo = backoffice_factory(seed_customers=5, db_url=db_url)
    agent, sup = bo.session("agent"), bo.session("supervisor")
    customer = new_customer(agent, name="文档客户")
    changed = agent.patch(
        f"/customers/{customer['id']}", json={"notes": "改过", "vip_level": 2}, headers=if_match(customer)
    ).json()
    assert (
        stored_document(db_url, "customers", customer["id"])
        == changed
        == agent.get(f"/customers/{customer['id']}").json()
    )
    complaint = create(
        agent,
        "complaints",
        {"customer_id": customer["id"], "category": "quality", "severity": "high", "summary": "外壳破损"},
    )
    moved = sup.patch(
        f"/complaints/{complaint['id']}",
        json={"status": "in_progress", "status_note": "已联系"},
        headers=if_match(complaint),
    ).json()
    document = stored_document(db_url, "complaints", complaint["id"])
    assert document == moved and [s["note"] for s in document["history"]][-1] == "已联系"
    assert missing_documents(db_url) == 0  # the seed filled every document too


def test_a_new_order_and_its_audit_event_are_stored_as_the_api_reads_them(backoffice_factory: Any, db_url: str) -> None:
    """A creation answers from what it inserted and an audit event's document is made from its values
    (neither is read back): both must still be what a later read returns."""
    bo = backoffice_factory(seed_customers=5, db_url=db_url)
    agent, sup = bo.session("agent"), bo.session("supervisor")
    customer = new_customer(agent)
    lines = [{"sku": "HK-2003", "quantity": 1}, {"sku": "MC-1002", "quantity": 2}]
    order = new_order(agent, customer["id"], lines=lines, rush=True)
    assert [(x["sku"], x["quantity"]) for x in order["lines"]] == [("HK-2003", 1), ("MC-1002", 2)]
    assert order["lines"][0]["name"] and order["number"].startswith("SO")
    assert stored_document(db_url, "orders", order["id"]) == order == agent.get(f"/orders/{order['id']}").json()
    events = sup.get("/audit_events", params={"entity_id": order["id"]}).json()["items"]
    assert [e["action"] for e in events] == ["create"] and events[0]["changes"]["rush"] is True
    assert stored_document(db_url, "audit_events", events[0]["id"]) == events[0]


def test_an_old_database_is_upgraded_and_serves_the_same_feed(backoffice_factory: Any, db_url: str) -> None:
    bo = backoffice_factory(seed_customers=30, db_url=db_url)
    agent = bo.session("agent")
    new_customer(agent, name="升级前客户")
    before = feed(agent)
    bo.stop()
    make_old(db_url)
    bo.start()  # upgrades the schema, then fills the documents in the background
    agent = bo.session("agent")
    assert feed(agent) == before  # whether or not the fill has reached these rows yet
    deadline = time.monotonic() + 60
    while missing_documents(db_url) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert missing_documents(db_url) == 0
    assert feed(agent) == before
    engine = create_engine(normalize_url(db_url))
    with engine.connect() as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    engine.dispose()
    assert revision == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_migrate_command_fills_every_document_first(backoffice_factory: Any, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    bo = backoffice_factory(seed_customers=10, db_url=url)
    bo.stop()
    make_old(url)
    done = subprocess.run(
        [sys.executable, "-m", "backoffice", "migrate", "--db", url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "migrate documents=" in done.stdout and int(done.stdout.split("documents=")[1].split()[0]) > 50
    assert missing_documents(url) == 0


def copy_customers_without_documents(url: str, copies: int) -> int:
    """A large table written by an older server: each customer copied ``copies`` times, without its
    document (as from before feed documents existed); returns how many rows lack one."""
    names = [c.name for c in t.customers.c if c.name not in ("id", "feed_doc")]
    columns = ", ".join(names)
    engine = create_engine(normalize_url(url))
    with engine.begin() as conn:
        conn.execute(
            text(
                f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {copies}) "
                f"INSERT INTO customers (id, {columns}, feed_doc) "
                f"SELECT 'copy' || n.i || '-' || id, {columns}, NULL FROM customers, n"
            )
        )
    engine.dispose()
    return missing_documents(url)


def test_a_write_while_the_server_fills_a_large_table_does_not_wait_for_the_fill(
    backoffice_factory: Any, tmp_path: Path
) -> None:
    """On SQLite the fill at the server's start and the API's writes share one write lock: the fill
    lets a waiting write in after each chunk instead of taking the lock straight back."""
    url = f"sqlite:///{tmp_path / 'large.db'}"
    bo = backoffice_factory(seed_customers=100, db_url=url)
    agent = bo.session("agent")
    bo.stop()
    total = copy_customers_without_documents(url, copies=600)
    assert total >= 60_000
    bo.start()  # fills the 60,000 documents in the background
    deadline = time.monotonic() + 60
    while missing_documents(url) == total and time.monotonic() < deadline:
        time.sleep(0.02)
    took = []
    for n in range(5):  # an agent saving customers one after another while the fill goes on
        started = time.monotonic()
        customer = new_customer(agent, name=f"填充时新建的客户{n}")
        took.append(round(time.monotonic() - started, 2))
    assert missing_documents(url) > 0, f"the writes ({took} s) waited for the whole fill"
    assert sum(took) < 1.5, f"five saves took {took} s while the fill ran"
    deadline = time.monotonic() + 120
    while missing_documents(url) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert missing_documents(url) == 0
    assert stored_document(url, "customers", customer["id"]) == agent.get(f"/customers/{customer['id']}").json()


def test_rows_never_on_the_feed_are_not_filled_nor_read_again_at_the_next_start(db_url: str) -> None:
    """A row without a change sequence is never sent, so it needs no document: the fill leaves it and
    a later start has nothing to fill (it used to read and build every such row at every start)."""
    from backoffice.catalog import all_resources
    from backoffice.documents import fill_in_background, fill_missing
    from tests.fixtures.backoffice import seed_database

    seed_database(db_url, 20)
    engine = create_engine(normalize_url(db_url))
    with engine.begin() as conn:
        ids = conn.execute(text("SELECT id FROM customers ORDER BY id")).scalars().all()
        off_feed, unfilled = ids[:5], ids[5:12]
        for row_id in ids[:12]:
            conn.execute(text("UPDATE customers SET feed_doc = NULL WHERE id = :i"), {"i": row_id})
        for row_id in off_feed:
            conn.execute(text("UPDATE customers SET change_seq = NULL WHERE id = :i"), {"i": row_id})
    engine.dispose()
    db = Database(db_url)
    try:
        db.documents.register(all_resources())  # which tables keep documents, as the server's are
        assert fill_missing(db) == len(unfilled)
        assert missing_documents(db_url) == len(off_feed)
        assert fill_in_background(db) is None  # the next start: nothing to fill, no thread
    finally:
        db.dispose()
