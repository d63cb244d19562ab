"""The idempotency store keeps nothing derived from a password: its request hash is an HMAC with the
server's secret over the request without its secret fields (issue 18, item 6)."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from backoffice import tables as t
from backoffice.auth_tables import server_secrets
from backoffice.db import Database
from backoffice.writes import request_hash
from tests.fixtures.backoffice import BackofficeProcess


def stored(db_url: str, user_id: str, idem_key: str) -> tuple[Any, list[str]]:
    db = Database(db_url)
    try:
        with db.read.connect() as conn:
            row = conn.execute(
                select(t.idempotency).where(t.idempotency.c.user_id == user_id, t.idempotency.c.key == idem_key)
            ).one()
            secrets = list(conn.execute(select(server_secrets.c.value)).scalars())
        return row, secrets
    finally:
        db.dispose()


def _user_body() -> dict[str, Any]:
    return {
        "username": f"h{uuid.uuid4().hex[:10]}",
        "display_name": "哈希测试",
        "role": "agent",
        "password": "secret-" + uuid.uuid4().hex,
    }


def test_the_request_hash_is_keyed_and_leaves_the_password_out(bo: BackofficeProcess) -> None:
    admin = bo.session("admin")
    admin_id = admin.get("/auth/me").json()["id"]
    body, idem = _user_body(), str(uuid.uuid4())
    first = admin.post("/users", json=body, headers={"Idempotency-Key": idem})
    assert first.status_code == 201
    row, secrets = stored(bo.db_url, admin_id, idem)
    assert body["password"] not in row.body
    path = "/api/v1/users"
    canonical = json.dumps(["POST", path, body, None], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert row.request_hash != hashlib.sha256(canonical.encode()).hexdigest()  # what it was: password included
    assert len(secrets) == 1 and len(secrets[0]) >= 32
    assert row.request_hash == request_hash(secrets[0].encode(), "POST", path, {**body, "password": "?"}, None)
    replay = admin.post("/users", json=body, headers={"Idempotency-Key": idem})
    assert replay.status_code == 201 and replay.headers.get("Idempotent-Replay") == "true"
    assert replay.json() == first.json()
    other = admin.post("/users", json={**body, "display_name": "另一个"}, headers={"Idempotency-Key": idem})
    assert other.status_code == 422 and other.json()["detail"][0]["type"] == "idempotency_key_reused"


@pytest.mark.e2e
def test_configured_secrets_take_over_and_keep_earlier_replays(backoffice_factory: Any) -> None:
    bo = backoffice_factory(seed_customers=0)
    admin = bo.session("admin")
    body, idem = _user_body(), str(uuid.uuid4())
    first = admin.post("/users", json=body, headers={"Idempotency-Key": idem})
    assert first.status_code == 201
    bo.env["BACKOFFICE_SECRET"] = "rotated-secret-0123456789"
    bo.restart()
    admin = bo.session("admin")
    replay = admin.post("/users", json=body, headers={"Idempotency-Key": idem})  # signed with the stored one
    assert replay.status_code == 201 and replay.headers.get("Idempotent-Replay") == "true"
    body2, idem2 = _user_body(), str(uuid.uuid4())
    assert admin.post("/users", json=body2, headers={"Idempotency-Key": idem2}).status_code == 201
    admin_id = admin.get("/auth/me").json()["id"]
    row, _ = stored(bo.db_url, admin_id, idem2)
    assert row.request_hash == request_hash(b"rotated-secret-0123456789", "POST", "/api/v1/users", body2, None)
