"""Campaigns against manual dialling: a compressed 8-hour shift of 20 agents and 30 campaigns over SIP.

    .venv/bin/python benchmarks/campaign_shift.py [--agents 20] [--campaigns 30] [--hours 8]
        [--minutes 6] [--manual-hours 2] [--db postgresql|sqlite] [--workers 2]

The shift is time-compressed: ``--hours`` of simulated time run in ``--minutes`` of real time (8 h in
6 min: 80×). The back office runs on a private PostgreSQL cluster (``serve --workers N``) with the
campaigns' test-only clock (``BACKOFFICE_CAMPAIGN_CLOCK``, :mod:`backoffice.campaigns.clock`) running
at the same speed, so windows, retry spacing, deadlines and pacing see simulated time; every agent's
talk, wrap-up, ring timeout and idle wait are scaled by the same factor.

Simulated day: Monday 2026-12-07 from 01:00 UTC (09:00 in Shanghai, Sunday 20:00 in New York, 17:00 in
Los Angeles). ``--campaigns`` running campaigns of the agents' team, each with its own list (40–119
numbers, 70 % Shanghai, 15 % New York, 15 % Los Angeles), deadline (2–8 h into the shift), calling
windows (09:00–21:00, 09:00–12:00 + 14:00–20:00, or 10:00–18:00 local, every day), priority (1–10),
3 attempts per record (3 in 24 h), retries after 10 min (busy), 30 min (no answer), 1 h (rejected),
ring timeout 30 s, progressive mode.

Far ends: five sipp UAS, one per result: answer after 6 s of ringing (the call then lasts the talk
time, the agent hangs up), busy (486 after 3 s), no answer (rings until the ring timeout cancels it),
invalid (404 at once), reject (603 after 10 s). The number plan decides which UAS a dial reaches: 10 %
of the numbers are invalid (always); the others reach, per attempt (a hash of number and attempt), the
answering UAS 35/90, busy 10/90, no answer 40/90, reject 5/90 of the time, so the attempts' mix is
answer 35 %, busy 10 %, no answer 40 %, invalid 10 %, reject 5 %.

Each agent is its own process with its own :class:`~softphone.engine.engine.SipEngine` (a dial holds
the engine's other answered calls, so agents cannot share one): claim the next record
(``POST /campaigns/claim-next``; 204: wait 30 s, as the desktop does) → dial it with the campaign's
ring timeout → the result from the SIP outcome (the desktop's mapping, ``core/outcomes.result_for``)
→ when answered: talk (exponential, mean 150 s) then wrap-up (30 s), disposition 20 % sale, 60 % not
interested, 10 % wrong person, 10 % call back in 2 h → report the result → next.

Manual dialling (the comparison), ``--manual-hours`` of the same compressed time: the same agents
dial their share of the same list in order, no back office: 15 s to find and dial each number, every
call waits out its ringing (the same 30 s before giving up on a no answer), the same talk and wrap-up;
no retries, no windows.

Measured (simulated time): records dialled per agent-hour, both ways; waiting share: ringing that
ended unanswered plus idle with nothing to claim, over the agents' whole time; campaigns finished on
time (every record in a final state, the last by the campaign's deadline) K of M; records dialled by
two agents at once (two agents' calls of one record overlapping, or two attempts of a record closer
than its retry spacing in the database: must be 0); attempts claimed outside the record's calling
window (the server's claim time against the record's zone window: must be 0). The HTTP and SIP
set-up time of each dial, magnified by the compression, counts as neither waiting nor work
("overhead"). Last line: ``campaign_shift dialled_per_agent_hour=… manual_per_agent_hour=…
waiting_share=… finished_on_time=K/M double_dialled=… outside_window=…``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import queue
import random
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from campaign_claim import PG_INITDB, TEAM, put_agents_in_team

from backoffice.seed import AGENT_PASSWORD, seed
from tests.fixtures.backoffice import BackofficeProcess

SHIFT_START = datetime(2026, 12, 7, 1, 0, tzinfo=timezone.utc)
KINDS = ("answer", "busy", "no_answer", "invalid", "reject")
VALID_MIX = (("answer", 35), ("busy", 10), ("no_answer", 40), ("reject", 5))
RING_S = {"answer": 6.0, "busy": 3.0, "reject": 10.0, "invalid": 0.0}
RING_TIMEOUT_S = 30
TALK_MEAN_S = 150.0
WRAP_S = 30.0
IDLE_S = 30.0
MANUAL_DIAL_S = 15.0
RETRY = {"busy_s": 600, "no_answer_s": 1800, "rejected_s": 3600, "network_error_s": 300}
WINDOW_SETS = (
    (("09:00", "21:00"),),
    (("09:00", "12:00"), ("14:00", "20:00")),
    (("10:00", "18:00"),),
)
DISPOSITIONS = (("sale", 20), ("not_interested", 60), ("wrong_person", 10), ("call_back", 10))
SERIAL_AREAS = (("+86139", 70), ("+1212", 15), ("+1310", 15))


@dataclass(frozen=True)
class Clock:
    """Simulated time: ``sim_epoch + (time.time() - real_epoch) × speed`` (as the back office's)."""

    real_epoch: float
    sim_epoch: float
    speed: float

    def now(self) -> float:
        return self.sim_epoch + (time.time() - self.real_epoch) * self.speed

    def sleep(self, sim_s: float) -> None:
        time.sleep(max(0.0, sim_s / self.speed))

    def env(self) -> str:
        return f"{self.real_epoch},{self.sim_epoch},{self.speed}"


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _pick(weights: tuple[tuple[str, int], ...], value: int) -> str:
    point = value % sum(w for _, w in weights)
    for name, weight in weights:
        if point < weight:
            return name
        point -= weight
    return weights[-1][0]


def kind_for(number: str, attempt: int) -> str:
    """The UAS a dial of ``number`` reaches on its ``attempt`` (0 = first): the number plan."""
    if _hash(number) % 10 == 0:
        return "invalid"
    return _pick(VALID_MIX, _hash(f"{number}#{attempt}"))


def make_number(serial: int) -> str:
    area = _pick(SERIAL_AREAS, _hash(f"area{serial}"))
    if area.startswith("+86"):
        return f"{area}{serial:08d}"
    return f"{area}{200 + serial // 10000:03d}{serial % 10000:04d}"


# ---- far ends ----------------------------------------------------------------------------------


def _scenario(workdir: Path, kind: str, speed: float) -> Path:
    from tests.fixtures.sip import DATA

    ring_ms = round(RING_S.get(kind, 0.0) * 1000 / speed)
    pause = f'  <pause milliseconds="{ring_ms}"/>\n' if ring_ms else ""
    if kind == "no_answer":
        text = (DATA / "uas_ring_forever.xml").read_text()
    elif kind == "answer":
        text = (DATA / "uas_200.xml").read_text()
    else:
        status = {"busy": "486 Busy Here", "invalid": "404 Not Found", "reject": "603 Decline"}[kind]
        text = (DATA / "uas_final.xml").read_text().replace("[code] [reason]", status)
    if pause and kind != "no_answer":  # after the 180 Ringing: the second </send>
        first = text.index("</send>") + len("</send>")
        second = text.index("</send>", first) + len("</send>")
        text = text[:second] + "\n" + pause + text[second:]
    path = workdir / f"uas_shift_{kind}.xml"
    path.write_text(text)
    return path


def start_far_ends(workdir: Path, speed: float, run_s: float) -> dict[str, Any]:
    from tests.fixtures.sip import Sipp

    peers = {}
    for kind in KINDS:
        peer = Sipp(str(_scenario(workdir, kind, speed)), workdir, calls=10**7, timeout_s=int(run_s) + 600)
        skip = {"-trace_msg", "-message_file", str(peer.msg_file)}  # thousands of calls: no message trace
        peer.args = [a for a in peer.args if a not in skip]
        peers[kind] = peer.start()
    for peer in peers.values():
        peer.wait_listening(10)
    return peers


# ---- one agent (its own process) ---------------------------------------------------------------


@dataclass(frozen=True)
class AgentJob:
    index: int
    mode: str  # "campaign" or "manual"
    clock: Clock
    start_real: float
    end_real: float
    ports: dict[str, int]
    workdir: str
    api: str = ""
    token: str = ""
    numbers: tuple[str, ...] = ()


class _Call:
    """One dial on the agent's engine, followed through its events."""

    def __init__(self, engine: Any, events: queue.Queue[Any]) -> None:
        self.engine = engine
        self.events = events

    def run(self, uri: str, ring_timeout_s: float, clock: Clock, talk_s: float) -> tuple[str | None, int, float]:
        """(outcome, SIP code, simulated ringing seconds before the answer or the end)."""
        from softphone.engine.events import CallChanged, CallState, CommandFailed

        began = clock.now()
        key = self.engine.dial(uri, no_answer_timeout_s=ring_timeout_s / clock.speed)
        ring = 0.0
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                event = self.events.get(timeout=1)
            except queue.Empty:
                continue
            if isinstance(event, CommandFailed) and event.call_id == key:
                return "network_error", 0, clock.now() - began
            if not isinstance(event, CallChanged) or event.call_id != key:
                continue
            if event.state == CallState.ACTIVE and not ring:
                ring = clock.now() - began
                clock.sleep(talk_s)
                self.engine.hangup(key)
            elif event.state == CallState.DISCONNECTED:
                outcome = event.outcome.value if event.outcome is not None else None
                return outcome, event.code, ring or clock.now() - began
        self.engine.hangup(key)
        return "stuck", 0, clock.now() - began


def agent_main(job: AgentJob) -> dict[str, Any]:
    """Run one agent's shift; its dials and how its time went (simulated seconds)."""
    from agent_desktop.features.campaigns.core.outcomes import result_for
    from softphone.engine.config import EngineConfig
    from softphone.engine.engine import SipEngine

    with open(f"{job.workdir}/agent_{job.mode}_{job.index}.err", "ab") as err:
        for fd in (1, 2):  # pjlib's console log: not onto the benchmark's output
            os.dup2(err.fileno(), fd)
    events: queue.Queue[Any] = queue.Queue()
    engine = SipEngine(EngineConfig(local_port=0, log_file=f"{job.workdir}/pj_{job.mode}_{job.index}.log", log_level=2))
    engine.subscribe(events.put)
    engine.start()
    if not engine.wait_started(30):
        raise RuntimeError(f"agent {job.index}: the SIP engine did not start")
    call = _Call(engine, events)
    rng = random.Random(job.index * 7919 + (job.mode == "manual"))
    clock = job.clock
    spent: Counter[str] = Counter()
    dials: list[dict[str, Any]] = []
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {job.token}"
    if job.api:
        session.get(job.api + "/health", timeout=30)
    time.sleep(max(0.0, job.start_real - time.time()))
    began = clock.now()
    mark = began

    def account(what: str) -> None:
        nonlocal mark
        now = clock.now()
        spent[what] += now - mark
        mark = now

    numbers = iter(job.numbers)
    try:
        while time.time() < job.end_real:
            record: dict[str, Any] = {}
            if job.mode == "campaign":
                r = session.post(
                    job.api + "/campaigns/claim-next", headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=60
                )
                if r.status_code == 204:
                    account("overhead")
                    clock.sleep(IDLE_S)
                    account("idle")
                    continue
                r.raise_for_status()
                claimed = r.json()
                record = claimed["record"]
                number, attempt, ring_timeout = record["number"], record["attempts"], claimed["ring_timeout_s"]
                account("overhead")
            else:
                number = next(numbers, "")
                if not number:
                    break
                attempt, ring_timeout = 0, RING_TIMEOUT_S
                clock.sleep(MANUAL_DIAL_S)
                account("manual_dialling")
            kind = kind_for(number, attempt)
            talk = rng.expovariate(1 / TALK_MEAN_S)
            dial_at = clock.now()
            outcome, code, ring = call.run(
                f"sip:{number.lstrip('+')}@127.0.0.1:{job.ports[kind]}", ring_timeout, clock, talk
            )
            ended = clock.now()
            if outcome == "answered":
                spent["ring_answered"] += ring
                spent["talk"] += ended - dial_at - ring
                mark = ended
                clock.sleep(WRAP_S)
                account("wrap_up")
            else:
                account("ring_unanswered")
            result = result_for(outcome)
            dials.append(
                {
                    "agent": job.index,
                    "record": record.get("id", ""),
                    "campaign": record.get("campaign_id", ""),
                    "number": number,
                    "kind": kind,
                    "outcome": outcome,
                    "code": code,
                    "claimed_at": record.get("claimed_at"),
                    "dial_at": dial_at,
                    "ended": ended,
                }
            )
            if job.mode == "campaign":
                body: dict[str, Any] = {"result": (result.value if result else "network_error")}
                if code >= 100:
                    body["sip_code"] = code
                if outcome == "answered":
                    body["disposition"] = _pick(DISPOSITIONS, rng.randrange(100))
                    if body["disposition"] == "call_back":
                        back = datetime.fromtimestamp(clock.now() + 7200, timezone.utc)
                        body["call_back_at"] = back.isoformat()
                r = session.post(
                    job.api + f"/campaigns/records/{record['id']}/result",
                    json=body,
                    headers={"Idempotency-Key": str(uuid.uuid4())},
                    timeout=60,
                )
                if r.status_code == 409:  # the claim expired meanwhile: the desktop drops the result too
                    dials[-1]["lost_claim"] = True
                else:
                    r.raise_for_status()
                account("overhead")
    finally:
        session.close()
        result = {"agent": job.index, "spent": dict(spent), "total": clock.now() - began, "dials": dials}
        _result_file(job).write_text(json.dumps(result))  # before the engine stops: a crash there loses nothing
        engine.stop(15)
    return result


def _result_file(job: AgentJob) -> Path:
    return Path(job.workdir) / f"result_{job.mode}_{job.index}.json"


def run_agents(jobs: list[AgentJob]) -> list[dict[str, Any]]:
    """Every agent's result; an agent whose process died before writing it is reported and left out."""
    spawn = multiprocessing.get_context("spawn")
    procs = [spawn.Process(target=agent_main, args=(job,)) for job in jobs]
    for proc in procs:
        proc.start()
    results = []
    for job, proc in zip(jobs, procs):
        proc.join(max(60.0, job.end_real - time.time() + 120))
        if proc.is_alive():
            proc.kill()
            proc.join(10)
        if proc.exitcode != 0:
            err = Path(job.workdir) / f"agent_{job.mode}_{job.index}.err"
            tail = err.read_text(errors="replace")[-1500:] if err.exists() else ""
            print(f"{job.mode} agent {job.index} exited with {proc.exitcode}:\n{tail}", flush=True)
        if _result_file(job).exists():
            results.append(json.loads(_result_file(job).read_text()))
    return results


# ---- the back office's side ---------------------------------------------------------------------


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
        r = session.post(api + "/campaigns", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=30)
        r.raise_for_status()
        campaign = r.json()
        lines = ["phone"]
        for _ in range(40 + index * 37 % 80):
            lines.append(make_number(serial))
            serial += 1
        r = session.post(
            api + f"/campaigns/{campaign['id']}/records/import",
            params={"phone": "phone"},
            data=("\n".join(lines) + "\n").encode(),
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=120,
        )
        r.raise_for_status()
        r = session.patch(
            api + f"/campaigns/{campaign['id']}",
            json={"status": "running"},
            headers={"If-Match": f'"{campaign["version"]}"', "Idempotency-Key": str(uuid.uuid4())},
            timeout=30,
        )
        r.raise_for_status()
        ids.append(campaign["id"])
    session.close()
    return ids


def audit(db_url: str, dials: list[dict[str, Any]], shift_end: datetime) -> dict[str, Any]:
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


# ---- the two arms --------------------------------------------------------------------------------


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


def _line(name: str, summary: dict[str, float]) -> str:
    shares = " ".join(f"{k[6:]}={v:.3f}" for k, v in sorted(summary.items()) if k.startswith("share_"))
    return (
        f"{name}: dials={summary['dials']} agent_hours={summary['agent_hours']:.1f}"
        f" per_agent_hour={summary['per_agent_hour']:.1f} waiting_share={summary['waiting_share']:.3f} {shares}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--agents", type=int, default=20)
    ap.add_argument("--campaigns", type=int, default=30)
    ap.add_argument("--hours", type=float, default=8.0, help="the simulated shift")
    ap.add_argument("--minutes", type=float, default=6.0, help="real time the shift takes")
    ap.add_argument("--manual-hours", type=float, default=2.0, help="simulated hours of manual dialling")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--db", choices=("postgresql", "sqlite"))
    ap.add_argument("--setup-s", type=float, default=45.0, help="real seconds allowed for the set-up")
    args = ap.parse_args()
    speed = args.hours * 3600 / (args.minutes * 60)
    kind = args.db or ("postgresql" if PG_INITDB.exists() else "sqlite")
    workers = args.workers if kind == "postgresql" else 1
    with tempfile.TemporaryDirectory(prefix="shift-") as d:
        workdir = Path(d)
        peers = start_far_ends(workdir, speed, args.minutes * 60 * (1 + args.manual_hours / args.hours) + 120)
        ports = {k: p.port for k, p in peers.items()}
        cluster = None
        try:
            if kind == "postgresql":
                from tests.fixtures.backoffice import PostgresCluster

                cluster = PostgresCluster()
                db_url = cluster.create_database("shift")
            else:
                db_url = f"sqlite:///{workdir / 'crm.db'}"
            seed(db_url, customers=0, agents=args.agents)
            put_agents_in_team(db_url)
            start_real = time.time() + args.setup_s
            clock = Clock(start_real, SHIFT_START.timestamp(), speed)
            server = BackofficeProcess(
                db_url, workdir, args=("--workers", str(workers)), env={"BACKOFFICE_CAMPAIGN_CLOCK": clock.env()}
            )
            server.start()
            try:
                names = [f"agent{i:03d}" for i in range(1, args.agents + 1)]
                server.credentials.update({name: AGENT_PASSWORD for name in names})
                make_campaigns(server.api, server.login("supervisor"), args.campaigns, args.hours)
                tokens = [server.login(name) for name in names]
                late = time.time() - start_real
                if late > 0:
                    print(f"set-up overran by {late:.1f} s real ({late * speed / 60:.0f} simulated min)", flush=True)
                start_real = max(start_real, time.time() + 5)  # the agents' engines start meanwhile
                end_real = start_real + args.minutes * 60
                jobs = [
                    AgentJob(i, "campaign", clock, start_real, end_real, ports, str(workdir), server.api, tok)
                    for i, tok in enumerate(tokens)
                ]
                campaign_results = run_agents(jobs)
                shift_end = datetime.fromtimestamp(clock.now(), timezone.utc)
            finally:
                server.stop()
            dials = [d for r in campaign_results for d in r["dials"]]
            checks = audit(db_url, dials, shift_end)
            # manual: the same agents, each its share of one list, in order
            listed = [make_number(100_000 + s) for s in range(args.agents * 400)]
            manual_start = time.time() + 15
            manual_end = manual_start + args.manual_hours * 3600 / speed
            manual_clock = Clock(manual_start, SHIFT_START.timestamp(), speed)
            manual_jobs = [
                AgentJob(
                    i,
                    "manual",
                    manual_clock,
                    manual_start,
                    manual_end,
                    ports,
                    str(workdir),
                    numbers=tuple(listed[i :: args.agents]),
                )
                for i in range(args.agents)
            ]
            manual_results = run_agents(manual_jobs)
        finally:
            for peer in peers.values():
                peer.kill()
            if cluster is not None:
                cluster.stop()
    campaign = summarise(campaign_results)
    manual = summarise(manual_results)
    kinds = Counter(d["kind"] for d in dials)
    outcomes = Counter(str(d["outcome"]) for d in dials)
    print(f"speed={speed:.0f}x db={kind} workers={workers} agents={args.agents} load1={os.getloadavg()[0]:.2f}")
    print("far ends reached: " + json.dumps(dict(kinds)) + "  outcomes: " + json.dumps(dict(outcomes)))
    print(_line("campaign", campaign))
    print(_line("manual", manual))
    lost = sum(1 for d in dials if d.get("lost_claim"))
    longest = max((d["ended"] - d["dial_at"] for d in dials), default=0.0)
    print(f"results refused (409, the claim had expired): {lost}; longest call {longest / 60:.1f} simulated min")
    print(
        f"records={checks['records']} final={checks['final_records']} attempts_in_db={checks['attempts_in_db']}"
        f" dials_logged={len(dials)}"
    )
    print(
        f"campaign_shift dialled_per_agent_hour={campaign['per_agent_hour']:.1f}"
        f" manual_per_agent_hour={manual['per_agent_hour']:.1f} waiting_share={campaign['waiting_share']:.3f}"
        f" finished_on_time={checks['finished']}/{checks['campaigns']} double_dialled={checks['double']}"
        f" outside_window={checks['outside']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
