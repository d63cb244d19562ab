"""One agent's shift in a process of its own, with its own SIP engine (a dial holds the engine's other
answered calls, so agents cannot share one): campaign (claim → dial → result, the claim renewed while
the record is in hand, why it idles sampled at a 204) or manual (its share of the lists under the same
rules, :mod:`campaign_sim.manual`, with a human's look-up, dialling and note-taking time)."""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import random
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import requests

from campaign_sim.manual import ManualList, Row, at
from campaign_sim.model import (
    CALL_BACK_S,
    DISPOSITIONS,
    IDLE_S,
    MANUAL_DIAL_S,
    MANUAL_LOOKUP_S,
    MANUAL_NOTE_S,
    RING_TIMEOUT_S,
    TALK_MEAN_S,
    WRAP_S,
    Clock,
    kind_for,
    pick,
)


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
    manual: ManualList | None = None
    supervisor_token: str = ""
    """Reads ``explain`` when a claim answers 204 (empty: no sampling)."""
    campaign_ids: tuple[str, ...] = ()


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
        deadline = time.time() + 20 + (ring_timeout_s + talk_s) / clock.speed  # the talk runs in this loop
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


class _Time:
    """Where the agent's simulated time went, by kind."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.spent: defaultdict[str, float] = defaultdict(float)
        self.began = self.mark = clock.now()

    def account(self, what: str) -> None:
        now = self.clock.now()
        self.spent[what] += now - self.mark
        self.mark = now


class _Desk:
    """The back office as the agent's desktop uses it: claim, keep the claim, report, sample at a 204."""

    def __init__(self, job: AgentJob, rng: random.Random) -> None:
        from campaign_sim.idle_reasons import IdleReasons
        from campaign_sim.renewal import ClaimRenewer

        self.job, self.rng = job, rng
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {job.token}"
        self.session.get(job.api + "/health", timeout=30)
        ready: dict[str, Any] = {"seq": 1, "state": "ready", "at": datetime.now(timezone.utc).isoformat()}
        self.session.post(job.api + "/presence/events", json={"events": [ready]}, timeout=30).raise_for_status()
        self.renewer = ClaimRenewer(job.api, job.token, job.clock)
        campaigns = job.campaign_ids if job.supervisor_token else ()
        self.idle = IdleReasons(job.api, job.supervisor_token, campaigns, job.clock)

    def claim(self) -> dict[str, Any] | None:
        r = self.session.post(
            self.job.api + "/campaigns/claim-next", headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=60
        )
        if r.status_code == 204:
            self.idle.idle()
            return None
        r.raise_for_status()
        claimed: dict[str, Any] = r.json()
        self.renewer.hold(claimed["record"]["id"])
        return claimed

    def report(self, record_id: str, outcome: str | None, code: int) -> bool:
        """The attempt's result as the desktop sends it; False when refused (409: the claim was lost)."""
        result, disposition, call_back = outcome_of(outcome, self.rng, self.job.clock)
        body: dict[str, Any] = {"result": result.value}
        if code >= 100:
            body["sip_code"] = code
        if disposition is not None:
            body["disposition"] = disposition.value
        if call_back is not None:
            body["call_back_at"] = call_back.isoformat()
        self.renewer.hold(None)  # as the desktop: the result is on its way, nothing to keep
        r = self.session.post(
            self.job.api + f"/campaigns/records/{record_id}/result",
            json=body,
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=60,
        )
        if r.status_code == 409:  # the desktop drops such a result too
            return False
        r.raise_for_status()
        return True

    def close(self) -> dict[str, Any]:
        self.renewer.stop()
        self.session.close()
        return {"renewals": dict(self.renewer.counts), "idle_reasons": self.idle.result()}


def outcome_of(outcome: str | None, rng: random.Random, clock: Clock) -> tuple[Any, Any, datetime | None]:
    """(the attempt's result by the desktop's SIP mapping, the agent's disposition when answered, the
    call-back time when the customer asked for one)."""
    from agent_desktop.features.campaigns.core.outcomes import result_for
    from crm.schemas.campaigns import CallResult, Disposition

    result = result_for(outcome) or CallResult.NETWORK_ERROR
    if outcome != "answered":
        return result, None, None
    disposition = Disposition(pick(DISPOSITIONS, rng.randrange(100)))
    call_back = at(clock.now() + CALL_BACK_S) if disposition is Disposition.CALL_BACK else None
    return result, disposition, call_back


def _start_engine(job: AgentJob) -> tuple[Any, queue.Queue[Any]]:
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
    return engine, events


def agent_main(job: AgentJob) -> dict[str, Any]:
    """Run one agent's shift; its dials and how its time went (simulated seconds)."""
    engine, events = _start_engine(job)
    call = _Call(engine, events)
    rng = random.Random(job.index * 7919 + (job.mode == "manual"))
    clock = job.clock
    dials: list[dict[str, Any]] = []
    desk = _Desk(job, rng) if job.mode == "campaign" else None
    time.sleep(max(0.0, job.start_real - time.time()))
    spent = _Time(clock)
    extra: dict[str, Any] = {}
    try:
        while time.time() < job.end_real:
            record: dict[str, Any] = {}
            row: Row | None = None
            if desk is not None:
                claimed = desk.claim()
                if claimed is None:
                    spent.account("overhead")
                    clock.sleep(IDLE_S)
                    spent.account("idle")
                    continue
                record = claimed["record"]
                number, attempt, ring_timeout = record["number"], record["attempts"], claimed["ring_timeout_s"]
                spent.account("overhead")
            else:
                assert job.manual is not None
                row = job.manual.next_row(at(clock.now()))
                if row is None:
                    clock.sleep(IDLE_S)
                    spent.account("idle")
                    continue
                number, attempt, ring_timeout = row.number, row.attempts, RING_TIMEOUT_S
                clock.sleep(MANUAL_LOOKUP_S + MANUAL_DIAL_S)
                spent.account("manual_dialling")
            kind = kind_for(number, attempt)
            talk = rng.expovariate(1 / TALK_MEAN_S)
            dial_at = clock.now()
            uri = f"sip:{number.lstrip('+')}@127.0.0.1:{job.ports[kind]}"
            outcome, code, ring = call.run(uri, ring_timeout, clock, talk)
            ended = clock.now()
            if outcome == "answered":
                spent.spent["ring_answered"] += ring
                spent.spent["talk"] += ended - dial_at - ring
                spent.mark = ended
                clock.sleep(WRAP_S)
                spent.account("wrap_up")
            else:
                spent.account("ring_unanswered")
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
            if desk is not None:
                if not desk.report(record["id"], outcome, code):
                    dials[-1]["lost_claim"] = True
                spent.account("overhead")
            elif job.manual is not None and row is not None:
                _write_on_list(job.manual, row, outcome, rng, clock)
                if outcome != "answered":
                    clock.sleep(MANUAL_NOTE_S)
                    spent.account("manual_notes")
    finally:
        if desk is not None:
            extra = desk.close()
        result = {
            "agent": job.index,
            "spent": dict(spent.spent),
            "total": clock.now() - spent.began,
            "dials": dials,
            **extra,
        }
        _result_file(job).write_text(json.dumps(result))  # before the engine stops: a crash there loses nothing
        engine.stop(15)
    return result


def _write_on_list(manual: ManualList, row: Row, outcome: str | None, rng: random.Random, clock: Clock) -> None:
    result, disposition, call_back = outcome_of(outcome, rng, clock)
    manual.record(row, result, disposition, call_back, at(clock.now()))


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
