"""The delta feed writes customers, contact events and orders from their rows without pydantic models: the
JSON must be exactly what the read models give (seeded records and records written through the API,
whose timestamps carry microseconds), on SQLite and PostgreSQL."""

from __future__ import annotations

import json

from sqlalchemy import select

from backoffice.app import BackOffice
from backoffice.db import Database
from tests.backoffice.conftest import create, new_customer, new_order
from tests.fixtures.backoffice import BackofficeProcess


def test_feed_records_equal_their_read_models(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    customer = new_customer(agent, tags=["新客"], vip_level=2, notes="晚上来电")
    create(
        agent, "contacts", {"customer_id": customer["id"], "channel": "call", "direction": "inbound", "summary": "咨询"}
    )
    new_order(agent, customer["id"])
    db = Database(bo.db_url)
    try:
        office = BackOffice(db)
        with db.read.connect() as conn:
            for name in ("customers", "contacts", "orders"):
                resource = office.resources[name]
                table = resource.table
                rows = conn.execute(select(table).order_by(table.c.change_seq.desc()).limit(300)).all()
                assert len(rows) > 1
                expected = [m.model_dump(mode="json") for m in resource.to_read(conn, rows)]
                got = resource.dump(conn, rows)
                assert json.dumps(got, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)
    finally:
        db.dispose()
