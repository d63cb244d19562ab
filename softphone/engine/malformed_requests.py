"""Answers for SIP requests pjsip's parser drops: a SIP version other than 2.0 (505), a Request-URI
scheme it does not know (416), a missing mandatory header or other bad syntax (400).

pjsip hands such packets to the transport manager's "dropped data" callback and nothing else; the
sender would retransmit for 32 s. Plain Python: :func:`error_response` builds the response from the
raw packet (RFC 3261 section 8.2.6: Via, From, To with a tag, Call-ID and CSeq copied), and
:func:`send_to_via` sends it over UDP to the address the top Via names (section 18.2.2). Requests on
stream transports stay unanswered: the response would have to go back on that connection.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket

logger = logging.getLogger(__name__)

REASONS = {400: "Bad Request", 416: "Unsupported URI Scheme", 505: "Version Not Supported"}
URI_SCHEMES = frozenset({"sip", "sips", "tel"})
"""The Request-URI schemes the phone takes; any other gets 416."""
MANDATORY = ("via", "from", "to", "call-id", "cseq", "max-forwards")
COMPACT = {"v": "via", "f": "from", "t": "to", "i": "call-id"}
_TOKEN = re.compile(r"^[A-Za-z0-9.!%*_+`'~-]+$")


def _headers(lines: list[str]) -> list[tuple[str, str]]:
    """(lower-case full name, value) of each header line, folded lines joined."""
    out: list[tuple[str, str]] = []
    for line in lines:
        if line[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + " " + line.strip())
            continue
        name, sep, value = line.partition(":")
        if sep:
            key = name.strip().lower()
            out.append((COMPACT.get(key, key), value.strip()))
    return out


def status_for(request_line: str, names: set[str]) -> int | None:
    """The error a dropped request gets, or None when it is no request we should answer."""
    parts = request_line.split(" ")
    if len(parts) != 3 or not _TOKEN.match(parts[0]) or parts[0] == "ACK":
        return None
    method, uri, version = parts
    if not version.upper().startswith("SIP/"):
        return None
    if version.upper() != "SIP/2.0":
        return 505
    if uri.split(":", 1)[0].lower() not in URI_SCHEMES or ":" not in uri:
        return 416
    return 400


def error_response(raw: bytes) -> tuple[bytes, tuple[str, int]] | None:
    """The response to a request pjsip dropped, and where to send it; None when it cannot or must
    not be answered (a response, an ACK, no usable Via)."""
    text = raw.decode("utf-8", "replace")
    head = re.split(r"\r?\n\r?\n", text, maxsplit=1)[0]
    lines = re.split(r"\r?\n", head)
    if not lines or lines[0].startswith("SIP/"):
        return None
    headers = _headers(lines[1:])
    names = {name for name, _ in headers}
    code = status_for(lines[0].strip(), names)
    vias = [value for name, value in headers if name == "via"]
    if code is None or not vias:
        return None
    destination = via_address(vias[0])
    if destination is None:
        return None
    reason = REASONS[code]
    if code == 400:
        missing = [name for name in MANDATORY if name not in names]
        if missing:
            reason = f"Missing {missing[0].title()} header"
    out = [f"SIP/2.0 {code} {reason}"]
    out += [f"Via: {value}" for value in vias]
    for name, label in (("from", "From"), ("to", "To"), ("call-id", "Call-ID"), ("cseq", "CSeq")):
        value = next((v for n, v in headers if n == name), None)
        if value is None:
            continue
        if name == "to" and ";tag=" not in value.replace(" ", ""):
            value += ";tag=malformed"
        out.append(f"{label}: {value}")
    out += ["Content-Length: 0", "", ""]
    return "\r\n".join(out).encode("utf-8"), destination


def via_address(via: str) -> tuple[str, int] | None:
    """Where a UDP response goes: the sent-by of a ``SIP/2.0/UDP`` Via (``received``/``rport`` first)."""
    match = re.match(r"SIP\s*/\s*2\.0\s*/\s*UDP\s+(\[[^\]]+\]|[^;:\s]+)(?::(\d+))?(.*)$", via, re.IGNORECASE)
    if match is None:
        return None
    host, port, params = match[1].strip("[]"), int(match[2] or 5060), match[3]
    received = re.search(r";\s*received=([^;\s]+)", params)
    rport = re.search(r";\s*rport=(\d+)", params)
    address = received[1] if received else host
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return None  # a name would need a DNS lookup on the SIP thread: not for a malformed request
    return address, (int(rport[1]) if rport else port)


def send_to_via(raw: bytes) -> int | None:
    """Answer the dropped request ``raw`` (UDP only); returns the status sent, or None."""
    answer = error_response(raw)
    if answer is None:
        return None
    message, (host, port) = answer
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as sock:
            sock.sendto(message, (host, port))
    except OSError as exc:
        logger.info("could not answer a malformed request: %s", exc)
        return None
    return int(message.split(b" ", 2)[1])
