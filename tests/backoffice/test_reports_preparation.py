"""The reports' roll-ups are counted in the background, never in a report's request: while the calls
are counted again (here after a threshold changed; after an upgrade the same happens from the
server's start) a report is answered at once with 503 ``reports_preparing`` and ``Retry-After``; once
counted, its figures equal the reference computation with the new threshold, a call log that arrived
meanwhile for a closed hour included. PostgreSQL: the count is held back by taking its advisory lock."""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select

from backoffice.reports.call_rollup import COUNT_LOCK
from backoffice.reports.preparation import PREPARING, RETRY_AFTER_S, WAIT_S
from tests.backoffice import report_reference as ref
from tests.backoffice.conftest import key
from tests.backoffice.test_reports import (
    PERIOD,
    _as_reference,
    assert_report,
    centre,  # noqa: F401  (a fixture over ``bo``)
)
from tests.fixtures.backoffice import ApiSession, BackofficeProcess


@pytest.fixture
def bo(reports_server_pg: BackofficeProcess) -> BackofficeProcess:
    return reports_server_pg


def report_when_prepared(session: ApiSession, params: dict[str, Any]) -> dict[str, Any]:
    deadline = time.monotonic() + 60
    while True:
        r = session.get("/reports/kpis", params={**PERIOD, **params})
        if r.status_code != 503 or time.monotonic() > deadline:
            assert r.status_code == 200, r.text
            return dict(r.json())


def test_a_report_is_answered_at_once_while_the_calls_are_counted_again(
    bo: BackofficeProcess,
    centre: dict[str, Any],
) -> None:
    admin, data = bo.session("admin"), centre["data"]
    params = {"interval": "hour", "group_by": "agent", "team": centre["team"]}
    report_when_prepared(admin, params)
    before = admin.get("/reports/settings").json()["sl_target_s"]
    engine = create_engine(bo.db_url)
    try:
        with engine.connect() as conn:
            conn.execute(select(func.pg_advisory_lock(COUNT_LOCK)))  # the count waits for it
            conn.commit()
            assert admin.put("/reports/settings", json={"sl_target_s": before + 7}).status_code == 200
            began = time.monotonic()
            r = admin.get("/reports/kpis", params={**PERIOD, **params})
            assert r.status_code == 503, r.text
            assert r.json()["code"] == PREPARING and r.headers["Retry-After"] == str(RETRY_AFTER_S)
            assert time.monotonic() - began < WAIT_S + 5  # not kept waiting for the count
            # meanwhile a desktop that was offline sends a call of a closed hour
            body = {
                "direction": "inbound",
                "ring_at": ref.local(1, "14:20:00"),
                "answer_at": ref.local(1, "14:20:26"),
                "end_at": ref.local(1, "14:23:00"),
                "talk_seconds": 154,
                "dnis": "4001234567",
                "agent_id": centre["a"]["id"],
            }
            r = admin.post("/call_logs", json=body, headers=key())
            assert r.status_code == 201, r.text
            data.calls.append(_as_reference(r.json()))
            conn.execute(select(func.pg_advisory_unlock(COUNT_LOCK)))
            conn.commit()
        report = report_when_prepared(admin, params)
        assert_report(report, ref.reference(data, "hour", "agent", settings=ref.Settings(sl_target_s=before + 7)))
        hour = next(
            r for r in report["rows"] if r["bucket"] == ref.local(1, "14:00:00") and r["key"] == body["agent_id"]
        )
        assert hour["values"]["answered"] >= 1  # the late call is in its hour (the reference agrees on every figure)
    finally:
        admin.put("/reports/settings", json={"sl_target_s": before})
        engine.dispose()
    report_when_prepared(admin, params)  # counted again with the threshold as it was, for the next tests
