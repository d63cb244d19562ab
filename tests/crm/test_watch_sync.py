"""An idle client learns of other agents' changes through the long poll, without polling."""

from __future__ import annotations

import time

import pytest

from crm.sync import SyncEngine
from tests.crm.helpers import client_for, customer_body, engine_for, make_user

pytestmark = pytest.mark.e2e


def _engine(server, tmp_path, name: str, **config) -> SyncEngine:
    make_user(server.db_url, name)
    return engine_for(client_for(server.url, name), tmp_path / f"{name}.db", entities=("customers",), **config)


def _count_requests(engine: SyncEngine) -> list[str]:
    sent: list[str] = []
    request = engine.client.request

    def counting(method, path, **kwargs):
        sent.append(path)
        return request(method, path, **kwargs)

    engine.client.request = counting
    return sent


def test_a_change_by_another_agent_arrives_at_once_and_an_idle_client_sends_almost_nothing(
    backoffice_factory, tmp_path
):
    server = backoffice_factory(seed_customers=0)
    engine = _engine(server, tmp_path, "agent_a", interval_s=300, watch_timeout_s=2)
    sent = _count_requests(engine)
    engine.start()
    try:
        deadline = time.monotonic() + 10
        while not engine._watcher.active and time.monotonic() < deadline:
            time.sleep(0.05)
        assert engine._watcher.active
        sent.clear()
        time.sleep(3.5)  # idle: only long polls, each held ~2 s
        assert sent and set(sent) == {"/changes/watch"} and len(sent) <= 3

        other = server.session("agent")
        created = other.post("/customers", json=customer_body("13700001234", name="李雷")).json()
        deadline = time.monotonic() + 5  # far less than interval_s = 300
        while engine.store.get("customers", created["id"]) is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert engine.store.get("customers", created["id"])["name"] == "李雷"
    finally:
        engine.stop()


def test_without_the_long_poll_the_engine_pulls_on_its_interval(backoffice_factory, tmp_path):
    server = backoffice_factory(seed_customers=0)
    engine = _engine(server, tmp_path, "agent_a", interval_s=0.3)

    def old_server(since, timeout_s):
        from crm.client_errors import NotFound

        raise NotFound("no such endpoint")

    engine.client.watch_changes = old_server
    engine.start()
    try:
        created = server.session("admin").post("/customers", json=customer_body("13700004321")).json()
        deadline = time.monotonic() + 5
        while engine.store.get("customers", created["id"]) is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert engine.store.get("customers", created["id"]) is not None
        assert not engine._watcher.active
    finally:
        engine.stop()
