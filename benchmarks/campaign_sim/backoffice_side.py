"""The back office's side of the shift: the campaigns and their lists, and the database's audit after
the shift (campaigns finished on time, records dialled by two agents, dials outside their window)."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, timedelta
from typing import Any

import requests
from campaign_claim import TEAM, start_campaign

from campaign_sim import report
from campaign_sim.model import RETRY, RING_TIMEOUT_S, SHIFT_START
from campaign_sim.workload import MINUTES_PER_ATTEMPT, Plan, numbers


def make_campaigns(api: str, token: str, plans: list[Plan]) -> list[str]:
    """Create, fill and start each plan's campaign (:mod:`campaign_sim.workload`); their ids."""
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    ids = []
    for plan, phones in zip(plans, numbers(plans), strict=True):
        body = {
            "name": plan.name,
            "script": "您好,我们的新产品……",
            "starts_at": (SHIFT_START - timedelta(hours=2)).isoformat(),
            "deadline_at": (SHIFT_START + timedelta(hours=plan.deadline_h)).isoformat(),
            "windows": [{"weekday": d, "start": s, "end": e} for d in range(7) for s, e in plan.windows],
            "priority": plan.priority,
            "teams": [TEAM],
            "mode": "progressive",
            "max_attempts": 3,
            "max_attempts_24h": 3,
            "retry": RETRY,
            "ring_timeout_s": RING_TIMEOUT_S,
            "minutes_per_attempt": MINUTES_PER_ATTEMPT,
            "default_time_zone": plan.zone,
        }
        ids.append(start_campaign(session, api, body, phones)["id"])
    session.close()
    return ids


def audit(db_url: str, dials: list[dict[str, Any]], plans: dict[str, Plan], hours: float) -> dict[str, Any]:
    """The database's view after the shift of ``hours``: campaigns finished on time (of those due
    within the shift; ``plans``: campaign id → its plan), double dials, dials outside windows."""
    from sqlalchemy import select

    from backoffice.campaigns import store
    from backoffice.campaigns.rules import in_window
    from backoffice.campaigns.tables import campaign_attempts, campaign_records, campaigns
    from backoffice.db import Database
    from crm.schemas.campaigns import FINAL_STATES

    final = {s.value for s in FINAL_STATES}
    db = Database(db_url)
    try:
        with db.read.connect() as conn:
            camps = {row.id: store.from_row(row, [TEAM]) for row in conn.execute(select(campaigns)).all()}
            records = {row.id: row for row in conn.execute(select(campaign_records)).all()}
            attempts = conn.execute(select(campaign_attempts).order_by(campaign_attempts.c.at)).all()
    finally:
        db.dispose()
    rules = {cid: store.rules(c) for cid, c in camps.items()}
    by_campaign: dict[str, list[Any]] = defaultdict(list)
    for rec in records.values():
        by_campaign[rec.campaign_id].append(rec)
    kinds = {cid: plan.kind for cid, plan in plans.items()}
    due = {cid for cid, plan in plans.items() if plan.due_in_shift}
    on_time: Counter[str] = Counter()
    for cid, recs in by_campaign.items():
        deadline = camps[cid]["deadline_at"]
        if all(r.state in final for r in recs) and max(r.last_attempt_at or deadline for r in recs) <= deadline:
            on_time[kinds.get(cid, "?")] += 1
    soonest = min(RETRY.values())  # no retry of a record is due sooner
    per_record: dict[str, list[Any]] = defaultdict(list)
    for a in attempts:
        if a.result != "skipped":
            per_record[a.record_id].append(a)
    double = set()
    for rid, rows in per_record.items():
        for before, after in zip(rows, rows[1:]):
            if (after.at - before.at).total_seconds() < soonest:
                double.add(rid)
    spans: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for d in dials:
        spans[d["record"]].append((d["dial_at"], d["ended"], d["agent"]))
    for rid, items in spans.items():
        items.sort()
        for (_, end1, agent1), (start2, _, agent2) in zip(items, items[1:]):
            if start2 < end1 and agent1 != agent2:
                double.add(rid)
    outside = 0
    for d in dials:
        rec = records[d["record"]]
        at = datetime.fromisoformat(d["claimed_at"])
        if not in_window(rules[rec.campaign_id].windows, rec.time_zone, at):
            outside += 1
    reported = sum(len(rows) for rows in per_record.values())
    first_attempt = {rid: rows[0].at for rid, rows in per_record.items()}
    rows = report.campaign_rows(
        camps, rules, by_campaign, first_attempt, {c: p for c, p in plans.items() if p.due_in_shift}, SHIFT_START
    )
    for row in rows:
        row["cut"] = row["deadline_h"] > hours
    return {
        "per_campaign": report.campaign_table(rows),
        "finished": sum(n for kind, n in on_time.items() if kind != "standing"),
        "campaigns": len(due),
        "finished_by_kind": {kind: f"{on_time[kind]}/{n}" for kind, n in sorted(Counter(kinds.values()).items())},
        "final_by_kind": _final_by_kind(by_campaign, kinds, final),
        "double": len(double),
        "outside": outside,
        "attempts_in_db": reported,
        "records": len(records),
        "final_records": sum(1 for r in records.values() if r.state in final),
    }


def _final_by_kind(by_campaign: dict[str, list[Any]], kinds: dict[str, str], final: set[str]) -> dict[str, str]:
    """Per kind of campaign: records final / records."""
    done: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for cid, recs in by_campaign.items():
        done[kinds.get(cid, "?")] += sum(1 for r in recs if r.state in final)
        total[kinds.get(cid, "?")] += len(recs)
    return {kind: f"{done[kind]}/{total[kind]}" for kind in sorted(total)}
