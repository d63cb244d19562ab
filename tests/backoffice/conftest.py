"""The back-office API suite runs against SQLite and PostgreSQL: use the ``bo`` fixture."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.fixtures.backoffice import ApiSession, BackofficeProcess


@pytest.fixture(params=["sqlite", "postgresql"])
def bo(request: pytest.FixtureRequest) -> BackofficeProcess:
    """The seeded back office, once per database engine."""
    name = "backoffice_server" if request.param == "sqlite" else "backoffice_pg"
    return request.getfixturevalue(name)


def key() -> dict[str, str]:
    return {"Idempotency-Key": str(uuid.uuid4())}


def if_match(record: dict[str, Any]) -> dict[str, str]:
    return {"If-Match": f'"{record["version"]}"'}


def create(session: ApiSession, entity: str, body: dict[str, Any], status: int = 201) -> dict[str, Any]:
    r = session.post(f"/{entity}", json=body, headers=key())
    assert r.status_code == status, r.text
    return r.json()


def new_customer(session: ApiSession, **fields: Any) -> dict[str, Any]:
    body = {
        "name": "测试客户",
        "phones": [{"number": f"186{uuid.uuid4().int % 10**8:08d}"}],
        "address": {"province": "浙江省", "city": "杭州市", "district": "西湖区", "street": "文三路1号"},
    }
    body.update(fields)
    return create(session, "customers", body)


def new_order(session: ApiSession, customer_id: str, **fields: Any) -> dict[str, Any]:
    body = {
        "customer_id": customer_id,
        "lines": [{"sku": "HK-2003", "quantity": 1}],
        "delivery_address": {"province": "浙江省", "city": "杭州市", "street": "文三路1号"},
    }
    body.update(fields)
    return create(session, "orders", body)
