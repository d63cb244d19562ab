"""A real back office over HTTP on loopback for the CRM client tests (in this process's thread)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.crm.helpers import client_for, make_user


@dataclass
class LiveBackOffice:
    db_url: str
    server: object
    port: int = 0
    url: str = ""

    def start(self) -> None:
        from backoffice.server import ThreadedServer

        self.server = ThreadedServer(self.db_url, port=self.port)
        self.url = self.server.start()
        self.port = int(self.url.rsplit(":", 1)[1])

    def stop(self) -> None:
        self.server.stop()


@pytest.fixture
def live_backoffice(tmp_path):
    """Back office over SQLite with users agent1, agent2 (agents) and sup1 (supervisor)."""
    from backoffice.db import Database

    db_url = f"sqlite:///{tmp_path / 'backoffice.db'}"
    Database(db_url).create_schema()
    for name, role in (("agent1", "agent"), ("agent2", "agent"), ("sup1", "supervisor")):
        make_user(db_url, name, role)
    bo = LiveBackOffice(db_url, None)
    bo.start()
    yield bo
    bo.stop()


@pytest.fixture
def supervisor(live_backoffice):
    client = client_for(live_backoffice.url, "sup1")
    client.create("products", {"sku": "MC-1002", "name": "颈椎按摩仪", "price_cents": 69900, "stock": 100})
    yield client
    client.close()
