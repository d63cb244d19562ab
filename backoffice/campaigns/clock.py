"""The campaigns' "now": the wall clock, or (test-only) a simulated, compressed one.

``BACKOFFICE_CAMPAIGN_CLOCK="<real_epoch>,<sim_epoch>,<speed>"`` makes every campaign rule (calling
windows, retry spacing, deadlines, pacing, claim expiry, attempt times) see
``sim_epoch + (time.time() - real_epoch) × speed`` (epochs in seconds since 1970 UTC). It is read only
by the campaign endpoints, once per process, the same in every worker; nothing else of the back office
(sign-in, tokens, idempotency, other resources) sees it. For benchmarks/campaign_shift.py, which runs a
working day in minutes; never set it in production.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone

ENV = "BACKOFFICE_CAMPAIGN_CLOCK"


def _parse(value: str) -> tuple[float, float, float] | None:
    if not value.strip():
        return None
    try:
        real, sim, speed = (float(part) for part in value.split(","))
    except ValueError as exc:
        raise SystemExit(f"{ENV} must be '<real_epoch>,<sim_epoch>,<speed>', not {value!r}") from exc
    if speed <= 0:
        raise SystemExit(f"{ENV}: the speed must be above 0, not {speed}")
    return real, sim, speed


_SIMULATED = _parse(os.environ.get(ENV, ""))


def campaign_now() -> datetime:
    """Now, as the campaign rules see it (UTC)."""
    if _SIMULATED is None:
        return datetime.now(timezone.utc)
    real, sim, speed = _SIMULATED
    return datetime.fromtimestamp(sim + (time.time() - real) * speed, timezone.utc)
