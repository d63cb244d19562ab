"""The ticks of a chart's value axis, chosen from the range it shows. No Qt.

A count has whole ticks (never 0, 0, 1, 1, 2 for a small count), a share runs 0–100 %, a time has
ticks on whole seconds, minutes or hours and reads as m:ss or h:mm:ss (:func:`.figures.duration`, as
the tables write it), money and rates on 1, 2 or 5 times a power of ten. At most :data:`MAX_STEPS`
steps from 0 to the top, which is the first tick at or above the largest value.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass

from agent_desktop.features.reports.core.figures import Number, duration, plain_number
from crm.campaign_kpis import CAMPAIGN_KPIS
from crm.kpis import KPIS, Unit

logger = logging.getLogger(__name__)

MAX_STEPS = 5
"""Steps between ticks on an axis at most (6 ticks with 0)."""

DURATION_STEPS = (1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 10800, 21600, 43200)
"""Steps of a time axis, in seconds: whole seconds, minutes, quarter hours, hours."""

_UNITS = {k.id: k.unit for k in (*KPIS, *CAMPAIGN_KPIS)}


@dataclass(frozen=True)
class AxisTicks:
    """Where a value axis puts its ticks (from 0 up to ``top``) and how each reads."""

    top: float
    ticks: tuple[float, ...]
    labels: tuple[str, ...]


def nice_step(top: float, smallest: float = 0.0) -> float:
    """The smallest step of 1, 2 or 5 times a power of ten (at least ``smallest``) that reaches ``top``
    in :data:`MAX_STEPS` steps or fewer."""
    if top <= 0:
        return smallest or 1.0
    power = 10.0 ** math.floor(math.log10(top / MAX_STEPS))
    for factor in (1.0, 2.0, 5.0, 10.0):
        step = max(factor * power, smallest)
        if top / step <= MAX_STEPS + 1e-9:
            return step
    return 10.0 * power  # not reached: 10 × power always does


def _ticks(top: float, step: float, label: Callable[[float], str]) -> AxisTicks:
    steps = max(1, math.ceil(top / step - 1e-9))
    values = tuple(step * i for i in range(steps + 1))
    return AxisTicks(values[-1], values, tuple(label(v) for v in values))


def count_ticks(top: float, number: Number = plain_number) -> AxisTicks:
    """Whole ticks from 0 past ``top`` (0 and 1 when there is nothing)."""
    return _ticks(top, nice_step(top, smallest=1.0), lambda v: number(v, 0))


def percent_ticks(number: Number = plain_number) -> AxisTicks:
    """0 % to 100 % by 20 %."""
    return _ticks(100.0, 20.0, lambda v: f"{number(v, 0)}%")


def duration_ticks(top: float) -> AxisTicks:
    """Seconds from 0 past ``top`` on whole seconds, minutes or hours, written m:ss or h:mm:ss."""
    fits = [float(s) for s in DURATION_STEPS if top / s <= MAX_STEPS + 1e-9]
    step = fits[0] if fits else 3600.0 * nice_step(top / 3600.0, smallest=1.0)  # beyond: whole hours
    ticks = _ticks(top, step, duration)
    if ticks.top < 3600:
        return ticks
    return AxisTicks(ticks.top, ticks.ticks, tuple(duration(v, hours=True) for v in ticks.ticks))  # one format


def decimal_ticks(top: float, number: Number = plain_number) -> AxisTicks:
    """Ticks of 1, 2 or 5 times a power of ten, with as many decimals as the step needs."""
    step = nice_step(top)
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    return _ticks(top, step, lambda v: number(v, decimals))


def kpi_ticks(kpi_id: str, top: float, number: Number = plain_number) -> AxisTicks:
    """The ticks of an axis showing ``kpi_id`` up to ``top`` (its chart value: percent, yuan, seconds)."""
    unit = _UNITS[kpi_id]
    if unit is Unit.RATIO:
        return percent_ticks(number)
    if unit is Unit.COUNT:
        return count_ticks(top, number)
    if unit in (Unit.SECONDS, Unit.REASONS):
        return duration_ticks(top)
    return decimal_ticks(top, number)
