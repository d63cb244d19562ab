"""When :mod:`crm.http` repeats a request, and how long it waits first: urllib3's ``Retry`` rules.

* ``retries`` repeats in all for one request, whatever went wrong.
* A failed connection (the request was not sent) is repeated for every method.
* A lost or timed-out answer, and the statuses in ``statuses`` (502, 503, 504), only for ``methods``
  (reads; writes too when they carry an ``Idempotency-Key``). 413 and 429 likewise when they come with
  ``Retry-After``. Once the repeats are spent the last answer is returned as it is.
* The wait before the n-th repeat is ``backoff_factor * 2 ** (n - 1)``, none before the first (capped at
  120 s), unless the answer says ``Retry-After`` (seconds or an HTTP date, capped at 30 s).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from email.utils import mktime_tz, parsedate_tz

READS = frozenset({"GET", "HEAD", "OPTIONS"})
BACKOFF_MAX_S = 120.0
RETRY_AFTER_MAX_S = 30.0
_RETRY_AFTER_STATUSES = frozenset({413, 429, 503})
_SECONDS = re.compile(r"^\s*[0-9]+\s*$")


@dataclass(frozen=True)
class RetryPolicy:
    """How often and for which methods a request is repeated (see the module's description)."""

    retries: int = 0
    backoff_factor: float = 0.0
    methods: frozenset[str] = READS
    statuses: frozenset[int] = frozenset({502, 503, 504})

    def allows(self, method: str) -> bool:
        """May a request with ``method`` be repeated after it may have reached the server?"""
        return method.upper() in self.methods

    def retry_status(self, method: str, status: int, headers: object) -> bool:
        """Is an answer with ``status`` worth repeating (spent repeats aside)?"""
        if not self.allows(method):
            return False
        if status in self.statuses:
            return True
        return status in _RETRY_AFTER_STATUSES and _header(headers, "Retry-After") is not None

    def backoff(self, repeat: int) -> float:
        """The wait before the ``repeat``-th repeat (1-based): none for the first, as urllib3 2."""
        if repeat <= 1:
            return 0.0
        doubling: int = 2 ** (repeat - 1)  # repeat >= 2: a whole power of two
        return max(0.0, min(BACKOFF_MAX_S, self.backoff_factor * doubling))

    def wait(self, repeat: int, headers: object = None) -> float:
        """The wait before the ``repeat``-th repeat: the answer's ``Retry-After`` if it has a positive
        one, else :meth:`backoff`."""
        retry_after = parse_retry_after(_header(headers, "Retry-After"))
        return retry_after if retry_after else self.backoff(repeat)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait for a ``Retry-After`` value (delta seconds or an HTTP date), 0 to
    :data:`RETRY_AFTER_MAX_S`; None when absent or unreadable."""
    if value is None:
        return None
    if _SECONDS.match(value):
        seconds = float(int(value))
    else:
        parsed = parsedate_tz(value)
        if parsed is None:
            return None
        seconds = mktime_tz(parsed) - (time.time() if now is None else now)
    return min(max(seconds, 0.0), RETRY_AFTER_MAX_S)


def _header(headers: object, name: str) -> str | None:
    get = getattr(headers, "get", None)
    return get(name) if get is not None else None
