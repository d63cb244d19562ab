"""Long poll of the change feed: an idle client waits on the server instead of polling it."""

from __future__ import annotations

import threading
import time

import pytest

from tests.crm.helpers import customer_body

pytestmark = pytest.mark.e2e


def test_watch_answers_at_once_without_since_and_waits_for_the_next_change(backoffice_factory):
    server = backoffice_factory(seed_customers=0)
    agent = server.session("agent")
    latest = agent.get("/changes/watch").json()["latest"]

    started = time.monotonic()
    quiet = agent.get("/changes/watch", params={"since": latest, "timeout": 1}).json()
    assert quiet["latest"] == latest and time.monotonic() - started >= 0.9  # nothing changed: waited

    def write_later() -> None:
        time.sleep(0.7)
        assert server.session("agent").post("/customers", json=customer_body("13900001111")).status_code == 201

    writer = threading.Thread(target=write_later)
    writer.start()
    started = time.monotonic()
    woke = agent.get("/changes/watch", params={"since": latest, "timeout": 20}).json()
    waited = time.monotonic() - started
    writer.join()
    assert woke["latest"] > latest
    assert 0.5 < waited < 5  # woken by the write, not by the 20 s timeout
    feed = agent.get("/changes", params={"cursor": str(latest)}).json()
    assert [c["phones"][0]["number"] for c in feed["changes"]["customers"]["items"]] == ["13900001111"]


def test_many_idle_watchers_do_not_block_other_requests(backoffice_factory):
    server = backoffice_factory(seed_customers=0)
    agent = server.session("agent")
    latest = agent.get("/changes/watch").json()["latest"]
    answers: list[int] = []

    def watch() -> None:
        answers.append(
            server.session("agent").get("/changes/watch", params={"since": latest, "timeout": 8}).json()["latest"]
        )

    watchers = [threading.Thread(target=watch) for _ in range(60)]  # more than the worker threads
    for w in watchers:
        w.start()
    time.sleep(1.0)
    started = time.monotonic()
    assert agent.get("/customers", params={"limit": 1}).status_code == 200
    assert time.monotonic() - started < 2  # the thread pool is not held by waiting watchers
    assert agent.post("/customers", json=customer_body("13900002222")).status_code == 201
    for w in watchers:
        w.join(15)
    assert len(answers) == 60 and all(a > latest for a in answers)


def test_stopping_the_server_answers_waiting_long_polls_at_once(backoffice_factory):
    server = backoffice_factory(seed_customers=0)
    agent = server.session("agent")
    latest = agent.get("/changes/watch").json()["latest"]
    answers: list[int] = []
    poll = threading.Thread(
        target=lambda: answers.append(agent.get("/changes/watch", params={"since": latest, "timeout": 30}).status_code)
    )
    poll.start()
    time.sleep(0.5)
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 2.5  # not held up by the 30 s long poll
    poll.join(5)
    assert answers == [200]
