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
    items, _, cursor = pull(agent, "customers", None, limit=77)
    ids = [c["id"] for c in items]
    assert len(ids) == len(set(ids)) == agent.get("/customers", params={"limit": 1}).json()["total"]
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
            r = s.post("/contacts", json={"customer_id": customer["id"], "channel": "note", "summary": f"{n}-{i}"},
                       headers=key())
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
