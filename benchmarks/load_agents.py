"""Simulated agents for ``backoffice_load.py``: one asyncio task and one keep-alive connection per agent.

Real agents' desktops each send their requests from their own PC. Simulating 500 of them with a thread
each (and the ``requests`` library) cost the load generator about 1.5 ms of CPU per request and made its
threads queue for Python's interpreter lock, which showed up in the measured latencies. Here every agent
is a coroutine on one event loop with its own HTTP/1.1 connection, sending one request at a time like the
desktop's sync thread; a request costs the generator a fraction of that, and the time measured is from
the request's first byte written to the response's last byte read.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlencode, urlsplit

logger = logging.getLogger(__name__)


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {"pull": [], "write": []})
    errors: int = 0
    late: int = 0


class Connection:
    """One keep-alive HTTP/1.1 connection (answers with Content-Length, as the back office sends)."""

    def __init__(self, base: str, token: str) -> None:
        parts = urlsplit(base)
        self.host, self.port, self.prefix = parts.hostname or "127.0.0.1", parts.port or 80, parts.path
        self.token = token
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(
        self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
    ) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        data = b"" if body is None else json.dumps(body, ensure_ascii=False).encode()
        head = [
            f"{method} {self.prefix}{path} HTTP/1.1",
            f"Host: {self.host}:{self.port}",
            f"Authorization: Bearer {self.token}",
            f"Content-Length: {len(data)}",
        ]
        if body is not None:
            head.append("Content-Type: application/json")
        head += [f"{k}: {v}" for k, v in (headers or {}).items()]
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + data)
        try:
            status_line = await self.reader.readline()  # type: ignore[union-attr]
            length = 0
            while True:
                line = await self.reader.readline()  # type: ignore[union-attr]
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            payload = await self.reader.readexactly(length)  # type: ignore[union-attr]
            return int(status_line.split()[1]), payload
        except (IndexError, ValueError, asyncio.IncompleteReadError, ConnectionError):
            self.close()
            raise ConnectionError(f"{method} {path}: broken answer") from None

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


@dataclass
class Workload:
    seconds: float
    pull_interval: float
    per_entity: bool
    customers: list[str]
    skus: list[str]
    synced: tuple[str, ...]


class SimulatedAgent:
    def __init__(self, conn: Connection, cursor: str, work: Workload, stats: Stats, seed: int) -> None:
        self.conn, self.cursor, self.work, self.stats = conn, cursor, work, stats
        self.cursors: dict[str, str] = {}
        self.rng = random.Random(seed)

    async def timed(self, kind: str, method: str, path: str, body: Any = None) -> bytes | None:
        headers = {"Idempotency-Key": str(uuid.uuid4())} if method == "POST" else None
        started = time.perf_counter()
        try:
            status, payload = await self.conn.request(method, path, body, headers)
        except (ConnectionError, OSError) as exc:
            logger.warning("%s failed: %s", kind, exc)
            status, payload = 0, b""
        self.stats.latencies[kind].append((time.perf_counter() - started) * 1000)
        if not 200 <= status < 400:
            self.stats.errors += 1
            logger.warning("%s %s -> %s %s", method, path, status, payload[:200])
            return None
        return payload

    async def pull(self) -> None:
        if not self.work.per_entity:
            payload = await self.timed("pull", "GET", "/changes?" + urlencode({"cursor": self.cursor}))
            if payload:
                self.cursor = json.loads(payload)["cursor"]
            return
        for entity in self.work.synced:
            cursor = self.cursors.get(entity, self.cursor)
            payload = await self.timed("pull", "GET", f"/{entity}/changes?" + urlencode({"cursor": cursor}))
            if payload:
                self.cursors[entity] = json.loads(payload)["cursor"]

    async def call_log(self) -> None:
        ring = datetime.now(timezone.utc) - timedelta(seconds=200)
        await self.timed(
            "write",
            "POST",
            "/call_logs",
            {
                "direction": "inbound",
                "caller": f"139{self.rng.randrange(10**8):08d}",
                "dnis": "400-810-8888",
                "ring_at": ring.isoformat(),
                "answer_at": (ring + timedelta(seconds=5)).isoformat(),
                "end_at": (ring + timedelta(seconds=180)).isoformat(),
                "talk_seconds": 175,
                "customer_id": self.rng.choice(self.work.customers),
                "disposition": "咨询",
            },
        )

    async def order(self) -> None:
        await self.timed(
            "write",
            "POST",
            "/orders",
            {
                "customer_id": self.rng.choice(self.work.customers),
                "lines": [{"sku": sku, "quantity": 1} for sku in self.rng.sample(self.work.skus, 2)],
                "delivery_address": {"province": "浙江省", "city": "杭州市", "street": "文三路1号"},
            },
        )

    async def run(self, start: float) -> None:
        """Until ``start + seconds``: a pull every ``pull_interval``, a call log and an order a minute,
        each first due at a random offset; one request at a time."""
        end = start + self.work.seconds
        due = {
            "pull": start + self.rng.random() * self.work.pull_interval,
            "call_log": start + self.rng.random() * 60,
            "order": start + self.rng.random() * 60,
        }
        period = {"pull": self.work.pull_interval, "call_log": 60.0, "order": 60.0}
        try:
            while True:
                kind = min(due, key=due.__getitem__)
                when = due[kind]
                if when >= end:
                    return
                delay = when - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                elif delay < -1.0:
                    self.stats.late += 1
                await getattr(self, kind)()
                due[kind] = when + period[kind]
        finally:
            self.conn.close()


async def _run(api: str, tokens: list[str], cursor: str, work: Workload) -> Stats:
    stats = Stats()
    agents = [SimulatedAgent(Connection(api, token), cursor, work, stats, seed=i) for i, token in enumerate(tokens)]
    start = time.monotonic()
    await asyncio.gather(*(agent.run(start) for agent in agents))
    return stats


def run_agents(api: str, tokens: list[str], cursor: str, work: Workload) -> Stats:
    """Run one simulated agent per token against ``api`` (``http://host:port/api/v1``)."""
    return asyncio.run(_run(api, tokens, cursor, work))
