"""Which incoming INVITEs arrived incomplete (pure: no SIP stack)."""

from __future__ import annotations

import pytest

from softphone.engine.invite_checks import CODE_BAD_REQUEST, CODE_TOO_LARGE, MAX_DATAGRAM, truncation_code

HEAD = (
    "INVITE sip:agent@127.0.0.1 SIP/2.0\r\n"
    "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK-1\r\n"
    "From: <sip:13800138000@127.0.0.1>;tag=1\r\n"
    "To: <sip:agent@127.0.0.1>\r\n"
    "Call-ID: abc@x\r\n"
    "CSeq: 1 INVITE\r\n"
)
SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n"


def invite(body: str = SDP, length: int | None = None, name: str = "Content-Length", extra: str = "") -> str:
    size = len(body.encode()) if length is None else length
    return f"{HEAD}{extra}Content-Type: application/sdp\r\n{name}: {size}\r\n\r\n{body}"


@pytest.mark.parametrize(
    "raw",
    [
        invite(),
        invite(body=""),  # a late offer: no SDP is fine
        invite(body="", length=0),
        invite(name="l"),  # compact form
        invite(name="content-length"),
        f"{HEAD}\r\n",  # no Content-Length at all: allowed on UDP
        invite(body=SDP + "trailing bytes\r\n", length=len(SDP)),  # extra bytes after the body are ignored
        invite(body="v=0\r\ns=é\r\n"),  # Content-Length counts bytes, not characters
        invite(body=SDP.replace("\r\n", "\n")).replace("\r\n", "\n"),  # bare line feeds
    ],
)
def test_whole_invites_are_accepted(raw):
    assert truncation_code(raw, datagram=True) is None
    assert truncation_code(raw, datagram=False) is None


def test_body_shorter_than_its_content_length_is_a_bad_request():
    assert truncation_code(invite(body=SDP[:20], length=len(SDP)), datagram=True) == CODE_BAD_REQUEST
    assert truncation_code(invite(body="", length=300), datagram=False) == CODE_BAD_REQUEST


def test_header_section_cut_short_is_a_bad_request():
    assert truncation_code(HEAD + "X-Pad: ppp", datagram=True) == CODE_BAD_REQUEST


def test_datagram_that_filled_pjsips_buffer_was_truncated():
    pad = "p" * (MAX_DATAGRAM - len(HEAD) - len("X-Pad: "))
    raw = HEAD + "X-Pad: " + pad  # what pjsip hands over of a longer datagram: its first 4000 bytes
    assert len(raw) == MAX_DATAGRAM
    assert truncation_code(raw, datagram=True) == CODE_TOO_LARGE
    whole = invite(extra="X-Pad: " + "p" * (MAX_DATAGRAM - len(invite()) - 10) + "\r\n")
    assert len(whole) < MAX_DATAGRAM and truncation_code(whole, datagram=True) is None
    # over TCP pjsip frames by Content-Length and refuses longer messages itself: a whole one is fine
    big = invite(extra="X-Pad: " + "p" * MAX_DATAGRAM + "\r\n")
    assert truncation_code(big, datagram=False) is None


def test_undecodable_bytes_count_as_the_bytes_received():
    body = b"v=0\r\ns=\xff\xfe\r\n".decode("utf-8", "surrogateescape")  # how pjsua2 hands over invalid UTF-8
    assert truncation_code(invite(body=body, length=11), datagram=True) is None
    assert truncation_code(invite(body=body, length=12), datagram=True) == CODE_BAD_REQUEST
