"""Following the back office's live events: events in order, reconnection, close() at once."""

from __future__ import annotations

import queue
import time
import uuid
from typing import Any

from crm.client import ClientConfig, CrmClient
from crm.event_stream import EventStream, parse_sse
from tests.backoffice.test_presence import PASSWORD, event, new_user
from tests.fixtures.backoffice import BackofficeProcess


def test_parse_sse_reads_events_and_skips_comments() -> None:
    lines = ["event: hello", 'data: {"a": 1}', "", ": ping", "", "data: x", "data: y", "", "event: e"]
    assert list(parse_sse(lines)) == [("hello", '{"a": 1}'), ("message", "x\ny")]


def signed_in(bo: BackofficeProcess, username: str) -> CrmClient:
    client = CrmClient(ClientConfig(bo.url), credentials=lambda: (username, PASSWORD))
    client.login(username, PASSWORD)
    return client


def test_a_supervisor_follows_changes_through_a_restart_and_close_ends_at_once(backoffice_factory: Any) -> None:
    bo: BackofficeProcess = backoffice_factory(seed_customers=0)
    team = f"team-{uuid.uuid4().hex[:6]}"
    agent, desk = new_user(bo, "agent", team)
    supervisor, _ = new_user(bo, "supervisor", team)
    events: queue.Queue[tuple[str, Any]] = queue.Queue()
    states: queue.Queue[bool] = queue.Queue()
    client = signed_in(bo, supervisor["username"])
    stream = EventStream(client, lambda kind, data: events.put((kind, data)), states.put, first_wait_s=0.2)
    stream.start()
    try:
        assert states.get(timeout=5) is True
        assert events.get(timeout=5)[0] == "hello"
        desk.post("/presence/events", json={"events": [event(1, "on_call", customer_name="张伟")]})
        kind, data = events.get(timeout=5)
        assert (kind, data["state"], data["customer_name"]) == ("presence", "on_call", "张伟")

        bo.restart()  # the stream drops; it comes back by itself
        assert states.get(timeout=10) is False
        assert states.get(timeout=20) is True
        assert events.get(timeout=5)[0] == "hello"
        desk = bo.session(agent["username"])
        desk.post("/presence/events", json={"events": [event(2, "wrap_up")]})
        kind, data = events.get(timeout=5)
        assert (kind, data["state"], data["seq"]) == ("presence", "wrap_up", 2)
    finally:
        started = time.monotonic()
        stream.close()
        assert time.monotonic() - started < 1.0
    assert client.signed_in  # closing the stream leaves the supervisor's own client alone
