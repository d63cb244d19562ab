"""The back office's security limits, read from the environment (so every worker process agrees).

| variable | default | what |
| --- | --- | --- |
| ``BACKOFFICE_MAX_BODY_BYTES`` | 1 MiB | largest request body; larger is 413 before it is read |
| ``BACKOFFICE_BULK_BODY_BYTES`` | 4 MiB | the same for the bulk endpoints (:data:`BULK_PATHS`) |
| ``BACKOFFICE_LOGIN_BACKOFF_AFTER`` | 5 | failed sign-ins (per account, per address) before back-off |
| ``BACKOFFICE_LOGIN_LOCKOUT_AFTER`` | 20 | failed sign-ins before a lockout |
| ``BACKOFFICE_LOGIN_LOCKOUT_S`` | 900 | how long a lockout lasts (an admin may clear it sooner) |
| ``BACKOFFICE_LOGIN_BACKOFF_MAX_S`` | 300 | the longest back-off wait (it doubles from 1 s) |
| ``BACKOFFICE_LOGIN_FORGET_S`` | 3600 | failures this old (without a newer one) are forgotten |
| ``BACKOFFICE_THROTTLE_LOOPBACK`` | 0 | 1: count loopback clients per address too |
| ``BACKOFFICE_SECRET`` | (stored) | HMAC secrets, comma-separated, newest first (see docs) |
| ``BACKOFFICE_DNC_MANUAL_DIAL`` | warn | a manual dial of a do-not-call number: ``warn`` or ``forbid`` |
| ``BACKOFFICE_ORDERS_MAX_DISCOUNT_PCT`` | 10 | an agent's largest discount without a supervisor's approval (:mod:`backoffice.prices`) |
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from crm.schemas import API_PREFIX

logger = logging.getLogger(__name__)

MIB = 1024 * 1024
BULK_PATHS = frozenset({f"{API_PREFIX}/logistics/sort"})
"""Endpoints taking many records at once (2,000 orders to sort): their own body limit."""
BULK_SUFFIXES = ("/records/import",)
"""Paths ending so (a campaign's list import) take the bulk limit too."""
DNC_POLICIES = ("warn", "forbid")
SECRET_FIELDS = frozenset({"password", "current_password", "new_password"})
"""Request fields never stored, hashed (but by the password KDF) or logged."""


@dataclass(frozen=True)
class LoginLimits:
    """Failed sign-ins: exponential back-off after ``backoff_after``, a lockout after ``lockout_after``."""

    backoff_after: int = 5
    lockout_after: int = 20
    backoff_base_s: float = 1.0
    backoff_max_s: float = 300.0
    lockout_s: float = 900.0
    forget_s: float = 3600.0
    throttle_loopback: bool = False


@dataclass(frozen=True)
class SecurityPolicy:
    max_body_bytes: int = MIB
    bulk_body_bytes: int = 4 * MIB
    login: LoginLimits = LoginLimits()
    secrets: tuple[str, ...] = ()
    """HMAC secrets from the environment, newest first; empty: one generated and kept in the database."""
    max_discount_pct: Decimal = Decimal(10)
    """An agent's largest discount off the list price without a supervisor's approval (0: every price
    off the list needs one); a price above the list always does."""

    dnc_manual_dial: str = "warn"
    """A manual dial of a number on the do-not-call list: ``warn`` (the agent may go on) or ``forbid``."""

    def body_limit(self, path: str) -> int:
        bulk = path in BULK_PATHS or (path.startswith(API_PREFIX) and path.endswith(BULK_SUFFIXES))
        return self.bulk_body_bytes if bulk else self.max_body_bytes

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> SecurityPolicy:
        env = os.environ if environ is None else environ

        def number(name: str, default: float) -> float:
            text = env.get(name, "").strip()
            if not text:
                return default
            try:
                value = float(text)
            except ValueError:
                raise ValueError(f"{name} must be a number, not {text!r}") from None
            if value < 0:
                raise ValueError(f"{name} must not be negative")
            return value

        base = LoginLimits()
        login = LoginLimits(
            backoff_after=int(number("BACKOFFICE_LOGIN_BACKOFF_AFTER", base.backoff_after)),
            lockout_after=int(number("BACKOFFICE_LOGIN_LOCKOUT_AFTER", base.lockout_after)),
            backoff_max_s=number("BACKOFFICE_LOGIN_BACKOFF_MAX_S", base.backoff_max_s),
            lockout_s=number("BACKOFFICE_LOGIN_LOCKOUT_S", base.lockout_s),
            forget_s=number("BACKOFFICE_LOGIN_FORGET_S", base.forget_s),
            throttle_loopback=env.get("BACKOFFICE_THROTTLE_LOOPBACK", "0").strip() in ("1", "true", "yes"),
        )
        secrets = tuple(s.strip() for s in env.get("BACKOFFICE_SECRET", "").split(",") if s.strip())
        if any(len(s) < 16 for s in secrets):
            raise ValueError("each BACKOFFICE_SECRET must be at least 16 characters")
        dnc = env.get("BACKOFFICE_DNC_MANUAL_DIAL", "warn").strip() or "warn"
        if dnc not in DNC_POLICIES:
            raise ValueError(f"BACKOFFICE_DNC_MANUAL_DIAL must be warn or forbid, not {dnc!r}")
        return cls(
            dnc_manual_dial=dnc,
            max_body_bytes=int(number("BACKOFFICE_MAX_BODY_BYTES", MIB)),
            bulk_body_bytes=int(number("BACKOFFICE_BULK_BODY_BYTES", 4 * MIB)),
            login=login,
            secrets=secrets,
            max_discount_pct=Decimal(str(min(100.0, number("BACKOFFICE_ORDERS_MAX_DISCOUNT_PCT", 10)))),
        )
