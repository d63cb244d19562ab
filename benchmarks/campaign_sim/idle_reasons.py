"""Why an agent idles: when its claim answers 204 (nothing to dial now), at most every
:data:`EVERY_S` simulated seconds per agent, every campaign's ``GET /campaigns/{id}/explain`` (as its
supervisor) is read from a thread of its own and each record that is not final is counted by its
reasons (``callable``: none — a record the claim could have given). Counted per sample: the average
number of records waiting for each reason at the moments agents idled. A record callable when the
sample is read may have become so after the 204 (the reads take simulated minutes under load): each is
checked against the 204's time (its due time, its lapsed claim's expiry, its window then), and counted
as callable at the 204 (a record the claim passed over) or only after it."""

from __future__ import annotations

import math
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any

import requests

from backoffice.campaigns.rules import in_window
from campaign_sim.model import Clock
from crm.schemas.campaigns import FINAL_STATES, CallingWindow

EVERY_S = 1800.0
CALLABLE = "callable"
_FINAL = {s.value for s in FINAL_STATES}


class IdleReasons:
    def __init__(self, api: str, token: str, campaign_ids: tuple[str, ...], clock: Clock) -> None:
        self.api, self.campaign_ids, self.clock = api, campaign_ids, clock
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.samples = 0
        self.callable_samples = 0
        self.counts: Counter[str] = Counter()
        self.at_the_204: Counter[str] = Counter()
        """Callable records by when they became callable: ``at_the_204`` or ``after_the_204``."""
        self._windows: dict[str, list[CallingWindow]] = {}
        self._last = -math.inf
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="explain")
        self._pending: Future[None] | None = None

    def idle(self) -> None:
        """The claim answered 204 now: sample unless one was taken lately (or is still being read)."""
        now = self.clock.now()
        if not self.campaign_ids or now - self._last < EVERY_S or (self._pending and not self._pending.done()):
            return
        self._last = now
        self._pending = self._pool.submit(self._sample, datetime.fromtimestamp(now, timezone.utc))

    def _get(self, path: str, **params: Any) -> Any:
        try:
            r = self.session.get(f"{self.api}{path}", params=params, timeout=60)
        except requests.RequestException:
            return None
        return r.json() if r.status_code == 200 else None

    def _sample(self, idle_at: datetime) -> None:
        sample: Counter[str] = Counter()
        for campaign_id in self.campaign_ids:
            page = self._get(f"/campaigns/{campaign_id}/explain", skipped_only="false", limit=1000)
            if page is None:
                sample["(explain failed)"] += 1
                continue
            callable_ids = set()
            for item in page["items"]:
                if item["state"] not in _FINAL:
                    key = "+".join(sorted(item["reasons"])) or CALLABLE
                    sample[key] += 1
                    if key == CALLABLE:
                        callable_ids.add(item["record_id"])
            if callable_ids:
                self._when_callable(campaign_id, callable_ids, idle_at)
        self.samples += 1
        self.callable_samples += sample[CALLABLE] > 0
        self.counts.update(sample)

    def _when_callable(self, campaign_id: str, record_ids: set[str], idle_at: datetime) -> None:
        """Whether each of ``record_ids`` was callable already when the claim answered 204."""
        if campaign_id not in self._windows:
            campaign = self._get(f"/campaigns/{campaign_id}")
            if campaign is None:
                return
            self._windows[campaign_id] = [CallingWindow.model_validate(w) for w in campaign["windows"]]
        page = self._get(f"/campaigns/{campaign_id}/records", limit=500)
        if page is None:
            return
        for record in page["items"]:
            if record["id"] not in record_ids:
                continue
            due = [record["next_due_at"]] + ([record["claim_expires_at"]] if record["state"] == "claimed" else [])
            since = max((datetime.fromisoformat(d) for d in due if d), default=None)
            then = in_window(self._windows[campaign_id], record["time_zone"], idle_at)
            self.at_the_204["at_the_204" if then and (since is None or since <= idle_at) else "after_the_204"] += 1

    def result(self) -> dict[str, Any]:
        self._pool.shutdown(wait=True)
        self.session.close()
        return {
            "samples": self.samples,
            "callable_samples": self.callable_samples,
            "counts": dict(self.counts),
            "callable_when": dict(self.at_the_204),
        }


def merge(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Every agent's samples together."""
    counts: Counter[str] = Counter()
    when: Counter[str] = Counter()
    for r in results:
        counts.update(r["counts"])
        when.update(r.get("callable_when", {}))
    return {
        "samples": sum(r["samples"] for r in results),
        "callable_samples": sum(r["callable_samples"] for r in results),
        "counts": counts,
        "callable_when": when,
    }


def describe(merged: dict[str, Any]) -> str:
    """One line: the samples, how many found a callable record, and records per sample by reason."""
    samples = merged["samples"]
    if not samples:
        return "idle reasons: no sample (no claim answered 204)"
    per = ", ".join(f"{key} {n / samples:.1f}" for key, n in merged["counts"].most_common())
    when = merged["callable_when"]
    return (
        f"idle reasons ({samples} samples at a 204; {merged['callable_samples']} found a callable record:"
        f" {when['at_the_204']} records callable at the 204, {when['after_the_204']} only after it):"
        f" records not final per sample: {per}"
    )
