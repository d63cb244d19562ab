"""Call quality: a MOS estimate from jitter, packet loss and round-trip time (simplified ITU-T G.107 E-model)."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


def estimate_mos(jitter_ms: float, loss_pct: float, rtt_ms: float) -> float:
    """Mean opinion score 1.0-4.5 for a narrow-band voice call with these receive statistics."""
    effective_latency = rtt_ms / 2 + 2 * jitter_ms + 10
    if effective_latency < 160:
        r = 93.2 - effective_latency / 40
    else:
        r = 93.2 - (effective_latency - 120) / 10
    r -= 2.5 * max(loss_pct, 0.0)
    r = max(0.0, min(100.0, r))
    mos = 1 + 0.035 * r + 0.000007 * r * (r - 60) * (100 - r)
    return round(max(1.0, min(4.5, mos)), 2)


def quality_level(mos: float) -> str:
    """ "ok", "warn" or "error" for showing a MOS as an indicator."""
    if mos >= 3.6:
        return "ok"
    if mos >= 3.1:
        return "warn"
    return "error"
