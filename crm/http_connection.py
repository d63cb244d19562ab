"""Where a request of :mod:`crm.http` goes and the connections that carry it.

* :func:`parse_url`: an http(s) URL as a :class:`Target` (IPv6 literals such as ``http://[::1]:8000``).
* :func:`proxy_for`: the proxy of the environment, as ``requests`` picks it (``HTTP_PROXY``,
  ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY`` with names and IPv4 CIDR ranges; on Windows and macOS
  the system settings too). Loopback hosts never go through a proxy.
* :func:`open_connection`: an ``http.client`` connection to the server or its proxy (absolute-URI
  requests for http, a CONNECT tunnel for https), with the connect timeout; the transport sets the read
  timeout once connected. :class:`Tracked` adds what the transport's pool needs: :meth:`Tracked.dropped`
  and :meth:`Tracked.interrupt`.
"""

from __future__ import annotations

import base64
import http.client
import os
import select
import socket
import ssl
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from crm.http_message import ConnectFailed, InvalidUrl

_DEFAULT_PORTS = {"http": 80, "https": 443}
_SAFE = "!#$%&'()*+,/:;=?@[]~"  # what requests leaves alone when it re-quotes a URL


@dataclass(frozen=True)
class Target:
    """One request's URL taken apart: ``path`` is the path with its query, already quoted."""

    scheme: str
    host: str
    port: int
    path: str

    @property
    def netloc(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == _DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.netloc}{self.path}"

    @property
    def path_only(self) -> str:
        """The path without the query (for logs: queries may hold phone numbers)."""
        return self.path.split("?", 1)[0]

    def may_pass_credentials_to(self, other: Target) -> bool:
        """May the Authorization header follow a redirect to ``other``? Same scheme, host and port, or
        http on port 80 upgraded to https on 443 of the same host (the rule of ``requests``)."""
        if self.host != other.host:
            return False
        return (self.scheme, self.port) == (other.scheme, other.port) or (
            (self.scheme, self.port, other.scheme, other.port) == ("http", 80, "https", 443)
        )


def parse_url(url: str) -> Target:
    """``url`` as a :class:`Target`; :class:`InvalidUrl` unless it is http(s) with a host."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise InvalidUrl(f"invalid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise InvalidUrl("not an http(s) URL with a host")
    path = quote(parts.path or "/", safe=_SAFE)
    if parts.query:
        path += "?" + quote(parts.query, safe=_SAFE)
    return Target(scheme, parts.hostname, port or _DEFAULT_PORTS[scheme], path)


@dataclass(frozen=True)
class Proxy:
    """An http proxy; ``authorization`` is the Proxy-Authorization value from its URL's user info."""

    host: str
    port: int
    authorization: str | None = field(default=None, repr=False)

    def headers(self) -> dict[str, str]:
        return {"Proxy-Authorization": self.authorization} if self.authorization else {}


def is_loopback(host: str) -> bool:
    """localhost, 127.0.0.0/8 or ::1 (also as ::ffff:127.x.y.z)."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            packed = socket.inet_pton(family, host)
        except (OSError, ValueError):
            continue
        if family == socket.AF_INET:
            return packed[0] == 127
        return packed == bytes(15) + b"\x01" or (packed[:12] == bytes(10) + b"\xff\xff" and packed[12] == 127)
    return False


def _in_cidr(host: str, no_proxy: str) -> bool:
    """Is the IPv4 address ``host`` in one of the ``a.b.c.d/n`` ranges of ``no_proxy``?"""
    try:
        address = int.from_bytes(socket.inet_pton(socket.AF_INET, host), "big")
    except (OSError, ValueError):
        return False
    for entry in no_proxy.replace(" ", "").split(","):
        network, slash, bits = entry.partition("/")
        if not slash:
            continue
        try:
            net, size = int.from_bytes(socket.inet_pton(socket.AF_INET, network), "big"), int(bits)
        except (OSError, ValueError):
            continue
        if 0 <= size <= 32 and (address ^ net) >> (32 - size) == 0:
            return True
    return False


def _proxies_possible() -> bool:
    """False when no proxy can be configured (Linux without ``*_proxy`` variables): then
    ``urllib.request`` (about 2 MB) is not imported at all."""
    return sys.platform in ("win32", "darwin") or any(k.lower().endswith("_proxy") for k in os.environ)


def proxy_for(target: Target) -> Proxy | None:
    """The proxy ``target`` is reached through, or None (direct)."""
    if is_loopback(target.host) or not _proxies_possible():
        return None
    import urllib.request

    proxies = urllib.request.getproxies()
    url = proxies.get(target.scheme) or proxies.get("all")
    if not url:
        return None
    if _in_cidr(target.host, proxies.get("no", "")) or urllib.request.proxy_bypass(
        target.host if ":" in target.host else f"{target.host}:{target.port}"
    ):
        return None
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
        port = parts.port
    except ValueError as exc:
        raise ConnectFailed(f"invalid proxy URL: {exc}") from None
    if parts.scheme.lower() != "http" or not parts.hostname:
        raise ConnectFailed(f"unsupported proxy ({parts.scheme or 'no'} scheme): only http proxies")
    authorization = None
    if parts.username is not None:
        user_pass = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        authorization = "Basic " + base64.b64encode(user_pass).decode("ascii")
    return Proxy(parts.hostname, port or 80, authorization)


def tls_context(verify: bool | str) -> ssl.SSLContext:
    """The TLS settings for ``verify`` as ``requests`` reads it: True checks the server against the
    system's CAs, False checks nothing, a path names a CA bundle file or a directory of CAs."""
    if verify is False:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    if isinstance(verify, str):
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    return ssl.create_default_context()


class Tracked:
    """What the pool of :class:`crm.http.HttpTransport` keeps on a connection: ``busy`` (a request is
    on it), ``killed`` (the transport was closed: do not use it again) and the socket to shut down."""

    killed = False
    busy = False
    live_sock: socket.socket | None = None
    sock: Any

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self.live_sock = self.sock  # kept: http.client drops .sock while a closing answer is read

    def interrupt(self) -> None:
        """Wake a thread blocked on this connection (it gets end of file at once); any thread."""
        sock = self.live_sock
        if sock is not None:
            try:
                socket.socket.shutdown(sock, socket.SHUT_RDWR)  # plain socket call, also for TLS
            except (OSError, ValueError):
                pass

    def dropped(self) -> bool:
        """Has the server closed this idle connection (or sent something unasked)?"""
        sock = self.sock
        if sock is None:
            return True
        try:
            if hasattr(select, "poll"):
                poller = select.poll()
                poller.register(sock, select.POLLIN)
                return bool(poller.poll(0))
            return bool(select.select([sock], [], [], 0)[0])
        except (OSError, ValueError):
            return True


class HttpConnection(Tracked, http.client.HTTPConnection):
    """An http connection of the transport's pool."""


class HttpsConnection(Tracked, http.client.HTTPSConnection):
    """An https connection of the transport's pool."""


def open_connection(
    target: Target, proxy: Proxy | None, connect_timeout_s: float, tls: Callable[[], ssl.SSLContext]
) -> HttpConnection | HttpsConnection:
    """A connection (not yet connected) for ``target``, through ``proxy`` when given."""
    host, port = (proxy.host, proxy.port) if proxy else (target.host, target.port)
    if target.scheme == "https":
        conn = HttpsConnection(host, port, timeout=connect_timeout_s, context=tls())
        if proxy:
            conn.set_tunnel(target.host, target.port, headers=proxy.headers())
        return conn
    return HttpConnection(host, port, timeout=connect_timeout_s)


def request_line_target(target: Target, proxy: Proxy | None) -> str:
    """What follows the method on the request line: the absolute URI for an http proxy, else the path."""
    return target.url if proxy and target.scheme == "http" else target.path
