"""Requests no pjsip module handles get the answer RFC 3261 gives them, instead of none (the sender
would retransmit for 32 s): a real engine, raw requests over loopback UDP."""

from __future__ import annotations

import socket
import uuid

import pytest

from softphone.engine.events import EngineStarted
from softphone.engine.fallback_responder import answer_for
from softphone.engine.malformed_requests import error_response


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


def _ask(port: int, method: str, uri: str = "", version: str = "SIP/2.0", cseq: bool = True) -> str:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(2.0)
        mine, call_id = sock.getsockname()[1], uuid.uuid4().hex
        request = (
            f"{method} {uri or f'sip:agent@127.0.0.1:{port}'} {version}\r\n"
            f"Via: SIP/2.0/UDP 127.0.0.1:{mine};branch=z9hG4bK{call_id[:12]}\r\n"
            "Max-Forwards: 70\r\nFrom: <sip:tester@127.0.0.1>;tag=t1\r\nTo: <sip:agent@127.0.0.1>\r\n"
            f"Call-ID: {call_id}\r\n{f'CSeq: 1 {method}' + chr(13) + chr(10) if cseq else ''}Content-Length: 0\r\n\r\n"
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


@pytest.mark.e2e
def test_the_phone_answers_requests_its_parser_drops(make_engine) -> None:
    engine, log = make_engine()
    log.wait_for(lambda e: isinstance(e, EngineStarted), what="engine start")
    port = engine.local_port
    assert _ask(port, "OPTIONS", version="SIP/7.0") == "SIP/2.0 505 Version Not Supported"
    assert _ask(port, "OPTIONS", uri="foo:agent@127.0.0.1") == "SIP/2.0 416 Unsupported URI Scheme"
    assert _ask(port, "OPTIONS", cseq=False) == "SIP/2.0 400 Missing Cseq header"
    assert _ask(port, "OPTIONS") == "SIP/2.0 200 OK"  # and it still answers what is well formed


def test_a_malformed_request_is_answered_to_its_via_with_its_identifiers() -> None:
    raw = (
        b"OPTIONS sip:agent@10.0.0.1 SIP/7.0\r\nv: SIP/2.0/UDP 192.0.2.7:5062;branch=z9hG4bKabc;rport=6000\r\n"
        b"f: <sip:a@192.0.2.7>;tag=9\r\nt: <sip:agent@10.0.0.1>\r\ni: abc@192.0.2.7\r\nCSeq: 7 OPTIONS\r\n\r\n"
    )
    answer = error_response(raw)
    assert answer is not None
    message, destination = answer
    assert destination == ("192.0.2.7", 6000)  # rport wins over the sent-by port
    text = message.decode()
    assert text.startswith("SIP/2.0 505 Version Not Supported\r\n")
    assert "Call-ID: abc@192.0.2.7\r\n" in text and "CSeq: 7 OPTIONS\r\n" in text
    assert "To: <sip:agent@10.0.0.1>;tag=" in text


@pytest.mark.parametrize(
    "raw",
    [
        b"SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:5060\r\n\r\n",  # a response
        b"ACK sip:a@127.0.0.1 SIP/3.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5060\r\n\r\n",  # never answered
        b"OPTIONS sip:a@127.0.0.1 SIP/3.0\r\nVia: SIP/2.0/TCP 127.0.0.1:5060\r\n\r\n",  # not over UDP
        b"OPTIONS sip:a@127.0.0.1 SIP/3.0\r\nVia: SIP/2.0/UDP pbx.example.com\r\n\r\n",  # a name: no DNS
        b"\r\n\r\n",  # a keep-alive
    ],
)
def test_what_is_not_answered(raw: bytes) -> None:
    assert error_response(raw) is None
