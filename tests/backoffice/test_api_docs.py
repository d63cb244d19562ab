"""``/openapi.json`` says what the API does (issue 18, item 9): the answers each operation can give, the
headers it needs and their formats; and what it says of durability holds (item 11)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from backoffice.app import create_app
from backoffice.db import Database
from tests.fixtures.backoffice import BackofficeProcess


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    app = create_app(f"sqlite:///{tmp_path_factory.mktemp('openapi') / 'crm.db'}")
    app.state.bo.db.dispose()
    return app.openapi()


def _operations(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(f"{m.upper()} {p}", op) for p, methods in spec["paths"].items() for m, op in methods.items()]


def _param(op: dict[str, Any], where: str, name: str) -> dict[str, Any] | None:
    return next((p for p in op.get("parameters", []) if p["in"] == where and p["name"].lower() == name), None)


def test_every_operation_documents_the_answers_it_can_give(spec: dict[str, Any]) -> None:
    missing = []
    for label, op in _operations(spec):
        method = label.split()[0]
        expected = {"413", "422"}
        if op.get("security"):
            expected |= {"401", "403"} | ({"409", "503"} if method != "GET" else set())
        if any(p["in"] == "path" for p in op.get("parameters", [])):
            expected.add("404")
        if _param(op, "header", "if-match"):
            expected |= {"412", "428"}
        lacking = expected - set(op["responses"])
        if lacking:
            missing.append(f"{label}: {sorted(lacking)}")
    assert missing == []
    login = spec["paths"]["/api/v1/auth/login"]["post"]["responses"]
    assert {"401", "429"} <= set(login)  # particular to signing in


def test_if_match_is_required_where_a_change_needs_it_and_formats_are_stated(spec: dict[str, Any]) -> None:
    ops = dict(_operations(spec))
    for label in ("PATCH /api/v1/customers/{record_id}", "POST /api/v1/orders/{record_id}/cancel"):
        if_match = _param(ops[label], "header", "if-match")
        assert if_match is not None and if_match["required"] is True
        assert if_match["schema"]["pattern"] == '^(W/)?"?[0-9]{1,9}"?$'
    key = _param(ops["POST /api/v1/customers"], "header", "idempotency-key")
    assert key is not None and (key["schema"]["minLength"], key["schema"]["maxLength"]) == (8, 200)
    cursor = _param(ops["GET /api/v1/customers/changes"], "query", "cursor")
    assert cursor is not None and cursor["schema"]["pattern"] == "^[0-9]{0,18}$"
    name = _param(ops["GET /api/v1/customers/search"], "query", "name")
    assert name is not None and "prefix" in name["description"]  # what the search does, not "a part"


def test_a_body_that_is_not_utf8_json_is_a_422_naming_the_body(backoffice_server: BackofficeProcess) -> None:
    agent = backoffice_server.session("agent")
    r = agent.post("/customers", data=b"\xff\xfe{", headers={"Content-Type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.json()["detail"][0]["loc"] == ["body"]


def test_acknowledged_writes_are_synced_to_disk_before_the_answer(tmp_path: Path) -> None:
    """SQLite's ``synchronous=FULL`` on the connections that commit clients' writes: an acknowledged
    write survives a power loss, not only a crash of the server."""
    db = Database(str(tmp_path / "crm.db"))
    try:
        with db.write.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        db.dispose()
