"""Registration recovers fast (issue 15): after a registrar restart that lost the binding, after an
outage at start-up, and on a network change; every change and failure is in the app log.

Real Kamailio on loopback, with short timers so each test takes seconds: the production defaults
(renewal every 25 s, retries capped at 20 s) are measured by ``benchmarks/sip_recovery.py``.
"""

from __future__ import annotations

import logging
import time

import pytest

from softphone.engine.events import IncomingCall, RegistrationChanged
from tests.fixtures.sip import Kamailio

pytestmark = pytest.mark.e2e

WATCH_LOG = "softphone.engine.registrar_watch"


@pytest.fixture
def registrar_down(tmp_path):
    """A Kamailio registrar on a free port, not started yet; stopped at teardown."""
    registrar = Kamailio(tmp_path, {"agent": "s3cret"})
    yield registrar
    registrar.stop()


def registered(event: object) -> bool:
    return isinstance(event, RegistrationChanged) and event.registered


def test_a_restarted_registrar_that_lost_the_binding_reaches_the_agent_again_within_the_refresh(
    make_engine, kamailio, sipp
):
    refresh_s = 5.0
    registrar = kamailio({"agent": "s3cret"})
    # a long expiry: only the renewal can heal the lost binding in time
    engine, log = make_engine(
        registrar=registrar.address, password="s3cret", register_expires_s=300, register_refresh_s=refresh_s
    )
    log.wait_for(registered, what="registration")
    renewed = log.mark()
    log.wait_for(registered, after=renewed, timeout=refresh_s + 3, what="the binding's renewal")
    registrar.restart()  # right after a renewal: the worst moment, a whole interval to wait
    back = time.monotonic()
    lost = log.mark()
    probe = sipp("uac_not_found_404.xml", registrar.address)
    assert probe.wait(5) == 0, "the restarted registrar should have lost the binding: " + probe.output()
    again = log.wait_for(registered, after=lost, timeout=refresh_s + 3, what="re-registration")
    assert again.code == 200
    caller = sipp("uac_caller_hangs_up.xml", registrar.address)
    ring = log.wait_for(lambda e: isinstance(e, IncomingCall), what="call through the restarted registrar")
    reached_s = ring.received_monotonic - back
    assert reached_s <= refresh_s + 1.5, reached_s
    engine.answer(ring.call_id)
    assert caller.wait(15) == 0, caller.output()


@pytest.mark.parametrize("transport", ["tcp", "udp"])
def test_registrar_down_at_start_up_registers_within_the_retry_cap_after_it_is_back(
    make_engine, registrar_down, sipp, caplog, transport
):
    caplog.set_level(logging.INFO, logger=WATCH_LOG)
    cap_s = 2.0
    engine, log = make_engine(
        registrar=registrar_down.address,
        transport=transport,
        password="s3cret",
        register_retry_s=1,
        register_retry_max_s=cap_s,
    )
    time.sleep(6.0)  # TCP: refused at once, retried after 1, 2, 2, ... s; UDP: one REGISTER retransmitted
    assert not any(e.registered for e in log.of(RegistrationChanged))
    if transport == "tcp":
        failures = [e for e in log.of(RegistrationChanged) if not e.registered]
        assert len(failures) >= 3, failures
        assert failures[0].message == "Registrar not reachable; retrying"
        assert max(f.retry_in_s for f in failures) <= cap_s * 1.1 + 0.05, failures
        texts = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == WATCH_LOG]
        assert texts[0][0] == logging.WARNING and texts[0][1].startswith("registration failed: 503"), texts
        assert any(level == logging.INFO and "still failing" in text for level, text in texts), texts
    mark = log.mark()
    registrar_down.start()
    back = time.monotonic()
    log.wait_for(registered, after=mark, timeout=10, what="registration after the registrar came back")
    took = time.monotonic() - back
    # TCP: at most the capped retry delay; UDP: the REGISTER in flight is retransmitted every <= 4 s
    assert took <= (cap_s * 1.1 if transport == "tcp" else 4.0) + 1.0, took
    caller = sipp("uac_caller_hangs_up.xml", registrar_down.address)
    ring = log.wait_for(lambda e: isinstance(e, IncomingCall), what="call through the registrar")
    engine.answer(ring.call_id)
    assert caller.wait(15) == 0, caller.output()
    if transport == "tcp":
        ok = [
            r.getMessage() for r in caplog.records if r.name == WATCH_LOG and "after the first failed" in r.getMessage()
        ]
        assert ok and ok[0].startswith("registered with") and "(200 OK)" in ok[0], ok


def test_a_network_change_re_registers_at_once_instead_of_waiting_for_the_retry(make_engine, registrar_down):
    engine, log = make_engine(
        registrar=registrar_down.address,
        transport="tcp",
        password="s3cret",
        register_retry_s=30,
        register_retry_max_s=30,
    )
    failed = log.wait_for(lambda e: isinstance(e, RegistrationChanged), what="the refused registration")
    assert not failed.registered and failed.retry_in_s >= 30
    registrar_down.start()
    mark = log.mark()
    engine.network_changed()  # what the desktop does when the network comes back or changes, or after a resume
    log.wait_for(registered, after=mark, timeout=3, what="registration right after the network change")
