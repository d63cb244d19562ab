"""Helpers of the CRM client tests: users on a real back office, clients, stores, engines."""

from __future__ import annotations

from pathlib import Path

from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.sync import SyncConfig, SyncEngine

PASSWORD = "correct-horse-battery"


def make_user(db_url: str, username: str, role: str = "agent", password: str = PASSWORD) -> None:
    """Create a back-office user (or reset its password) directly in its database."""
    from backoffice.accounts import ensure_user

    ensure_user(db_url, username, password, role=role, display_name=username)


def client_for(url: str, username: str, *, retries: int = 1, timeout_s: float = 5.0) -> CrmClient:
    client = CrmClient(
        ClientConfig(url, timeout_s=timeout_s, connect_timeout_s=1.0, retries=retries, backoff_factor=0.05),
        credentials=lambda: (username, PASSWORD),
    )
    client.login(username, PASSWORD)
    return client


def engine_for(client: CrmClient, path: Path, **config) -> SyncEngine:
    config.setdefault("backoff_min_s", 0.05)
    config.setdefault("backoff_max_s", 0.5)
    return SyncEngine(client, Store(path), SyncConfig(**config))


def customer_body(phone: str, name: str = "王芳", **extra) -> dict:
    body = {
        "name": name,
        "phones": [{"number": phone}],
        "address": {"province": "浙江省", "city": "杭州市", "district": "西湖区", "street": "文一路 1 号"},
    }
    body.update(extra)
    return body
