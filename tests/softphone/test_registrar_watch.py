"""The registration's timers and log lines (no SIP stack: a fake clock and a fake account)."""

from __future__ import annotations

import logging

import pjsua2 as pj
import pytest

from softphone.engine.config import EngineConfig
from softphone.engine.registrar_watch import PJSIP_EBUSY, REFUSED_MAX_S, RegistrarWatch, is_outage


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make(rand: float = 0.0, **overrides) -> tuple[RegistrarWatch, Clock]:
    clock = Clock()
    config = EngineConfig(registrar="127.0.0.1:5060", **overrides)
    return RegistrarWatch(config, clock=clock, rand=lambda: rand), clock


def test_outages_are_retried_at_a_capped_pace_and_refusals_slow_down_to_ten_minutes():
    watch, _ = make(register_retry_s=5, register_retry_max_s=20)
    assert [watch.backoff(n, 408) for n in range(5)] == [5, 10, 20, 20, 20]
    assert [watch.backoff(n, 503, "Connection refused") for n in range(3)] == [5, 10, 20]
    assert watch.backoff(30, 0) == 20
    assert [watch.backoff(n, 403) for n in (0, 1, 6, 7, 20)] == [5, 10, 320, REFUSED_MAX_S, REFUSED_MAX_S]
    assert watch.backoff(20, 503, "PJSIP_TLS_ECERTVERIFY certificate verify failed") == REFUSED_MAX_S
    jittered, _ = make(rand=1.0, register_retry_s=5, register_retry_max_s=20)
    assert jittered.backoff(9, 408) == pytest.approx(22.0)  # the cap plus 10 %: the recovery bound


def test_outage_classes():
    assert all(is_outage(code, "") for code in (0, 408, 480, 500, 502, 503, 504))
    assert not any(is_outage(code, "") for code in (401, 403, 404, 407, 603))
    assert not is_outage(502, "SSL certificate verify failed")


def test_a_registration_is_renewed_every_refresh_interval_and_retried_after_a_failure():
    watch, clock = make(rand=1.0, register_refresh_s=25, register_retry_s=2, register_retry_max_s=4)
    assert watch.on_result(200, "OK", True) == 0.0
    assert watch.next_at == pytest.approx(clock.now + 22.5)  # 10 % early at most
    assert not watch.due()
    clock.now += 22.5
    assert watch.due() and not watch.due()  # once
    retry_in = watch.on_result(408, "Request Timeout", False)
    assert retry_in == pytest.approx(2.2) and watch.next_at == pytest.approx(clock.now + 2.2)
    assert watch.on_result(408, "Request Timeout", False) == pytest.approx(4.4)
    assert watch.on_result(408, "Request Timeout", False) == pytest.approx(4.4)
    watch.on_result(200, "OK", True)
    assert watch.failures == 0 and watch.backoff(watch.failures, 408) == pytest.approx(2.2)


def test_without_refresh_only_pjsip_renews_and_unregistering_or_stopping_schedules_nothing():
    watch, _ = make(register_refresh_s=0)
    watch.on_result(200, "OK", True)
    assert watch.next_at is None
    watch.on_result(200, "OK", False)  # unregistered
    assert watch.next_at is None
    watch.on_result(408, "Request Timeout", False, stopping=True)
    assert watch.next_at is None and watch.failures == 0


def test_every_state_change_and_failure_is_logged_with_code_and_reason(caplog):
    caplog.set_level(logging.DEBUG, logger="softphone.engine.registrar_watch")
    watch, clock = make(register_retry_s=5, register_retry_max_s=20)

    def lines() -> list[tuple[int, str]]:
        out = [(r.levelno, r.getMessage()) for r in caplog.records]
        caplog.clear()
        return out

    watch.on_result(200, "OK", True)
    [(level, text)] = lines()
    assert level == logging.INFO and text.startswith("registered with sip:127.0.0.1:5060 (200 OK)"), text
    watch.on_result(200, "OK", True)
    assert lines()[0][0] == logging.DEBUG  # a renewal is no news
    clock.now += 10
    watch.on_result(408, "Request Timeout", False)
    [(level, text)] = lines()
    assert (
        level == logging.WARNING
        and "registration lost: 408 Request Timeout" in text
        and "next attempt in 5.0 s" in text
    )
    clock.now += 37
    watch.on_result(408, "Request Timeout", False)
    [(level, text)] = lines()
    assert level == logging.INFO and "still failing after 2 attempt(s): 408 Request Timeout" in text
    watch.on_result(401, "Unauthorized", False)
    assert lines()[0][0] == logging.WARNING  # a different failure is news again
    clock.now += 13
    watch.on_result(200, "OK", True)
    [(level, text)] = lines()
    assert level == logging.INFO and "registered again" in text and "50 s after the registration was lost" in text
    assert "3 failed attempt(s)" in text


class FakeAccount:
    def __init__(self, status: int = 0) -> None:
        self.status = status
        self.calls = 0

    def setRegistration(self, renew: bool) -> None:
        self.calls += 1
        if self.status:
            error = pj.Error()
            error.status, error.title, error.reason = self.status, "setRegistration", "failed"
            raise error


def test_a_register_already_under_way_answers_for_the_renewal_and_a_send_error_is_retried(caplog):
    watch, clock = make(register_retry_s=3, register_retry_max_s=20)
    busy = FakeAccount(PJSIP_EBUSY)
    watch.renew(busy)
    assert busy.calls == 1 and watch.next_at == clock.now + 20 and watch.failures == 0
    broken = FakeAccount(70013)
    with caplog.at_level(logging.WARNING, logger="softphone.engine.registrar_watch"):
        watch.renew(broken)
    assert watch.next_at == clock.now + 3 and watch.failures == 1
    assert "REGISTER not sent" in caplog.text
    fine = FakeAccount()
    watch.renew(fine)
    assert fine.calls == 1


def test_a_first_registration_after_failures_at_start_up_says_how_long_it_took(caplog):
    caplog.set_level(logging.INFO, logger="softphone.engine.registrar_watch")
    watch, clock = make(register_retry_s=5, register_retry_max_s=20)
    watch.on_result(408, "Request Timeout", False)
    assert caplog.records[-1].getMessage().startswith("registration failed: 408 Request Timeout")
    clock.now += 42
    watch.on_result(200, "OK", True)
    text = caplog.records[-1].getMessage()
    assert text.startswith("registered with sip:127.0.0.1:5060 (200 OK) 42 s after the first failed attempt"), text
