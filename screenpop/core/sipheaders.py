"""Tolerant reading of SIP identity headers (name-addr, URIs, parameters) from untrusted INVITEs.

Nothing here raises on hostile input: over-long values are cut, control characters removed,
and anything that does not parse simply yields no number.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import cast
from urllib.parse import unquote

logger = logging.getLogger(__name__)

MAX_HEADER_CHARS = 2048
"""Only this much of one header value is parsed: the head and the tail of an absurd value (the URI of a
name-addr comes after the display name, so a huge name does not hide the number)."""
MAX_VALUES_PER_HEADER = 8
MAX_DISPLAY_CHARS = 80
MAX_NUMBER_CHARS = 32
MAX_ATTACHED_CHARS = 256
MAX_ATTACHED_HEADERS = 32

# RFC 3261 compact forms of the headers we read.
_COMPACT = {"f": "from", "t": "to"}
_VISUAL_SEPARATORS = re.compile(r"[\s\-.()\[\]/]")
_URI_OPEN = re.compile(r"<\s*(?:sips?|tel):", re.IGNORECASE)
_PHONE_LIKE = re.compile(r"^\+?[0-9*#]{2,32}$")
# Bidirectional overrides/isolates could make a name display reversed or hide text.
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def clean_text(value: object, limit: int = MAX_DISPLAY_CHARS) -> str:
    """Text safe to show: str, no control or bidi-override characters, collapsed spaces, at most ``limit``."""
    if value is None:
        return ""
    if isinstance(value, (bytes, bytearray)):
        text = bytes(value[: limit * 4]).decode("utf-8", errors="replace")
    else:
        try:
            text = str(value)
        except Exception:
            return ""
    text = text[: limit * 4]
    out = []
    for ch in text:
        if ch in _BIDI_CONTROLS:
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs", "Co", "Cn") or cat == "Zl" or cat == "Zp":
            out.append(" ")
        else:
            out.append(ch)
    cleaned = " ".join("".join(out).split())
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "\u2026"
    return cleaned


class HeaderBag:
    """Case-insensitive, multi-valued view of an INVITE's headers.

    Accepts a mapping (values a str or a list of str) or an iterable of (name, value) pairs.
    """

    def __init__(self, headers: object) -> None:
        self._values: dict[str, list[str]] = {}
        for name, value in _pairs(headers):
            key = _key(name)
            if not key:
                continue
            bucket = self._values.setdefault(key, [])
            for one in _as_values(value):
                if len(bucket) >= MAX_VALUES_PER_HEADER:
                    break
                bucket.append(one)

    def all(self, name: str) -> list[str]:
        """Every value of ``name`` in arrival order (possibly empty)."""
        return list(self._values.get(_key(name), ()))

    def first(self, name: str) -> str | None:
        values = self._values.get(_key(name))
        return values[0] if values else None

    def names(self) -> list[str]:
        """Lower-case names of the headers present."""
        return list(self._values)


def _key(name: object) -> str:
    key = clean_text(name, 64).lower()
    return _COMPACT.get(key, key)


def _pairs(headers: object) -> Iterable[tuple[object, object]]:
    try:
        if isinstance(headers, Mapping):
            return list(headers.items())[:256]
        if headers is None or isinstance(headers, (str, bytes)):
            return []
        pairs: list[tuple[object, object]] = []
        # any iterable, even one by __getitem__ only (no isinstance test for that): TypeError otherwise
        for item in cast("Iterable[object]", headers):
            if len(pairs) >= 256:
                break
            if isinstance(item, (tuple, list)) and len(item) == 2:
                pairs.append((item[0], item[1]))
        return pairs
    except Exception:
        logger.warning("ignoring unreadable header collection of type %s", type(headers).__name__)
        return []


def _as_values(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (str, bytes, bytearray)):
        items: list[object] = [value]
    else:
        try:
            items = list(value)[:MAX_VALUES_PER_HEADER]  # type: ignore[call-overload]
        except TypeError:
            items = [value]
    out = []
    half = MAX_HEADER_CHARS // 2
    for item in items:
        if isinstance(item, (bytes, bytearray)):
            raw = bytes(item)
            if len(raw) > MAX_HEADER_CHARS * 4:
                raw = raw[: half * 4] + raw[-half * 4 :]
            text = raw.decode("utf-8", errors="replace")
        elif isinstance(item, str):
            text = item
        else:
            continue
        if len(text) > MAX_HEADER_CHARS:
            text = text[:half] + text[-half:]
        out.append(text)
    return out


@dataclass
class NameAddr:
    """One parsed name-addr / addr-spec with its header parameters."""

    display: str = ""
    scheme: str = ""
    user: str = ""
    host: str = ""
    params: dict[str, str] = field(default_factory=dict)


def split_top_level(value: str, sep: str = ",") -> list[str]:
    """Split on ``sep`` outside quotes and angle brackets (a header may list several addresses)."""
    parts, buf, quoted, depth, escape = [], [], False, 0, False
    for ch in value:
        if escape:
            buf.append(ch)
            escape = False
            continue
        if ch == "\\" and quoted:
            escape = True
            buf.append(ch)
            continue
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "<":
            depth += 1
        elif not quoted and ch == ">" and depth:
            depth -= 1
        if ch == sep and not quoted and depth == 0:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return [p.strip() for p in parts if p.strip()]


def parse_name_addr(value: str) -> NameAddr:
    """Parse ``"Name" <sip:user@host;uri-params>;hdr-params`` or a bare addr-spec, tolerantly."""
    result = NameAddr()
    value = value.strip()
    lt = _uri_start(value)
    gt = value.find(">", lt + 1) if lt >= 0 else -1
    if lt >= 0 and gt > lt:
        display = value[:lt].strip()
        if len(display) >= 2 and display[0] == '"' and display[-1] == '"':
            display = display[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        result.display = clean_text(display)
        uri = value[lt + 1 : gt]
        result.params = _parse_params(value[gt + 1 :])
    else:
        # addr-spec: header params follow the URI after ';' (they cannot be told from URI params).
        uri, _, rest = value.partition(";")
        result.params = _parse_params(";" + rest if rest else "")
    scheme, sep, rest = uri.strip().partition(":")
    if not sep:
        return result
    result.scheme = scheme.strip().lower()
    if result.scheme == "tel":
        result.user = rest.split(";", 1)[0]
    elif result.scheme in ("sip", "sips"):
        userinfo, at, hostpart = rest.rpartition("@")
        if at:
            result.user = userinfo.split(":", 1)[0].split(";", 1)[0]
            result.host = hostpart.split(";", 1)[0].split("?", 1)[0]
        else:
            result.host = rest.split(";", 1)[0]
    try:
        result.user = unquote(result.user)
    except Exception:
        pass
    result.user = clean_text(result.user, MAX_NUMBER_CHARS * 2)
    result.host = clean_text(result.host, 255).lower()
    return result


def _uri_start(value: str) -> int:
    """Index of the ``<`` opening the URI: the first outside quotes, else the last ``<sip:``/``<tel:``."""
    quoted, escape = False, False
    for i, ch in enumerate(value):
        if escape:
            escape = False
        elif ch == "\\" and quoted:
            escape = True
        elif ch == '"':
            quoted = not quoted
        elif ch == "<" and not quoted:
            return i
    starts = list(_URI_OPEN.finditer(value))
    return starts[-1].start() if starts else -1


def _parse_params(text: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for chunk in text.split(";")[1:32]:
        name, _, val = chunk.partition("=")
        name = name.strip().lower()
        if name:
            params[name] = val.strip().strip('"').lower()
    return params


def phone_digits(user: str) -> str | None:
    """The dialable part of a URI user (``+86-10-1234 5678`` → ``+861012345678``), or None if not a number."""
    candidate = _VISUAL_SEPARATORS.sub("", user)
    if _PHONE_LIKE.match(candidate):
        return candidate
    return None
