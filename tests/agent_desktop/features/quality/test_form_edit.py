"""The QA form being edited: rows added, moved and removed, each problem found before sending (the
weights must add up to 100), keys kept across versions and made for new criteria, and whether anything
changed since it was loaded; the evaluation draft knows when it holds something not saved."""

from __future__ import annotations

from agent_desktop.features.quality.core.draft import Draft
from agent_desktop.features.quality.core.form_edit import FormEdit, Problem, new_key
from crm.schemas.quality import DEFAULT_FORM, QaFormWrite


def test_a_form_is_checked_and_sent_with_its_keys() -> None:
    form = FormEdit.of(
        {
            "form_key": "standard",
            "version": 3,
            "evaluations": 7,
            "name": "Standard call",
            "criteria": [c.model_dump() for c in DEFAULT_FORM.criteria],
        }
    )
    loaded = form.content()
    assert (form.version, form.evaluations, form.weight_sum(), form.issues()) == (3, 7, 100, [])
    row = form.add()
    assert (row, form.rows[row].weight) == (5, 1)  # nothing left of 100: the least weight
    assert [i.problem for i in form.issues()] == [Problem.CRITERION_UNNAMED, Problem.WEIGHTS]
    assert form.issues()[-1].arg == "101" and form.issues()[0].row == 5
    form.rows[row].name = "Greeting"  # another criterion's name
    assert form.issues()[0].problem is Problem.SAME_NAME
    form.rows[row].name = "礼貌用语"
    form.rows[0].weight = 9
    assert form.issues() == [] and form.content() != loaded
    assert form.move(row, -1) == 4 and form.move(0, -1) == 0
    body = form.body()
    assert [c["key"] for c in body["criteria"]] == ["greeting", "needs", "product", "compliance", "c1", "closing"]
    QaFormWrite.model_validate(body)  # what the back office takes
    form.remove(0)
    form.name = " "
    assert [i.problem for i in form.issues()] == [Problem.NO_NAME, Problem.WEIGHTS]
    assert [i.problem for i in FormEdit(name="x").issues()] == [Problem.NO_CRITERIA]


def test_new_keys_come_from_the_name_and_never_repeat() -> None:
    assert new_key("Needs identified!", set()) == "needs_identified"
    assert new_key("Needs identified", {"needs_identified"}) == "needs_identified1"
    assert new_key("开场白", {"c1"}) == "c2"


def test_the_draft_knows_what_is_not_saved() -> None:
    draft = Draft(form_id="f1", criteria=DEFAULT_FORM.criteria, recording_id="r1")
    assert not draft.changed
    draft.scores.update(greeting=None)  # nothing scored yet
    draft.comments["greeting"] = ""
    assert not draft.changed
    draft.scores["greeting"] = 4
    assert draft.changed
    draft.mark_kept()
    assert not draft.changed
    draft.comment = "语速太快"
    assert draft.changed


def test_the_standard_names_are_shown_translated_and_sent_as_stored() -> None:
    chinese = {"Standard call": "标准通话", "Greeting": "问候", "Closing": "结束语"}
    standard = {
        "form_key": "standard",
        "name": "Standard call",
        "criteria": [c.model_dump() for c in DEFAULT_FORM.criteria],
    }
    form = FormEdit.of(standard, lambda name: chinese.get(name, name))
    loaded = form.content()
    assert (form.name, form.rows[0].name, form.rows[4].name) == ("标准通话", "问候", "结束语")
    form.relabel(str)  # switched to English: nothing was typed over, nothing changed
    assert (form.name, form.rows[0].name, form.content()) == ("Standard call", "Greeting", loaded)
    form.rows[4].name = "礼貌结束"
    form.relabel(lambda name: chinese.get(name, name))
    body = form.body()
    assert body["name"] == "Standard call" and body["criteria"][0]["name"] == "Greeting"
    assert body["criteria"][4]["name"] == "礼貌结束" and form.content() != loaded
