"""Small pure pieces of the softphone: header parsing, dial strings, outcomes, MOS, call board, history."""

from __future__ import annotations

import pytest

from softphone.engine.call_board import CallBoard
from softphone.engine.dialstring import clean_number, to_sip_uri
from softphone.engine.events import CallChanged, CallQuality, CallState, IncomingCall, Outcome
from softphone.engine.headers import caller_number, display_of, parse_identity_headers
from softphone.engine.history import CallHistory
from softphone.engine.outcome import classify_outgoing
from softphone.engine.quality import estimate_mos, quality_level

RAW = (
    "INVITE sip:agent@10.0.0.5 SIP/2.0\r\n"
    'f: "Li, Na" <sip:13912345678@pbx>;tag=1\r\n'
    "t: <sip:agent@10.0.0.5>\r\n"
    "Remote-Party-ID: <sip:+8613912345678@pbx>;party=calling\r\n"
    "x-customer-id: C-7\r\n"
    "X-Note: first line\r\n"
    " continued\r\n"
    "Content-Length: 0\r\n\r\nv=0\r\nX-Not-A-Header: body\r\n"
)


def test_identity_headers_from_a_raw_invite():
    headers = parse_identity_headers(RAW)
    assert headers["From"] == ['"Li, Na" <sip:13912345678@pbx>;tag=1']
    assert headers["To"] == ["<sip:agent@10.0.0.5>"]
    assert headers["x-customer-id"] == ["C-7"]
    assert headers["X-Note"] == ["first line continued"]
    assert "X-Not-A-Header" not in headers  # body lines are not headers
    assert caller_number(headers) == "+8613912345678"  # RPID beats From when there is no PAI
    assert display_of(headers["From"][0]) == "Li, Na"


@pytest.mark.parametrize(
    "typed,uri",
    [
        ("138 0013-8000", "sip:13800138000@pbx.example.com"),
        ("(010) 6234.5678", "sip:01062345678@pbx.example.com"),
        ("tel:+86-138-0013-8000", "sip:+8613800138000@pbx.example.com"),
        ("sip:2002@other", "sip:2002@other"),
        ("2002@other", "sip:2002@other"),
    ],
)
def test_dial_strings_are_cleaned(typed, uri):
    assert to_sip_uri(typed, "pbx.example.com") == uri


def test_undialable_strings_are_refused():
    with pytest.raises(ValueError):
        to_sip_uri("call me!", "pbx")
    with pytest.raises(ValueError):
        to_sip_uri("12345", "")  # no registrar to route a bare number
    assert clean_number(" 400-810 8888 ") == "4008108888"


def test_outcomes_tell_a_peer_timeout_from_a_network_timeout():
    assert classify_outgoing(408, False, remote_responded=True, cancelled_by_us=False) == Outcome.NO_ANSWER
    assert classify_outgoing(408, False, remote_responded=False, cancelled_by_us=False) == Outcome.NETWORK_ERROR
    assert classify_outgoing(503, False, False, False) == Outcome.NETWORK_ERROR
    assert classify_outgoing(487, False, True, True) == Outcome.CANCELLED


def test_mos_falls_with_loss_jitter_and_delay():
    good = estimate_mos(jitter_ms=2, loss_pct=0, rtt_ms=20)
    lossy = estimate_mos(jitter_ms=2, loss_pct=8, rtt_ms=20)
    slow = estimate_mos(jitter_ms=60, loss_pct=1, rtt_ms=600)
    assert good > 4.2 and quality_level(good) == "ok"
    assert good > lossy > 1.0
    assert slow < 3.1 and quality_level(slow) == "error"


def test_board_and_history_follow_a_call():
    board, history = CallBoard(), CallHistory()
    board.apply(IncomingCall(1, "sip:139@pbx", "Li Na", "139", {}, 10.0))
    assert board.ringing().call_id == 1 and board.current().call_id == 1
    board.apply(CallChanged(1, CallState.ACTIVE, "in", "sip:139@pbx", "139", connected_at=11.0))
    assert board.active().call_id == 1 and board.ringing() is None
    end = CallChanged(
        1, CallState.DISCONNECTED, "in", "sip:139@pbx", "139", outcome=Outcome.ANSWERED, connected_at=11.0
    )
    board.apply(end)
    assert not board.lines
    entry = history.record(end, now_monotonic=71.0)
    assert entry.duration_s == 60.0 and entry.outcome == "answered" and history.entries == [entry]


def test_quality_indicator_shows_mos_with_details(qtbot):
    from softphone.qt.quality_indicator import QualityIndicator

    indicator = QualityIndicator()
    qtbot.addWidget(indicator)
    indicator.show_quality(CallQuality(3, jitter_ms=4, loss_pct=0.5, rtt_ms=40, mos=4.3))
    assert indicator.text() == "Quality: 4.3" and indicator.level == "ok"
    assert "loss 0.5" in indicator.toolTip()
    indicator.clear_quality()
    assert indicator.text() == ""
