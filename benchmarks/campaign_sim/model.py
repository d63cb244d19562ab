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


def pick(weights: tuple[tuple[str, int], ...], value: int) -> str:
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
    return pick(VALID_MIX, _hash(f"{number}#{attempt}"))


def make_number(serial: int) -> str:
    area = pick(SERIAL_AREAS, _hash(f"area{serial}"))
    if area.startswith("+86"):
        return f"{area}{serial:08d}"
    return f"{area}{200 + serial // 10000:03d}{serial % 10000:04d}"
