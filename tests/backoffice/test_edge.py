"""Request bodies are bounded before they are parsed or signed in (issue 18, item 3), and no input
makes a 500 (item 4): huge offsets and levels, Unicode digits, long cursors, NUL characters."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests

from crm.schemas import ENTITIES
from tests.backoffice.conftest import if_match, new_customer
from tests.fixtures.backoffice import BackofficeProcess

MIB = 1024 * 1024
BIG = 100 * MIB


def raw_post(
    bo: BackofficeProcess, path: str, *, length: int | None = None, body: bytes = b"", stream: int = 0
) -> tuple[str, float]:
    """POST ``path`` over a raw socket, no token: declare ``length`` and send ``body``, or (``length``
    None) stream ``stream`` bytes chunked. Returns the answer's head and how long it took to come."""
    host, port = bo.url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=10)
    head = f"POST /api/v1{path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
    head += "Transfer-Encoding: chunked\r\n" if length is None else f"Content-Length: {length}\r\n"
    started = time.monotonic()
    sock.sendall((head + "\r\n").encode())
    chunk = b"%x\r\n%s\r\n" % (65536, b"0" * 65536)
    try:
        sock.sendall(body)
        for _ in range(stream // 65536):
            sock.sendall(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server answered and closed: the rest was never read
    answer = b""
    try:
        while not _complete(answer):
            data = sock.recv(65536)
            if not data:
                break
            answer += data
    except ConnectionResetError:
        pass
    finally:
        sock.close()
    return answer.decode("latin-1"), time.monotonic() - started


def _complete(answer: bytes) -> bool:
    """The answer's head and as much body as its Content-Length says are in."""
    head, sep, body = answer.partition(b"\r\n\r\n")
    if not sep:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value)
    return True


def json_of(size: int) -> bytes:
    """A JSON array of exactly ``size`` bytes (odd)."""
    return b"[" + b"0," * ((size - 3) // 2) + b"0]"


def test_a_declared_oversized_body_is_refused_unread_and_before_sign_in(bo: BackofficeProcess) -> None:
    answer, seconds = raw_post(bo, "/customers", length=BIG)  # no token, no body sent
    assert answer.startswith("HTTP/1.1 413") and "connection: close" in answer.lower(), answer
    assert '"too_large"' in answer and seconds < 2


def test_a_streamed_body_is_refused_once_it_passes_the_limit(bo: BackofficeProcess) -> None:
    answer, _ = raw_post(bo, "/customers", stream=3 * MIB)
    assert answer.startswith("HTTP/1.1 413"), answer


def test_bulk_sorting_has_its_own_larger_limit(bo: BackofficeProcess) -> None:
    body = json_of(2 * MIB + 3)
    answer, _ = raw_post(bo, "/logistics/sort", length=len(body), body=body)
    assert answer.startswith("HTTP/1.1 401"), answer  # read whole, then refused for want of a token
    answer, _ = raw_post(bo, "/customers", length=len(body))
    assert answer.startswith("HTTP/1.1 413"), answer
    answer, _ = raw_post(bo, "/logistics/sort", length=5 * MIB)
    assert answer.startswith("HTTP/1.1 413"), answer


def test_four_huge_uploads_leave_memory_and_other_requests_alone(backoffice_server: BackofficeProcess) -> None:
    assert backoffice_server.proc is not None
    status = Path(f"/proc/{backoffice_server.proc.pid}/status")

    def rss_mb() -> float:
        line = next(x for x in status.read_text().splitlines() if x.startswith("VmRSS:"))
        return int(line.split()[1]) / 1024

    agent = backoffice_server.session("agent")
    agent.get("/customers", params={"limit": 20})
    before = rss_mb()
    answers: list[str] = []
    uploads = [
        threading.Thread(target=lambda: answers.append(raw_post(backoffice_server, "/orders", stream=BIG)[0]))
        for _ in range(4)
    ]
    for upload in uploads:
        upload.start()
    latencies = []
    for _ in range(20):
        started = time.monotonic()
        assert agent.get("/customers", params={"limit": 20}).status_code == 200
        latencies.append(time.monotonic() - started)
    for upload in uploads:
        upload.join(30)
    assert len(answers) == 4 and all(a.startswith("HTTP/1.1 413") for a in answers), answers
    assert rss_mb() - before < 30
    assert sorted(latencies)[10] < 0.5


LISTS = [f"/{name}" for name in ENTITIES] + ["/customers/search", "/logistics/orders"]


def test_offsets_and_levels_beyond_64_bits_are_refused_by_name(bo: BackofficeProcess) -> None:
    admin = bo.session("admin")
    for path in LISTS:
        r = admin.get(path, params={"offset": 2**63, "limit": 1})
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "offset"], (path, r.text)
        r = admin.get(path, params={"offset": 2**63 - 1, "limit": 1})
        assert r.status_code == 200 and r.json()["items"] == [], (path, r.text)
    for path in ("/customers", "/customers/search"):
        r = admin.get(path, params={"vip_level": 2**63})
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "vip_level"], (path, r.text)


@pytest.mark.parametrize("cursor", ["²", "1²", "٣", "9" * 40, "-1"])
def test_cursors_that_are_not_ours_are_refused_by_name(bo: BackofficeProcess, cursor: str) -> None:
    agent = bo.session("agent")
    for path in ("/changes", "/customers/changes", "/todos/changes"):
        r = agent.get(path, params={"cursor": cursor})
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "cursor"], (path, r.text)


@pytest.mark.parametrize("tag", ['"²"', "²", '"1²"', '"99999999999999999999"', 'W/"-1"'])
def test_if_match_must_be_ascii_digits(bo: BackofficeProcess, tag: str) -> None:
    agent = bo.session("agent")
    customer = new_customer(agent)
    r = agent.patch(f"/customers/{customer['id']}", json={"notes": "x"}, headers={"If-Match": tag})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["header", "If-Match"], r.text
    assert agent.get(f"/customers/{customer['id']}").json()["version"] == 1


def test_a_nul_character_is_refused_with_its_field_on_every_database(bo: BackofficeProcess) -> None:
    anonymous = requests.post(bo.api + "/auth/login", json={"username": "ag\x00ent", "password": "x"}, timeout=10)
    assert anonymous.status_code == 422 and anonymous.json()["detail"][0]["loc"] == ["body", "username"]
    agent = bo.session("agent")
    cases = [
        ("post", "/customers", {"name": "张\x00伟"}, ["body", "name"]),
        (
            "post",
            "/customers",
            {"name": "张伟", "address": {"street": "文三路\x001号"}},
            ["body", "address", "street"],
        ),
        ("post", "/customers", {"name": "张伟", "tags": ["a", "b\x00"]}, ["body", "tags", 1]),
        ("post", "/todos", {"title": "x", "no\x00te": "y"}, ["body", "no\x00te"]),
    ]
    for method, path, body, loc in cases:
        r = getattr(agent, method)(path, json=body, headers={"Idempotency-Key": str(uuid.uuid4())})
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == loc, (body, r.text)
    customer = new_customer(agent)
    r = agent.patch(f"/customers/{customer['id']}", json={"notes": "\x00"}, headers=if_match(customer))
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "notes"]
    r = agent.get("/customers/search", params={"name": "张\x00"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "name"]
    assert agent.get("/customers/%00").status_code == 422
    assert agent.get("/customers", params={"city": "杭州"}).status_code == 200
    assert agent.post("/customers", json={"name": "反斜杠\\u0000"}).status_code == 201  # an escaped backslash
