"""An INVITE whose media offer the phone cannot accept is refused before it rings (488, no card, no
call back), not rung and then dropped (a missed call that was never the agent's)."""

from __future__ import annotations

import pytest

from softphone.engine.events import CallRejectedBeforeRinging, IncomingCall
from softphone.engine.invite_checks import media_refusal_code

PLAIN = "m=audio 4000 RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\n"
SDES = (
    "m=audio 4000 RTP/SAVP 0\r\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz\r\n"
)
SAVP_NO_KEY = "m=audio 4000 RTP/SAVP 0\r\n"
BAD_KEY = "m=audio 4000 RTP/SAVP 0\r\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:c2hvcnQ=\r\n"
BAD_SUITE = "m=audio 4000 RTP/SAVP 0\r\na=crypto:1 FOO_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz\r\n"
VIDEO_ONLY = "m=video 4002 RTP/AVP 96\r\n"
DISABLED = "m=audio 0 RTP/AVP 0\r\n"


def _invite(media: str) -> str:
    body = f"v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n{media}"
    return (
        "INVITE sip:agent@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKx\r\n"
        f"Content-Type: application/sdp\r\nContent-Length: {len(body)}\r\n\r\n{body}"
    )


@pytest.mark.parametrize(
    "media, srtp, code",
    [
        (PLAIN, "off", None),
        (PLAIN, "optional", None),
        (PLAIN, "mandatory", 488),
        (SDES, "off", 488),
        (SDES, "optional", None),
        (SDES, "mandatory", None),
        (PLAIN + SDES, "off", None),  # two streams: the plain one is taken
        (SAVP_NO_KEY, "optional", 488),
        (BAD_KEY, "mandatory", 488),
        (BAD_SUITE, "optional", 488),
        (BAD_KEY + PLAIN, "optional", None),  # the plain stream can still be taken
        (VIDEO_ONLY, "off", 488),
        (DISABLED, "off", 488),
    ],
)
def test_which_offers_the_phone_refuses(media: str, srtp: str, code: int | None) -> None:
    assert media_refusal_code(_invite(media), srtp) == code


def test_an_invite_without_an_offer_rings_and_negotiates_later() -> None:
    late = "INVITE sip:agent@127.0.0.1 SIP/2.0\r\nContent-Length: 0\r\n\r\n"
    assert media_refusal_code(late, "mandatory") is None


@pytest.mark.e2e
def test_an_srtp_offer_with_a_key_pjmedia_cannot_take_is_refused_before_it_rings(make_engine, sipp):
    """Before: it rang and the card popped, then pjsua answered 406 and the caller counted as missed.
    Now it is refused before ringing (pjsua's own 406 reaches the caller first; the refusal is logged
    as one, with 488, and nobody is called back)."""
    engine, log = make_engine(srtp="mandatory")
    caller = sipp("uac_bad_srtp_key_refused.xml", f"127.0.0.1:{engine.local_port}")
    assert caller.wait(15) == 0, caller.output()  # a final refusal, and no 180 before it
    refused = log.wait_for(lambda e: isinstance(e, CallRejectedBeforeRinging), what="refusal")
    assert refused.code == 488
    assert not log.of(IncomingCall)  # no ring, no card, no call back
    assert "180 Ringing" not in caller.messages()
