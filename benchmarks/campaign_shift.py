"""Campaigns against manual dialling: a compressed 8-hour shift of 20 agents and 30 campaigns over SIP.

    .venv/bin/python benchmarks/campaign_shift.py [--agents 20] [--hours 8] [--minutes 6]
        [--manual-hours 2] [--db postgresql|sqlite] [--workers 2] [--setup-s 45]

The shift is time-compressed: ``--hours`` of simulated time run in ``--minutes`` of real time (8 h in
6 min: 80×; 8 h in 30 min: 16×). The back office runs on a private PostgreSQL cluster (``serve
--workers N``) with the campaigns' test-only clock (``BACKOFFICE_CAMPAIGN_CLOCK``,
:mod:`backoffice.campaigns.clock`) running at the same speed, so windows, retry spacing, deadlines
and pacing see simulated time; every agent's talk, wrap-up, ring timeout, idle wait and manual work
are scaled by the same factor.

Simulated day: Monday 2026-12-07 from 01:00 UTC (09:00 in Shanghai and Singapore, 10:00 in Tokyo,
Sunday 17:00 in Los Angeles). The workload (:mod:`campaign_sim.workload`, which states the sizing):
30 running progressive campaigns of the agents' team, 5,341 numbers: 4 tight (90 records due 3 h
into the shift), 6 medium (80, due after 5 h), 14 loose (40–80, due after 7.5 h), 3 impossible on
purpose (400 due after 2 h; 1,400 due after 6 h; 60 Los Angeles numbers whose window never opens
before their deadline), 3 standing (600 each, due in 5 days); windows 09:00–21:00 or 09:00–12:00 +
13:00–18:00 local; Shanghai numbers with some in Tokyo and Singapore (and Los Angeles in the standing
lists); priorities 1–10 regardless of size; 3 attempts per record, retries 10 min busy / 30 min no
answer / 1 h rejected (simulated), a call back after an hour, ring timeout 30 s; pacing's minutes per
attempt from the far ends' mix (1.36).

Far ends: five sipp UAS, one per result: answer after 6 s of ringing (the call then lasts the talk
time, the agent hangs up), busy (486 after 3 s), no answer (rings until the ring timeout cancels it),
invalid (404 at once), reject (603 after 10 s). The number plan decides which UAS a dial reaches: 10 %
of the numbers are invalid (always); the others reach, per attempt (a hash of number and attempt), the
answering UAS 35/90, busy 10/90, no answer 40/90, reject 5/90 of the time, so the attempts' mix is
answer 35 %, busy 10 %, no answer 40 %, invalid 10 %, reject 5 %.

Each agent is its own process with its own :class:`~softphone.engine.engine.SipEngine` (a dial holds
the engine's other answered calls, so agents cannot share one); it reports itself Ready (presence, as
the desktop does), then: claim the next record (``POST /campaigns/claim-next``; 204: wait 30 s, as the
desktop does) → dial it with the campaign's ring timeout → the result from the SIP outcome (the
desktop's mapping, ``core/outcomes.result_for``) → when answered: talk (exponential, mean 150 s) then
wrap-up (30 s), disposition 20 % sale, 60 % not interested, 10 % wrong person, 10 % call back in an
hour → report the result → next. From the claim to the result the agent renews its claim every
minute (``POST /campaigns/records/{id}/renew``, from a thread of its own, as the desktop does from its
background tasks). When a claim answers 204, at most every 30 simulated minutes per agent, every
campaign's ``explain`` is read and the records not final counted by the reasons they wait
(``callable``: none, a record the claim could have given).

Manual dialling (the comparison, :mod:`campaign_sim.manual`), ``--manual-hours`` from the same start
at the same compression: the same agents, each its share of the same lists (the earliest deadline's
first), bound by the same rules a human is: only inside the callee's window, before the list's
deadline, an invalid number never again, retries after the same spacing, at most 3 attempts, the same
disposition mix (no back office, no numbers on the do-not-call list in the lists). Per attempt a human
spends 10 s finding the next row that may be called (local time, do-not-call mark, retry time) and the
customer's card, 8 s keying the number, the ringing (the same 30 s before giving up on a no answer)
and, when unanswered, 10 s writing the result and the retry time; an answered call takes the same
talk and wrap-up. A progressive campaign spends none of these: the next record and its card come
with the claim, the dial is automatic, the result is detected.

Measured (simulated time): records dialled per agent-hour, both ways; waiting share: ringing that
ended unanswered plus idle with nothing to claim, over the agents' whole time; campaigns finished on
time (every record in a final state, the last by the campaign's deadline) K of the M due within the
shift (per kind on the line before); records dialled by two agents at once (two agents' calls of one
record overlapping, or two attempts of a record closer than its retry spacing in the database: must
be 0); attempts claimed outside the record's calling window (the server's claim time against the
record's zone window: must be 0). The HTTP and SIP set-up time of each dial, magnified by the
compression, counts as neither waiting nor work ("overhead"). The code is in
``benchmarks/campaign_sim/``. Per campaign due in the shift (:mod:`campaign_sim.report`): its kind,
priority, deadline, when its first pass ended (every record tried once), when its last record became
final, or how many were left at the deadline and why (a call back or a retry due after it, the window
closed from the due time to the deadline, due in an open window but not claimed again, never claimed,
held). Last line: ``campaign_shift dialled_per_agent_hour=…
manual_per_agent_hour=… waiting_share=… finished_on_time=K/M double_dialled=… outside_window=…``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from campaign_claim import PG_INITDB, put_agents_in_team
from campaign_sim import idle_reasons, report
from campaign_sim.agent import AgentJob, run_agents
from campaign_sim.backoffice_side import audit, make_campaigns
from campaign_sim.far_ends import start_far_ends
from campaign_sim.manual import manual_lists
from campaign_sim.model import SHIFT_START, Clock
from campaign_sim.workload import Plan, plans

from backoffice.seed import AGENT_PASSWORD, seed
from tests.fixtures.backoffice import BackofficeProcess


def campaign_arm(
    args: argparse.Namespace, db_url: str, workdir: Path, clock: Clock, ports: dict[str, int], plans: list[Plan]
) -> Any:
    """The campaign agents' shift: (their results, the database's audit)."""
    workers = args.workers if db_url.startswith("postgresql") else 1
    server = BackofficeProcess(
        db_url, workdir, args=("--workers", str(workers)), env={"BACKOFFICE_CAMPAIGN_CLOCK": clock.env()}
    )
    server.start()
    try:
        names = [f"agent{i:03d}" for i in range(1, args.agents + 1)]
        server.credentials.update({name: AGENT_PASSWORD for name in names})
        supervisor = server.login("supervisor")
        ids = tuple(make_campaigns(server.api, supervisor, plans))
        tokens = [server.login(name) for name in names]
        late = time.time() - clock.real_epoch
        if late > 0:
            print(f"set-up overran by {late:.1f} s real ({late * clock.speed / 60:.0f} simulated min)", flush=True)
        start_real = max(clock.real_epoch, time.time() + 5)  # the agents' engines start meanwhile
        end_real = start_real + args.minutes * 60
        jobs = [
            AgentJob(
                i, "campaign", clock, start_real, end_real, ports, str(workdir), server.api, tok, None, supervisor, ids
            )
            for i, tok in enumerate(tokens)
        ]
        results = run_agents(jobs)
    finally:
        server.stop()
    dials = [d for r in results for d in r["dials"]]
    return results, audit(db_url, dials, dict(zip(ids, plans, strict=True)), args.hours)


def manual_arm(
    args: argparse.Namespace, workdir: Path, speed: float, ports: dict[str, int], plans: list[Plan]
) -> list[dict[str, Any]]:
    """The same agents, each its share of the same lists under the same rules, by hand."""
    lists = manual_lists(plans, args.agents)
    start = time.time() + 30  # the agents' engines start meanwhile (slower on a loaded machine)
    end = start + args.manual_hours * 3600 / speed
    clock = Clock(start, SHIFT_START.timestamp(), speed)
    jobs = [AgentJob(i, "manual", clock, start, end, ports, str(workdir), manual=lists[i]) for i in range(args.agents)]
    return run_agents(jobs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--agents", type=int, default=20)
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
    load_before = os.getloadavg()[0]
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
            clock = Clock(time.time() + args.setup_s, SHIFT_START.timestamp(), speed)
            workload = plans()
            campaign_results, checks = campaign_arm(args, db_url, workdir, clock, ports, workload)
            load_during = os.getloadavg()[0]
            manual_results = manual_arm(args, workdir, speed, ports, workload)
        finally:
            for peer in peers.values():
                peer.kill()
            if cluster is not None:
                cluster.stop()
    campaign = report.summarise(campaign_results)
    manual = report.summarise(manual_results)
    dials = [d for r in campaign_results for d in r["dials"]]
    kinds = Counter(d["kind"] for d in dials)
    outcomes = Counter(str(d["outcome"]) for d in dials)
    print(
        f"speed={speed:.0f}x db={kind} workers={workers} agents={args.agents}"
        f" load1 before={load_before:.2f} after_campaigns={load_during:.2f} end={os.getloadavg()[0]:.2f}"
    )
    print("far ends reached: " + json.dumps(dict(kinds)) + "  outcomes: " + json.dumps(dict(outcomes)))
    print(report.line("campaign", campaign))
    print(report.line("manual", manual))
    lost = sum(1 for d in dials if d.get("lost_claim"))
    longest = max((d["ended"] - d["dial_at"] for d in dials), default=0.0)
    print(f"results refused (409, the claim had lapsed): {lost}; longest call {longest / 60:.1f} simulated min")
    print(report.renewals(campaign_results))
    print(
        idle_reasons.describe(idle_reasons.merge([r["idle_reasons"] for r in campaign_results if "idle_reasons" in r]))
    )
    print(
        f"records={checks['records']} final={checks['final_records']} attempts_in_db={checks['attempts_in_db']}"
        f" dials_logged={len(dials)}"
    )
    print(checks["per_campaign"])
    print(
        "on time by kind: "
        + json.dumps(checks["finished_by_kind"])
        + "  final records by kind: "
        + json.dumps(checks["final_by_kind"])
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
