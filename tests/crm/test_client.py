"""The HTTP client against the real back office: typed results and one exception per kind of answer."""

from __future__ import annotations

import uuid

import pytest

from crm.client import ClientConfig, CrmClient
from crm.client_errors import (
    AuthenticationFailed,
    CrmUnavailable,
    NotFound,
    PermissionDenied,
    StateConflict,
    ValidationFailed,
    VersionMismatch,
)
from crm.schemas import CustomerRead
from tests.crm.helpers import client_for, customer_body


@pytest.fixture
def agent(live_backoffice):
    client = client_for(live_backoffice.url, "agent1")
    yield client
    client.close()


def test_wrong_password_is_an_authentication_error(live_backoffice):
    client = CrmClient(ClientConfig(live_backoffice.url))
    with pytest.raises(AuthenticationFailed):
        client.login("agent1", "not-the-password")
    assert not client.signed_in


def test_typed_records_and_errors(agent, supervisor):
    created = agent.create("customers", customer_body("13800001234"))
    assert isinstance(created, CustomerRead) and created.phones[0].normalized == "+8613800001234"
    with pytest.raises(NotFound):
        agent.get("customers", str(uuid.uuid4()))
    with pytest.raises(ValidationFailed) as bad:
        agent.create_raw(
            "orders",
            {"customer_id": created.id, "lines": [{"sku": "NO-SUCH", "quantity": 1}], "delivery_address": {}},
            key=str(uuid.uuid4()),
        )
    assert "lines.0.sku" in bad.value.errors
    with pytest.raises(PermissionDenied):
        agent.create("products", {"sku": "XX-1", "name": "x", "price_cents": 1})
    updated = agent.update("customers", created.id, {"notes": "v2"}, version=1)
    with pytest.raises(VersionMismatch) as stale:
        agent.update("customers", created.id, {"notes": "v3"}, version=1)
    assert stale.value.current["version"] == updated.version == 2
    order = agent.create(
        "orders",
        {
            "customer_id": created.id,
            "lines": [{"sku": "MC-1002", "quantity": 1}],
            "delivery_address": {"city": "杭州市"},
        },
    )
    supervisor.action("orders", order.id, "sort", version=1)
    supervisor.action("orders", order.id, "ship", {"courier": "顺丰", "tracking_number": "SF0001"}, version=2)
    with pytest.raises(StateConflict) as locked:
        agent.update("orders", order.id, {"requests": "late"}, version=3)
    assert locked.value.code == "order_locked"


def test_a_repeated_key_creates_once(agent, supervisor):
    body = customer_body("13800005678")
    body["id"] = str(uuid.uuid4())
    key = str(uuid.uuid4())
    first = agent.create_raw("customers", body, key=key)
    again = agent.create_raw("customers", body, key=key)
    assert first == again and supervisor.total("customers") == 1


def test_expired_token_is_renewed_and_a_stopped_server_is_unavailable(live_backoffice, agent):
    agent._token = "expired-or-revoked"
    assert agent.total("customers") == 0  # signed in again behind the scenes
    live_backoffice.stop()
    with pytest.raises(CrmUnavailable):
        agent.total("customers")
    live_backoffice.start()
