"""Delta feeds: a server-issued cursor that never skips or repeats committed rows, even under
concurrent writers, and that stays valid across a server restart."""

from __future__ import annotations

import threading
import uuid
from typing import Any

from tests.backoffice.conftest import create, if_match, key, new_customer
from tests.fixtures.backoffice import ApiSession, BackofficeProcess


def pull(session: ApiSession, entity: str, cursor: str | None, limit: int = 100) -> tuple[list[dict], list[str], str]:
    items: list[dict[str, Any]] = []
    deleted: list[str] = []
    for _ in range(10000):
        page = session.get(f"/{entity}/changes", params={"limit": limit, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        items += body["items"]
        deleted += body["deleted"]
        assert cursor is None or int(body["cursor"]) >= int(cursor)
        cursor = body["cursor"]
        if not body["has_more"]:
            return items, deleted, cursor
    raise AssertionError("feed never ended")


def test_first_sync_then_increments(bo: BackofficeProcess) -> None:
    agent, sup = bo.session("agent"), bo.session("supervisor")
    before = agent.get("/customers", params={"limit": 1}).json()["total"]
    items, _, cursor = pull(agent, "customers", None, limit=77)
    ids = [c["id"] for c in items]
    # every customer there before the pull is in it, once (the shared server may gain some meanwhile:
    # another test's sync engine can still be sending)
    assert len(ids) == len(set(ids)) >= before
    again, _, same = pull(agent, "customers", cursor)
    assert again == [] and same == cursor
    created = new_customer(agent, name="增量客户")
    updated = agent.patch(f"/customers/{created['id']}", json={"notes": "改了"}, headers=if_match(created)).json()
    other = new_customer(agent)
    items, _, cursor2 = pull(agent, "customers", cursor)
    assert [c["id"] for c in items] == [created["id"], other["id"]]  # change order, latest state once
    assert items[0]["version"] == updated["version"] == 2 and items[0]["notes"] == "改了"
    entry = create(agent, "blocklist", {"number": f"175{uuid.uuid4().int % 10**8:08d}"})
    _, _, before_delete = pull(agent, "blocklist", None)
    assert sup.delete(f"/blocklist/{entry['id']}", headers=if_match(entry)).status_code == 204
    items, deleted, _ = pull(agent, "blocklist", before_delete)
    assert items == [] and deleted == [entry["id"]]
    assert agent.get("/customers/changes", params={"cursor": "not-a-cursor"}).status_code == 422


def test_concurrent_writers_never_make_the_reader_skip_a_row(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    customer = new_customer(agent)
    _, _, cursor = pull(agent, "contacts", None, limit=5000)
    created: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def writer(n: int) -> None:
        s = bo.session("agent")
        for i in range(15):
            r = s.post(
                "/contacts",
                json={"customer_id": customer["id"], "channel": "note", "summary": f"{n}-{i}"},
                headers=key(),
            )
            assert r.status_code == 201, r.text
            with lock:
                created.append(r.json()["id"])

    seen: list[str] = []

    def reader() -> None:
        nonlocal cursor
        s = bo.session("agent")
        while not stop.is_set():
            items, _, cursor = pull(s, "contacts", cursor, limit=7)
            seen.extend(c["id"] for c in items)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    read = threading.Thread(target=reader)
    read.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    stop.set()
    read.join(60)
    items, _, _ = pull(agent, "contacts", cursor)
    seen.extend(c["id"] for c in items)
    assert len(created) == 90
    assert sorted(seen) == sorted(created)  # every row exactly once


def test_cursor_survives_a_server_crash(backoffice_factory: Any) -> None:
    server = backoffice_factory(seed_customers=20)
    agent = server.session("agent")
    _, _, cursor = pull(agent, "customers", None)
    created = new_customer(agent)
    server.kill()
    server.start()
    agent = server.session("agent")  # tokens are kept in the database
    items, _, _ = pull(agent, "customers", cursor)
    assert [c["id"] for c in items] == [created["id"]]


def pull_all(session: ApiSession, cursor: str | None, limit: int, **params: Any) -> tuple[dict[str, set[str]], str]:
    seen: dict[str, set[str]] = {}
    for _ in range(10000):
        body = session.get(
            "/changes", params={"limit": limit, **params, **({"cursor": cursor} if cursor else {})}
        ).json()
        for name, page in body["changes"].items():
            ids = [item["id"] for item in page["items"]] + page["deleted"]
            assert not seen.setdefault(name, set()) & set(ids) or cursor is None, name
            seen[name] |= set(ids)
        cursor = body["cursor"]
        if not body["has_more"]:
            return seen, cursor
    raise AssertionError("feed never ended")


def test_one_feed_over_every_collection(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    everything, cursor = pull_all(agent, None, 333)
    assert "audit_events" not in everything
    for name in ("customers", "orders", "products", "blocklist", "todos"):
        items, deleted, _ = pull(agent, name, None, limit=5000)
        assert everything.get(name, set()) == {i["id"] for i in items} | set(deleted), name
    customer = new_customer(agent)
    todo = create(agent, "todos", {"title": "合并增量", "customer_id": customer["id"]})
    news, cursor2 = pull_all(agent, cursor, 1)
    assert news["customers"] == {customer["id"]} and news["todos"] == {todo["id"]}
    assert int(cursor2) > int(cursor)
    only, _ = pull_all(agent, cursor, 100, entities="todos")
    assert set(only) == {"todos"}
    assert agent.get("/changes", params={"entities": "nope"}).status_code == 422
    assert agent.get("/changes", params={"cursor": cursor2}).json()["has_more"] is False


def test_a_later_sequence_cannot_commit_before_an_earlier_one(backoffice_pg: BackofficeProcess) -> None:
    """On PostgreSQL: while one write holds sequence N uncommitted, the next write waits, so a reader can
    never see N+1 without N (the case that makes naive sequences skip rows)."""
    from sqlalchemy import select

    from backoffice import tables as t
    from backoffice.db import Database, WriteContext

    db = Database(backoffice_pg.db_url)
    try:
        with db.read.connect() as conn:
            a, b = [row.id for row in conn.execute(select(t.products.c.id).limit(2))]
            start = conn.execute(select(t.counters.c.value).where(t.counters.c.id == 1)).scalar_one()
        first = db.write.connect()
        tx = first.begin()
        ctx = WriteContext(first)
        ctx.touch(t.products, a)
        ctx.stamp()  # holds seq start+1, not committed
        second_done = threading.Event()

        def second() -> None:
            with db.write.begin() as conn:
                later = WriteContext(conn)
                later.touch(t.products, b)
                later.stamp()
            second_done.set()

        thread = threading.Thread(target=second)
        thread.start()
        assert not second_done.wait(1.0)  # blocked behind the first writer's counter lock
        with db.read.connect() as conn:
            assert conn.execute(select(t.products.c.id).where(t.products.c.change_seq > start)).all() == []
        tx.commit()
        first.close()
        thread.join(10)
        assert second_done.is_set()
        with db.read.connect() as conn:
            rows = conn.execute(
                select(t.products.c.id, t.products.c.change_seq)
                .where(t.products.c.change_seq > start)
                .order_by(t.products.c.change_seq)
            ).all()
        assert [r.id for r in rows] == [a, b]
    finally:
        db.dispose()


def test_each_agent_gets_only_their_own_todos_from_the_shared_feed(bo: BackofficeProcess) -> None:
    """The feed's statements are built once for every agent (the user id is a parameter): one agent's
    pull must never hand another agent's own to-dos or call-backs."""
    first, second = bo.session("agent"), bo.session("agent001")
    _, start = pull_all(first, None, 5000)
    customer = new_customer(first)
    mine = create(first, "todos", {"title": "只给我", "customer_id": customer["id"]})
    theirs = create(second, "todos", {"title": "只给他", "customer_id": customer["id"]})
    for session, own, other in ((first, mine, theirs), (second, theirs, mine), (first, mine, theirs)):
        seen, _ = pull_all(session, start, 2)
        assert own["id"] in seen["todos"] and other["id"] not in seen["todos"]
