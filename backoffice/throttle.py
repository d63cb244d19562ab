"""Throttling failed sign-ins, per account and per client address.

After ``backoff_after`` failures a key (an account, or an address) must wait before its next attempt:
1 s, then 2, 4, ... up to ``backoff_max_s``; after ``lockout_after`` failures it is locked for
``lockout_s`` (an admin may clear it: ``DELETE /api/v1/auth/lockouts/{kind}/{name}``). Failures are
forgotten ``forget_s`` after the last one; a successful sign-in clears its account's count.

The counts live in the database (:data:`backoffice.auth_tables.login_failures`), so every worker
process enforces the same limits. An attempt is refused *before* its password is hashed, from one
read, so a flood of wrong passwords costs the server little: only the attempts let through are hashed
(20 ms each) and written. Each let-through attempt is counted as a failure before the password is
checked (in one write transaction with the re-check, so parallel attempts cannot slip past the
limit), and given back when the password was right.

Unknown user names are counted like real ones: the answers do not tell which accounts exist.
Loopback clients (the embedded back office, a reverse proxy that does not pass the client's address
on) are not counted per address unless ``throttle_loopback``: behind such a proxy every agent would
share one address and one agent's typos would lock out the team.
"""

from __future__ import annotations

import ipaddress
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import and_, case, delete, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from backoffice.auth_tables import login_failures as lf
from backoffice.db import Database, write_tx
from backoffice.errors import ApiError
from backoffice.policy import LoginLimits

logger = logging.getLogger(__name__)

ACCOUNT = "account"
ADDRESS = "address"
KINDS = (ACCOUNT, ADDRESS)


def key_for(kind: str, name: str) -> str:
    return f"{kind}:{name.strip().lower() if kind == ACCOUNT else name.strip()}"


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address.split("%", 1)[0]).is_loopback
    except ValueError:
        return address == "localhost"


@dataclass(frozen=True)
class _State:
    failures: int
    last: datetime
    locked_until: datetime | None


def _now() -> datetime:
    return datetime.now(timezone.utc)


class LoginThrottle:
    """The failed-sign-in counts of one database."""

    def __init__(self, db: Database, limits: LoginLimits) -> None:
        self._db = db
        self.limits = limits

    # ------------------------------------------------------------------ rules
    def keys(self, username: str, address: str | None) -> tuple[str, ...]:
        """The keys an attempt by ``username`` from ``address`` counts against."""
        keys = [key_for(ACCOUNT, username)]
        if address and (self.limits.throttle_loopback or not is_loopback(address)):
            keys.append(key_for(ADDRESS, address))
        return tuple(keys)

    def _state(self, row: Any, now: datetime) -> _State | None:
        """The row's live state (None: nothing held against the key any more)."""
        if row is None:
            return None
        locked = row.locked_until if row.locked_until is not None and row.locked_until > now else None
        if locked is None and (now - row.last_failure_at).total_seconds() > self.limits.forget_s:
            return None
        return _State(row.failures, row.last_failure_at, locked)

    def wait_s(self, state: _State | None, now: datetime) -> float:
        """Seconds before the key may try again (0: now)."""
        if state is None:
            return 0.0
        if state.locked_until is not None:
            return (state.locked_until - now).total_seconds()
        over = state.failures - self.limits.backoff_after
        if over < 0:
            return 0.0
        delay = min(self.limits.backoff_base_s * 2.0 ** min(over, 40), self.limits.backoff_max_s)
        return max(0.0, delay - (now - state.last).total_seconds())

    def _refuse(self, rows: Sequence[Any], now: datetime) -> None:
        worst, locked = 0.0, False
        for row in rows:
            state = self._state(row, now)
            wait = self.wait_s(state, now)
            if wait > worst:
                worst, locked = wait, state is not None and state.locked_until is not None
        if worst <= 0:
            return
        seconds = max(1, math.ceil(worst))
        if locked:
            raise ApiError(
                429,
                f"too many failed sign-ins: locked for {seconds} s (an administrator can unlock it)",
                "locked_out",
                headers={"Retry-After": str(seconds)},
            )
        raise ApiError(
            429,
            f"too many failed sign-ins: try again in {seconds} s",
            "too_many_attempts",
            headers={"Retry-After": str(seconds)},
        )

    # ------------------------------------------------------------------ an attempt
    def check(self, keys: tuple[str, ...]) -> None:
        """429 when any of ``keys`` must wait (one read, no lock, no password hashed)."""
        with self._db.read.connect() as conn:
            rows = conn.execute(select(lf).where(lf.c.key.in_(keys))).all()
        self._refuse(rows, _now())

    def reserve(self, keys: tuple[str, ...]) -> None:
        """Re-check under the write lock and count the attempt as a failure on every key (given
        back by :meth:`succeeded`); 429 when a parallel attempt got there first."""
        for tries in range(3):
            try:
                with write_tx(self._db) as ctx:
                    self._count(ctx.conn, keys, _now())
                return
            except IntegrityError:  # another process inserted the same key first: read it again
                if tries == 2:
                    raise

    def _count(self, conn: Connection, keys: tuple[str, ...], now: datetime) -> None:
        stmt = select(lf).where(lf.c.key.in_(keys))
        if conn.dialect.name != "sqlite":  # SQLite: BEGIN IMMEDIATE already serialises writers
            stmt = stmt.with_for_update()
        rows = {row.key: row for row in conn.execute(stmt)}
        self._refuse(list(rows.values()), now)
        limits = self.limits
        for key in keys:
            state = self._state(rows.get(key), now)
            failures = (state.failures if state else 0) + 1
            locked = now + timedelta(seconds=limits.lockout_s) if failures >= limits.lockout_after else None
            if locked is not None and failures == limits.lockout_after:
                logger.warning("sign-in locked for %s after %d failures", key.split(":", 1)[0], failures)
            values = {"failures": failures, "last_failure_at": now, "locked_until": locked}
            if key in rows:
                conn.execute(update(lf).where(lf.c.key == key).values(**values))
            else:
                conn.execute(insert(lf).values(key=key, **values))
        forgotten = now - timedelta(seconds=limits.forget_s)
        conn.execute(
            delete(lf).where(
                lf.c.last_failure_at < forgotten, or_(lf.c.locked_until.is_(None), lf.c.locked_until < now)
            )
        )

    def succeeded(self, conn: Connection, keys: tuple[str, ...]) -> None:
        """The password was right (in the caller's transaction): the account starts afresh, the
        address gets its attempt back."""
        for key in keys:
            if key.startswith(ACCOUNT + ":"):
                conn.execute(delete(lf).where(lf.c.key == key))
                continue
            back_under = lf.c.failures - 1 < self.limits.lockout_after
            conn.execute(
                update(lf)
                .where(lf.c.key == key, lf.c.failures > 0)
                .values(failures=lf.c.failures - 1, locked_until=case((back_under, None), else_=lf.c.locked_until))
            )

    # ------------------------------------------------------------------ administration
    def held(self) -> list[dict[str, Any]]:
        """Every account and address that must wait now (back-off or lockout), longest wait first."""
        now = _now()
        limits = self.limits
        with self._db.read.connect() as conn:
            rows = conn.execute(
                select(lf).where(
                    or_(
                        lf.c.locked_until > now,
                        and_(
                            lf.c.failures >= limits.backoff_after,
                            lf.c.last_failure_at > now - timedelta(seconds=limits.forget_s),
                        ),
                    )
                )
            ).all()
        out = []
        for row in rows:
            state = self._state(row, now)
            wait = self.wait_s(state, now)
            if state is None or wait <= 0:
                continue
            kind, name = row.key.split(":", 1)
            out.append(
                {
                    "kind": kind,
                    "name": name,
                    "failures": state.failures,
                    "last_failure_at": state.last,
                    "locked_until": state.locked_until,
                    "retry_after_s": math.ceil(wait),
                }
            )
        out.sort(key=lambda item: -item["retry_after_s"])
        return out

    def clear(self, conn: Connection, kind: str, name: str) -> bool:
        """Forget the failures of one account or address (in the caller's transaction)."""
        result = conn.execute(delete(lf).where(lf.c.key == key_for(kind, name)))
        return bool(result.rowcount)
