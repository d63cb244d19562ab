"""A small HTTP/1.1 client on the standard library's ``http.client``, for the CRM client (no Qt).

It does what the CRM client used ``requests`` and urllib3 for, at a fraction of their memory:

* Keep-alive: each thread keeps one connection per server (the transport may be shared between
  threads). An idle connection the server has closed is noticed before use; if a kept-alive connection
  still fails before any byte of the answer, the request goes again once on a new connection, for
  every method when it had not been sent completely, else only for methods ``retry`` allows.
* A connect timeout and a read timeout (per socket operation, like urllib3).
* Repeats by :class:`crm.http_retry.RetryPolicy` (urllib3's ``Retry`` rules); redirects of reads, and
  307/308 of any method, are followed (at most :data:`MAX_REDIRECTS`); the bearer token is not sent to
  another server.
* JSON bodies, query strings, gzip/deflate answers, TLS (``verify`` as in ``requests``) and the
  environment's proxies (:mod:`crm.http_connection`).
* :meth:`HttpTransport.close` (any thread) closes every connection of every thread; requests under way
  end at once with :class:`Closed`. Later requests open new connections.

Every network failure raises a :class:`TransportError`. Logs name the method and the path only (no
query, headers or bodies: they hold tokens, passwords and phone numbers).
"""

from __future__ import annotations

import http.client
import logging
import ssl
import threading
import weakref
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin

from crm.http_connection import (
    HttpConnection,
    HttpsConnection,
    Proxy,
    Target,
    open_connection,
    parse_url,
    proxy_for,
    request_line_target,
    tls_context,
)
from crm.http_message import (
    Closed,
    ConnectFailed,
    ConnectionLost,
    Headers,
    InvalidUrl,
    ReadTimedOut,
    Response,
    TooManyRedirects,
    TransportError,
    decode_content,
    json_body,
    query_string,
)
from crm.http_retry import READS, RetryPolicy

logger = logging.getLogger(__name__)

MAX_REDIRECTS = 5
NO_RETRY = RetryPolicy()
_REDIRECTS = frozenset({301, 302, 303, 307, 308})

Connection = HttpConnection | HttpsConnection
_Key = tuple[str, str, int, Proxy | None]


class _Stale(Exception):
    """A kept-alive connection failed before any byte of the answer; ``sent``: the whole request had
    been handed to the network (the server may have processed it)."""

    def __init__(self, sent: bool) -> None:
        super().__init__("kept-alive connection closed by the server")
        self.sent = sent


class HttpTransport:
    """Requests over pooled keep-alive connections (one per thread and server); thread-safe."""

    def __init__(
        self,
        *,
        connect_timeout_s: float = 3.0,
        read_timeout_s: float = 10.0,
        verify_tls: bool | str = True,
        user_agent: str = "agent-desktop",
    ) -> None:
        self.connect_timeout_s = connect_timeout_s
        self.read_timeout_s = read_timeout_s
        self.verify_tls = verify_tls
        self.user_agent = user_agent
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: weakref.WeakSet[Connection] = weakref.WeakSet()
        self._epoch = threading.Event()  # set by close(): ends the requests under way
        self._tls: ssl.SSLContext | None = None

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        retry: RetryPolicy = NO_RETRY,
        connect_timeout_s: float | None = None,
        read_timeout_s: float | None = None,
    ) -> Response:
        """Send one request (``json``: a body to send as JSON; None sends none) and return the answer,
        whatever its status. Raises :class:`TransportError` when no answer came."""
        epoch, method = self._epoch, method.upper()
        timeouts = (connect_timeout_s or self.connect_timeout_s, read_timeout_s or self.read_timeout_s)
        sent = {
            "user-agent": ("User-Agent", self.user_agent),
            "accept-encoding": ("Accept-Encoding", "gzip, deflate"),
            "accept": ("Accept", "*/*"),
        }
        for name, value in (headers or {}).items():
            sent[name.lower()] = (name, value)
        body = None
        if json is not None:
            body = json_body(json)
            sent.setdefault("content-type", ("Content-Type", "application/json"))
        query = query_string(params)
        if query:
            url += ("&" if "?" in url else "?") + query
        target = parse_url(url)
        for _ in range(MAX_REDIRECTS + 1):
            resp = self._send(epoch, method, target, dict(sent.values()), body, retry, timeouts)
            location = _redirect(resp, method)
            if location is None:
                return resp
            nxt = parse_url(urljoin(target.url, location))
            if not target.may_pass_credentials_to(nxt):
                sent.pop("authorization", None)
            logger.debug("%s %s redirected (%d)", method, target.path_only, resp.status_code)
            target = nxt
        raise TooManyRedirects(f"more than {MAX_REDIRECTS} redirects")

    def close(self) -> None:
        """Close every pooled connection of every thread; a request under way (e.g. blocked in a long
        read) ends at once with :class:`Closed`. The transport stays usable."""
        with self._lock:
            epoch, self._epoch = self._epoch, threading.Event()
            conns = list(self._open)
            self._open.clear()
            for conn in conns:
                conn.killed = True
                if conn.busy:
                    conn.interrupt()  # its thread closes it when it wakes up
                else:
                    conn.close()
        epoch.set()

    # -- one request, repeated as the policy says ----------------------------------------------
    def _send(
        self,
        epoch: threading.Event,
        method: str,
        target: Target,
        headers: dict[str, str],
        body: bytes | None,
        retry: RetryPolicy,
        timeouts: tuple[float, float],
    ) -> Response:
        proxy = proxy_for(target)
        if proxy and target.scheme == "http":  # https: the credentials go on the CONNECT instead
            headers = {**headers, **proxy.headers()}
        repeat = 0
        while True:
            try:
                resp = self._attempt(epoch, method, target, proxy, headers, body, retry, timeouts)
            except (ConnectFailed, ReadTimedOut, ConnectionLost) as exc:
                if repeat >= retry.retries or not (isinstance(exc, ConnectFailed) or retry.allows(method)):
                    raise
                repeat += 1
                wait, why = retry.backoff(repeat), type(exc).__name__
            else:
                if repeat >= retry.retries or not retry.retry_status(method, resp.status_code, resp.headers):
                    return resp
                repeat += 1
                wait, why = retry.wait(repeat, resp.headers), str(resp.status_code)
            logger.debug(
                "%s %s: %s; repeat %d of %d in %.2f s", method, target.path_only, why, repeat, retry.retries, wait
            )
            if epoch.wait(wait) if wait > 0 else epoch.is_set():
                raise Closed("the HTTP client was closed")

    def _attempt(
        self,
        epoch: threading.Event,
        method: str,
        target: Target,
        proxy: Proxy | None,
        headers: dict[str, str],
        body: bytes | None,
        retry: RetryPolicy,
        timeouts: tuple[float, float],
    ) -> Response:
        """One exchange; a kept-alive connection found closed is replaced once (see :class:`_Stale`)."""
        key: _Key = (target.scheme, target.host, target.port, proxy)
        for second in (False, True):
            if epoch.is_set():
                raise Closed("the HTTP client was closed")
            conn, reused = self._checkout(key, target, proxy, timeouts[0])
            keep = False
            try:
                resp, keep = self._exchange(conn, reused, method, target, proxy, headers, body, timeouts[1])
                return resp
            except _Stale as stale:
                if second or (stale.sent and not retry.allows(method)):
                    raise ConnectionLost(str(stale)) from stale.__cause__
                logger.debug(
                    "%s %s: kept-alive connection was closed by the server; sending on a new one",
                    method,
                    target.path_only,
                )
            finally:
                self._checkin(key, conn, keep)
        raise AssertionError("unreachable")

    def _exchange(
        self,
        conn: Connection,
        reused: bool,
        method: str,
        target: Target,
        proxy: Proxy | None,
        headers: dict[str, str],
        body: bytes | None,
        read_timeout_s: float,
    ) -> tuple[Response, bool]:
        if conn.sock is None:
            try:
                conn.connect()
            except (OSError, UnicodeError, http.client.HTTPException) as exc:
                if conn.killed:
                    raise Closed("the HTTP client was closed") from exc
                raise ConnectFailed(f"{type(exc).__name__}: {exc}") from exc
        if conn.killed:
            raise Closed("the HTTP client was closed")
        phase = "send"
        try:
            conn.sock.settimeout(read_timeout_s)
            conn.request(method, request_line_target(target, proxy), body=body, headers=headers)
            phase = "answer"
            raw = conn.getresponse()
            phase = "body"
            content = raw.read()
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if conn.killed:
                raise Closed("the HTTP client was closed") from exc
            if isinstance(exc, TimeoutError):
                raise ReadTimedOut(f"no answer within {read_timeout_s:g} s") from exc
            if reused and phase != "body" and _disconnected(exc):
                raise _Stale(sent=phase == "answer") from exc
            raise ConnectionLost(f"{type(exc).__name__}: {exc}") from exc
        content = decode_content(content, raw.getheader("Content-Encoding", ""))
        resp = Response(raw.status, raw.reason, Headers(raw.getheaders()), content, target.url)
        return resp, not raw.will_close

    # -- the pool: one connection per thread and server ----------------------------------------
    def _pool(self) -> dict[_Key, Connection]:
        pool = getattr(self._local, "pool", None)
        if pool is None:
            pool = self._local.pool = {}
        return pool

    def _checkout(
        self, key: _Key, target: Target, proxy: Proxy | None, connect_timeout_s: float
    ) -> tuple[Connection, bool]:
        conn = self._pool().pop(key, None)
        if conn is not None:
            with self._lock:
                conn.busy = not conn.killed
            if conn.busy and conn.sock is not None and not conn.dropped():
                return conn, True
            self._checkin(key, conn, keep=False)
        try:
            conn = open_connection(target, proxy, connect_timeout_s, self._tls_context)
        except OSError as exc:  # e.g. the configured CA file is missing
            raise ConnectFailed(f"{type(exc).__name__}: {exc}") from exc
        with self._lock:
            conn.busy = True
            self._open.add(conn)
        return conn, False

    def _checkin(self, key: _Key, conn: Connection, keep: bool) -> None:
        with self._lock:
            conn.busy = False
            keep = keep and not conn.killed and conn.sock is not None
            if not keep:
                self._open.discard(conn)
        if keep:
            self._pool()[key] = conn
        else:
            conn.close()

    def _tls_context(self) -> ssl.SSLContext:
        if self._tls is None:
            self._tls = tls_context(self.verify_tls)
        return self._tls


def _disconnected(exc: BaseException) -> bool:
    """Did the peer close or reset the connection (rather than answer garbage)?"""
    return isinstance(exc, (ConnectionError, ssl.SSLEOFError, ssl.SSLZeroReturnError))


def _redirect(resp: Response, method: str) -> str | None:
    """Where to go next: redirects of reads; 307/308 (which keep method and body) of any method. A
    write is not turned into a GET (as ``requests`` would for 301-303): the caller gets the redirect."""
    if resp.status_code not in _REDIRECTS or "Location" not in resp.headers:
        return None
    if resp.status_code in (307, 308) or method in READS:
        return resp.headers["Location"]
    return None


__all__ = [
    "Closed",
    "ConnectFailed",
    "ConnectionLost",
    "Headers",
    "HttpTransport",
    "InvalidUrl",
    "NO_RETRY",
    "ReadTimedOut",
    "Response",
    "RetryPolicy",
    "TooManyRedirects",
    "TransportError",
]
