"""The shift's campaigns: 30 lists sized and dated against what 20 paced agents can do in 8 hours.

An attempt takes an agent about :data:`MINUTES_PER_ATTEMPT` (the far ends' mix of ring, talk and
wrap-up, plus the claim and the result), a record about 2 attempts (10 % invalid at once; a valid one
ends on an answer with an ending disposition, 0.35 × 0.9 per attempt, or after 3 attempts), so about
2.9 agent-minutes; the team has 20 × 480 = 9,600 agent-minutes. A record's attempts are spaced 10 to
60 minutes apart (an hour for a call back), so its last attempt can come 2 hours after its first: a
campaign's first pass must end well before its deadline.

* tight (4): 90 records each, due 3 h into the shift; together about 29 % of the team until then;
* medium (6): 80 records each, due after 5 h (about 23 % of the team);
* loose (14): 40 to 80 records each, due after 7.5 h (about 25 %);
* impossible on purpose (3): ``too big, 2 h`` (400 records due after 2 h: half the team for those
  2 hours, and retry chains longer than the time left), ``too big, 6 h`` (1,400 records due after 6 h:
  more than half the team for 6 hours on top of the others' needs; priority 8, above most feasible
  ones, so its need must not starve them), ``window never opens`` (60 Los Angeles numbers called
  10:00–18:00 local: the window opens at 18:00 UTC, after its deadline);
* standing (3): 600 records each, due in 5 days (long-running lists that take what the others leave;
  not counted among the campaigns due within the shift).

Numbers: mostly Shanghai; the feasible campaigns also hold Tokyo (one hour ahead) and Singapore
numbers, the standing ones Los Angeles numbers, callable 17:00–21:00 local (01:00–05:00 UTC) only.
Windows: 09:00–21:00 local, or 09:00–12:00 + 13:00–18:00 (a lunch hour: 04:00–05:00 UTC in Shanghai
and Singapore, 03:00–04:00 UTC in Tokyo), every day.
"""

from __future__ import annotations

from dataclasses import dataclass

from campaign_sim.model import RING_S, RING_TIMEOUT_S, TALK_MEAN_S, VALID_MIX, WRAP_S, pick, stable_hash

DAY = (("09:00", "21:00"),)
OFFICE = (("09:00", "12:00"), ("13:00", "18:00"))
LA_OFFICE = (("10:00", "18:00"),)
SHANGHAI, TOKYO, SINGAPORE, LOS_ANGELES = "+86139", "+8135", "+659", "+1310"
MIXED = ((SHANGHAI, 88), (TOKYO, 7), (SINGAPORE, 5))
STANDING = ((SHANGHAI, 90), (LOS_ANGELES, 10))
SHIFT_HOURS = 8.0
STANDING_DAYS = 5

_SECONDS = {"answer": RING_S["answer"] + TALK_MEAN_S + WRAP_S, "no_answer": float(RING_TIMEOUT_S)}
MINUTES_PER_ATTEMPT = round(
    (0.9 * sum(_SECONDS.get(kind, RING_S.get(kind, 0.0)) * w for kind, w in VALID_MIX) / 90 + 4.0) / 60, 2
)
"""Agent minutes per attempt for pacing: a valid number's mix (90 % of the attempts), invalid ones
end at once, 4 s of claim and result."""


@dataclass(frozen=True)
class Plan:
    name: str
    kind: str  # tight, medium, loose, impossible, standing
    records: int
    deadline_h: float  # after the shift's start
    windows: tuple[tuple[str, str], ...]
    priority: int
    areas: tuple[tuple[str, int], ...] = MIXED
    zone: str = "Asia/Shanghai"  # the campaign's default zone (pacing's window minutes)

    @property
    def due_in_shift(self) -> bool:
        return self.deadline_h <= SHIFT_HOURS


def plans() -> list[Plan]:
    out = [Plan(f"tight {i}", "tight", 90, 3.0, (DAY, OFFICE)[i % 2], (3, 6, 2, 9)[i]) for i in range(4)]
    out += [Plan(f"medium {i}", "medium", 80, 5.0, (OFFICE, DAY)[i % 2], (5, 1, 7, 4, 8, 2)[i]) for i in range(6)]
    out += [Plan(f"loose {i:02d}", "loose", 40 + i * 13 % 41, 7.5, (DAY, OFFICE)[i % 2], 1 + i % 10) for i in range(14)]
    out += [
        Plan("too big, 2 h", "impossible", 400, 2.0, DAY, 5),
        Plan("too big, 6 h", "impossible", 1400, 6.0, DAY, 8),
        Plan("window never opens", "impossible", 60, 6.0, LA_OFFICE, 6, ((LOS_ANGELES, 1),), "America/Los_Angeles"),
    ]
    out += [Plan(f"standing {i}", "standing", 600, STANDING_DAYS * 24, DAY, 1 + i, STANDING) for i in range(3)]
    return out


def make_number(serial: int, areas: tuple[tuple[str, int], ...] = MIXED) -> str:
    """A valid number (phonenumbers) in one of ``areas``, unique per ``serial``."""
    area = pick(areas, stable_hash(f"area{serial}"))
    if area == LOS_ANGELES:
        return f"{area}{200 + serial // 10000 % 800:03d}{serial % 10000:04d}"
    if area in (SINGAPORE, TOKYO):
        return f"{area}{serial % 10_000_000:07d}"
    return f"{area}{serial % 100_000_000:08d}"


def numbers(all_plans: list[Plan]) -> list[list[str]]:
    """Each plan's list (numbers unique across the lists)."""
    out, serial = [], 0
    for plan in all_plans:
        out.append([make_number(serial + i, plan.areas) for i in range(plan.records)])
        serial += plan.records
    return out
