"""The CRM client's HTTP (crm.transport: requests and urllib3's Retry) against real peers on loopback:
small servers in threads, raw sockets for misbehaving ones, a real proxy and TLS with a real cert."""

from __future__ import annotations

import gzip
import json
import logging
import select
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests

from crm.client import ClientConfig, CrmClient
from crm.client_errors import CrmError, CrmUnavailable, NotFound
from crm.transport import Closed, Transport
from tests.fixtures.ports import free_port

pytestmark = pytest.mark.timeout(60)

ROOT = Path(__file__).resolve().parents[2]


# -- peers ------------------------------------------------------------------------------------------
@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    port: int  # the client's port: one per TCP connection


Answer = tuple[int, dict[str, str], bytes]


class Served:
    """An ``http.server`` serving from a daemon thread until :meth:`stop`."""

    server: ThreadingHTTPServer

    def serve(self, server: ThreadingHTTPServer) -> None:
        self.server = server
        self.thread = threading.Thread(target=server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


@dataclass
class Web(Served):
    """A keep-alive HTTP/1.1 server on loopback; ``answer(seen)`` decides each answer."""

    answer: Callable[[Seen], Answer]
    host: str = "127.0.0.1"
    seen: list[Seen] = field(default_factory=list)
    hung_up: list[int] = field(default_factory=list)
    """Client ports whose connection the client closed (end of file seen)."""

    def __post_init__(self) -> None:
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 10  # idle kept-alive connections end

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(
                    self.command,
                    self.path,
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                    self.client_address[1],
                )
                web.seen.append(seen)
                status, headers, payload = web.answer(seen)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _any

            def finish(self) -> None:
                super().finish()
                web.hung_up.append(self.client_address[1])

            def log_message(self, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            address_family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
            daemon_threads = True

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # clients that hung up on purpose

        server = Server((self.host, 0), Handler)
        self.port = server.server_address[1]
        bracketed = f"[{self.host}]" if ":" in self.host else self.host
        self.url = f"http://{bracketed}:{self.port}"
        self.serve(server)


def ok(payload: object = None, status: int = 200, **headers: str) -> Answer:
    body = json.dumps({"ok": True} if payload is None else payload).encode()
    return status, {"Content-Type": "application/json", **headers}, body


def _factory(kind: Callable[..., Any], stop: str) -> Iterator[Callable[..., Any]]:
    """A fixture's body: ``make(*args)`` builds a ``kind``; every one built is stopped at the end."""
    made: list[Any] = []

    def make(*args: Any, **kwargs: Any) -> Any:
        made.append(kind(*args, **kwargs))
        return made[-1]

    yield make
    for thing in made:
        getattr(thing, stop)()


@pytest.fixture
def web_factory():
    """``make(answer=ok, host="127.0.0.1") -> Web``."""
    yield from _factory(lambda answer=lambda seen: ok(), host="127.0.0.1": Web(answer, host), "stop")


@pytest.fixture
def transport():
    t = Transport()
    yield t
    t.close()


TIMEOUT = (2.0, 5.0)


class RawServer:
    """A misbehaving HTTP peer on a raw socket. Per connection it answers the first request
    (keep-alive); then ``after_first``: "close" closes the connection at once (a server closing idle
    connections), "drop" reads the next request and closes without answering it."""

    def __init__(self, after_first: str) -> None:
        self.after_first = after_first
        self.requests: list[tuple[str, str, int]] = []  # (method, path, connection number)
        self.connections = 0
        self.closed = 0  # connections this side has closed
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._connection, args=(conn, self.connections), daemon=True).start()

    def _connection(self, conn: socket.socket, number: int) -> None:
        conn.settimeout(5)
        with conn, conn.makefile("rb") as stream:
            first = _read_request(stream)
            if first is None:
                return
            self.requests.append((*first, number))
            body = b'{"ok":true}'
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
            )
            if self.after_first == "drop":
                second = _read_request(stream)
                if second is not None:
                    self.requests.append((*second, number))
        self.closed += 1

    def close(self) -> None:
        self._stop.set()
        self.thread.join(5)
        self.sock.close()


def _read_request(stream) -> tuple[str, str] | None:
    try:
        line = stream.readline()
        if not line:
            return None
        length = 0
        while (header := stream.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = header.decode().partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        stream.read(length)
    except OSError:
        return None
    method, path = line.decode().split()[:2]
    return method, path


@pytest.fixture
def raw_server():
    """``make(after_first) -> RawServer``."""
    yield from _factory(RawServer, "close")


@pytest.fixture
def silent_server():
    """Accepts connections and never answers: (url, accepted sockets)."""
    sock = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        sock.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(sock.accept()[0])
            except TimeoutError:
                continue
            except OSError:
                return

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}", accepted
    stop.set()
    thread.join(5)
    for conn in accepted:
        conn.close()
    sock.close()


def _client(url: str, **config) -> CrmClient:
    config.setdefault("connect_timeout_s", 1.0)
    config.setdefault("timeout_s", 5.0)
    return CrmClient(ClientConfig(url, **config), token="secret-token-123")


def _wait_for(condition: Callable[[], object], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def _in_thread(work: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    """Run ``work`` on a thread; the list gets its result or exception, then the seconds it took."""
    outcome: list[object] = []

    def run() -> None:
        started = time.monotonic()
        try:
            outcome.append(work())
        except BaseException as exc:
            outcome.append(exc)
        outcome.append(time.monotonic() - started)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


# -- keep-alive and stale connections ----------------------------------------------------------------
def test_one_connection_carries_several_requests(web_factory, transport):
    web = web_factory()
    for i in range(4):
        resp = transport.request("GET", f"{web.url}/item/{i}", params={"a": 1}, timeout=TIMEOUT)
        assert resp.status_code == 200 and resp.json() == {"ok": True}
    resp = transport.request("POST", web.url + "/things", json={"name": "王芳"}, timeout=TIMEOUT)
    assert resp.status_code == 200
    assert len({s.port for s in web.seen}) == 1 and len(web.seen) == 5
    post = web.seen[-1]
    assert json.loads(post.body) == {"name": "王芳"} and post.headers["content-type"] == "application/json"
    assert post.headers["user-agent"] == "agent-desktop"


def test_each_thread_has_its_own_connection_and_close_closes_them_all(web_factory, transport):
    web = web_factory()
    transport.request("GET", web.url + "/main", timeout=TIMEOUT)
    worked, finish = threading.Event(), threading.Event()

    def work() -> None:
        for _ in range(3):
            transport.request("GET", web.url + "/worker", timeout=TIMEOUT)
        worked.set()
        finish.wait(10)  # alive, its connection idle in its session

    worker = threading.Thread(target=work)
    worker.start()
    assert worked.wait(10)
    ports: dict[str, set[int]] = {"/main": set(), "/worker": set()}
    for s in web.seen:
        ports[s.path].add(s.port)
    assert len(ports["/worker"]) == 1 and ports["/worker"] != ports["/main"]
    assert web.hung_up == []
    transport.close()  # from this thread, the worker's connection too
    _wait_for(lambda: sorted(web.hung_up) == sorted(ports["/main"] | ports["/worker"]))
    finish.set()
    worker.join(10)
    assert transport.request("GET", web.url + "/again", timeout=TIMEOUT).status_code == 200  # usable after close()


def test_a_connection_the_server_closed_is_replaced_for_any_method(raw_server, transport):
    server = raw_server("close")
    assert transport.request("GET", server.url + "/a", timeout=TIMEOUT).status_code == 200
    _wait_for(lambda: server.closed == 1)  # the server has closed the idle connection
    assert transport.request("GET", server.url + "/b", timeout=TIMEOUT).status_code == 200
    _wait_for(lambda: server.closed == 2)
    resp = transport.request("POST", server.url + "/c", json={}, headers={"Idempotency-Key": "k1"}, timeout=TIMEOUT)
    assert resp.status_code == 200
    _wait_for(lambda: server.closed == 3)
    assert (
        transport.request("POST", server.url + "/d", json={}, timeout=TIMEOUT).status_code == 200
    )  # never sent before
    assert [(m, p) for m, p, _ in server.requests] == [("GET", "/a"), ("GET", "/b"), ("POST", "/c"), ("POST", "/d")]
    assert server.connections == 4


def test_a_request_lost_on_a_kept_alive_connection_goes_again_when_harmless(raw_server):
    server = raw_server("drop")
    client = _client(server.url, retries=1, backoff_factor=0.0)
    client.request("GET", "/first")
    assert client.request("GET", "/read").status_code == 200
    assert client.request("POST", "/keyed", json={}, idempotency_key="k").status_code == 200
    assert [(m, p) for m, p, _ in server.requests] == [
        ("GET", "/api/v1/first"),
        ("GET", "/api/v1/read"),  # lost: the server closed without answering
        ("GET", "/api/v1/read"),
        ("POST", "/api/v1/keyed"),  # lost likewise
        ("POST", "/api/v1/keyed"),
    ]
    client.close()


def test_a_plain_post_lost_after_sending_is_not_sent_again(raw_server):
    server = raw_server("drop")
    client = _client(server.url, retries=2)
    client.request("GET", "/first")
    with pytest.raises(CrmUnavailable) as lost:
        client.request("POST", "/orders", json={"n": 1})
    assert isinstance(lost.value.__cause__, requests.ConnectionError)
    assert [(m, p) for m, p, _ in server.requests] == [("GET", "/api/v1/first"), ("POST", "/api/v1/orders")]
    assert client.request("GET", "/after").status_code == 200  # a new connection
    client.close()


def test_the_back_office_restarting_between_requests_goes_unnoticed(live_backoffice):
    from tests.crm.helpers import client_for

    client = client_for(live_backoffice.url, "agent1", retries=0)
    assert client.total("customers") == 0
    live_backoffice.stop()
    live_backoffice.start()  # same port, new process state
    assert client.total("customers") == 0  # the dead kept-alive connection was replaced
    client.close()


# -- retries -------------------------------------------------------------------------------------------
def test_503_with_retry_after_waits_then_succeeds(web_factory):
    calls = []

    def answer(seen: Seen) -> Answer:
        calls.append(time.monotonic())
        return ok({"detail": "busy"}, 503, **{"Retry-After": "1"}) if len(calls) == 1 else ok({"total": 7})

    web = web_factory(answer)
    client = _client(web.url, retries=2, backoff_factor=0.0)
    assert client.total("customers") == 7
    assert len(calls) == 2 and 0.9 <= calls[1] - calls[0] < 3
    calls.clear()
    with pytest.raises(CrmUnavailable) as busy:  # a write without a key: not repeated
        client.request("POST", "/customers", json={})
    assert busy.value.status == 503 and len(calls) == 1
    client.close()


def test_429_is_repeated_only_with_retry_after(web_factory):
    web = web_factory(lambda seen: ok({"detail": "slow down"}, 429))
    client = _client(web.url, retries=2, backoff_factor=0.0)
    with pytest.raises(CrmError):
        client.get_raw("customers", "c1")
    assert len(web.seen) == 1
    web.seen.clear()
    web.answer = lambda seen: ok({"detail": "slow down"}, 429, **{"Retry-After": "0"})
    with pytest.raises(CrmError):
        client.get_raw("customers", "c1")
    assert len(web.seen) == 3
    client.close()


def test_502_is_repeated_then_the_last_answer_maps_as_before(web_factory):
    web = web_factory(lambda seen: ok({"detail": "bad gateway"}, 502))
    client = _client(web.url, retries=2, backoff_factor=0.1)
    started = time.monotonic()
    with pytest.raises(CrmUnavailable) as failed:
        client.get_raw("customers", "c1")
    elapsed = time.monotonic() - started
    assert failed.value.status == 502 and failed.value.body == {"detail": "bad gateway"}
    assert len(web.seen) == 3 and 0.2 <= elapsed < 2  # waits 0, then 0.1 * 2
    web.seen.clear()
    with pytest.raises(CrmUnavailable):
        client.create_raw("customers", {}, key="key-1")  # keyed write: repeated too
    assert len(web.seen) == 3
    web.seen.clear()
    with pytest.raises(CrmUnavailable):
        client.update_raw("customers", "c1", {}, version=1, key="key-2")  # PATCH likewise
    assert len(web.seen) == 3
    web.seen.clear()
    with pytest.raises(CrmUnavailable):
        client.update("customers", "c1", {"notes": "x"}, version=1)  # no key: once
    assert len(web.seen) == 1
    client.close()


def test_a_long_retry_after_is_capped_and_close_ends_the_wait(web_factory):
    web = web_factory(lambda seen: ok({"detail": "busy"}, 503, **{"Retry-After": "99999"}))
    client = _client(web.url, retries=1)
    poller, outcome = _in_thread(lambda: client.total("customers"))
    _wait_for(lambda: web.seen)
    time.sleep(0.3)  # waiting the Retry-After (at most 30 s)
    closed_at = time.monotonic()
    client.close()
    poller.join(5)
    assert isinstance(outcome[0], CrmUnavailable) and isinstance(outcome[0].__cause__, Closed)
    assert time.monotonic() - closed_at < 1.5 and len(web.seen) == 1


# -- timeouts and closing --------------------------------------------------------------------------------
def _unanswered_connect_address() -> tuple[tuple[str, int], list[socket.socket]]:
    """A loopback address whose connects hang: a listener with a full backlog (SYNs are dropped)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    address = listener.getsockname()
    held = [listener]
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(address)
        held.append(filler)
    time.sleep(0.1)
    probe = socket.socket()
    probe.settimeout(0.2)
    try:
        probe.connect(address)
    except TimeoutError:
        return address, held
    finally:
        probe.close()
    for sock in held:
        sock.close()
    pytest.skip("this kernel accepts connections beyond the backlog")


def test_connect_timeout_and_read_timeout_are_distinct(silent_server, transport):
    url, _ = silent_server
    started = time.monotonic()
    with pytest.raises(requests.ConnectionError, match="Read timed out"):
        transport.request("GET", url + "/watch", timeout=(5.0, 0.3))
    assert 0.25 <= time.monotonic() - started < 2  # the read timeout, not the connect one
    address, held = _unanswered_connect_address()
    try:
        started = time.monotonic()
        with pytest.raises(requests.ConnectTimeout):
            transport.request("GET", f"http://{address[0]}:{address[1]}/x", timeout=(0.3, 5.0))
        assert 0.25 <= time.monotonic() - started < 2
    finally:
        for sock in held:
            sock.close()


def test_close_from_another_thread_ends_a_long_poll_at_once(web_factory):
    release = threading.Event()

    def answer(seen: Seen) -> Answer:
        if seen.path.startswith("/api/v1/changes/watch"):
            release.wait(20)
            return ok({"latest": 1})
        return ok({"total": 3})

    web = web_factory(answer)
    client = _client(web.url, retries=2, timeout_s=5.0)
    poller, outcome = _in_thread(lambda: client.watch_changes(5, timeout_s=20))
    _wait_for(lambda: web.seen)
    time.sleep(0.2)  # blocked in the read now
    closed_at = time.monotonic()
    client.close()
    poller.join(5)
    release.set()
    assert isinstance(outcome[0], CrmUnavailable) and isinstance(outcome[0].__cause__, Closed)
    assert time.monotonic() - closed_at < 1.5 and len(web.seen) == 1  # not repeated either
    assert client.total("customers") == 3  # usable after close()
    client.close()


# -- request details ------------------------------------------------------------------------------------
def test_query_strings_and_error_texts(web_factory):
    web = web_factory(lambda seen: (404, {"Content-Type": "text/plain; charset=gbk"}, "没有".encode("gbk")))
    client = _client(web.url, retries=0)
    with pytest.raises(NotFound) as missing:
        client.request(
            "GET",
            "/x",
            params={"limit": 1, "timeout": 25.0, "vip": True, "q": "王 芳", "skip": None, "ids": ["a", "b"]},
        )
    assert web.seen[0].path == "/api/v1/x?limit=1&timeout=25.0&vip=True&q=%E7%8E%8B+%E8%8A%B3&ids=a&ids=b"
    assert missing.value.body == "没有"  # not JSON: the text, in the answer's charset
    client.close()


def test_gzip_answers_are_decoded(web_factory, transport):
    payload = json.dumps({"items": list(range(100))}).encode()
    web = web_factory(
        lambda seen: (200, {"Content-Encoding": "gzip", "Content-Type": "application/json"}, gzip.compress(payload))
    )
    resp = transport.request("GET", web.url + "/x", timeout=TIMEOUT)
    assert resp.json() == {"items": list(range(100))} and "gzip" in web.seen[0].headers["accept-encoding"]


def test_ipv6_literal_urls(web_factory, transport):
    try:
        web = web_factory(host="::1")
    except OSError:
        pytest.skip("no IPv6 loopback")
    resp = transport.request("GET", web.url + "/v6", params={"a": "b"}, timeout=TIMEOUT)
    assert resp.status_code == 200 and web.seen[0].path == "/v6?a=b"
    assert web.seen[0].headers["host"] == f"[::1]:{web.port}"


def test_redirects_of_reads_are_followed_without_leaking_the_token(web_factory, transport):
    def answer(seen: Seen) -> Answer:
        if seen.path == "/old":
            return 307, {"Location": "/new"}, b""
        if seen.path == "/away":
            return 302, {"Location": f"http://localhost:{web.port}/new"}, b""
        return ok()

    web = web_factory(answer)
    assert transport.request("GET", web.url + "/old", token="t", timeout=TIMEOUT).json() == {"ok": True}
    assert web.seen[1].headers.get("authorization") == "Bearer t"
    transport.request("GET", web.url + "/away", token="t", timeout=TIMEOUT)
    assert web.seen[3].path == "/new" and "authorization" not in web.seen[3].headers  # another host name
    resp = transport.request("POST", web.url + "/away", json={}, token="t", timeout=TIMEOUT)
    assert resp.status_code == 302 and len(web.seen) == 5  # a write is not turned into a GET


def test_logs_hold_no_secrets(web_factory, caplog):
    web = web_factory(lambda seen: ok({"detail": "x"}, 503))
    client = _client(web.url, retries=1, backoff_factor=0.0)
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(CrmUnavailable):
            client.request(
                "POST",
                "/auth/login",
                json={"username": "u", "password": "hunter2-pw"},
                idempotency_key="k",
                params={"phone": "13800001234"},
            )
    assert caplog.records and len(web.seen) == 2
    assert not any(s in caplog.text for s in ("hunter2-pw", "secret-token-123", "13800001234"))
    client.close()


def test_errors_below_http_become_crm_unavailable(silent_server):
    url, _ = silent_server
    for bad in ("not a url", "ftp://crm.example/x", url + "/x"):
        client = _client(bad, retries=0, timeout_s=0.2)
        with pytest.raises(CrmUnavailable):
            client.get_raw("customers", "c1")
        client.close()
    refused = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(CrmUnavailable) as refused_error:
        _client(refused, retries=0).get_raw("customers", "c1")
    assert isinstance(refused_error.value.__cause__, requests.ConnectionError)
    with pytest.raises(CrmUnavailable):  # NaN is no JSON
        _client(refused, retries=0).request("POST", "/x", json={"n": float("nan")})


def test_importing_the_client_loads_no_qt_and_no_back_office():
    code = "import sys, crm.client; print([m for m in ('PySide6', 'backoffice', 'fastapi') if m in sys.modules])"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr


# -- proxies ---------------------------------------------------------------------------------------------
@pytest.fixture
def proxy_env(monkeypatch):
    for name in (
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "no_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "NO_PROXY",
        "REQUEST_METHOD",
    ):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


class ProxyServer(Served):
    """An http proxy on loopback: answers absolute-URI requests itself; CONNECT tunnels go to
    ``tunnel_to`` (host, port) when set, else are refused with 403."""

    def __init__(self, tunnel_to: tuple[str, int] | None = None) -> None:
        self.seen: list[tuple[str, str, dict[str, str]]] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 10

            def do_GET(self) -> None:
                proxy.seen.append((self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))
                body = b'{"via":"proxy"}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_CONNECT(self) -> None:
                proxy.seen.append((self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))
                if tunnel_to is None:
                    self.send_response(403)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                upstream = socket.create_connection(tunnel_to, timeout=5)
                self.send_response(200, "Connection established")
                self.end_headers()
                self.close_connection = True
                _pipe(self.connection, upstream)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
        self.url = f"http://127.0.0.1:{server.server_address[1]}"
        self.serve(server)


def _pipe(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until one side closes (at most 10 s)."""
    deadline = time.monotonic() + 10
    with b:
        while time.monotonic() < deadline:
            readable, _, _ = select.select([a, b], [], [], 0.5)
            for src in readable:
                data = src.recv(65536)
                if not data:
                    return
                (b if src is a else a).sendall(data)


@pytest.fixture
def proxy_factory():
    """``make(tunnel_to=None) -> ProxyServer``."""
    yield from _factory(ProxyServer, "stop")


def test_http_goes_through_the_environment_proxy_but_loopback_does_not(
    proxy_env, proxy_factory, web_factory, transport
):
    proxy = proxy_factory()
    host_port = proxy.url.split("//")[1]
    proxy_env.setenv("HTTP_PROXY", f"http://user:p%40ss@{host_port}")
    resp = transport.request("GET", "http://crm.example.test/api/v1/customers", params={"limit": 1}, timeout=TIMEOUT)
    assert resp.json() == {"via": "proxy"}
    method, path, headers = proxy.seen[0]
    assert (method, path, headers["host"]) == (
        "GET",
        "http://crm.example.test/api/v1/customers?limit=1",
        "crm.example.test",
    )
    assert headers["proxy-authorization"] == "Basic dXNlcjpwQHNz"  # user:p@ss
    web = web_factory()
    assert transport.request("GET", web.url + "/direct", timeout=TIMEOUT).json() == {"ok": True}
    assert transport.request("GET", f"http://localhost:{web.port}/named", timeout=TIMEOUT).json() == {"ok": True}
    assert len(proxy.seen) == 1 and [s.path for s in web.seen] == ["/direct", "/named"]
    proxy_env.setenv("NO_PROXY", "10.0.0.0/8")
    try:
        transport.request("GET", "http://10.255.255.1:9/x", timeout=(0.2, 1.0))  # direct: whatever answers
    except requests.ConnectionError:
        pass
    assert len(proxy.seen) == 1


def test_https_goes_through_a_connect_tunnel(proxy_env, proxy_factory, transport):
    proxy = proxy_factory()
    proxy_env.setenv("HTTPS_PROXY", proxy.url)
    with pytest.raises(requests.exceptions.ProxyError, match="403"):
        transport.request("GET", "https://crm.example.test/api/v1/health", timeout=TIMEOUT)
    assert proxy.seen[0][:2] == ("CONNECT", "crm.example.test:443")


# -- TLS -----------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=crm.example.test",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-addext",
            "subjectAltName=DNS:crm.example.test,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


@pytest.fixture
def tls_web(web_factory, certificate):
    def make(answer: Callable[[Seen], Answer] = lambda seen: ok()) -> Web:
        web = web_factory(answer)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*certificate)
        web.server.socket = context.wrap_socket(web.server.socket, server_side=True)
        web.url = web.url.replace("http://", "https://")
        return web

    return make


@pytest.mark.filterwarnings("ignore:Unverified HTTPS request")
def test_https_verifies_against_the_configured_ca(tls_web, certificate):
    web = tls_web()
    trusted = Transport(verify=str(certificate[0]))
    for _ in range(2):
        assert trusted.request("GET", web.url + "/x", timeout=TIMEOUT).json() == {"ok": True}
    assert len({s.port for s in web.seen}) == 1
    assert Transport(verify=False).request("GET", web.url + "/y", timeout=TIMEOUT).status_code == 200
    with pytest.raises(requests.exceptions.SSLError, match="CERTIFICATE_VERIFY_FAILED"):
        Transport().request("GET", web.url + "/z", timeout=TIMEOUT)  # the system's CAs do not know it
    with pytest.raises(CrmUnavailable):
        _client(web.url, retries=0, verify_tls=str(certificate[0].with_name("missing.pem"))).total("x")
    trusted.close()


def test_https_trusts_the_systems_ca_store_by_default(tls_web, certificate, monkeypatch):
    """Where IT installs a company CA (OpenSSL's default store; here named by SSL_CERT_FILE)."""
    web = tls_web()
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    client = _client(web.url, retries=0)
    assert client.get_raw("customers", "c1") == {"ok": True}
    client.close()


def test_https_through_a_tunnel_checks_the_servers_name(proxy_env, proxy_factory, tls_web, certificate):
    web = tls_web()
    proxy = proxy_factory(tunnel_to=("127.0.0.1", web.port))
    proxy_env.setenv("HTTPS_PROXY", proxy.url)
    t = Transport(verify=str(certificate[0]))
    assert t.request("GET", f"https://crm.example.test:{web.port}/t", timeout=TIMEOUT).json() == {"ok": True}
    assert proxy.seen[0][:2] == ("CONNECT", f"crm.example.test:{web.port}")
    t.close()


def test_close_ends_a_blocked_https_read(tls_web, certificate):
    release = threading.Event()
    web = tls_web(lambda seen: (release.wait(20), ok())[1])
    t = Transport(verify=str(certificate[0]))
    reader, outcome = _in_thread(lambda: t.request("GET", web.url + "/slow", timeout=(3.0, 20.0)))
    _wait_for(lambda: web.seen)
    time.sleep(0.2)
    started = time.monotonic()
    t.close()
    reader.join(5)
    release.set()
    assert isinstance(outcome[0], Closed) and time.monotonic() - started < 1.5
