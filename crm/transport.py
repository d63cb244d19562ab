"""HTTP for the CRM client: ``requests`` sessions with urllib3's ``Retry`` (no Qt).

* One :class:`requests.Session` per thread (a :class:`Transport`, like the client, may be shared
  between threads), each with its own keep-alive connections; ``(connect, read)`` timeouts.
* Repeats by urllib3's ``Retry``: a failed connection for every method; a lost or timed-out answer
  and 502/503/504 for reads, and for writes only when they carry an ``Idempotency-Key`` (the server
  then replays its first answer). 413/429/503 with ``Retry-After`` wait what it says (at most
  :data:`RETRY_AFTER_MAX_S`); otherwise the waits grow by ``backoff_factor``.
* Redirects as ``requests`` follows them (the ``Authorization`` header is dropped on the way to
  another host), except that a write is never turned into a GET: its 301/302/303 is handed back.
* The environment's proxies (``HTTP(S)_PROXY``, ``ALL_PROXY``, ``NO_PROXY``), never for a loopback
  host (the embedded back office).
* TLS verified by default against the system's trust store (where IT installs a company CA; not
  ``requests``' own copy of Mozilla's, nor a ``REQUESTS_CA_BUNDLE``); ``verify`` may instead name a
  CA file or directory (then only that is trusted), or be False.
* :meth:`Transport.close` (any thread) ends the requests under way at once with :class:`Closed`: a
  session's ``close()`` only drops idle connections, so the sockets of busy ones are shut down too
  (the long poll waits 25 s for an answer). Later requests open new sessions.

urllib3 logs full URLs, queries included (phone numbers, search terms): its logger is kept to
errors. The client's own log lines name the method and the path only.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import ssl
import threading
import weakref
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from crm.lazy_charset import defer_charset_normalizer

defer_charset_normalizer()  # before requests imports it: loaded at the first encoding guess, if ever

import requests  # noqa: E402
from requests.adapters import HTTPAdapter  # noqa: E402
from urllib3.connection import HTTPConnection, HTTPSConnection  # noqa: E402
from urllib3.util.retry import Retry  # noqa: E402

logger = logging.getLogger(__name__)
logging.getLogger("urllib3").setLevel(logging.ERROR)

READS = frozenset({"GET", "HEAD", "OPTIONS"})
WRITES = frozenset({"POST", "PATCH", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({502, 503, 504})
RETRY_AFTER_MAX_S = 30
MAX_REDIRECTS = 5


class Closed(requests.ConnectionError):
    """:meth:`Transport.close` ended this request."""


class _Live:
    """The connections of one session and whether it was closed (shared by its adapter's pools)."""

    def __init__(self) -> None:
        self.closed = threading.Event()
        self._lock = threading.Lock()
        self._conns: weakref.WeakSet[HTTPConnection] = weakref.WeakSet()

    def enter(self, conn: HTTPConnection) -> None:
        with self._lock:
            if self.closed.is_set():
                raise ConnectionAbortedError("the CRM client was closed")
            self._conns.add(conn)

    def leave(self, conn: HTTPConnection) -> None:
        with self._lock:
            self._conns.discard(conn)

    def close(self) -> None:
        """Wake every thread blocked on a connection (it reads end of file at once)."""
        with self._lock:
            self.closed.set()
            socks = [conn.sock for conn in self._conns if conn.sock is not None]
        for sock in socks:
            try:
                socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's call, also under TLS
            except (OSError, ValueError):
                pass


class _Tracked(HTTPConnection):
    """A connection its session's :class:`_Live` can interrupt from another thread."""

    def __init__(self, *args: Any, live: _Live, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._live = live

    def connect(self) -> None:
        self._live.enter(self)
        super().connect()
        if self._live.closed.is_set():  # closed while connecting
            self.close()
            raise ConnectionAbortedError("the CRM client was closed")

    def close(self) -> None:
        self._live.leave(self)
        super().close()


class _TrackedHttps(_Tracked, HTTPSConnection):
    pass


class _Retry(Retry):
    """urllib3's rules; a wait between repeats ends, and no repeat starts, once the session is closed."""

    def __init__(self, *args: Any, closed: threading.Event, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.closed = closed

    def new(self, **kw: Any) -> _Retry:
        kw.setdefault("closed", self.closed)
        return super().new(**kw)

    def is_exhausted(self) -> bool:
        return self.closed.is_set() or super().is_exhausted()

    def sleep(self, response: Any = None) -> None:
        wait = self.get_retry_after(response) if response is not None and self.respect_retry_after_header else None
        if wait is None:
            wait = self.get_backoff_time()
        if wait > 0:
            self.closed.wait(wait)


class _SystemTls:
    """One TLS context with the system's CAs, made at the first https connection (loading the CAs costs
    about a megabyte) and shared by every thread's session."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._context: ssl.SSLContext | None = None

    def context(self) -> ssl.SSLContext:
        with self._lock:
            if self._context is None:
                self._context = ssl.create_default_context()
            return self._context


class _Adapter(HTTPAdapter):
    """Interruptible connections, the system's trust store, and the repeats each request may have."""

    def __init__(self, live: _Live, retries: int, backoff_factor: float, system_tls: _SystemTls | None) -> None:
        self._live = live
        self._system_tls = system_tls  # None: a CA file, or no check (requests' own handling)
        common: dict[str, Any] = {
            "total": retries,
            "backoff_factor": backoff_factor,
            "status_forcelist": RETRY_STATUSES,
            "redirect": False,  # requests follows redirects itself
            "raise_on_status": False,  # the last answer is handed on as it is
            "retry_after_max": RETRY_AFTER_MAX_S,
            "closed": live.closed,
        }
        self._plain = _Retry(allowed_methods=READS, **common)
        self._keyed = _Retry(allowed_methods=READS | WRITES, **common)
        super().__init__(max_retries=self._plain)

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        keyed = "Idempotency-Key" in request.headers
        self.max_retries = self._keyed if keyed else self._plain  # this session's thread only
        return super().send(request, *args, **kwargs)

    def get_connection_with_tls_context(
        self, request: requests.PreparedRequest, verify: Any, proxies: Any = None, cert: Any = None
    ) -> Any:
        pool = super().get_connection_with_tls_context(request, verify, proxies, cert)
        pool.ConnectionCls = _TrackedHttps if pool.scheme == "https" else _Tracked
        pool.conn_kw["live"] = self._live
        if pool.scheme == "https" and self._system_tls is not None:
            pool.conn_kw["ssl_context"] = self._system_tls.context()
        return pool

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        super().cert_verify(conn, url, verify, cert)
        if verify is not False and self._system_tls is not None:
            conn.ca_certs = conn.ca_cert_dir = None  # the context holds the system's CAs


def is_loopback(host: str | None) -> bool:
    """localhost, 127.0.0.0/8 or ::1 (also as ::ffff:127.x.y.z)."""
    if host == "localhost" or (host or "").endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host or "")
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


class _Session(requests.Session):
    def __init__(
        self, retries: int, backoff_factor: float, verify: bool | str, user_agent: str, system_tls: _SystemTls
    ) -> None:
        super().__init__()
        self.live = _Live()
        adapter = _Adapter(self.live, retries, backoff_factor, system_tls if verify is True else None)
        self.mount("http://", adapter)
        self.mount("https://", adapter)
        self.verify = verify
        self.max_redirects = MAX_REDIRECTS
        self.headers["User-Agent"] = user_agent

    def get_redirect_target(self, resp: requests.Response) -> str | None:
        method = resp.request.method or ""
        if method not in READS and resp.status_code not in (307, 308):
            return None  # 301-303 would turn a write into a GET: the caller gets the redirect
        return super().get_redirect_target(resp)

    def merge_environment_settings(self, url: Any, proxies: Any, stream: Any, verify: Any, cert: Any) -> Any:
        settings = super().merge_environment_settings(url, proxies, stream, verify, cert)
        if is_loopback(urlsplit(url).hostname):
            settings["proxies"] = {}
        return settings

    def rebuild_proxies(self, prepared_request: requests.PreparedRequest, proxies: Any) -> Any:
        if is_loopback(urlsplit(prepared_request.url or "").hostname):
            return {}
        return super().rebuild_proxies(prepared_request, proxies)


class BearerAuth(requests.auth.AuthBase):
    """``Authorization: Bearer <token>`` (given as ``auth``, so a ``.netrc`` entry cannot replace it)."""

    def __init__(self, token: str | None) -> None:
        self.token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if self.token:
            request.headers["Authorization"] = f"Bearer {self.token}"
        return request


class Transport:
    """Requests over one session per thread; thread-safe."""

    def __init__(
        self,
        *,
        retries: int = 0,
        backoff_factor: float = 0.0,
        verify: bool | str = True,
        user_agent: str = "agent-desktop",
    ) -> None:
        self._settings = (retries, backoff_factor, verify, user_agent, _SystemTls())
        self._local = threading.local()
        self._lock = threading.Lock()
        self._sessions: weakref.WeakSet[_Session] = weakref.WeakSet()

    def request(
        self,
        method: str,
        url: str,
        *,
        timeout: tuple[float, float],
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        token: str | None = None,
        stream: bool = False,
    ) -> requests.Response:
        """Send one request (``json``: a body to send as JSON; ``data``: raw bytes, their Content-Type
        in ``headers``) and return the answer, whatever its status. Raises an OSError
        (``requests.RequestException``; :class:`Closed`) when none came. ``stream``: the body is read
        as it arrives (``iter_lines``); :meth:`close` ends the reading."""
        session = self._session()
        try:
            return session.request(
                method,
                url,
                params=params,
                json=json,
                data=data,
                headers=headers,
                auth=BearerAuth(token),
                timeout=timeout,
                stream=stream,
                verify=session.verify,  # else REQUESTS_CA_BUNDLE would replace a configured CA file
            )
        except OSError as exc:
            if session.live.closed.is_set():
                raise Closed("the CRM client was closed") from exc
            raise

    def close(self) -> None:
        """End every thread's requests under way and close their sessions (any thread)."""
        with self._lock:
            sessions = list(self._sessions)
            self._sessions.clear()
        for session in sessions:
            session.live.close()
            session.close()

    def _session(self) -> _Session:
        session: _Session | None = getattr(self._local, "session", None)
        if session is None or session.live.closed.is_set():
            session = self._local.session = _Session(*self._settings)
            with self._lock:
                self._sessions.add(session)
        return session


__all__ = ["BearerAuth", "Closed", "READS", "Transport", "WRITES", "is_loopback"]
