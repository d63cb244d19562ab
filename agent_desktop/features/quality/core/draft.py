"""The evaluation being typed: per criterion a score (or none) and a comment, the live weighted total
(:func:`crm.schemas.quality.weighted_total`: exact, rounded half up to one decimal, a fail-all
criterion at 0 makes it 0, unscored criteria left out), and the body to save.

The draft's id is made once, so saving again after a failure (or after the answer was lost) updates
the same evaluation instead of making a second one. ``changed`` tells whether anything was scored or
typed since the draft was opened or last saved (what closing the QA screen or opening another call
must not drop without asking).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from crm.schemas.quality import QaCriterion, Total, weighted_total


@dataclass
class Draft:
    form_id: str
    criteria: list[QaCriterion]
    recording_id: str
    evaluation_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    scores: dict[str, int | None] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    comment: str = ""
    _kept: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.mark_kept()

    def mark_kept(self) -> None:
        """What the draft holds now is saved (or was just loaded)."""
        self._kept = self.body()

    @property
    def changed(self) -> bool:
        """Something scored or typed that is not saved."""
        return self.body() != self._kept

    @classmethod
    def from_evaluation(cls, evaluation: dict[str, Any]) -> Draft:
        """A draft to change a saved evaluation (its form version, scores and comments)."""
        form = evaluation["form"]
        draft = cls(
            form_id=str(form["id"]),
            criteria=[QaCriterion.model_validate(c) for c in form["criteria"]],
            recording_id=str(evaluation["recording_id"]),
            evaluation_id=str(evaluation["id"]),
            comment=str(evaluation.get("comment") or ""),
        )
        for score in evaluation.get("scores") or []:
            draft.scores[score["key"]] = score.get("score")
            draft.comments[score["key"]] = str(score.get("comment") or "")
        draft.mark_kept()
        return draft

    def total(self) -> Total:
        return weighted_total(self.criteria, self.scores)

    def body(self) -> dict[str, Any]:
        """``PUT /quality/evaluations/{evaluation_id}``'s body."""
        return {
            "form_id": self.form_id,
            "recording_id": self.recording_id,
            "comment": self.comment,
            "scores": [
                {"key": c.key, "score": self.scores.get(c.key), "comment": self.comments.get(c.key, "")}
                for c in self.criteria
                if self.scores.get(c.key) is not None or self.comments.get(c.key)
            ],
        }
