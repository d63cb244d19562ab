"""Agent evaluation (quality assurance): weighted forms, evaluations of recorded calls, scores over time.

A **form** has criteria, each with a ``weight`` (its share, in points: 10, 20, ...; the weights add up
to :data:`WEIGHT_TOTAL`, 100: a form whose weights do not is refused, 422 on ``criteria``), a
``scale_max`` (a criterion is scored 0 … ``scale_max``) and ``fail_all`` (scored 0, the whole
evaluation is 0: e.g. the recording announcement not made). Forms are **versioned**: changing
a form (``PUT /quality/forms/{form_key}``) adds a version (a body equal to the current version adds
none); an evaluation keeps the version it was scored with, so later changes never rescore it. Retiring
a form (``DELETE /quality/forms/{form_key}``) takes it off the list of forms new evaluations use; its
evaluations keep their scores, and the last form in use cannot be retired.

The **weighted total** (:func:`weighted_total`, the single rule the back office and the desktop use):

    total = 100 × Σ(weightᵢ × scoreᵢ ÷ scale_maxᵢ) ÷ Σ weightᵢ

over the criteria that have a score; a criterion without one (not applicable, or not scored) is left
out and the weights of the others count in its place. A ``fail_all`` criterion scored 0 makes the
total 0 (``failed``). Computed exactly (fractions), then rounded **half up to one decimal** (6.25 →
6.3, 55.55… → 55.6). No scored criterion: no total (None); such an evaluation cannot be saved.

A supervisor evaluates the recorded calls of their team's agents (admins anybody's) with
``PUT /quality/evaluations/{id}`` (the id is the client's: saving again updates it); the agent is told
by the live event :data:`LIVE_KIND` and reads their own evaluations. ``GET /quality/scores`` gives the
KPI ``qa_score``: per agent and week or month, the mean of the weighted totals of the evaluations
whose call started in that interval (the centre's time zone).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Literal

from pydantic import Field, field_validator, model_validator

from crm.schemas.common import Contract, UtcDatetime

logger = logging.getLogger(__name__)

LIVE_KIND = "qa_evaluation"
"""The live event an agent's desktop gets when one of their calls was evaluated."""
MAX_CRITERIA = 30
WEIGHT_TOTAL = 100
"""What the weights of a form's criteria add up to."""


class QaCriterion(Contract):
    key: str = Field(min_length=1, max_length=40, pattern=r"^[a-z0-9_]+$")
    name: str = Field(min_length=1, max_length=120)
    weight: int = Field(ge=1, le=100)
    scale_max: int = Field(default=5, ge=1, le=10)
    fail_all: bool = False
    description: str = Field(default="", max_length=500)
    """What the evaluator listens for (shown beside the criterion on the QA screen)."""


class QaFormWrite(Contract):
    """Body of ``POST /quality/forms`` (a new form) and ``PUT /quality/forms/{form_key}`` (a new version)."""

    name: str = Field(min_length=1, max_length=120)
    criteria: list[QaCriterion] = Field(min_length=1, max_length=MAX_CRITERIA)

    @field_validator("criteria")
    @classmethod
    def _weights_add_up(cls, criteria: list[QaCriterion]) -> list[QaCriterion]:
        total = sum(c.weight for c in criteria)
        if total != WEIGHT_TOTAL:
            raise ValueError(f"the weights of the criteria add up to {total}; they must add up to {WEIGHT_TOTAL}")
        return criteria

    @model_validator(mode="after")
    def _distinct_keys(self) -> QaFormWrite:
        keys = [c.key for c in self.criteria]
        if len(set(keys)) != len(keys):
            raise ValueError("each criterion needs its own key")
        return self


class QaFormRead(Contract):
    id: str
    """This version's id (what an evaluation refers to)."""
    form_key: str
    """The form across its versions."""
    version: int
    name: str
    criteria: list[QaCriterion]
    current: bool
    created_at: UtcDatetime
    evaluations: int = 0
    """Evaluations scored with any version of this form (they keep their version: a change never
    rescores them)."""


class QaFormList(Contract):
    items: list[QaFormRead]


class QaScore(Contract):
    key: str = Field(min_length=1, max_length=40)
    score: int | None = Field(default=None, ge=0, le=10)
    """None: not applicable (left out of the total)."""
    comment: str = Field(default="", max_length=2000)


class QaEvaluationWrite(Contract):
    """Body of ``PUT /quality/evaluations/{id}``."""

    form_id: str = Field(min_length=1, max_length=36)
    recording_id: str = Field(min_length=1, max_length=36)
    scores: list[QaScore] = Field(max_length=MAX_CRITERIA)
    comment: str = Field(default="", max_length=4000)


class QaEvaluationRead(Contract):
    id: str
    form: QaFormRead
    agent_id: str
    agent_name: str
    evaluator_id: str
    evaluator_name: str
    recording_id: str
    call_log_id: str | None
    call_at: UtcDatetime
    direction: str = ""
    """The evaluated call's: "inbound" / "outbound" ("" when its recording is gone)."""
    number: str = ""
    """The other party's number (the customer's), as recorded."""
    seconds: int = 0
    """The recording's length."""
    scores: list[QaScore]
    comment: str
    total: float
    failed: bool
    created_at: UtcDatetime
    updated_at: UtcDatetime


class QaEvaluationList(Contract):
    items: list[QaEvaluationRead]


class QaCall(Contract):
    """A recorded call of an agent, with its evaluation when it has one."""

    recording_id: str
    call_log_id: str | None
    agent_id: str
    direction: str
    number: str
    started_at: UtcDatetime
    seconds: int
    evaluation_id: str | None
    total: float | None


class QaCallList(Contract):
    items: list[QaCall]


class QaScorePoint(Contract):
    """KPI ``qa_score`` of one agent in one interval."""

    agent_id: str
    agent_name: str
    period_start: str
    """The interval's first day (the centre's local date, ISO)."""
    evaluations: int
    average: float


class QaScoreReport(Contract):
    interval: Literal["week", "month"]
    time_zone: str
    items: list[QaScorePoint]


@dataclass(frozen=True)
class Total:
    """A weighted total: ``value`` rounded half up to one decimal (None: nothing scored)."""

    value: float | None
    failed: bool
    scored: int


def round_half_up(value: Fraction, places: int = 1) -> float:
    """``value`` rounded half up (away from zero for the positive totals) to ``places`` decimals."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return float(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def weighted_total(criteria: Sequence[QaCriterion], scores: Mapping[str, int | None]) -> Total:
    """The evaluation's total by the rule in this module's docstring. Scores of keys the form does not
    have are ignored; a score above a criterion's scale counts as its maximum."""
    weights = Fraction(0)
    points = Fraction(0)
    scored = 0
    failed = False
    for criterion in criteria:
        score = scores.get(criterion.key)
        if score is None:
            continue
        score = max(0, min(score, criterion.scale_max))
        scored += 1
        if criterion.fail_all and score == 0:
            failed = True
        weights += criterion.weight
        points += Fraction(criterion.weight * score, criterion.scale_max)
    if scored == 0:
        return Total(None, False, 0)
    if failed:
        return Total(0.0, True, scored)
    return Total(round_half_up(100 * points / weights), False, scored)


def mean_score(totals: Sequence[float]) -> float:
    """KPI ``qa_score``: the mean of the evaluations' totals, rounded half up to one decimal."""
    exact = sum((Fraction(str(t)) for t in totals), Fraction(0)) / len(totals)
    return round_half_up(exact)


DEFAULT_FORM = QaFormWrite(
    name="Standard call",
    criteria=[
        QaCriterion(key="greeting", name="Greeting", weight=10),
        QaCriterion(key="needs", name="Needs identified", weight=20),
        QaCriterion(key="product", name="Product knowledge", weight=20),
        QaCriterion(
            key="compliance", name="Compliance (recording announcement, price approval)", weight=30, fail_all=True
        ),
        QaCriterion(key="closing", name="Closing", weight=20),
    ],
)
"""The form a back office starts with (a supervisor changes it, which makes a version 2)."""
