"""Answering machine and fax detection on a real call: a sipp callee answers and plays a fax's answer
tone or an answering machine's greeting (made with sox and espeak-ng); the engine says who answered."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from softphone.engine.events import AmdVerdict, AnsweredBy, CallChanged, CallState
from tests.fixtures.sip import DATA
from tests.softphone import amd_samples

missing = amd_samples.missing_tools()
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        bool(missing), reason=f"{', '.join(missing)} not installed (scripts/setup.sh test installs them)"
    ),
]


def _callee_playing(sipp, workdir: Path, kind: str) -> object:
    """A sipp callee that answers (PCMU) and plays sample ``kind`` as RTP."""
    sample = amd_samples.make(workdir, kind, 0, 8000, -40.0)
    audio = workdir / f"{kind}.ulaw"
    subprocess.run(
        ["sox", str(sample.path), "-t", "raw", "-r", "8000", "-c", "1", "-e", "u-law", str(audio)],
        check=True,
        capture_output=True,
    )
    scenario = workdir / f"uas_play_{kind}.xml"
    scenario.write_text((DATA / "uas_answer_and_play.xml").read_text().replace("AUDIO_FILE", str(audio)))
    return sipp(str(scenario))


def _state(log, key, state, after=0):
    return log.wait_for(
        lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == state,
        timeout=15,
        what=state.value,
        after=after,
    )


@pytest.mark.parametrize(("kind", "expected"), [("fax", AmdVerdict.FAX), ("machine", AmdVerdict.MACHINE)])
def test_the_engine_reports_who_answered(make_engine, sipp, tmp_path, kind, expected):
    engine, log = make_engine(machine_detection=True)
    callee = _callee_playing(sipp, tmp_path, kind)
    key = engine.dial(callee.uri, detect_machine=True)
    _state(log, key, CallState.ACTIVE)
    verdict = log.wait_for(lambda e: isinstance(e, AnsweredBy) and e.call_id == key, timeout=10, what="verdict")
    assert verdict.verdict == expected, verdict
    assert 0 < verdict.after_ms <= 5000
    engine.hangup(key)
    _state(log, key, CallState.DISCONNECTED)
    assert len([e for e in log.of(AnsweredBy) if e.call_id == key]) == 1  # one verdict per call
    assert callee.wait(10) == 0, callee.output()


@pytest.mark.parametrize(("setting", "asked"), [(False, True), (True, False)], ids=["setting-off", "not-asked"])
def test_without_the_setting_or_the_dial_option_no_audio_is_analysed(make_engine, sipp, tmp_path, setting, asked):
    """The call ends without a verdict, where an asking call with detection on always gets one."""
    engine, log = make_engine(machine_detection=setting)
    callee = _callee_playing(sipp, tmp_path, "fax")
    key = engine.dial(callee.uri, detect_machine=asked)
    _state(log, key, CallState.ACTIVE)
    engine.hangup(key)
    _state(log, key, CallState.DISCONNECTED)
    assert log.of(AnsweredBy) == []
    assert callee.wait(10) == 0, callee.output()


def test_a_call_that_ends_before_a_verdict_gets_unknown(make_engine, sipp, tmp_path):
    engine, log = make_engine(machine_detection=True)
    callee = _callee_playing(sipp, tmp_path, "machine")
    key = engine.dial(callee.uri, detect_machine=True)
    _state(log, key, CallState.ACTIVE)
    engine.hangup(key)  # before the greeting is long enough to tell
    end = _state(log, key, CallState.DISCONNECTED)
    verdicts = [e for e in log.of(AnsweredBy) if e.call_id == key]
    assert [v.verdict for v in verdicts] == [AmdVerdict.UNKNOWN], verdicts
    assert log.events.index(verdicts[0]) < log.events.index(end)  # the verdict comes before the end
    assert callee.wait(10) == 0, callee.output()


def test_the_phone_adapter_dials_with_detection_and_signals_the_verdict(make_engine, sipp, tmp_path, qtbot):
    """What a dialler in the desktop uses: ``PHONE.dial(..., detect_machine=True)``, ``sig_answered_by``."""
    from softphone.qt.adapter import PhoneAdapter

    engine, _ = make_engine(machine_detection=True)
    phone = PhoneAdapter(engine)
    callee = _callee_playing(sipp, tmp_path, "fax")
    with qtbot.waitSignal(phone.sig_answered_by, timeout=10_000) as answered:
        key = phone.dial(callee.uri, no_answer_timeout_s=10, detect_machine=True)
    assert (answered.args[0].call_id, answered.args[0].verdict) == (key, AmdVerdict.FAX)
    with qtbot.waitSignal(phone.sig_call_changed, check_params_cb=lambda e: e.state == CallState.DISCONNECTED):
        phone.hangup(key)
    phone.shutdown()
    assert callee.wait(10) == 0, callee.output()
