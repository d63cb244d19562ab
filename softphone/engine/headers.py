"""Identity headers from a raw SIP message, and the caller's number from them.

Runs on the SIP thread for every INVITE, so it stays small and allocation-light.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

IDENTITY_HEADERS = ("From", "To", "P-Asserted-Identity", "Remote-Party-ID", "Diversion", "Call-ID")

_COMPACT = {"f": "From", "t": "To", "i": "Call-ID"}
_CANONICAL = {h.lower(): h for h in IDENTITY_HEADERS}
_URI_RE = re.compile(r"<?((?:sips?|tel):[^>;,\s]+)")
_DISPLAY_RE = re.compile(r'^\s*(?:"((?:[^"\\]|\\.)*)"|([^<"]*?))\s*<')


def parse_identity_headers(raw: str) -> dict[str, list[str]]:
    """Return the identity headers and every ``X-`` header of a raw SIP message.

    Header names are canonical (compact forms expanded, case normalised for the known ones, X- headers
    keep the sender's spelling); folded lines are joined; values keep their order.
    """
    head = raw.split("\r\n\r\n", 1)[0].split("\n\n", 1)[0]
    lines = head.replace("\r\n", "\n").split("\n")[1:]
    result: dict[str, list[str]] = {}
    last: str | None = None
    for line in lines:
        if line[:1] in (" ", "\t") and last is not None:
            result[last][-1] += " " + line.strip()
            continue
        name, sep, value = line.partition(":")
        if not sep:
            last = None
            continue
        key = name.strip()
        lower = key.lower()
        canonical = _COMPACT.get(lower) or _CANONICAL.get(lower)
        if canonical is None:
            if not lower.startswith("x-"):
                last = None
                continue
            canonical = key
        result.setdefault(canonical, []).append(value.strip())
        last = canonical
    return result


def uri_of(value: str) -> str:
    """The SIP/tel URI inside a name-addr header value ("" when there is none)."""
    match = _URI_RE.search(value or "")
    return match.group(1) if match else ""


def display_of(value: str) -> str:
    """The display name of a name-addr header value ("" when there is none)."""
    match = _DISPLAY_RE.match(value or "")
    if not match:
        return ""
    return (match.group(1) if match.group(1) is not None else match.group(2) or "").strip()


def user_of(uri: str) -> str:
    """The user part of a SIP URI, or the number of a tel: URI."""
    if uri.startswith("tel:"):
        return uri[4:].split(";", 1)[0]
    rest = uri.split(":", 1)[1] if ":" in uri else uri
    return rest.split("@", 1)[0] if "@" in rest else ""


def caller_number(headers: dict[str, list[str]]) -> str:
    """Best caller number: P-Asserted-Identity, then Remote-Party-ID, then From."""
    for name in ("P-Asserted-Identity", "Remote-Party-ID", "From"):
        for value in headers.get(name, []):
            user = user_of(uri_of(value))
            if user:
                return user
    return ""
