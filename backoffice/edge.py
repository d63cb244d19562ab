"""What every request passes before routing, parsing and authentication (an ASGI middleware).

* **Body size.** A body over the limit (:meth:`SecurityPolicy.body_limit`: 1 MiB, bulk endpoints
  4 MiB) is answered 413 ``too_large``: at once when ``Content-Length`` says so (nothing of it is
  read), else as soon as the streamed chunks add up to more. The answer closes the connection, so the
  rest is never read either.
* **NUL characters.** PostgreSQL cannot store U+0000 in text and SQLite would keep it silently; a NUL
  in a query parameter, the path or any string (or key) of a JSON body is refused with 422 naming
  the field, on either database.

The body is read here (it is bounded) and handed to the app in one piece.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

from backoffice.policy import SecurityPolicy

logger = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

NUL_MESSAGE = "must not contain the NUL character (U+0000)"


def nul_path(value: Any, loc: tuple[str | int, ...] = ()) -> tuple[str | int, ...] | None:
    """Where in a decoded JSON value the first string (or key) holding a NUL is, else None."""
    if isinstance(value, str):
        return loc if "\x00" in value else None
    if isinstance(value, dict):
        for key, item in value.items():
            if "\x00" in key:
                return (*loc, key)
            found = nul_path(item, (*loc, key))
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = nul_path(item, (*loc, index))
            if found is not None:
                return found
    return None


def _body_nul(body: bytes) -> tuple[str | int, ...] | None:
    if b"\\u0000" not in body:  # JSON can only carry a NUL escaped; a raw one is invalid JSON (422)
        return None
    try:
        return nul_path(json.loads(body))
    except (ValueError, RecursionError):
        return None  # not JSON: the app's own parsing answers


def _query_nul(query: bytes) -> str | None:
    if b"%00" not in query and b"\x00" not in query:
        return None
    for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
        if "\x00" in name or "\x00" in value:
            return name.replace("\x00", "")
    return None


async def _answer(send: Send, status: int, body: dict[str, Any], *, close: bool = False) -> None:
    data = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data, "more_body": False})


def _nul_error(loc: tuple[str | int, ...]) -> dict[str, Any]:
    return {"detail": [{"loc": list(loc), "msg": NUL_MESSAGE, "type": "string_nul"}]}


async def _too_large(send: Send, limit: int) -> None:
    body = {"detail": f"the request body is larger than {limit} bytes", "code": "too_large"}
    await _answer(send, 413, body, close=True)


class EdgeGuard:
    """The ASGI middleware (``app.add_middleware(EdgeGuard, policy=...)``)."""

    def __init__(self, app: App, policy: SecurityPolicy) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if "\x00" in scope.get("path", ""):
            await _answer(send, 422, _nul_error(("path",)))
            return
        name = _query_nul(scope.get("query_string", b""))
        if name is not None:
            await _answer(send, 422, _nul_error(("query", name)))
            return
        limit = self.policy.body_limit(scope.get("path", ""))
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _too_large(send, limit)
            return
        body = await _read_body(receive, limit)
        if body is None:
            await _too_large(send, limit)
            return
        loc = _body_nul(body)
        if loc is not None:
            await _answer(send, 422, _nul_error(("body", *loc)))
            return
        await self.app(scope, _replay(body, receive), send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isascii() and text.isdigit() else None
    return None


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole body, or None once it passes ``limit`` bytes (the rest is left unread)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":  # the client left: the app finds out from an empty body
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives the body read already, then the client's later messages (disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
