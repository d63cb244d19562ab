"""Requests no pjsip module handles get the answer RFC 3261 gives them, instead of none (the sender
would retransmit for 32 s): a real engine, raw requests over loopback UDP."""

from __future__ import annotations

import socket
import uuid

import pytest

from softphone.engine.events import EngineStarted
from softphone.engine.fallback_responder import answer_for


@pytest.mark.parametrize(
    "line, code",
    [
        ("FOOBAR sip:agent@127.0.0.1 SIP/2.0", 501),
        ("PUBLISH sip:agent@127.0.0.1 SIP/2.0", 501),
        ("BYE sip:agent@127.0.0.1:5070 SIP/2.0", 481),
        ("INFO sips:agent@example.com SIP/2.0", 481),
        ("NOTIFY tel:+8613800138000 SIP/2.0", 481),
        ("FOOBAR foo:agent@127.0.0.1 SIP/2.0", 416),
        ("ACK sip:agent@127.0.0.1 SIP/2.0", None),
        ("garbage", None),
    ],
)
def test_the_answer_to_an_unhandled_request(line: str, code: int | None) -> None:
    assert answer_for(line) == code


def _ask(port: int, method: str) -> str:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(2.0)
        mine, call_id = sock.getsockname()[1], uuid.uuid4().hex
        request = (
            f"{method} sip:agent@127.0.0.1:{port} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP 127.0.0.1:{mine};branch=z9hG4bK{call_id[:12]}\r\n"
            "Max-Forwards: 70\r\nFrom: <sip:tester@127.0.0.1>;tag=t1\r\nTo: <sip:agent@127.0.0.1>\r\n"
            f"Call-ID: {call_id}\r\nCSeq: 1 {method}\r\nContent-Length: 0\r\n\r\n"
        )
        sock.sendto(request.encode(), ("127.0.0.1", port))
        try:
            return sock.recv(4096).decode("latin-1").split("\r\n", 1)[0]
        except TimeoutError:
            return "(no answer)"


@pytest.mark.e2e
def test_the_phone_answers_unknown_methods_and_requests_of_no_dialog(make_engine) -> None:
    engine, log = make_engine()
    log.wait_for(lambda e: isinstance(e, EngineStarted), what="engine start")
    port = engine.local_port
    assert _ask(port, "FOOBAR") == "SIP/2.0 501 Not Implemented"
    assert _ask(port, "BYE") == "SIP/2.0 481 Call/Transaction Does Not Exist"
    assert _ask(port, "INFO") == "SIP/2.0 481 Call/Transaction Does Not Exist"
    assert _ask(port, "ACK") == "(no answer)"  # an ACK is never answered
    assert _ask(port, "OPTIONS") == "SIP/2.0 200 OK"  # what pjsua answers itself is left to it
