"""The figures the report screens show, how each reads and which calls are behind it. No Qt.

Names, units and formulas come from the KPI dictionary (:data:`crm.kpis.KPIS`, context ``Kpis``);
this module adds how a figure is written in a table (a share as a percentage, seconds as m:ss or
h:mm:ss: :func:`duration`, the one way the reports write a time; cents as yuan; numbers with the
separators of the language in use, given by the caller as a :data:`Number`), its value on a chart's
axis (percent, seconds, yuan) and the class of calls a drill-down lists (``/reports/calls?calls=``;
an order figure's orders, ``/reports/orders``; None: the back office lists nothing behind it, e.g.
not-ready time).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from crm.campaign_kpis import CAMPAIGN_KPIS
from crm.kpis import KPIS, Interval, Kpi, Unit
from crm.schemas.report_orders import OrderClass
from crm.schemas.reports import AttemptClass, CallClass

logger = logging.getLogger(__name__)

KPI: dict[str, Kpi] = {k.id: k for k in (*KPIS, *CAMPAIGN_KPIS)}
"""Every figure of the dictionary by id (the outbound campaigns' too: :mod:`crm.campaign_kpis`)."""

CALLS_BEHIND: dict[str, CallClass] = {
    "offered": CallClass.OFFERED,
    "answered": CallClass.ANSWERED,
    "abandoned": CallClass.ABANDONED,
    "short_abandoned": CallClass.SHORT_ABANDONED,
    "rejected": CallClass.REJECTED,
    "abandon_rate": CallClass.ABANDONED,
    "avg_abandon_time": CallClass.ABANDONED,
    "service_level": CallClass.ANSWERED_IN_TARGET,
    "asa": CallClass.ANSWERED,
    "handled": CallClass.HANDLED,
    "outbound": CallClass.OUTBOUND,
    "aht": CallClass.HANDLED,
    "avg_talk": CallClass.HANDLED,
    "avg_hold": CallClass.HANDLED,
    "avg_wrapup": CallClass.HANDLED,
    "fcr": CallClass.FCR_RESOLVED,
    "calls_per_hour": CallClass.HANDLED,
}
"""The calls a figure counts or divides by; figures of presence time, orders and complaints have none."""

ORDERS_BEHIND: dict[str, OrderClass] = {
    "orders": OrderClass.ALL,
    "order_value": OrderClass.ALL,
    "avg_order_value": OrderClass.ALL,
    "conversion": OrderClass.ON_CALLS,
}
"""The orders an order figure counts (``/reports/orders?orders=``): orders per call, those on its calls."""

ATTEMPTS_BEHIND: dict[str, AttemptClass] = {
    "attempts": AttemptClass.ALL,
    "contacts": AttemptClass.CONTACTS,
    "contact_rate": AttemptClass.CONTACTS,
    "sales": AttemptClass.SALES,
    "sales_conversion": AttemptClass.SALES,
    "attempts_answered": AttemptClass.ANSWERED,
    "attempts_busy": AttemptClass.BUSY,
    "attempts_no_answer": AttemptClass.NO_ANSWER,
    "attempts_invalid": AttemptClass.INVALID_NUMBER,
    "attempts_rejected": AttemptClass.REJECTED,
    "attempts_network_error": AttemptClass.NETWORK_ERROR,
    "attempts_machine": AttemptClass.MACHINE,
    "records_finished": AttemptClass.FINISHED,
}
"""The campaign attempts a campaign figure counts (``/reports/campaigns/attempts?attempts=``)."""

Number = Callable[[float, int], str]
"""Writes a number with so many decimals, grouped as the language in use groups digits (the screens
pass their locale's; :func:`plain_number` without one)."""

_ZERO_WHEN_EMPTY = frozenset({Unit.COUNT, Unit.CENTS})
"""Units whose figure is 0 (not "nothing to divide by") in an interval without a row."""


def calls_behind(kpi_id: str) -> CallClass | AttemptClass | OrderClass | None:
    """The class of calls (or, a campaign's figure, of attempts; an order figure, of orders) behind
    ``kpi_id`` (None: none to list)."""
    return CALLS_BEHIND.get(kpi_id) or ATTEMPTS_BEHIND.get(kpi_id) or ORDERS_BEHIND.get(kpi_id)


def value_of(values: Mapping[str, Any], kpi_id: str) -> Any:
    """The figure ``kpi_id`` of a report row's ``values`` (a row the report left out counts 0 for a count
    or money, and None for a ratio or a mean: nothing to divide by)."""
    if kpi_id in values:
        return values[kpi_id]
    return 0 if KPI[kpi_id].unit in _ZERO_WHEN_EMPTY else None


def chart_value(kpi_id: str, value: Any) -> float | None:
    """``value`` on a chart's axis: a share in percent, money in yuan, time in seconds, else as is."""
    if value is None or isinstance(value, dict):
        return None
    unit = KPI[kpi_id].unit
    if unit is Unit.RATIO:
        return float(value) * 100.0
    if unit is Unit.CENTS:
        return float(value) / 100.0
    return float(value)


def duration(seconds: float, hours: bool = False) -> str:
    """``65.4`` → ``1:05``; an hour or more (or ``hours``: every tick of an axis reaching an hour) →
    ``1:02:03``."""
    whole = int(round(seconds))
    hour, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hour}:{minutes:02d}:{secs:02d}" if hour or hours else f"{minutes}:{secs:02d}"


def plain_number(value: float, decimals: int) -> str:
    """``1234.5, 2`` → ``1,234.50`` (English grouping)."""
    return f"{value:,.{decimals}f}"


def format_value(kpi_id: str, value: Any, number: Number = plain_number) -> str:
    """How a table writes the figure (``–`` for nothing to divide by)."""
    if value is None:
        return "–"
    unit = KPI[kpi_id].unit
    if unit is Unit.COUNT:
        return number(int(value), 0)
    if unit is Unit.RATIO:
        return f"{number(float(value) * 100, 1)}%"
    if unit is Unit.SECONDS:
        return duration(float(value))
    if unit is Unit.CENTS:
        return f"¥{number(float(value) / 100, 2)}"
    if unit is Unit.PER_HOUR:
        return number(float(value), 2)
    if isinstance(value, dict):
        return ", ".join(f"{reason} {duration(float(s))}" for reason, s in sorted(value.items()))
    return str(value)


def bucket_label(bucket: str | None, interval: Interval, one_day: bool = False) -> str:
    """An interval's start (ISO with the centre's offset) as the centre's clock shows it: ``09:00`` in a
    one-day report by hour or quarter hour, ``03-10 09:00`` over several days, ``03-10`` for a day or a
    week, ``2025-03`` for a month. The time is never moved to the client's clock."""
    if bucket is None:
        return ""
    local = datetime.fromisoformat(bucket)
    if interval in (Interval.HOUR, Interval.MIN15):
        return local.strftime("%H:%M") if one_day else local.strftime("%m-%d %H:%M")
    if interval is Interval.MONTH:
        return local.strftime("%Y-%m")
    return local.strftime("%m-%d")
