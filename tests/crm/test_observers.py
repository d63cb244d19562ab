"""The one observer primitive: order, removal while emitting, a failing listener, threads."""

from __future__ import annotations

import logging
import threading

import pytest

from crm.observers import Listeners


def test_listeners_run_in_order_and_a_failing_one_does_not_stop_the_others(caplog: pytest.LogCaptureFixture) -> None:
    heard: list[str] = []
    events: Listeners[[str]] = Listeners("test events")

    def broken(_event: str) -> None:
        raise RuntimeError("boom")

    events.add(lambda e: heard.append(f"first {e}"))
    events.add(broken)
    stop = events.add(lambda e: heard.append(f"third {e}"))
    with caplog.at_level(logging.ERROR):
        events.emit("a")
    assert heard == ["first a", "third a"]
    assert "test events: a listener failed" in caplog.text
    stop()
    events.remove(broken)
    events.remove(broken)  # twice: nothing
    events.emit("b")
    assert heard[-1] == "first b" and len(events) == 1


def test_a_listener_removing_itself_while_called_leaves_the_emit_going() -> None:
    heard: list[int] = []
    events: Listeners[[int]] = Listeners("test")
    stops = []
    stops.append(events.add(lambda n: (heard.append(n), stops[0]())))
    events.add(lambda n: heard.append(n * 10))
    events.emit(1)
    events.emit(2)
    assert heard == [1, 10, 20]


def test_adding_from_many_threads_loses_nobody() -> None:
    events: Listeners[[]] = Listeners("test")
    counter = [0]

    def bump() -> None:
        counter[0] += 1

    threads = [threading.Thread(target=lambda: [events.add(bump) for _ in range(200)]) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    events.emit()
    assert len(events) == 800 and counter[0] == 800
