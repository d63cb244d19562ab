"""Helpers of the CRM client tests: users on a real back office, clients, stores, engines."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from pathlib import Path

from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.sync import SyncConfig, SyncEngine

PASSWORD = "correct-horse-battery"


def make_user(db_url: str, username: str, role: str = "agent", password: str = PASSWORD) -> None:
    """Create a back-office user directly in its database."""
    try:
        from backoffice.users import ensure_user
    except ImportError:  # until the back office exposes it
        ensure_user = None
    if ensure_user is not None:
        ensure_user(db_url, username, password, role=role, display_name=username)
        return
    from backoffice import tables as t
    from backoffice.db import Database
    from backoffice.security import hash_password

    db = Database(db_url)
    now = datetime.now(timezone.utc)
    with db.write.begin() as conn:
        conn.execute(t.users.insert().values(
            id=str(uuid.uuid4()), version=1, created_at=now, updated_at=now, username=username,
            display_name=username, role=role, password_hash=hash_password(password), active=True))
    db.dispose()


def client_for(url: str, username: str, *, retries: int = 1, timeout_s: float = 5.0) -> CrmClient:
    client = CrmClient(ClientConfig(url, timeout_s=timeout_s, connect_timeout_s=1.0, retries=retries,
                                    backoff_factor=0.05),
                       credentials=lambda: (username, PASSWORD))
    client.login(username, PASSWORD)
    return client


def engine_for(client: CrmClient, path: Path, **config) -> SyncEngine:
    config.setdefault("backoff_min_s", 0.05)
    config.setdefault("backoff_max_s", 0.5)
    return SyncEngine(client, Store(path), SyncConfig(**config))


def customer_body(phone: str, name: str = "王芳", **extra) -> dict:
    body = {"name": name, "phones": [{"number": phone}],
            "address": {"province": "浙江省", "city": "杭州市", "district": "西湖区", "street": "文一路 1 号"}}
    body.update(extra)
    return body
