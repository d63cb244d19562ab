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
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass

from crm.schemas import API_PREFIX

logger = logging.getLogger(__name__)

MIB = 1024 * 1024
BULK_PATHS = frozenset({f"{API_PREFIX}/logistics/sort"})
"""Endpoints taking many records at once (2,000 orders to sort): their own body limit."""
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

    def body_limit(self, path: str) -> int:
        return self.bulk_body_bytes if path in BULK_PATHS else self.max_body_bytes

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
        return cls(
            max_body_bytes=int(number("BACKOFFICE_MAX_BODY_BYTES", MIB)),
            bulk_body_bytes=int(number("BACKOFFICE_BULK_BODY_BYTES", 4 * MIB)),
            login=login,
            secrets=secrets,
        )
