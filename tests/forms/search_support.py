"""Fixtures shared by the search, customer and complaint form tests (import them into a test module)."""

from __future__ import annotations

import uuid

import pytest

from agent_desktop.shell.tasks import BackgroundTasks
from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.store.search import LocalCustomerSearch
from crm.sync import SyncConfig, SyncEngine


@pytest.fixture
def tasks(qtbot):
    """The shell's background-work helper (two workers), shut down after the test."""
    tasks = BackgroundTasks(max_workers=2)
    yield tasks
    tasks.shutdown()


def agent_engine(server, path, entities: tuple[str, ...], username: str = "agent") -> SyncEngine:
    """A sync engine signed in to ``server`` (a BackofficeProcess) over a fresh store with the
    search index; the caller closes ``engine.store`` and ``engine.client``."""
    client = CrmClient(ClientConfig(server.url, timeout_s=10, retries=0))
    client.login(username, server.credentials[username])
    store = Store(path)
    LocalCustomerSearch(store)
    return SyncEngine(client, store, SyncConfig(entities=entities))


def close_engine(engine: SyncEngine) -> None:
    engine.store.close()
    engine.client.close()


def mobile(prefix: str = "135") -> str:
    """A random mobile number nobody else uses."""
    return f"{prefix}{uuid.uuid4().int % 10**8:08d}"
