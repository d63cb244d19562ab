"""The pieces of an HTTP exchange for :mod:`crm.http`: the errors, the request body and query, and the
answer (:class:`Response`, shaped like the part of ``requests.Response`` the CRM client uses)."""

from __future__ import annotations

import json as _json
import zlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlencode


class TransportError(Exception):
    """The server could not be reached or the exchange broke off (no HTTP answer to hand on)."""


class InvalidUrl(TransportError):
    """The URL is not an http(s) URL with a host (a settings mistake, reported like a network fault)."""


class ConnectFailed(TransportError):
    """No connection: name lookup, refused, connect timeout, TLS handshake or proxy tunnel failed.
    The request was not sent."""


class ReadTimedOut(TransportError):
    """The server took longer than the read timeout to answer (the request may have been processed)."""


class ConnectionLost(TransportError):
    """The connection broke off or the answer was not valid HTTP (the request may have been processed)."""


class Closed(TransportError):
    """:meth:`crm.http.HttpTransport.close` ended this request (shutdown of the client)."""


class TooManyRedirects(TransportError):
    """The server kept redirecting."""


def query_string(params: Mapping[str, Any] | None) -> str:
    """``params`` as a query string the way ``requests`` writes it: None values left out, lists and
    tuples repeated, other values as ``str()`` (so ``True``, ``25.0``), spaces as ``+``."""
    if not params:
        return ""
    pairs: list[tuple[str, Any]] = []
    for key, value in params.items():
        for item in value if isinstance(value, (list, tuple)) else (value,):
            if item is not None:
                pairs.append((key, item if isinstance(item, bytes) else str(item)))
    return urlencode(pairs)


def json_body(value: Any) -> bytes:
    """``value`` as compact UTF-8 JSON. NaN and infinities are refused (``requests`` did the same),
    with :class:`TransportError` as ``requests`` raised its own request error."""
    try:
        return _json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
    except ValueError as exc:
        raise TransportError(f"the request body is not valid JSON: {exc}") from None


def decode_content(data: bytes, encoding: str) -> bytes:
    """Undo a ``gzip`` or ``deflate`` Content-Encoding (zlib or raw deflate); other bodies as sent."""
    encoding = encoding.strip().lower()
    if not data or encoding not in ("gzip", "x-gzip", "deflate"):
        return data
    try:
        if encoding == "deflate":
            try:
                return zlib.decompress(data)
            except zlib.error:
                return zlib.decompress(data, -zlib.MAX_WBITS)
        return zlib.decompress(data, 16 + zlib.MAX_WBITS)
    except zlib.error as exc:
        raise ConnectionLost(f"cannot decode the {encoding} answer: {exc}") from None


class Headers(Mapping[str, str]):
    """Answer headers with case-insensitive names; a repeated header is joined with ``", "``."""

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        self._items: dict[str, tuple[str, str]] = {}
        for name, value in items:
            key = name.lower()
            if key in self._items:
                value = f"{self._items[key][1]}, {value}"
            self._items[key] = (name, value)

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()][1]

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._items

    def __repr__(self) -> str:
        return f"Headers({dict(self.items())!r})"


class Response:
    """One HTTP answer, read completely: ``status_code``, ``reason``, ``headers``, ``content`` (bytes),
    ``text`` and :meth:`json`; ``url`` is the URL that answered (after redirects)."""

    __slots__ = ("status_code", "reason", "headers", "content", "url")

    def __init__(self, status_code: int, reason: str, headers: Headers, content: bytes, url: str) -> None:
        self.status_code = status_code
        self.reason = reason
        self.headers = headers
        self.content = content
        self.url = url

    @property
    def ok(self) -> bool:
        return self.status_code < 400

    @property
    def encoding(self) -> str:
        """The charset of Content-Type, else UTF-8 (what JSON is)."""
        for part in self.headers.get("Content-Type", "").split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset" and value.strip("\"' "):
                return value.strip("\"' ")
        return "utf-8"

    @property
    def text(self) -> str:
        try:
            return self.content.decode(self.encoding, errors="replace")
        except LookupError:  # an unknown charset name
            return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The decoded JSON body; ValueError if it is empty or not JSON (as ``requests``)."""
        return _json.loads(self.content)

    def __repr__(self) -> str:
        return f"<Response [{self.status_code}]>"
