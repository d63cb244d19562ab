"""Incoming INVITEs that must not ring, and the SIP codes the engine ends such calls with.

pjsip parses what it received even when a UDP datagram was cut short: a datagram longer than its
receive buffer (``PJSIP_MAX_PKT_LEN``, 4000 bytes in the pjsua2 wheel) is silently truncated, and a
message whose body is shorter than its Content-Length (or whose header section never ends) is
still handed to the application, which would ring without the caller's SDP and with headers cut
in the middle. Plain Python, no pjsua2: runs on the SIP thread for every INVITE.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re

logger = logging.getLogger(__name__)

MAX_DATAGRAM = 4000
"""pjsip's receive buffer (``PJSIP_MAX_PKT_LEN`` of pjproject 2.15.1): a UDP datagram this long
was probably longer and has been truncated; no response longer than this can be sent either."""

CODE_RING_TIMEOUT = 480
"""Temporarily Unavailable: a ringing call nobody answered within ``ring_timeout_s``."""
CODE_BAD_REQUEST = 400
"""Bad Request: the body is shorter than its Content-Length (RFC 3261 section 18.3)."""
CODE_TOO_LARGE = 513
"""Message Too Large: the datagram filled pjsip's receive buffer, or our response to it cannot be
built within that size (a huge Call-ID, Via or From copied into every response)."""

_CONTENT_LENGTH = re.compile(r"^(?:content-length|l)[ \t]*:[ \t]*(\d+)[ \t]*$", re.IGNORECASE | re.MULTILINE)


def truncation_code(raw: str, datagram: bool) -> int | None:
    """The error to answer an INVITE with when it arrived incomplete, or None when it is whole.

    ``raw`` is the message as pjsip received it (pjsua2 decodes it with surrogate escapes, so
    re-encoding gives the original bytes); ``datagram``: it came over UDP.
    """
    data = raw.encode("utf-8", "surrogateescape")
    if datagram and len(data) >= MAX_DATAGRAM:
        return CODE_TOO_LARGE
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = data.partition(b"\n\n")
    if not sep:
        return CODE_BAD_REQUEST  # the header section never ended: cut in the middle of a header
    match = _CONTENT_LENGTH.search(head.decode("utf-8", "replace").replace("\r\n", "\n"))
    if match is not None and int(match[1]) > len(body):
        return CODE_BAD_REQUEST
    return None


CODE_NOT_ACCEPTABLE = 488
"""Not Acceptable Here: no audio stream of the offer can be taken under the phone's SRTP policy."""

_PLAIN_PROFILES = frozenset({"RTP/AVP", "RTP/AVPF"})
_SRTP_PROFILES = frozenset({"RTP/SAVP", "RTP/SAVPF"})
SRTP_KEY_BYTES = {
    "AES_CM_128_HMAC_SHA1_80": 30,
    "AES_CM_128_HMAC_SHA1_32": 30,
    "AES_192_CM_HMAC_SHA1_80": 38,
    "AES_192_CM_HMAC_SHA1_32": 38,
    "AES_256_CM_HMAC_SHA1_80": 46,
    "AES_256_CM_HMAC_SHA1_32": 46,
    "AEAD_AES_128_GCM": 28,
    "AEAD_AES_256_GCM": 44,
}
"""The SDES crypto suites pjmedia's SRTP takes (RFC 4568, 6188, 7714) and their key + salt length."""


def sdes_key_usable(line: str) -> bool:
    """Whether an ``a=crypto:`` attribute names a suite pjmedia takes with a key of the right length
    (``inline:`` base64 of key and salt, optionally ``|lifetime|MKI``)."""
    parts = line.split()
    if len(parts) < 3 or not parts[2].startswith("inline:"):
        return False
    size = SRTP_KEY_BYTES.get(parts[1].upper())
    encoded = parts[2][len("inline:") :].split("|", 1)[0]
    try:
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    return size is not None and len(key) == size


def media_refusal_code(raw: str, srtp: str) -> int | None:
    """488 when the INVITE offers no audio stream the phone can take under ``srtp`` ("off",
    "optional", "mandatory"; an SRTP stream needs an SDES key pjmedia takes), else None. Checked before ringing: pjsua would otherwise ring, pop the
    card and then fail the answer, and the caller would be counted as missed. An INVITE without an
    offer (its offer comes in the ACK) is not judged here."""
    head, sep, body = raw.partition("\r\n\r\n")
    if not sep:
        head, sep, body = raw.partition("\n\n")
    if "m=" not in body:
        return None
    takeable = False
    for stream in ("\n" + body.replace("\r\n", "\n")).split("\nm=")[1:]:
        first, _, attributes = stream.partition("\n")
        parts = first.split()
        if len(parts) < 3 or parts[0] != "audio" or parts[1] == "0":
            continue
        profile = parts[2].upper()
        keyed = any(sdes_key_usable(a[len("a=crypto:") :]) for a in attributes.split("\n") if a.startswith("a=crypto:"))
        if profile in _PLAIN_PROFILES:
            takeable = takeable or srtp != "mandatory"
        elif profile in _SRTP_PROFILES:
            takeable = takeable or (srtp != "off" and keyed)
    return None if takeable else CODE_NOT_ACCEPTABLE
