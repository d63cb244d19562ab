"""Keeping the agent reachable: when to send the next REGISTER, and the log lines of the registration.

A registration is lost in three ways; each is healed from the SIP thread's loop (no thread, no
pjsip timer of ours; :meth:`RegistrarWatch.next_at` bounds the loop's sleep):

- **The registrar restarts and forgets its bindings**, and answers again at once: nothing tells the
  phone but a REGISTER. While registered, the binding is renewed every ``register_refresh_s``
  (default 25 s, 10 % jitter downwards), independently of ``register_expires_s`` (the lifetime asked
  for, default 300 s), so a restart is healed within the refresh interval even when the registrar
  raises a short expiry to its minimum, and one lost refresh does not drop the binding. A REGISTER
  binding query would cost the same two round trips (REGISTER is challenged); an OPTIONS probe gets
  the same answer from a registrar that lost every binding.
- **The registrar, or the way to it, is down** (no answer, or 5xx): pjsip's REGISTER retransmissions
  reach a registrar that comes back within 4 s (UDP: T2, for the 32 s of a transaction); between
  two attempts the phone waits ``register_retry_s`` doubling up to ``register_retry_max_s``
  (default 5 → 20 s), so it is registered at most that long after the registrar is back. A separate
  liveness probe would send about as many packets (11 per attempt on UDP) and add nothing.
- **A live registrar refuses** (wrong password, unknown user: 4xx/6xx, an untrusted TLS
  certificate): the delay doubles up to 10 minutes; retrying sooner changes nothing and may lock the
  account.

A network change or a resume from sleep re-registers at once through pjsip's ``handleIpChange``
(:meth:`~softphone.engine.commands.CallCommands.network_changed`, the engine's wake check).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable

import pjsua2 as pj

from softphone.engine.config import EngineConfig

logger = logging.getLogger(__name__)

REFUSED_MAX_S = 600.0
"""Longest wait between attempts while a live registrar refuses the registration."""
JITTER = 0.1
PJSIP_EBUSY = 171001
"""pjsip's status when a REGISTER is already under way (``pjsua_acc_set_registration``)."""


def is_outage(code: int, reason: str) -> bool:
    """The registrar did not answer (pjsip's own 408/502/503 for timeouts and transport errors) or
    answered that it cannot serve now (5xx, 480): retried at a capped pace. A TLS certificate the
    phone does not trust is not an outage: it needs the administrator."""
    text = (reason or "").lower()
    if "certificate" in text or "ecert" in text:
        return False
    return code in (0, 408, 480) or 500 <= code < 600


class RegistrarWatch:
    """The registration's timers and log lines; SIP thread only."""

    def __init__(
        self,
        config: EngineConfig,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.config = config
        self._clock = clock
        self._rand = rand
        self.registered = False
        self.failures = 0
        """Failed attempts since the last success."""
        self.next_at: float | None = None
        """``clock()`` time of the next REGISTER (a retry, or the binding's renewal); None: none due."""
        self._failure: tuple[int, str] | None = None
        self._lost_at: float | None = None
        self._ever_registered = False

    # ---- policy ------------------------------------------------------------------------------
    def backoff(self, failures: int, code: int = 408, reason: str = "") -> float:
        """Seconds before the next REGISTER after ``failures`` failed ones ending in ``code``:
        ``register_retry_s`` doubling, up to ``register_retry_max_s`` during an outage
        (:func:`is_outage`) or 10 minutes when refused; plus up to 10 % jitter."""
        base = max(1.0, float(self.config.register_retry_s))
        if is_outage(code, reason):
            cap = max(1.0, float(self.config.register_retry_max_s))
        else:
            cap = max(base, REFUSED_MAX_S)
        delay = min(base * 2.0 ** min(failures, 16), cap)
        return delay * (1 + self._rand() * JITTER)

    def refresh_in(self) -> float | None:
        """Seconds until the binding's renewal (a little early, spread over 10 %), None when off."""
        period = float(self.config.register_refresh_s)
        return period * (1 - self._rand() * JITTER) if period > 0 else None

    # ---- events ------------------------------------------------------------------------------
    def on_result(self, code: int, reason: str, registered: bool, stopping: bool = False) -> float:
        """A REGISTER (or pjsip's own refresh, or the unregistration) ended; returns the seconds
        until the next attempt when it failed, else 0."""
        now = self._clock()
        was = self.registered
        self.registered = registered
        if registered:
            if self._lost_at is not None:
                logger.info(
                    "registered %s %s (%d %s) %.0f s after the %s, %d failed attempt(s)",
                    "again with" if self._ever_registered else "with",
                    self.config.registrar_uri(),
                    code,
                    reason,
                    now - self._lost_at,
                    "registration was lost" if self._ever_registered else "first failed attempt",
                    self.failures,
                )
            elif not was:
                logger.info(
                    "registered with %s (%d %s); expiry %d s, renewed every %s s",
                    self.config.registrar_uri(),
                    code,
                    reason,
                    self.config.register_expires_s,
                    self.config.register_refresh_s or "(pjsip's refresh only)",
                )
            else:
                logger.debug("registration renewed (%d %s)", code, reason)
            self.failures, self._failure, self._lost_at, self._ever_registered = 0, None, None, True
            refresh = self.refresh_in()
            self.next_at = None if refresh is None else now + refresh
            return 0.0
        if 200 <= code < 300 or stopping or not self.config.registrar:
            self.next_at = None
            if was or stopping:
                logger.info("unregistered from %s (%d %s)", self.config.registrar_uri() or "-", code, reason)
            return 0.0
        retry_in = self.backoff(self.failures, code, reason)
        self.failures += 1
        self.next_at = now + retry_in
        if self._lost_at is None:
            self._lost_at = now
        kind = "registrar not reachable" if is_outage(code, reason) else "refused"
        if was or self._failure != (code, reason):
            logger.warning(
                "registration %s: %d %s (%s); next attempt in %.1f s",
                "lost" if was else "failed",
                code,
                reason,
                kind,
                retry_in,
            )
        else:
            logger.info(
                "registration still failing after %d attempt(s): %d %s; next attempt in %.1f s",
                self.failures,
                code,
                reason,
                retry_in,
            )
        self._failure = (code, reason)
        return retry_in

    def due(self) -> bool:
        """True once when the next REGISTER is due (the caller sends it with :meth:`renew`)."""
        if self.next_at is None or self._clock() < self.next_at:
            return False
        self.next_at = None
        return True

    def renew(self, account: pj.Account) -> None:
        """Send a REGISTER now. One already under way answers for it (its result reschedules); if
        none can be sent, try again later."""
        try:
            account.setRegistration(True)
        except pj.Error as exc:
            now = self._clock()
            if exc.status == PJSIP_EBUSY:
                logger.debug("a REGISTER is already under way")
                self.next_at = now + max(1.0, float(self.config.register_retry_max_s))
                return
            retry_in = self.backoff(self.failures)
            self.failures += 1
            self.next_at = now + retry_in
            logger.warning("REGISTER not sent: %s; next attempt in %.1f s", exc.info(), retry_in)
