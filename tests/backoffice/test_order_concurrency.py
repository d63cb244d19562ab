"""Order creation under concurrency: unique numbers, no lock held from preparation to commit, and a
delta feed that never skips a change while many writers commit out of order (PostgreSQL, two workers)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from tests.backoffice.conftest import key, new_customer, new_order
from tests.fixtures.backoffice import BackofficeProcess


def test_order_numbers_stay_unique_under_concurrent_creators(bo: BackofficeProcess) -> None:
    customer = new_customer(bo.session("agent"))
    sessions = [bo.session(f"agent{n:03d}") for n in range(1, 9)]

    def place(n: int) -> str:
        return str(new_order(sessions[n % len(sessions)], customer["id"])["number"])

    with ThreadPoolExecutor(8) as pool:
        numbers = list(pool.map(place, range(48)))
    assert len(set(numbers)) == 48 and all(n.startswith("SO") for n in numbers)


def test_an_order_being_created_does_not_hold_up_the_next_one(backoffice_pg: BackofficeProcess) -> None:
    """On PostgreSQL an order number comes from a sequence: a creation still in its transaction (it has
    taken its number) no longer makes every other creation wait for its commit."""
    from backoffice.db import Database, next_order_serial

    agent = backoffice_pg.session("agent")
    customer = new_customer(agent)
    db = Database(backoffice_pg.db_url)
    try:
        with db.write.begin() as conn:
            held = next_order_serial(conn)  # taken, not committed
            placed = new_order(agent, customer["id"])  # the 10 s timeout of the session: not waiting
            assert int(placed["number"].rsplit("-", 1)[1]) > held
    finally:
        db.dispose()


@pytest.mark.e2e
def test_the_feed_never_skips_a_change_of_concurrent_writers_on_two_workers(
    backoffice_factory: Any, backoffice_pg: BackofficeProcess
) -> None:
    # two more worker processes on the seeded PostgreSQL database
    server = backoffice_factory(seed_customers=None, db_url=backoffice_pg.db_url, args=("--workers", "2"))
    agent = server.session("agent")
    customer = new_customer(agent)
    start = agent.get("/changes", params={"entities": "orders,contacts", "limit": 1}).json()
    while start["has_more"]:  # to the end of the feed
        start = agent.get("/changes", params={"entities": "orders,contacts", "cursor": start["cursor"]}).json()
    created: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def writer(n: int) -> None:
        session = server.session(f"agent{n + 1:03d}")
        for i in range(8):
            if i % 2:
                r = session.post(
                    "/contacts",
                    json={"customer_id": customer["id"], "channel": "note", "summary": f"{n}-{i}"},
                    headers=key(),
                )
                assert r.status_code == 201, r.text
                made = r.json()["id"]
            else:
                made = new_order(session, customer["id"])["id"]
            with lock:
                created.append(made)

    seen: list[str] = []
    cursor = start["cursor"]

    def pull(session: Any) -> bool:
        nonlocal cursor
        body = session.get("/changes", params={"entities": "orders,contacts", "cursor": cursor, "limit": 5}).json()
        seen.extend(item["id"] for page in body["changes"].values() for item in page["items"])
        cursor = body["cursor"]
        return bool(body["has_more"])

    def reader() -> None:
        session = server.session("supervisor")  # sees every agent's records
        while not stop.is_set():
            pull(session)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    read = threading.Thread(target=reader)
    read.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    stop.set()
    read.join(60)
    supervisor = server.session("supervisor")
    while pull(supervisor):
        pass
    assert len(created) == 48
    assert set(created) <= set(seen)  # nothing skipped (an order's later stamps may repeat it)
