"""Engine fixtures for the softphone tests: a real SIP engine on a free port, with its events recorded."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from softphone.engine.config import EngineConfig
from softphone.engine.engine import SipEngine


class EventLog:
    """Thread-safe record of every event an engine published."""

    def __init__(self) -> None:
        self.events: list[object] = []
        self._cond = threading.Condition()

    def __call__(self, event: object) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def mark(self) -> int:
        """A position in the log: pass it as ``after`` to wait only for later events."""
        with self._cond:
            return len(self.events)

    def wait_for(self, predicate: Callable[[object], bool], timeout: float = 10.0, what: str = "event", after: int = 0):
        """The first event at position >= ``after`` matching ``predicate``; fails after ``timeout``."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for event in self.events[after:]:
                    if predicate(event):
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no {what} within {timeout}s; got {self.events!r}")
                self._cond.wait(left)

    def of(self, kind: type) -> list:
        with self._cond:
            return [e for e in self.events if isinstance(e, kind)]


@pytest.fixture
def make_engine(tmp_path):
    """Factory: ``engine, log = make_engine(srtp="mandatory", ...)`` on a free port; stopped at teardown."""
    engines: list[SipEngine] = []

    def make(audio_device=None, pre_ring_filter=None, **overrides) -> tuple[SipEngine, EventLog]:
        values = {"local_port": 0, "log_file": str(tmp_path / f"pjsip{len(engines)}.log"), **overrides}
        engine = SipEngine(EngineConfig(**values), audio_device=audio_device, pre_ring_filter=pre_ring_filter)
        log = EventLog()
        engine.subscribe(log)
        engine.start()
        assert engine.wait_started(10), log.events
        engines.append(engine)
        return engine, log

    yield make
    for engine in engines:
        assert engine.stop(15), "SIP engine did not stop"
