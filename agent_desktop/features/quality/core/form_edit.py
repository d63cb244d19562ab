"""A QA form being edited: its name and criteria (name, weight, maximum score, fail-all, description),
rows added, removed and moved, checked before it is sent.

The rule the editor holds a form to: the weights add up to :data:`WEIGHT_TOTAL`, so each weight reads
as the criterion's share of the total (the QA screen shows it as a percentage). The back office takes
any weights (it scales them); forms made elsewhere with other sums are refused here until fixed.

A criterion keeps its key across versions (what an evaluation's scores refer to); a new one gets a key
from its name (``product_knowledge``), or ``c1``, ``c2``... for a name with no Latin letters.

Names are shown through a function (the standard form's in the user's language, :func:`Label`): a name
left as shown is sent as it was stored, so the standard form stays in every language after an edit of
its weights, and a language switch relabels what was not typed over.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from crm.schemas.quality import MAX_CRITERIA
from crm.schemas.quality import WEIGHT_TOTAL as WEIGHT_TOTAL  # the back office holds forms to it too

Label = Callable[[str], str]
"""A stored name as shown (the standard form's names translated, a supervisor's own as typed)."""

NAME_MAX = 120
DESCRIPTION_MAX = 500


class Problem(Enum):
    """Why a form cannot be saved (the view words it; ``Issue.arg`` fills in the detail)."""

    NO_NAME = "no_name"
    NO_CRITERIA = "no_criteria"
    TOO_MANY = "too_many"
    CRITERION_UNNAMED = "criterion_unnamed"
    SAME_NAME = "same_name"
    WEIGHTS = "weights"


@dataclass(frozen=True)
class Issue:
    problem: Problem
    arg: str = ""
    row: int | None = None
    """The criterion's row (0-based) the issue is about, when one."""


class ShownName:
    """A name shown through a :data:`Label`: ``stored`` as the back office has it ("" when new),
    ``shown`` as it was shown, ``name`` as typed; a name still equal to ``shown`` is sent as ``stored``."""

    name: str
    stored: str
    shown: str

    def sent_name(self) -> str:
        return self.stored if self.stored and self.name == self.shown else self.name.strip()[:NAME_MAX]

    def relabel(self, label: Label) -> None:
        """The language changed: a name not typed over is shown in the new one."""
        if self.stored and self.name == self.shown:
            self.name = self.shown = label(self.stored)


@dataclass
class CriterionEdit(ShownName):
    name: str = ""
    weight: int = 10
    scale_max: int = 5
    fail_all: bool = False
    description: str = ""
    key: str = ""
    """The saved criterion's key ("" for a new one: made when saved)."""
    stored: str = ""
    """The name as the back office has it ("" for a new criterion)."""
    shown: str = ""
    """``stored`` as it was shown: a name still equal to it is sent as ``stored``."""

    @classmethod
    def of(cls, criterion: dict[str, Any], label: Label) -> CriterionEdit:
        stored = str(criterion.get("name") or "")
        return cls(
            name=label(stored),
            weight=int(criterion.get("weight") or 1),
            scale_max=int(criterion.get("scale_max") or 5),
            fail_all=bool(criterion.get("fail_all")),
            description=str(criterion.get("description") or ""),
            key=str(criterion.get("key") or ""),
            stored=stored,
            shown=label(stored),
        )


@dataclass
class FormEdit(ShownName):
    """A form as typed (``form_key`` None: a new form)."""

    name: str = ""
    rows: list[CriterionEdit] = field(default_factory=list)
    form_key: str | None = None
    version: int = 0
    evaluations: int = 0
    stored: str = ""
    shown: str = ""

    @classmethod
    def of(cls, form: dict[str, Any], label: Label = str) -> FormEdit:
        """The editor's copy of a form as the back office lists it (its names shown through ``label``)."""
        stored = str(form.get("name") or "")
        return cls(
            name=label(stored),
            rows=[CriterionEdit.of(c, label) for c in form.get("criteria") or []],
            form_key=str(form["form_key"]),
            version=int(form.get("version") or 1),
            evaluations=int(form.get("evaluations") or 0),
            stored=stored,
            shown=label(stored),
        )

    def relabel(self, label: Label) -> None:
        """The language changed: the names not typed over are shown in the new one."""
        super().relabel(label)
        for row in self.rows:
            row.relabel(label)

    def add(self) -> int:
        """A new criterion at the end (its weight what is left of the total, at least 1); its row."""
        self.rows.append(CriterionEdit(weight=max(1, min(100, WEIGHT_TOTAL - self.weight_sum()))))
        return len(self.rows) - 1

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            del self.rows[row]

    def move(self, row: int, by: int) -> int:
        """Move a criterion up (-1) or down (+1); its new row (unchanged at either end)."""
        to = row + by
        if not (0 <= row < len(self.rows) and 0 <= to < len(self.rows)):
            return row
        self.rows[row], self.rows[to] = self.rows[to], self.rows[row]
        return to

    def weight_sum(self) -> int:
        return sum(row.weight for row in self.rows)

    def issues(self) -> list[Issue]:
        """Everything that keeps the form from being saved, in the order the form is read."""
        found: list[Issue] = []
        if not self.name.strip():
            found.append(Issue(Problem.NO_NAME))
        if not self.rows:
            found.append(Issue(Problem.NO_CRITERIA))
        if len(self.rows) > MAX_CRITERIA:
            found.append(Issue(Problem.TOO_MANY, str(MAX_CRITERIA)))
        seen: set[str] = set()
        for i, row in enumerate(self.rows):
            name = row.name.strip()
            if not name:
                found.append(Issue(Problem.CRITERION_UNNAMED, str(i + 1), i))
            elif name.casefold() in seen:
                found.append(Issue(Problem.SAME_NAME, name, i))
            seen.add(name.casefold())
        if self.rows and self.weight_sum() != WEIGHT_TOTAL:
            found.append(Issue(Problem.WEIGHTS, str(self.weight_sum())))
        return found

    def body(self) -> dict[str, Any]:
        """``POST /quality/forms`` / ``PUT /quality/forms/{form_key}``'s body (new criteria get their
        keys now; they keep them if the save has to be made again)."""
        taken = {row.key for row in self.rows if row.key}
        for row in self.rows:
            if not row.key:
                row.key = new_key(row.name, taken)
                taken.add(row.key)
        return {
            "name": self.sent_name(),
            "criteria": [
                {
                    "key": row.key,
                    "name": row.sent_name(),
                    "weight": row.weight,
                    "scale_max": row.scale_max,
                    "fail_all": row.fail_all,
                    "description": row.description.strip()[:DESCRIPTION_MAX],
                }
                for row in self.rows
            ],
        }

    def content(self) -> tuple[Any, ...]:
        """What the user typed, to tell whether anything changed since it was loaded or saved."""
        rows = tuple((r.sent_name(), r.weight, r.scale_max, r.fail_all, r.description, r.key) for r in self.rows)
        return (self.sent_name(), rows)


def new_key(name: str, taken: set[str]) -> str:
    """A key for a new criterion: its name's Latin letters and digits (``needs_identified``), or
    ``c1``, ``c2``...; never one in ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:32] or "c"
    key, n = base, 1
    if base == "c" or key in taken:
        while f"{base}{n}" in taken:
            n += 1
        key = f"{base}{n}"
    return key
