"""Property-based fuzzing of the whole API (schemathesis, tests/backoffice/fuzz.py) against a live back
office on loopback, with a fixed seed: no 5xx, no undocumented status, no answer that breaks its
documented schema, as every role. Each server is private: fuzzing writes (rules, settings, users).

The ordinary suite runs a short pass on SQLite (well under a minute); the e2e part a pass on PostgreSQL.
Findings the fuzzer made are kept as plain regression tests below.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.backoffice.fuzz import fuzz
from tests.fixtures.backoffice import BackofficeProcess


def _assert_clean(server: BackofficeProcess, examples: int, negative: int) -> None:
    report = fuzz(server, examples=examples, negative_examples=negative)
    assert report.operations > 100 and report.requests >= report.operations * 2, report
    assert report.failures == [], "\n\n".join(report.failures)


def test_fuzzing_every_operation_on_sqlite_finds_no_server_error_or_schema_violation(backoffice_factory: Any) -> None:
    _assert_clean(backoffice_factory(seed_customers=0), examples=2, negative=1)


@pytest.mark.e2e
def test_fuzzing_every_operation_on_postgresql_finds_no_server_error_or_schema_violation(
    backoffice_factory: Any, postgres_cluster: Any
) -> None:
    server = backoffice_factory(seed_customers=0, db_url=postgres_cluster.create_database("fuzz"))
    _assert_clean(server, examples=6, negative=4)


def test_a_presence_change_dated_far_from_now_is_refused_by_name(backoffice_server: BackofficeProcess) -> None:
    """Found by the fuzzer: one change dated in year 1 made every later report compute 15-minute slices
    from then on, holding the write lock for minutes."""
    agent = backoffice_server.session("agent")
    for at in ("0001-01-01T00:00:00Z", "9999-12-31T00:00:00Z"):
        r = agent.post("/presence/events", json={"events": [{"seq": 1, "state": "ready", "at": at}]})
        assert r.status_code == 422, r.text
        assert r.json()["detail"][0]["loc"] == ["body", "events", 0, "at"]


def test_times_out_of_range_once_in_utc_are_422_not_500(backoffice_server: BackofficeProcess) -> None:
    """Found by the fuzzer: year 1 at +03:00 is year 0 in UTC, and a ``_to`` day of 9999-12-31 ends
    after year 9999; both made a 500."""
    agent = backoffice_server.session("agent")
    early = "0001-01-01T00:00:00+03:00"
    r = agent.get("/customers/search", params={"order_to": "9999-12-31"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "order_to"], r.text
    r = agent.post("/todos", json={"title": "x", "due_at": early})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "due_at"], r.text
    r = agent.get("/coaching/messages", params={"since": early})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][0] == "query", r.text


def test_a_stock_beyond_the_column_is_422_on_both_databases(bo: BackofficeProcess) -> None:
    """Found by the fuzzer on PostgreSQL: a stock of 2⁵⁶ passed validation and failed in the database."""
    sup = bo.session("supervisor")
    r = sup.post("/products", json={"sku": "FZ-0001", "name": "x", "price_cents": 1, "stock": 2**56})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "stock"], r.text


def test_a_workbook_export_with_control_characters_in_a_filter_is_not_a_500(
    backoffice_server: BackofficeProcess,
) -> None:
    """Found by the fuzzer: the team filter, as typed, goes into the workbook's definitions sheet, and a
    worksheet cannot hold control characters."""
    admin = backoffice_server.session("admin")
    r = admin.get("/reports/export.xlsx", params={"team": "一组\x16\x03", "interval": "day"})
    assert r.status_code == 200, r.text[:300]
    assert r.content[:2] == b"PK"  # a workbook (a zip file)
