"""The QA form being typed: the live total follows the shared rule, a saved evaluation comes back as a
draft with its form version, scores and comments, and the body sent names only what was filled."""

from __future__ import annotations

from agent_desktop.features.quality.core.draft import Draft
from agent_desktop.features.quality.texts import STANDARD_NAMES
from crm.schemas.quality import DEFAULT_FORM


def test_the_draft_totals_and_sends_what_was_typed() -> None:
    draft = Draft(form_id="f1", criteria=DEFAULT_FORM.criteria, recording_id="r1")
    assert draft.total().value is None
    draft.scores.update(greeting=5, needs=4, product=None, compliance=5, closing=2)
    draft.comments["closing"] = "没有确认地址"
    assert draft.total().value == 80.0  # product knowledge left out: (10 + 16 + 30 + 8) ÷ 80
    body = draft.body()
    assert [s["key"] for s in body["scores"]] == ["greeting", "needs", "compliance", "closing"]
    assert body["scores"][-1] == {"key": "closing", "score": 2, "comment": "没有确认地址"}
    again = Draft.from_evaluation(
        {
            "id": "e1",
            "recording_id": "r1",
            "comment": "好",
            "form": {"id": "f1", "criteria": [c.model_dump() for c in DEFAULT_FORM.criteria]},
            **body,
        }
    )
    assert (again.evaluation_id, again.scores["needs"], again.comments["closing"], again.total().value) == (
        "e1",
        4,
        "没有确认地址",
        80.0,
    )


def test_the_standard_forms_names_are_translatable() -> None:
    assert {c.name for c in DEFAULT_FORM.criteria} | {DEFAULT_FORM.name} == STANDARD_NAMES
