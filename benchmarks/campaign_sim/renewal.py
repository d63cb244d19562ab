"""An agent's claim kept alive while it works the record, as the desktop does
(``agent_desktop/features/campaigns/claim_keeper.py``): a renewal every
:data:`~agent_desktop.features.campaigns.core.claim_lease.RENEW_EVERY_S` simulated seconds from the
claim on, from a thread of its own (the desktop's background tasks), a failed one retried sooner."""

from __future__ import annotations

import threading
from collections import Counter

import requests

from agent_desktop.features.campaigns.core.claim_lease import RENEW_EVERY_S, RETRY_S
from campaign_sim.model import Clock


class ClaimRenewer:
    def __init__(self, api: str, token: str, clock: Clock) -> None:
        self.api, self.clock = api, clock
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.counts: Counter[str] = Counter()
        self._record: str | None = None
        self._changed = threading.Condition()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="renewer", daemon=True)
        self._thread.start()

    def hold(self, record_id: str | None) -> None:
        """Keep ``record_id``'s claim from now on (None: the result is in, nothing to keep)."""
        with self._changed:
            self._record = record_id
            self._changed.notify()

    def stop(self) -> None:
        with self._changed:
            self._stopping = True
            self._changed.notify()
        self._thread.join(10)
        self.session.close()

    def _run(self) -> None:
        wait_s: float | None = None  # real seconds until the next renewal; None: nothing held
        with self._changed:
            while not self._stopping:
                record = self._record
                if not self._changed.wait(wait_s) and record is not None and record == self._record:
                    wait_s = self._renew(record) / self.clock.speed
                elif self._record is not None:
                    wait_s = RENEW_EVERY_S / self.clock.speed  # a new claim: its first renewal
                else:
                    wait_s = None

    def _renew(self, record_id: str) -> float:
        """Renew (the lock released meanwhile); the simulated seconds until the next one."""
        self._changed.release()
        try:
            status = self.session.post(f"{self.api}/campaigns/records/{record_id}/renew", timeout=30).status_code
        except requests.RequestException:
            status = 0
        finally:
            self._changed.acquire()
        if self._record != record_id:  # the result went meanwhile: whatever the answer, nothing to keep
            self.counts["crossed_the_result"] += 1
            return RENEW_EVERY_S
        self.counts["renewed" if status == 200 else f"status_{status}"] += 1
        if status in (200, 409, 404):
            if status != 200:
                self._record = None  # lost: the desktop stops renewing and tells the agent
            return RENEW_EVERY_S
        return RETRY_S
