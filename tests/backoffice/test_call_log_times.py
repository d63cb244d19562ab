"""A call log's times stay in order on the server too: an answer before the ring or an end before the
call started is refused with a 422 naming the field, on create and on a later change, and nothing of it
is stored (on SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

from tests.backoffice.conftest import create, if_match
from tests.fixtures.backoffice import BackofficeProcess

CALL: dict[str, Any] = {
    "direction": "outbound",
    "callee": "13800138000",
    "ring_at": "2026-03-01T02:00:00Z",
    "answer_at": "2026-03-01T02:00:05Z",
    "end_at": "2026-03-01T02:03:05Z",
    "talk_seconds": 180,
}


def refused_field(r) -> str:
    assert r.status_code == 422, r.text
    return r.json()["detail"][0]["loc"][-1]


def test_times_out_of_order_are_refused_on_create_and_on_change(bo: BackofficeProcess) -> None:
    agent = bo.session("agent")
    r = agent.post("/call_logs", json={**CALL, "answer_at": "2026-03-01T01:59:59Z"}, headers={"Idempotency-Key": "t1"})
    assert refused_field(r) == "answer_at"
    call = create(agent, "call_logs", CALL)
    for change, field in (
        ({"answer_at": "2026-03-01T01:59:00Z"}, "answer_at"),  # before the ring
        ({"end_at": "2026-03-01T02:00:01Z"}, "end_at"),  # before the answer
        ({"answer_at": None, "end_at": "2026-03-01T01:00:00Z"}, "end_at"),  # unanswered, ended before the ring
        ({"answer_at": "2026-03-01T02:04:00Z"}, "end_at"),  # answered after it ended
    ):
        r = agent.patch(f"/call_logs/{call['id']}", json=change, headers=if_match(call))
        assert refused_field(r) == field, change
    stored = agent.get(f"/call_logs/{call['id']}").json()
    assert (stored["version"], stored["answer_at"], stored["end_at"]) == (
        call["version"],
        CALL["answer_at"],
        CALL["end_at"],
    )
    r = agent.patch(f"/call_logs/{call['id']}", json={"end_at": "2026-03-01T02:04:00Z"}, headers=if_match(call))
    assert r.status_code == 200 and r.json()["end_at"] == "2026-03-01T02:04:00Z"
