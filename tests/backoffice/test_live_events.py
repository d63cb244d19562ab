"""The live event stream (Server-Sent Events): a change reaches the supervisors who may see it at once,
on one SQLite server and across two PostgreSQL worker processes."""

from __future__ import annotations

import json
import queue
import socket
import threading
import time
import uuid
from typing import Any

import pytest
import requests

from tests.backoffice.test_presence import event, new_user
from tests.fixtures.backoffice import ApiSession, BackofficeProcess


class Stream:
    """One client's ``/events/stream``, read on a thread: ``(kind, data, arrived)`` tuples in ``events``."""

    def __init__(self, session: ApiSession) -> None:
        self.events: queue.Queue[tuple[str, Any, float]] = queue.Queue()
        self.response = session.get("/events/stream", stream=True, timeout=(5, 30))
        assert self.response.status_code == 200, self.response.text
        assert self.response.headers["content-type"].startswith("text/event-stream")
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        kind, data, _ = self.next(5)
        assert kind == "hello" and "server_time" in data

    def _read(self) -> None:
        kind = ""
        try:
            for line in self.response.iter_lines(decode_unicode=True):
                if line.startswith("event: "):
                    kind = line[7:]
                elif line.startswith("data: "):
                    self.events.put((kind, json.loads(line[6:]), time.monotonic()))
        except (requests.RequestException, AttributeError, OSError, ValueError):  # closed by the test
            pass

    def next(self, timeout: float) -> tuple[str, Any, float]:
        return self.events.get(timeout=timeout)

    def presence(self, timeout: float, until: int = 0) -> list[tuple[str, str]]:
        """(user id, state) of the presence events that arrive within ``timeout`` (or until ``until``)."""
        out: list[tuple[str, str]] = []
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0 and (not until or len(out) < until):
            try:
                kind, data, _ = self.next(left)
            except queue.Empty:
                break
            if kind == "presence":
                out.append((data["user_id"], data["state"]))
        return out

    def close(self) -> None:
        # Response.close() would wait for the reading thread's next line (it holds the buffer's lock)
        sock = getattr(getattr(self.response.raw, "connection", None), "sock", None)
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)
        self._thread.join(5)
        self.response.close()


def test_a_state_change_reaches_the_teams_supervisor_at_once_and_nobody_else(bo: BackofficeProcess) -> None:
    team = f"team-{uuid.uuid4().hex[:6]}"
    agent, desk = new_user(bo, "agent", team)
    _, supervisor = new_user(bo, "supervisor", team)
    _, stranger = new_user(bo, "supervisor", f"team-{uuid.uuid4().hex[:6]}")
    watching, not_watching, own = Stream(supervisor), Stream(stranger), Stream(desk)
    try:
        sent = time.monotonic()
        desk.post("/presence/events", json={"events": [event(1, "on_call", customer_name="张伟")]})
        kind, data, arrived = watching.next(5)
        assert kind == "presence" and (data["user_id"], data["state"]) == (agent["id"], "on_call")
        assert data["customer_name"] == "张伟"
        assert arrived - sent < 1.0
        assert not_watching.presence(0.5) == [] and own.presence(0.1) == []
    finally:
        for stream in (watching, not_watching, own):
            stream.close()
    assert bo.session(None).get("/events/stream").status_code == 401


@pytest.mark.e2e
def test_two_postgresql_workers_fan_every_change_out_to_every_watcher_in_order(
    backoffice_factory: Any, postgres_cluster: Any
) -> None:
    bo: BackofficeProcess = backoffice_factory(
        seed_customers=0, db_url=postgres_cluster.create_database("live2"), args=("--workers", "2")
    )
    agent, _ = new_user(bo, "agent", "north")
    _, supervisor = new_user(bo, "supervisor", "north")
    streams = [Stream(ApiSession(bo.api, supervisor.headers["Authorization"][7:])) for _ in range(4)]
    try:
        states = ["ready", "ringing", "on_call", "on_hold", "on_call", "wrap_up", "ready", "not_ready"]
        for seq, state in enumerate(states, 1):
            # a new connection each time: the posts land on either worker
            desk = ApiSession(bo.api, bo.login(agent["username"]))
            assert desk.post("/presence/events", json={"events": [event(seq, state)]}).status_code == 200
            desk.close()
        for stream in streams:
            assert stream.presence(5, until=len(states)) == [(agent["id"], s) for s in states]
    finally:
        for stream in streams:
            stream.close()
