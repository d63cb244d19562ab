"""The back office's side of the shift: the campaigns and their lists, and the database's audit after
the shift (campaigns finished on time, records dialled by two agents, dials outside their window)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

import requests
from campaign_claim import TEAM, start_campaign

from campaign_sim.model import RETRY, RING_TIMEOUT_S, SHIFT_START, WINDOW_SETS, make_number


def make_campaigns(api: str, token: str, campaigns: int, hours: float) -> list[str]:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    ids = []
    serial = 0
    for index in range(campaigns):
        windows = WINDOW_SETS[index % len(WINDOW_SETS)]
        deadline_h = 2 + (index * 5 % 7) * (hours - 2) / 6
        body = {
            "name": f"campaign {index:02d}",
            "script": "您好,我们的新产品……",
            "starts_at": (SHIFT_START - timedelta(hours=2)).isoformat(),
            "deadline_at": (SHIFT_START + timedelta(hours=deadline_h)).isoformat(),
            "windows": [{"weekday": d, "start": s, "end": e} for d in range(7) for s, e in windows],
            "priority": 1 + index * 3 % 10,
            "teams": [TEAM],
            "mode": "progressive",
            "max_attempts": 3,
            "max_attempts_24h": 3,
            "retry": RETRY,
            "ring_timeout_s": RING_TIMEOUT_S,
            "minutes_per_attempt": 1.5,
        }
        count = 40 + index * 37 % 80
        campaign = start_campaign(session, api, body, [make_number(serial + i) for i in range(count)])
        serial += count
        ids.append(campaign["id"])
    session.close()
    return ids


def audit(db_url: str, dials: list[dict[str, Any]]) -> dict[str, Any]:
    """The database's view after the shift: finished campaigns, double dials, dials outside windows."""
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
    finished = 0
    by_campaign: dict[str, list[Any]] = defaultdict(list)
    for rec in records.values():
        by_campaign[rec.campaign_id].append(rec)
    for cid, recs in by_campaign.items():
        deadline = camps[cid]["deadline_at"]
        if all(r.state in final for r in recs) and max(r.last_attempt_at or deadline for r in recs) <= deadline:
            finished += 1
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
    return {
        "finished": finished,
        "campaigns": len(camps),
        "double": len(double),
        "outside": outside,
        "attempts_in_db": reported,
        "records": len(records),
        "final_records": sum(1 for r in records.values() if r.state in final),
    }
