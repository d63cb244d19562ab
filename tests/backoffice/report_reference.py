"""A small call centre's day-to-day written straight into a back office's database, and the report
figures worked out again in plain Python (no SQL, no ``crm.kpis``) to check the back office against.

The data has the cases the rules hinge on: abandons a millisecond below, at and above the
short-abandon threshold and with no end; answers at exactly the service-level target and a
millisecond after; calls crossing midnight and interval edges; a call at 16:30 UTC that is the next
day in Shanghai; repeat calls inside, at and beyond the first-contact-resolution window (some of them
after the period, or to another team); presence states that carry in from before the period, cross
hour edges and midnight, and one left open; orders on calls and without, a cancelled one.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, insert, update

from backoffice import tables as t
from backoffice.presence import presence_events

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _a_monday_weeks_ago(weeks: int) -> datetime:
    """The Monday ``weeks`` or more weeks back whose three days lie in one month (one month bucket)."""
    today = datetime.now(SHANGHAI).date()
    monday = today - timedelta(days=today.weekday() + 7 * weeks)
    while (monday + timedelta(days=2)).month != monday.month:
        monday -= timedelta(days=7)
    return datetime(monday.year, monday.month, monday.day, tzinfo=SHANGHAI)


START = _a_monday_weeks_ago(5)
"""The data's first day: a recent Monday, never a fixed date (the back office refuses presence changes
older than three years, and the late changes the tests send must fall in the period)."""
END = START + timedelta(days=3)


def date_of(day: int) -> date:
    """The date ``day`` days into the period (0: its first day)."""
    return START.date() + timedelta(days=day)


def day(n: int) -> str:
    """The ISO date ``n`` days into the period, as a report's ``from``/``to`` takes it."""
    return date_of(n).isoformat()


def local(n: int, clock: str) -> str:
    """A time on day ``n`` of the period in the centre's zone (Shanghai, +08:00), as the API writes it."""
    return f"{day(n)}T{clock}+08:00"


STAFFED = {"ready", "not_ready", "ringing", "on_call", "on_hold", "wrap_up"}
BUSY = {"on_call", "on_hold", "wrap_up"}
AVAILABLE = {"ready", "ringing"}


@dataclass
class Settings:
    short_abandon_s: float = 5
    sl_target_s: float = 20
    sl_variant: str = "answered_and_abandoned"
    fcr_days: int = 7


@dataclass
class Dataset:
    team: str
    agents: dict[str, str]
    """user id → team (the team's two agents and one of another team)."""
    names: dict[str, str]
    calls: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    orders: list[dict[str, Any]] = field(default_factory=list)
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    now: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def _row(table: Any, **values: Any) -> dict[str, Any]:
    stamp = datetime.now(timezone.utc)
    return {"id": str(uuid.uuid4()), "version": 1, "created_at": stamp, "updated_at": stamp, **values}


def build(
    db_url: str,
    team: str,
    agents: dict[str, str],
    names: dict[str, str],
    take_order: Callable[[str, str, str | None, str | None], dict[str, Any]],
    seed: int = 7,
) -> Dataset:
    """Generate the data for ``agents`` (user id → team; the first two are ``team``'s) and insert it;
    ``take_order(agent, customer, call_log_id, media_source_id)`` takes an order over the API."""
    rng = random.Random(seed)
    data = Dataset(team, agents, names)
    a, b, c = list(agents)
    tag = uuid.uuid4().hex[:6]
    dnis = [f"400{rng.randint(1000000, 9999999)}" for _ in range(3)]
    for number, channel in zip(dnis[:2], ("湖南卫视", "东方卫视")):
        row = _row(t.media_sources, dnis=number, channel=channel, programme=f"节目{tag}", advert="", campaign="")
        data.media[row["id"]] = row
    media_ids = list(data.media)
    customers = [_row(t.customers, name=f"报表客户{tag}{i}") for i in range(25)]
    numbers = [f"139{rng.randint(10000000, 99999999)}" for _ in range(15)]

    def call(agent: str | None, ring: datetime, **kw: Any) -> dict[str, Any]:
        who = rng.random()
        values: dict[str, Any] = {
            "direction": "inbound",
            "caller": "",
            "caller_normalized": None,
            "callee": "",
            "dnis": rng.choice(dnis + [""]),
            "media_source_id": None,
            "ring_at": ring,
            "answer_at": None,
            "end_at": None,
            "talk_seconds": 0,
            "hold_seconds": 0,
            "wrapup_seconds": 0,
            "disposition": "",
            "agent_id": agent,
            "customer_id": rng.choice(customers)["id"] if who < 0.6 else None,
        }
        if values["customer_id"] is None and who < 0.9:
            values["caller_normalized"] = rng.choice(numbers)
        if values["dnis"] and rng.random() < 0.7:
            values["media_source_id"] = media_ids[dnis.index(values["dnis"])] if values["dnis"] in dnis[:2] else None
        values.update(kw)
        row = _row(t.call_logs, **values)
        data.calls.append(row)
        return row

    def answered(agent: str, ring: datetime, wait_ms: int, **kw: Any) -> dict[str, Any]:
        answer = ring + timedelta(milliseconds=wait_ms)
        talk, hold = rng.randint(5, 600), rng.choice([0, 0, 0, rng.randint(1, 90)])
        return call(
            agent,
            ring,
            answer_at=answer,
            end_at=answer + timedelta(seconds=talk + hold),
            talk_seconds=talk,
            hold_seconds=hold,
            wrapup_seconds=rng.randint(0, 120),
            **kw,
        )

    def unanswered(agent: str, ring: datetime, ring_ms: int | None, **kw: Any) -> dict[str, Any]:
        end = ring + timedelta(milliseconds=ring_ms) if ring_ms is not None else None
        return call(agent, ring, end_at=end, disposition=kw.pop("disposition", "missed"), **kw)

    day = START
    # the edges, written out
    answered(a, day.replace(hour=9) + timedelta(milliseconds=5), 20_000)  # exactly the target: in
    answered(a, day.replace(hour=9, minute=1), 20_001)  # a millisecond late
    unanswered(a, day.replace(hour=9, minute=2), 4_999)  # short
    unanswered(a, day.replace(hour=9, minute=3), 5_000)  # abandoned (exactly the threshold)
    unanswered(b, day.replace(hour=9, minute=4), 5_001)
    unanswered(b, day.replace(hour=9, minute=5), None)  # no end: abandoned, not timed
    unanswered(b, day.replace(hour=9, minute=6), 3_000, disposition="rejected")
    answered(a, day.replace(hour=9, minute=59, second=59, microsecond=999_000), 10_000)  # answered in the next hour
    answered(b, day.replace(hour=23, minute=59, second=50), 15_000)  # answered after midnight
    answered(a, datetime.combine(date_of(0), time(16, 30), timezone.utc), 3_000)  # 00:30 on the 11th in Shanghai
    answered(b, START - timedelta(milliseconds=1), 1_000)  # just before the period: not counted
    answered(b, END, 1_000)  # at the end: not counted
    call(a, day.replace(hour=11), direction="outbound", disposition="no_answer", end_at=day.replace(hour=11, second=30))
    # first-contact resolution: the same customer again after exactly 7 days, 7 days and a second,
    # from another team, and after the period
    fcr = [_row(t.customers, name=f"报表回访{tag}{i}") for i in range(4)]
    customers += fcr
    first = answered(a, day.replace(hour=10), 1_000, customer_id=fcr[0]["id"])
    unanswered(c, first["ring_at"] + timedelta(days=7), 8_000, customer_id=fcr[0]["id"])  # repeated (≤ 7 days)
    second = answered(b, day.replace(hour=10, minute=5), 1_000, customer_id=fcr[1]["id"])
    answered(b, second["ring_at"] + timedelta(days=7, seconds=1), 1_000, customer_id=fcr[1]["id"])  # resolved
    third = answered(a, day.replace(hour=10, minute=10), 1_000, customer_id=fcr[2]["id"])
    call(
        a, third["ring_at"] + timedelta(hours=1), direction="outbound", customer_id=fcr[2]["id"]
    )  # outbound: no repeat
    answered(a, END - timedelta(hours=1), 1_000, customer_id=fcr[3]["id"])
    answered(c, END + timedelta(days=2), 1_000, customer_id=fcr[3]["id"])  # after the period: still a repeat
    # and a few hundred ordinary calls
    for _ in range(260):
        agent = rng.choice([a, a, b, b, c])
        ring = START + timedelta(milliseconds=rng.randrange(int((END - START).total_seconds() * 1000)))
        kind = rng.random()
        if kind < 0.6:
            answered(agent, ring, rng.choice([rng.randint(0, 40_000), 20_000, 19_999, 20_001]))
        elif kind < 0.85:
            unanswered(agent, ring, rng.choice([rng.randint(0, 30_000), 4_999, 5_000, 5_001, None]))
        elif kind < 0.9:
            unanswered(agent, ring, rng.randint(0, 10_000), disposition="rejected")
        else:
            connected = rng.random() < 0.5
            end = ring + timedelta(seconds=rng.randint(5, 300))
            call(
                agent,
                ring,
                direction="outbound",
                answer_at=ring + timedelta(seconds=2) if connected else None,
                end_at=end,
                talk_seconds=rng.randint(1, 200) if connected else 0,
                wrapup_seconds=rng.randint(0, 60) if connected else 0,
                disposition="" if connected else "busy",
            )
    # presence: a carried-in state, edges crossed, midnight crossed, one state left open
    plan = {
        a: [
            (START - timedelta(hours=1), "ready", None),
            (day.replace(hour=8, minute=50), "on_call", None),
            (day.replace(hour=9, minute=10, second=30), "wrap_up", None),
            (day.replace(hour=9, minute=12), "not_ready", "break"),
            (day.replace(hour=10, minute=20), "ready", None),
            (day.replace(hour=12, minute=0), "not_ready", "meal"),
            (day.replace(hour=13, minute=0), "ringing", None),
            (day.replace(hour=13, minute=0, second=8), "on_call", None),
            (day.replace(hour=13, minute=30), "on_hold", None),
            (day.replace(hour=13, minute=31), "on_call", None),
            (day.replace(hour=14, minute=2), "ready", None),
            (day.replace(hour=18), "logged_out", None),
            (day.replace(hour=23, minute=40), "ready", None),
            (day.replace(hour=23, minute=50) + timedelta(days=1), "not_ready", None),
            (day.replace(hour=0, minute=20) + timedelta(days=2), "logged_out", None),
        ],
        b: [
            (day.replace(hour=8, minute=59, second=59), "ready", None),
            (day.replace(hour=9, minute=45), "on_call", None),
            (day.replace(hour=10, minute=15), "wrap_up", None),
            (day.replace(hour=10, minute=16), "not_ready", "training"),
            (day.replace(hour=11, minute=1), "ready", None),
            (day.replace(hour=17), "logged_out", None),
            (END - timedelta(minutes=30), "not_ready", "meeting"),  # still not ready: counts to the end
        ],
        c: [(day.replace(hour=9), "ready", None), (day.replace(hour=17), "logged_out", None)],
    }
    for user, events in plan.items():
        for seq, (at, state, reason) in enumerate(events, 1):
            data.events.append({"user_id": user, "seq": seq, "state": state, "reason": reason, "at": at})
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(insert(t.customers), customers)
        conn.execute(insert(t.media_sources), list(data.media.values()))
        conn.execute(insert(t.call_logs), data.calls)
        stamp = datetime.now(timezone.utc)
        conn.execute(insert(presence_events), [{**e, "received_at": stamp} for e in data.events])
    # orders, taken over the API (on calls of the period, or not; one cancelled in seven), then moved
    # into the period
    in_period = [row for row in data.calls if START <= row["ring_at"] < END and row["answer_at"] is not None]
    for i in range(24):
        linked = rng.choice(in_period) if i % 3 else None
        agent = linked["agent_id"] if linked else rng.choice([a, b, c])
        media = rng.choice(media_ids + [None])
        order = take_order(agent, rng.choice(customers)["id"], linked["id"] if linked else None, media)
        created = START if i == 0 else START + timedelta(milliseconds=rng.randrange(ms(END - START)))
        status = "cancelled" if i % 7 == 3 else order["status"]
        with engine.begin() as conn:
            conn.execute(update(t.orders).where(t.orders.c.id == order["id"]).values(created_at=created, status=status))
        data.orders.append(
            {
                "id": order["id"],
                "agent_id": agent,
                "created_at": created,
                "status": status,
                "call_log_id": linked["id"] if linked else None,
                "media_source_id": media,
                "total_cents": order["total_cents"],
            }
        )
    engine.dispose()
    return data


# ------------------------------------------------------------------------------------------ reference
def local_bucket(when: datetime, interval: str, zone: Any) -> str | None:
    """The local start of the interval holding ``when`` (ISO), worked out with the calendar."""
    local = when.astimezone(zone)
    if interval == "none":
        return None
    if interval == "15min":
        start = local.replace(minute=local.minute // 15 * 15, second=0, microsecond=0)
    elif interval == "hour":
        start = local.replace(minute=0, second=0, microsecond=0)
    elif interval == "day":
        start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    elif interval == "week":
        start = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    else:
        start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return start.isoformat()


def next_edge(when: datetime, interval: str, zone: Any, end: datetime) -> datetime:
    """The next local interval edge after ``when`` (UTC), the period's end at the latest."""
    if interval == "none":
        return end
    start = datetime.fromisoformat(local_bucket(when, interval, zone) or "")
    if interval == "15min":
        edge = start + timedelta(minutes=15)
    elif interval == "hour":
        edge = start + timedelta(hours=1)
    elif interval == "day":
        edge = start + timedelta(days=1)
    elif interval == "week":
        edge = start + timedelta(days=7)
    else:
        edge = start.replace(year=start.year + (start.month == 12), month=start.month % 12 + 1)
    return min(edge.replace(tzinfo=zone).astimezone(timezone.utc), end)


def ms(delta: timedelta) -> int:
    return int(delta / timedelta(milliseconds=1))


def reference(
    data: Dataset,
    interval: str,
    group_by: str,
    zone: Any = SHANGHAI,
    settings: Settings | None = None,
    start: datetime = START,
    end: datetime = END,
    only_agent: str | None = None,
) -> dict[tuple[str | None, str], dict[str, Any]]:
    """(bucket, group key) → every figure, for ``data.team`` (or ``only_agent``)."""
    s = settings or Settings()
    mine = {u for u, team in data.agents.items() if team == data.team}
    if only_agent:
        mine = {only_agent}
    media_dnis = {mid: m["dnis"] for mid, m in data.media.items()}
    cells: dict[tuple[str | None, str], dict[str, Any]] = defaultdict(lambda: defaultdict(int))

    def key_of(agent: str | None, dnis: str = "", media: str | None = None) -> str:
        return {
            "agent": agent or "",
            "team": data.agents.get(agent or "", ""),
            "dnis": dnis,
            "media_source": media or "",
            "none": "",
        }[group_by]

    by_who: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in data.calls:
        who = row["customer_id"] or row["caller_normalized"]
        if row["direction"] == "inbound" and who:
            by_who[who].append(row)
    for row in data.calls:
        if row["agent_id"] not in mine or not start <= row["ring_at"] < end:
            continue
        cell = cells[
            local_bucket(row["ring_at"], interval, zone), key_of(row["agent_id"], row["dnis"], row["media_source_id"])
        ]
        inbound = row["direction"] == "inbound"
        answered = row["answer_at"] is not None
        length = ms(row["end_at"] - row["ring_at"]) if row["end_at"] else None
        if answered:
            cell["handled"] += 1
            cell["talk"] += row["talk_seconds"]
            cell["hold"] += row["hold_seconds"]
            cell["wrapup"] += row["wrapup_seconds"]
        if not inbound:
            cell["outbound"] += 1
            continue
        cell["offered"] += 1
        if answered:
            wait = ms(row["answer_at"] - row["ring_at"])
            cell["answered"] += 1
            cell["wait"] += wait
            cell["in_target"] += wait <= s.sl_target_s * 1000
            who = row["customer_id"] or row["caller_normalized"]
            if who:
                cell["fcr_eligible"] += 1
                later = [
                    other
                    for other in by_who[who]
                    if (other["ring_at"], other["id"]) > (row["ring_at"], row["id"])
                    and other["ring_at"] - row["ring_at"] <= timedelta(days=s.fcr_days)
                ]
                cell["fcr_resolved"] += not later
        elif row["disposition"] == "rejected":
            cell["rejected"] += 1
        elif length is not None and length < s.short_abandon_s * 1000:
            cell["short"] += 1
        else:
            cell["abandoned"] += 1
            if length is not None:
                cell["abandon_ms"] += length
                cell["abandon_timed"] += 1
    if group_by in ("none", "agent", "team"):
        for user in mine:
            events = sorted((e for e in data.events if e["user_id"] == user), key=lambda e: (e["at"], e["seq"]))
            for this, following in zip(events, events[1:] + [None]):
                if this["state"] not in STAFFED:
                    continue
                span_end = following["at"] if following else min(data.now, end)
                here, stop = max(this["at"], start), min(span_end, end)
                while here < stop:
                    edge = min(next_edge(here, interval, zone, end), stop)
                    cell = cells[local_bucket(here, interval, zone), key_of(user)]
                    length = ms(edge - here)
                    cell["staffed"] += length
                    if this["state"] in BUSY:
                        cell["busy"] += length
                    if this["state"] in AVAILABLE:
                        cell["available"] += length
                    if this["state"] == "not_ready":
                        reason = this["reason"] or "unspecified"
                        cell["not_ready"] += length
                        cell.setdefault("reasons", defaultdict(int))[reason] += length
                    here = edge
    calls_by_id = {row["id"]: row for row in data.calls}
    for order in data.orders:
        if order["agent_id"] not in mine or order["status"] == "cancelled" or not start <= order["created_at"] < end:
            continue
        linked = calls_by_id.get(order["call_log_id"] or "")
        if linked is not None:
            dnis, media = linked["dnis"], linked["media_source_id"] or order["media_source_id"]
        else:
            dnis, media = media_dnis.get(order["media_source_id"] or "", ""), order["media_source_id"]
        cell = cells[local_bucket(order["created_at"], interval, zone), key_of(order["agent_id"], dnis, media)]
        cell["orders"] += 1
        cell["value"] += order["total_cents"]
    for order in data.orders:  # orders per call: the orders on the handled calls, where the calls count
        linked = calls_by_id.get(order["call_log_id"] or "")
        if order["status"] == "cancelled" or linked is None or linked["answer_at"] is None:
            continue
        if linked["agent_id"] in mine and start <= linked["ring_at"] < end:
            place = local_bucket(linked["ring_at"], interval, zone)
            cells[place, key_of(linked["agent_id"], linked["dnis"], linked["media_source_id"])]["call_orders"] += 1
    return {k: figures(v, s, group_by) for k, v in cells.items()}


def figures(c: dict[str, Any], s: Settings, group_by: str) -> dict[str, Any]:
    """The dictionary's formulas, written again."""

    def div(a: float, b: float) -> float | None:
        return a / b if b else None

    abandoned_all = c["abandoned"] + c["short"]
    sl_den = {
        "answered": c["answered"],
        "answered_and_abandoned": c["answered"] + abandoned_all,
        "without_short_abandons": c["answered"] + c["abandoned"],
    }[s.sl_variant]
    handled = c["handled"]
    out: dict[str, Any] = {
        "offered": c["offered"],
        "answered": c["answered"],
        "abandoned": c["abandoned"],
        "short_abandoned": c["short"],
        "rejected": c["rejected"],
        "abandon_rate": div(c["abandoned"], c["offered"] - c["short"]),
        "avg_abandon_time": div(c["abandon_ms"] / 1000, c["abandon_timed"]),
        "service_level": div(c["in_target"], sl_den),
        "asa": div(c["wait"] / 1000, c["answered"]),
        "handled": handled,
        "outbound": c["outbound"],
        "aht": div(c["talk"] + c["hold"] + c["wrapup"], handled),
        "avg_talk": div(c["talk"], handled),
        "avg_hold": div(c["hold"], handled),
        "avg_wrapup": div(c["wrapup"], handled),
        "fcr": div(c["fcr_resolved"], c["fcr_eligible"]),
        "orders": c["orders"],
        "conversion": div(c["call_orders"], handled),
        "order_value": c["value"],
        "avg_order_value": div(c["value"], c["orders"]),
    }
    if group_by in ("none", "agent", "team"):
        out.update(
            calls_per_hour=div(handled, c["staffed"] / 3_600_000),
            staffed_time=c["staffed"] / 1000,
            occupancy=div(c["busy"], c["busy"] + c["available"]),
            not_ready_time=c["not_ready"] / 1000,
            not_ready_by_reason={k: v / 1000 for k, v in c.get("reasons", {}).items()},
            complaints_opened=0,
            complaints_resolved=0,
        )
    return out
