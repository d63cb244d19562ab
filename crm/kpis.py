"""The call centre's KPI dictionary: the one source of every report figure's name, unit and formula.

The back office adds up raw sums per interval and group with SQL (``backoffice/reports``) and turns
them into figures with :func:`derive`; the desktop shows each figure under the name, unit and formula
given here; the Excel export writes the same definitions on its last sheet; ``docs/kpis.md`` explains
them for people. Where practice differs (which abandons count, what the service level divides by),
the choice is a setting of the centre (:class:`ReportSettings`), shown with every report.

Time rule: intervals (15 minutes, hours, days, weeks from Monday, months) are the local clock of the
centre's configured time zone (``ReportSettings.time_zone``), never the client's. A call belongs to
the interval in which it started ringing, with all of its handling time (a call crossing midnight
counts on the day it arrived); presence time is cut at interval edges (a not-ready hour from 11:30 to
12:30 gives 30 minutes to each hour).

Qt-free: names and formulas are marked with :func:`crm.i18n.QT_TRANSLATE_NOOP` (context ``"Kpis"``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta, timezone, tzinfo
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm.i18n import QT_TRANSLATE_NOOP, Msg

logger = logging.getLogger(__name__)


class Unit(str, Enum):
    COUNT = "count"
    SECONDS = "seconds"
    RATIO = "ratio"
    """A share between 0 and 1 (shown as a percentage)."""
    CENTS = "cents"
    """Money in integer cents (fen, CNY)."""
    PER_HOUR = "per_hour"
    REASONS = "reasons"
    """Seconds per not-ready reason (an object: reason code → seconds)."""


class Source(str, Enum):
    """Where a figure comes from; it decides which groupings it exists for (:data:`GROUPINGS`)."""

    CALLS = "calls"
    PRESENCE = "presence"
    ORDERS = "orders"
    COMPLAINTS = "complaints"
    CAMPAIGNS = "campaigns"
    """Outbound campaigns' attempts (:mod:`crm.campaign_kpis`; not in :data:`GROUPINGS`: a report of its own)."""


class Interval(str, Enum):
    NONE = "none"
    """The whole period as one row."""
    MIN15 = "15min"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    """Monday 00:00 to Monday 00:00."""
    MONTH = "month"


class GroupBy(str, Enum):
    NONE = "none"
    AGENT = "agent"
    TEAM = "team"
    """The agent's team as it is now."""
    DNIS = "dnis"
    """The dialled number (queue / line / advert)."""
    MEDIA_SOURCE = "media_source"
    """The TV programme or advert the dialled number belongs to."""


GROUPINGS: dict[Source, frozenset[GroupBy]] = {
    Source.CALLS: frozenset(GroupBy),
    Source.ORDERS: frozenset(GroupBy),
    Source.PRESENCE: frozenset({GroupBy.NONE, GroupBy.AGENT, GroupBy.TEAM}),
    Source.COMPLAINTS: frozenset({GroupBy.NONE, GroupBy.AGENT, GroupBy.TEAM}),
}
"""The groupings each source can be split by: a dialled number has no presence time or complaints,
so those figures are empty (null) in a report by DNIS or media source."""


class SlVariant(str, Enum):
    """What the service level divides by."""

    ANSWERED = "answered"
    """Answered within T ÷ answered."""
    ANSWERED_AND_ABANDONED = "answered_and_abandoned"
    """Answered within T ÷ (answered + every abandoned call, short ones too)."""
    WITHOUT_SHORT_ABANDONS = "without_short_abandons"
    """Answered within T ÷ (answered + abandoned, short abandons left out)."""


SL_VARIANT_NAMES: dict[SlVariant, Msg] = {
    SlVariant.ANSWERED: QT_TRANSLATE_NOOP("Kpis", "answered within T ÷ answered"),
    SlVariant.ANSWERED_AND_ABANDONED: QT_TRANSLATE_NOOP("Kpis", "answered within T ÷ (answered + abandoned)"),
    SlVariant.WITHOUT_SHORT_ABANDONS: QT_TRANSLATE_NOOP(
        "Kpis", "answered within T ÷ (answered + abandoned), short abandons left out"
    ),
}

STAFFED_STATES = frozenset({"ready", "not_ready", "ringing", "on_call", "on_hold", "wrap_up"})
"""Presence states in which the agent is signed in and counted as staffed (not logged out or disconnected)."""
BUSY_STATES = frozenset({"on_call", "on_hold", "wrap_up"})
"""Presence states counted as handling work (occupancy's numerator)."""
AVAILABLE_STATES = frozenset({"ready", "ringing"})
"""Presence states counted as waiting for work."""
NOT_READY_STATE = "not_ready"
NO_REASON = "unspecified"
"""The reason key of not-ready time recorded without a reason."""
REJECTED = "rejected"
"""The disposition of an incoming call the agent declined (``screenpop.core.call_log.UNANSWERED``)."""


@dataclass(frozen=True)
class Kpi:
    id: str
    name: Msg
    unit: Unit
    formula: Msg
    source: Source


_C, _P, _O, _X = Source.CALLS, Source.PRESENCE, Source.ORDERS, Source.COMPLAINTS

# Names and formulas: the literal QT_TRANSLATE_NOOP calls are what the translation tools collect.
KPIS: tuple[Kpi, ...] = (
    Kpi(
        "offered",
        QT_TRANSLATE_NOOP("Kpis", "Offered"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Incoming calls that started ringing in the interval (short abandons included)."),
        _C,
    ),
    Kpi(
        "answered",
        QT_TRANSLATE_NOOP("Kpis", "Answered"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Incoming calls an agent answered."),
        _C,
    ),
    Kpi(
        "abandoned",
        QT_TRANSLATE_NOOP("Kpis", "Abandoned"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP(
            "Kpis",
            "Incoming calls nobody answered (the caller hung up or it rang out; not those an agent rejected),"
            " ringing at least the short-abandon threshold (or of unknown length).",
        ),
        _C,
    ),
    Kpi(
        "short_abandoned",
        QT_TRANSLATE_NOOP("Kpis", "Short abandons"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP(
            "Kpis", "Incoming calls nobody answered that ended sooner than the short-abandon threshold after ringing."
        ),
        _C,
    ),
    Kpi(
        "rejected",
        QT_TRANSLATE_NOOP("Kpis", "Rejected"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Incoming calls an agent declined (disposition rejected)."),
        _C,
    ),
    Kpi(
        "abandon_rate",
        QT_TRANSLATE_NOOP("Kpis", "Abandon rate"),
        Unit.RATIO,
        QT_TRANSLATE_NOOP("Kpis", "Abandoned ÷ (offered − short abandons)."),
        _C,
    ),
    Kpi(
        "avg_abandon_time",
        QT_TRANSLATE_NOOP("Kpis", "Average abandon time"),
        Unit.SECONDS,
        QT_TRANSLATE_NOOP(
            "Kpis", "Mean time from ringing to the caller hanging up, over abandoned calls (short abandons left out)."
        ),
        _C,
    ),
    Kpi(
        "service_level",
        QT_TRANSLATE_NOOP("Kpis", "Service level"),
        Unit.RATIO,
        QT_TRANSLATE_NOOP(
            "Kpis",
            "Calls answered within T seconds of ringing (wait ≤ T) ÷ the configured denominator: answered, or"
            " answered + abandoned, or answered + abandoned without short abandons.",
        ),
        _C,
    ),
    Kpi(
        "asa",
        QT_TRANSLATE_NOOP("Kpis", "Average speed of answer"),
        Unit.SECONDS,
        QT_TRANSLATE_NOOP("Kpis", "Mean wait from ringing to answer, over answered incoming calls."),
        _C,
    ),
    Kpi(
        "handled",
        QT_TRANSLATE_NOOP("Kpis", "Handled"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Connected calls, incoming and outgoing (the calls AHT is taken over)."),
        _C,
    ),
    Kpi(
        "outbound",
        QT_TRANSLATE_NOOP("Kpis", "Outbound attempts"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Calls the agents dialled, connected or not."),
        _C,
    ),
    Kpi(
        "aht",
        QT_TRANSLATE_NOOP("Kpis", "Average handling time"),
        Unit.SECONDS,
        QT_TRANSLATE_NOOP("Kpis", "(Talk + hold + wrap-up) ÷ handled calls."),
        _C,
    ),
    Kpi(
        "avg_talk",
        QT_TRANSLATE_NOOP("Kpis", "Average talk time"),
        Unit.SECONDS,
        QT_TRANSLATE_NOOP("Kpis", "Talk seconds (hold excluded) ÷ handled calls."),
        _C,
    ),
    Kpi(
        "avg_hold",
        QT_TRANSLATE_NOOP("Kpis", "Average hold time"),
        Unit.SECONDS,
        QT_TRANSLATE_NOOP("Kpis", "Hold seconds ÷ handled calls (calls never held count as 0)."),
        _C,
    ),
    Kpi(
        "avg_wrapup",
        QT_TRANSLATE_NOOP("Kpis", "Average wrap-up time"),
        Unit.SECONDS,
        QT_TRANSLATE_NOOP("Kpis", "Wrap-up seconds ÷ handled calls."),
        _C,
    ),
    Kpi(
        "fcr",
        QT_TRANSLATE_NOOP("Kpis", "First-contact resolution"),
        Unit.RATIO,
        QT_TRANSLATE_NOOP(
            "Kpis",
            "Answered incoming calls whose customer (or, unknown, calling number) did not call again within N"
            " days ÷ answered incoming calls with a known customer or number.",
        ),
        _C,
    ),
    Kpi(
        "calls_per_hour",
        QT_TRANSLATE_NOOP("Kpis", "Calls per hour per agent"),
        Unit.PER_HOUR,
        QT_TRANSLATE_NOOP("Kpis", "Handled calls ÷ the agents' staffed hours (signed in, any state)."),
        _P,
    ),
    Kpi(
        "staffed_time",
        QT_TRANSLATE_NOOP("Kpis", "Staffed time"),
        Unit.SECONDS,
        QT_TRANSLATE_NOOP(
            "Kpis", "Time the agents were signed in: ready, not ready, ringing, on a call or in wrap-up."
        ),
        _P,
    ),
    Kpi(
        "occupancy",
        QT_TRANSLATE_NOOP("Kpis", "Occupancy"),
        Unit.RATIO,
        QT_TRANSLATE_NOOP(
            "Kpis",
            "Time on calls, on hold and in wrap-up ÷ (that time + time ready or ringing); not-ready time left out.",
        ),
        _P,
    ),
    Kpi(
        "not_ready_time",
        QT_TRANSLATE_NOOP("Kpis", "Not-ready time"),
        Unit.SECONDS,
        QT_TRANSLATE_NOOP("Kpis", "Time the agents were not ready, every reason."),
        _P,
    ),
    Kpi(
        "not_ready_by_reason",
        QT_TRANSLATE_NOOP("Kpis", "Not-ready time by reason"),
        Unit.REASONS,
        QT_TRANSLATE_NOOP("Kpis", "Not-ready seconds per reason code (unspecified: no reason given)."),
        _P,
    ),
    Kpi(
        "orders",
        QT_TRANSLATE_NOOP("Kpis", "Orders"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Orders taken in the interval, cancelled ones left out."),
        _O,
    ),
    Kpi(
        "conversion",
        QT_TRANSLATE_NOOP("Kpis", "Orders per call"),
        Unit.RATIO,
        QT_TRANSLATE_NOOP(
            "Kpis", "Orders taken on the handled calls ÷ handled calls; an order without a call is left out."
        ),
        _O,
    ),
    Kpi(
        "order_value",
        QT_TRANSLATE_NOOP("Kpis", "Order value"),
        Unit.CENTS,
        QT_TRANSLATE_NOOP("Kpis", "Sum of the orders' totals (per agent when grouped by agent)."),
        _O,
    ),
    Kpi(
        "avg_order_value",
        QT_TRANSLATE_NOOP("Kpis", "Average order value"),
        Unit.CENTS,
        QT_TRANSLATE_NOOP("Kpis", "Order value ÷ orders."),
        _O,
    ),
    Kpi(
        "complaints_opened",
        QT_TRANSLATE_NOOP("Kpis", "Complaints opened"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Complaints recorded in the interval (by the agent who recorded them)."),
        _X,
    ),
    Kpi(
        "complaints_resolved",
        QT_TRANSLATE_NOOP("Kpis", "Complaints resolved"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Complaints set to resolved in the interval (by the user who resolved them)."),
        _X,
    ),
)
KPI_BY_ID: dict[str, Kpi] = {k.id: k for k in KPIS}

SETTING_NAMES: dict[str, Msg] = {
    "time_zone": QT_TRANSLATE_NOOP("Kpis", "Time zone of the centre"),
    "short_abandon_s": QT_TRANSLATE_NOOP("Kpis", "Short-abandon threshold (seconds)"),
    "sl_target_s": QT_TRANSLATE_NOOP("Kpis", "Service-level target T (seconds)"),
    "sl_variant": QT_TRANSLATE_NOOP("Kpis", "Service level divides by"),
    "fcr_days": QT_TRANSLATE_NOOP("Kpis", "First-contact resolution window N (days)"),
}


_OFFSET = re.compile(r"^UTC(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$")


def centre_zone(name: str) -> tzinfo:
    """The time zone called ``name``: an IANA name (``Asia/Shanghai``) or a fixed offset (``UTC``,
    ``UTC+08:00``). ValueError when there is no such zone (or no zone data on this machine)."""
    text = name.strip()
    match = _OFFSET.match(text)
    if match:
        sign, hours, minutes = match.groups()
        if sign is None:
            return timezone.utc
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
        if delta > timedelta(hours=14) or delta.seconds % 900:
            raise ValueError(f"no such UTC offset: {name!r}")
        return timezone(-delta if sign == "-" else delta)
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (an IANA name such as Asia/Shanghai, or UTC+08:00)") from None


@dataclass(frozen=True)
class ReportSettings:
    """The centre's choices where practice differs (a back-office setting, shown with every report)."""

    time_zone: str = "Asia/Shanghai"
    short_abandon_s: int = 5
    """Unanswered calls that end sooner than this after ringing are short abandons (exactly this long: abandoned)."""
    sl_target_s: int = 20
    """Service level: answered with a wait of at most this many seconds."""
    sl_variant: SlVariant = SlVariant.ANSWERED_AND_ABANDONED
    fcr_days: int = 7
    """First-contact resolution: the customer does not call again within this many days (24 h each)."""

    def zone(self) -> tzinfo:
        return centre_zone(self.time_zone)


def derive(sums: Mapping[str, Any], settings: ReportSettings, sources: frozenset[Source]) -> dict[str, Any]:
    """The figures of one row from its raw sums; figures of a source not in ``sources`` are None.

    ``sums`` (missing keys count as 0): calls ``offered answered unanswered short_abandoned rejected
    answered_in_target wait_ms abandon_ms abandon_timed handled outbound talk_s hold_s wrapup_s
    fcr_eligible fcr_resolved``; presence (milliseconds) ``staffed_ms busy_ms available_ms
    not_ready_ms`` and ``not_ready_by_reason`` (reason → ms); ``orders order_value_cents call_orders``
    (the orders taken on the row's handled calls);
    ``complaints_opened complaints_resolved``. ``unanswered`` is every unanswered incoming call but
    the rejected ones (short abandons included).

    A ratio is rounded to 6 decimals, a mean or a time in seconds to 3; a figure whose divisor is 0
    stays None. Written out without helper calls: a month by the hour and agent derives 30,000 rows.
    """
    g = sums.get
    out: dict[str, Any] = dict.fromkeys(KPI_BY_ID)
    handled = g("handled", 0)
    if Source.CALLS in sources:
        offered, answered, unanswered = g("offered", 0), g("answered", 0), g("unanswered", 0)
        short = g("short_abandoned", 0)
        abandoned = unanswered - short
        variant = settings.sl_variant
        if variant is SlVariant.ANSWERED:
            denominator = answered
        elif variant is SlVariant.ANSWERED_AND_ABANDONED:
            denominator = answered + unanswered
        else:
            denominator = answered + abandoned
        counted, timed, eligible = offered - short, g("abandon_timed", 0), g("fcr_eligible", 0)
        out["offered"] = offered
        out["answered"] = answered
        out["abandoned"] = abandoned
        out["short_abandoned"] = short
        out["rejected"] = g("rejected", 0)
        if counted:
            out["abandon_rate"] = round(abandoned / counted, 6)
        if timed:
            out["avg_abandon_time"] = round(g("abandon_ms", 0) / timed / 1000.0, 3)
        if denominator:
            out["service_level"] = round(g("answered_in_target", 0) / denominator, 6)
        if answered:
            out["asa"] = round(g("wait_ms", 0) / answered / 1000.0, 3)
        out["handled"] = handled
        out["outbound"] = g("outbound", 0)
        if handled:
            talk, hold, wrap = g("talk_s", 0), g("hold_s", 0), g("wrapup_s", 0)
            out["aht"] = round(1000 * (talk + hold + wrap) / handled / 1000.0, 3)
            out["avg_talk"] = round(1000 * talk / handled / 1000.0, 3)
            out["avg_hold"] = round(1000 * hold / handled / 1000.0, 3)
            out["avg_wrapup"] = round(1000 * wrap / handled / 1000.0, 3)
        if eligible:
            out["fcr"] = round(g("fcr_resolved", 0) / eligible, 6)
    if Source.PRESENCE in sources:
        staffed, busy = g("staffed_ms", 0), g("busy_ms", 0)
        working = busy + g("available_ms", 0)
        reasons = g("not_ready_by_reason")
        if staffed:
            out["calls_per_hour"] = round(handled * 3_600_000 / staffed, 3)
        out["staffed_time"] = round(staffed / 1000.0, 3)
        if working:
            out["occupancy"] = round(busy / working, 6)
        out["not_ready_time"] = round(g("not_ready_ms", 0) / 1000.0, 3)
        out["not_ready_by_reason"] = (
            {reason: round(ms / 1000.0, 3) for reason, ms in sorted(reasons.items())} if reasons else {}
        )
    if Source.ORDERS in sources:
        orders, value = g("orders", 0), g("order_value_cents", 0)
        out["orders"] = orders
        if handled:
            out["conversion"] = round(g("call_orders", 0) / handled, 6)
        out["order_value"] = value
        if orders:
            out["avg_order_value"] = round(value / orders)
    if Source.COMPLAINTS in sources:
        out["complaints_opened"] = g("complaints_opened", 0)
        out["complaints_resolved"] = g("complaints_resolved", 0)
    return out


def sources_for(group_by: GroupBy) -> frozenset[Source]:
    """The sources whose figures exist when grouping by ``group_by``."""
    return frozenset(source for source, groups in GROUPINGS.items() if group_by in groups)
