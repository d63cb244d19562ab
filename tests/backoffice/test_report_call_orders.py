"""Orders per call from the calls' roll-up, on SQLite and PostgreSQL: an order taken on an old call
after the roll-up was built (weeks after the call), cancelled, or moved with its call to another
media source counts in the next report exactly as the plain-Python reference counts it; and the
revision that adds the orders to the roll-up counts them for the slices already there."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select, update

from backoffice import tables as t
from backoffice.db import Database
from backoffice.reports.call_rollup import refresh
from backoffice.reports.hours import hour_of
from backoffice.reports.tables import call_agent_hours, call_agent_slices, call_slices
from backoffice.reports.timeframe import to_ms
from backoffice.schema import alembic_config
from benchmarks.reports import fill
from tests.backoffice import report_reference as ref
from tests.backoffice.conftest import if_match, key, new_customer, new_order
from tests.backoffice.test_reports import assert_report, bo, centre, kpis  # noqa: F401  (fixtures)
from tests.fixtures.backoffice import BackofficeProcess

VIEWS = (("hour", "agent"), ("15min", "media_source"), ("day", "dnis"), ("none", "none"))
BEFORE_ORDERS = "0020_campaign_record_names"
"""The revision before the roll-up kept the orders taken on the calls."""


def _age(bo: BackofficeProcess, call_ids: list[str]) -> None:
    """The call logs were written an hour ago: the roll-up no longer looks at them for being recent."""
    db = Database(bo.db_url)
    with db.write.begin() as conn:
        stamp = datetime.now(timezone.utc) - timedelta(hours=1)
        conn.execute(update(t.call_logs).where(t.call_logs.c.id.in_(call_ids)).values(updated_at=stamp))
    db.dispose()


def test_an_order_on_an_old_call_counts_for_the_call_in_the_next_report(
    bo: BackofficeProcess, centre: dict[str, Any]
) -> None:
    admin, data = bo.session("admin"), centre["data"]
    a, b = centre["a"]["id"], centre["b"]["id"]
    answered = [c for c in data.calls if ref.START <= c["ring_at"] < ref.END and c["answer_at"] is not None]
    of_a = next(c for c in answered if c["agent_id"] == a)
    of_b = next(c for c in answered if c["agent_id"] == b and c["media_source_id"] is not None)

    def check() -> None:
        for interval, group_by in VIEWS:
            report = kpis(admin, interval=interval, group_by=group_by, team=centre["team"])
            assert_report(report, ref.reference(data, interval, group_by))

    def take(agent: str, call: dict[str, Any]) -> dict[str, Any]:
        order = new_order(centre["sessions"][agent], new_customer(admin)["id"], call_log_id=call["id"])
        taken = datetime.fromisoformat(order["created_at"])
        assert taken - call["ring_at"] > timedelta(days=7)  # keyed in weeks after the call
        data.orders.append(
            {
                "id": order["id"],
                "agent_id": agent,
                "created_at": taken,
                "status": order["status"],
                "call_log_id": call["id"],
                "media_source_id": None,
                "total_cents": order["total_cents"],
            }
        )
        return order

    _age(bo, [of_a["id"], of_b["id"]])
    check()  # the roll-up brought up to now: the calls are not counted again for being recent
    before = kpis(admin, interval="none", group_by="agent", team=centre["team"])
    conversion = {row["key"]: row["values"]["conversion"] for row in before["rows"]}
    order = take(a, of_a)
    check()
    after = kpis(admin, interval="none", group_by="agent", team=centre["team"])
    handled = next(row["values"]["handled"] for row in after["rows"] if row["key"] == a)
    raised = next(row["values"]["conversion"] for row in after["rows"] if row["key"] == a)
    assert raised == pytest.approx(conversion[a] + 1 / handled, abs=1e-6)
    # cancelled: no longer counted
    r = centre["agent"].post(f"/orders/{order['id']}/cancel", headers=if_match(order))
    assert r.status_code == 200 and r.json()["status"] == "cancelled", r.text
    data.orders[-1]["status"] = "cancelled"
    check()
    # b's order, changed before the next report, counts where b's call counts: with the call's media
    # source, and after that changed
    order = take(b, of_b)
    lines = {"lines": [{"sku": "HK-2003", "quantity": 2}]}
    r = centre["sessions"][b].patch(f"/orders/{order['id']}", json=lines, headers=if_match(order))
    assert r.status_code == 200 and r.json()["version"] == 2, r.text
    data.orders[-1]["total_cents"] = r.json()["total_cents"]
    check()
    other = next(m for m in data.media if m != of_b["media_source_id"])
    call = admin.get(f"/call_logs/{of_b['id']}").json()
    r = admin.patch(f"/call_logs/{of_b['id']}", json={"media_source_id": other}, headers={**key(), **if_match(call)})
    assert r.status_code == 200, r.text
    of_b["media_source_id"] = other
    check()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'crm.db'}"
    return request.getfixturevalue("postgres_cluster").create_database(f"callorders{time.monotonic_ns()}")


def _rolled_up(db: Database) -> dict[str, dict[tuple[Any, ...], int]]:
    """Each roll-up table's ``call_orders`` by primary key."""
    out: dict[str, dict[tuple[Any, ...], int]] = {}
    with db.read.connect() as conn:
        for table in (call_slices, call_agent_slices, call_agent_hours):
            keys = list(table.primary_key.columns)
            rows = conn.execute(select(*keys, table.c.call_orders))
            out[table.name] = {tuple(row[:-1]): int(row[-1]) for row in rows}
    return out


def test_the_upgrade_counts_the_orders_of_the_calls_already_rolled_up(db_url: str) -> None:
    db = Database(db_url)
    db.create_schema()
    fill(db, 3_000, 10, 3, datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0))
    o, c = t.orders.c, t.call_logs.c
    with db.write.begin() as conn:  # one order in five cancelled; one moved to a call not answered
        ids = [row.id for row in conn.execute(select(o.id).order_by(o.id))]
        conn.execute(update(t.orders).where(o.id.in_(ids[::5])).values(status="cancelled"))
        missed = conn.execute(select(c.id).where(c.answer_at.is_(None)).limit(1)).scalar_one()
        conn.execute(update(t.orders).where(o.id == ids[1]).values(call_log_id=missed))
        calls = {row.id: row for row in conn.execute(select(c.id, c.agent_id, c.ring_at, c.answer_at))}
        orders = conn.execute(select(o.call_log_id, o.status)).all()
    want: dict[tuple[int, str], int] = {}  # per UTC hour and agent, worked out here
    for order in orders:
        call = calls[order.call_log_id]
        if order.status != "cancelled" and call.answer_at is not None:
            place = (hour_of(to_ms(call.ring_at)), call.agent_id)
            want[place] = want.get(place, 0) + 1
    refresh(db)
    rolled = _rolled_up(db)
    hours = {place: n for place, n in rolled["call_agent_hours"].items() if n}
    assert hours == want and sum(want.values()) > 200
    assert sum(rolled["call_slices"].values()) == sum(rolled["call_agent_slices"].values()) == sum(want.values())
    with db.write.connect() as conn:  # the database as the release before kept it, roll-up and all
        command.downgrade(alembic_config(conn), BEFORE_ORDERS)
        conn.commit()
    db.dispose()
    upgraded = Database(db_url)
    upgraded.create_schema()  # the upgrade the server makes when it starts
    assert _rolled_up(upgraded) == rolled
    upgraded.dispose()
