"""The simulated shift: compressed time, the far ends' mix and the number plan that decides which far
end a dial reaches."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from datetime import datetime, timezone

SHIFT_START = datetime(2026, 12, 7, 1, 0, tzinfo=timezone.utc)
KINDS = ("answer", "busy", "no_answer", "invalid", "reject")
VALID_MIX = (("answer", 35), ("busy", 10), ("no_answer", 40), ("reject", 5))
RING_S = {"answer": 6.0, "busy": 3.0, "reject": 10.0, "invalid": 0.0}
RING_TIMEOUT_S = 30
TALK_MEAN_S = 150.0
WRAP_S = 30.0
IDLE_S = 30.0
RETRY = {"busy_s": 600, "no_answer_s": 1800, "rejected_s": 3600, "network_error_s": 300}
"""Simulated seconds (the clock compresses them like every other duration): 10 min busy, 30 min no
answer, 1 h rejected, 5 min network error."""
CALL_BACK_S = 3600
"""A "call back" disposition: the customer asked to be called again in an hour."""
DISPOSITIONS = (("sale", 20), ("not_interested", 60), ("wrong_person", 10), ("call_back", 10))
MANUAL_LOOKUP_S = 10.0
"""Manual dialling, per attempt: find the next row of the list that may be called now (its local time,
its do-not-call mark, its retry time) and the customer's card."""
MANUAL_DIAL_S = 8.0
"""Key the number (11 to 13 digits) into the softphone and press call."""
MANUAL_NOTE_S = 10.0
"""Write an unanswered attempt's result on the list (busy, no answer, invalid, rejected) and when to
try again; an answered call's result is written in the wrap-up, as in a campaign."""


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


def stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def pick(weights: tuple[tuple[str, int], ...], value: int) -> str:
    point = value % sum(w for _, w in weights)
    for name, weight in weights:
        if point < weight:
            return name
        point -= weight
    return weights[-1][0]


def kind_for(number: str, attempt: int) -> str:
    """The UAS a dial of ``number`` reaches on its ``attempt`` (0 = first): the number plan."""
    if stable_hash(number) % 10 == 0:
        return "invalid"
    return pick(VALID_MIX, stable_hash(f"{number}#{attempt}"))
