"""The shift's figures: per arm, dials per agent-hour and where the agents' time went; per campaign,
when it finished or what was left at its deadline and why."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any


def summarise(results: list[dict[str, Any]]) -> dict[str, float]:
    agent_s = sum(r["total"] for r in results)
    spent: Counter[str] = Counter()
    for r in results:
        spent.update(r["spent"])
    dials = sum(len(r["dials"]) for r in results)
    out = {
        "dials": dials,
        "agent_hours": agent_s / 3600,
        "per_agent_hour": dials / (agent_s / 3600) if agent_s else 0.0,
        "waiting_share": (spent["ring_unanswered"] + spent["idle"]) / agent_s if agent_s else 0.0,
    }
    for what, seconds in spent.items():
        out[f"share_{what}"] = seconds / agent_s if agent_s else 0.0
    return out


def line(name: str, summary: dict[str, float]) -> str:
    shares = " ".join(f"{k[6:]}={v:.3f}" for k, v in sorted(summary.items()) if k.startswith("share_"))
    return (
        f"{name}: dials={summary['dials']} agent_hours={summary['agent_hours']:.1f}"
        f" per_agent_hour={summary['per_agent_hour']:.1f} waiting_share={summary['waiting_share']:.3f} {shares}"
    )


def renewals(results: list[dict[str, Any]]) -> str:
    """The claim renewals' answers over every agent."""
    counts: Counter[str] = Counter()
    for r in results:
        counts.update(r.get("renewals", {}))
    return "claim renewals: " + (", ".join(f"{k} {n}" for k, n in sorted(counts.items())) or "none")


LEFT_REASONS = ("call_back_after", "retry_after", "window_closed", "waiting_retry", "never_claimed", "held")
"""Why a record was not final at its campaign's deadline: a call back / a retry due after the deadline;
due before it, but its zone's window stayed closed from then to the deadline; due before it in an open
window and not claimed again (``waiting_retry``: capacity went elsewhere); never claimed; claimed and
not reported by the deadline."""


def left_reason(rec: Any, deadline: datetime, windows: Any) -> str:
    """Why ``rec`` (a campaign record row, not final) was left at ``deadline``."""
    from backoffice.campaigns.rules import window_minutes

    if rec.state == "claimed":
        return "held"
    if not rec.attempts:
        return "never_claimed"
    due = rec.next_due_at or rec.last_attempt_at or deadline
    if due >= deadline:
        return "call_back_after" if rec.last_disposition == "call_back" else "retry_after"
    if window_minutes(windows, rec.time_zone, due, deadline) <= 0:
        return "window_closed"
    return "waiting_retry"


def campaign_rows(
    camps: dict[str, dict[str, Any]],
    rules: dict[str, Any],
    by_campaign: dict[str, list[Any]],
    first_attempt: dict[str, datetime],
    plans: dict[str, Any],
    start: datetime,
) -> list[dict[str, Any]]:
    """Per campaign due in the shift (``plans``: campaign id → its plan): its kind, deadline, when its
    first pass ended (every record's first attempt) and its last record became final, or what was left
    at the deadline and why (:data:`LEFT_REASONS`); times in simulated hours after ``start``."""
    final = {"done", "invalid", "dnc", "exhausted"}

    def hours(at: datetime | None) -> float | None:
        return None if at is None else (at - start).total_seconds() / 3600

    out = []
    for cid, plan in plans.items():
        recs, deadline = by_campaign.get(cid, []), camps[cid]["deadline_at"]
        finals = [r for r in recs if r.state in final]
        left = Counter(left_reason(r, deadline, rules[cid].windows) for r in recs if r.state not in final)
        late = sum(1 for r in finals if r.last_attempt_at and r.last_attempt_at > deadline)
        firsts = [first_attempt[r.id] for r in recs if r.id in first_attempt]
        last_final = max((r.last_attempt_at for r in finals if r.last_attempt_at), default=None)
        out.append(
            {
                "name": plan.name,
                "kind": plan.kind,
                "priority": plan.priority,
                "records": len(recs),
                "deadline_h": hours(deadline),
                "first_pass_h": hours(max(firsts)) if len(firsts) == len(recs) and firsts else None,
                "last_final_h": hours(last_final) if not left else None,
                "on_time": not left and not late,
                "final_after_deadline": late,
                "left": dict(left),
            }
        )
    return out


def campaign_table(rows: list[dict[str, Any]]) -> str:
    """:func:`campaign_rows` as lines, by deadline then name."""

    def h(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}h"

    lines = ["per campaign (simulated hours after the shift's start; left: records not final at the deadline):"]
    for row in sorted(rows, key=lambda r: (r["deadline_h"], r["name"])):
        left = ", ".join(f"{k} {row['left'][k]}" for k in LEFT_REASONS if row["left"].get(k))
        lines.append(
            f"  {row['name']:<20} {row['kind']:<10} p{row['priority']:<2} n={row['records']:<4}"
            f" deadline={h(row['deadline_h'])} first_pass={h(row['first_pass_h'])}"
            f" last_final={h(row['last_final_h'])} {'ON TIME' if row['on_time'] else 'late'}"
            + (f" final_after_deadline={row['final_after_deadline']}" if row["final_after_deadline"] else "")
            + (f" left: {left}" if left else "")
            + (" (the shift ended before the deadline: left at the end)" if row.get("cut") and left else "")
        )
    return "\n".join(lines)
