"""Agent evaluation: the weighted total against hand-computed cases; over HTTP, who may evaluate and
read, versions kept by past evaluations, and the KPI qa_score per agent and week."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest

from crm.schemas.quality import DEFAULT_FORM, QaCriterion, mean_score, weighted_total
from tests.backoffice.test_presence import new_user
from tests.backoffice.test_recordings import uploaded
from tests.fixtures.backoffice import BackofficeProcess

FORM = DEFAULT_FORM.criteria  # greeting 10, needs 20, product 20, compliance 30 (fail-all), closing 20; 0-5


@pytest.mark.parametrize(
    ("scores", "total", "failed"),
    [
        # (10×5/5 + 20×4/5 + 20×3/5 + 30×5/5 + 20×2/5) ÷ 100 = (10+16+12+30+8) = 76
        ({"greeting": 5, "needs": 4, "product": 3, "compliance": 5, "closing": 2}, 76.0, False),
        ({"greeting": 5, "needs": 5, "product": 5, "compliance": 5, "closing": 5}, 100.0, False),
        # product knowledge missing: (10+16+30+8) ÷ 80 × 100 = 80
        ({"greeting": 5, "needs": 4, "compliance": 5, "closing": 2}, 80.0, False),
        # compliance 0 (fail-all): 0 whatever the rest
        ({"greeting": 5, "needs": 5, "product": 5, "compliance": 0, "closing": 5}, 0.0, True),
        # compliance 1 is not a fail: (10+20+20+6+20) = 76
        ({"greeting": 5, "needs": 5, "product": 5, "compliance": 1, "closing": 5}, 76.0, False),
        # only greeting scored 3 of 5: 60
        ({"greeting": 3, "unknown": 5}, 60.0, False),
        ({}, None, False),
        ({"greeting": None}, None, False),
    ],
)
def test_the_weighted_total_of_the_standard_form(
    scores: dict[str, int | None], total: float | None, failed: bool
) -> None:
    result = weighted_total(FORM, scores)
    assert (result.value, result.failed) == (total, failed)


def test_the_total_is_rounded_half_up_to_one_decimal() -> None:
    form = [
        QaCriterion(key="a", name="A", weight=1, scale_max=4),
        QaCriterion(key="b", name="B", weight=3, scale_max=4),
    ]
    assert weighted_total(form, {"a": 1, "b": 0}).value == 6.3  # 6.25 exactly: half up (not to even)
    thirds = [
        QaCriterion(key="a", name="A", weight=1, scale_max=3),
        QaCriterion(key="b", name="B", weight=2, scale_max=3),
    ]
    assert weighted_total(thirds, {"a": 1, "b": 2}).value == 55.6  # 5/9 = 55.55…
    assert weighted_total(thirds, {"a": 1}).value == 33.3  # 33.33…
    assert mean_score([76.0, 80.0, 55.6]) == 70.5  # 211.6 / 3 = 70.533…
    assert mean_score([0.1, 0.2]) == 0.2  # 0.15 exactly (decimal, not binary): half up


def _scores(**values: int | None) -> list[dict[str, object]]:
    return [{"key": k, "score": v, "comment": f"{k} 备注"} for k, v in values.items()]


def test_a_supervisor_scores_their_team_and_the_agent_reads_it(bo: BackofficeProcess) -> None:
    team, other_team = f"team-{uuid.uuid4().hex[:6]}", f"team-{uuid.uuid4().hex[:6]}"
    agent, desk = new_user(bo, "agent", team)
    _colleague, colleague = new_user(bo, "agent", team)
    _boss_user, boss = new_user(bo, "supervisor", team)
    _stranger_user, stranger = new_user(bo, "supervisor", other_team)
    started = datetime(2026, 3, 2, 2, 0, tzinfo=timezone.utc)  # a Monday
    rid = uploaded(desk, started_at=started.isoformat(), retention_days=3650, direction="outbound", seconds=187)
    form = next(f for f in boss.get("/quality/forms").json()["items"] if f["form_key"] == "standard")
    assert [c["weight"] for c in form["criteria"]] == [10, 20, 20, 30, 20]
    period = {
        "agent_id": agent["id"],
        "start": (started - timedelta(days=1)).isoformat(),
        "end": (started + timedelta(days=1)).isoformat(),
    }
    calls = boss.get("/quality/calls", params=period).json()["items"]
    assert [c["recording_id"] for c in calls] == [rid] and calls[0]["evaluation_id"] is None
    assert stranger.get("/quality/calls", params=period).status_code == 403

    eid = str(uuid.uuid4())
    body = {
        "form_id": form["id"],
        "recording_id": rid,
        "scores": _scores(greeting=5, needs=4, product=3, compliance=5, closing=2),
    }
    assert stranger.put(f"/quality/evaluations/{eid}", json=body).status_code == 404  # not their team's call
    saved = boss.put(f"/quality/evaluations/{eid}", json=body)
    assert saved.status_code == 200, saved.text
    assert (saved.json()["total"], saved.json()["failed"]) == (76.0, False)
    again = boss.put(f"/quality/evaluations/{eid}", json=body)  # the answer was lost: saved again
    assert again.json()["total"] == 76.0
    assert boss.get("/quality/calls", params=period).json()["items"][0]["evaluation_id"] == eid

    bad = boss.put(f"/quality/evaluations/{uuid.uuid4()}", json={**body, "scores": _scores(greeting=9)})
    assert bad.status_code == 422 and "0 to 5" in bad.text
    empty = boss.put(f"/quality/evaluations/{uuid.uuid4()}", json={**body, "scores": []})
    assert empty.status_code == 422

    mine = desk.get("/quality/evaluations").json()["items"]
    assert [(e["id"], e["total"], e["scores"][0]["comment"]) for e in mine] == [(eid, 76.0, "greeting 备注")]
    # the evaluated call as recorded: the agent's list says with whom and how long without fetching it
    assert [(e["direction"], e["number"], e["seconds"]) for e in mine] == [("outbound", "13800138000", 187)]
    assert boss.get(f"/quality/evaluations/{eid}").json()["seconds"] == 187
    assert colleague.get("/quality/evaluations").json()["items"] == []
    assert colleague.get(f"/quality/evaluations/{eid}").status_code == 404
    assert stranger.get(f"/quality/evaluations/{eid}").status_code == 404
    assert bo.session("admin").get(f"/quality/evaluations/{eid}").status_code == 200

    # a new version of the form: the evaluation keeps the one it was scored with
    changed = {"name": "Standard call", "criteria": [{"key": "greeting", "name": "Greeting", "weight": 100}]}
    v2 = boss.put(f"/quality/forms/{form['form_key']}", json=changed).json()
    assert (v2["version"], v2["form_key"]) == (form["version"] + 1, form["form_key"])
    kept = desk.get(f"/quality/evaluations/{eid}").json()
    assert (kept["form"]["id"], len(kept["form"]["criteria"]), kept["total"]) == (form["id"], 5, 76.0)
    boss.put(f"/quality/forms/{form['form_key']}", json={"name": form["name"], "criteria": form["criteria"]})

    # a second call in the same week, failed on compliance: the week's mean is (76 + 0) / 2 = 38
    rid2 = uploaded(desk, started_at=(started + timedelta(days=2)).isoformat(), retention_days=3650)
    body2 = {"form_id": form["id"], "recording_id": rid2, "scores": _scores(greeting=5, compliance=0)}
    assert boss.put(f"/quality/evaluations/{uuid.uuid4()}", json=body2).json()["failed"] is True
    window = {"first_day": "2026-02-20", "last_day": "2026-03-20"}
    weeks = desk.get("/quality/scores", params={**window, "interval": "week"}).json()
    assert [(p["agent_id"], p["period_start"], p["evaluations"], p["average"]) for p in weeks["items"]] == [
        (agent["id"], "2026-03-02", 2, 38.0)
    ]
    team_view = boss.get("/quality/scores", params={**window, "interval": "month", "team": team}).json()["items"]
    assert [(p["agent_id"], p["period_start"], p["average"]) for p in team_view] == [(agent["id"], "2026-03-01", 38.0)]
    assert boss.get("/quality/scores", params={**window, "team": other_team}).json()["items"] == []
    assert stranger.get("/quality/scores", params=window).json()["items"] == []
    assert colleague.get("/quality/scores", params=window).json()["items"] == []


def test_an_agent_may_not_evaluate(bo: BackofficeProcess) -> None:
    team = f"team-{uuid.uuid4().hex[:6]}"
    _agent, desk = new_user(bo, "agent", team)
    rid = uploaded(desk)
    body = {"form_id": str(uuid.uuid4()), "recording_id": rid, "scores": _scores(greeting=5)}
    assert desk.put(f"/quality/evaluations/{uuid.uuid4()}", json=body).status_code == 403
    assert desk.get("/quality/forms").status_code == 403


def _criteria(**weights: int) -> list[dict[str, object]]:
    return [{"key": k, "name": k.title(), "weight": w, "description": f"听 {k}"} for k, w in weights.items()]


def test_a_form_changes_in_versions_and_retires_without_touching_past_scores(bo: BackofficeProcess) -> None:
    team = f"team-{uuid.uuid4().hex[:6]}"
    _agent, desk = new_user(bo, "agent", team)
    _boss_user, boss = new_user(bo, "supervisor", team)
    body = {"name": f"外呼 {uuid.uuid4().hex[:6]}", "criteria": _criteria(opening=60, offer=40)}
    form = boss.post("/quality/forms", json=body).json()
    assert (form["version"], form["evaluations"], form["criteria"][0]["description"]) == (1, 0, "听 opening")
    assert boss.put(f"/quality/forms/{form['form_key']}", json=body).json()["id"] == form["id"]  # unchanged

    rid = uploaded(desk, retention_days=3650)
    eid = str(uuid.uuid4())
    scored = {"form_id": form["id"], "recording_id": rid, "scores": _scores(opening=5, offer=0)}
    assert boss.put(f"/quality/evaluations/{eid}", json=scored).json()["total"] == 60.0
    listed = next(f for f in boss.get("/quality/forms").json()["items"] if f["form_key"] == form["form_key"])
    assert listed["evaluations"] == 1

    changed = {**body, "criteria": _criteria(opening=20, offer=80)}
    v2 = boss.put(f"/quality/forms/{form['form_key']}", json=changed).json()
    assert (v2["version"], v2["evaluations"]) == (2, 1)
    kept = boss.get(f"/quality/evaluations/{eid}").json()
    assert (kept["form"]["version"], kept["total"]) == (1, 60.0)  # not rescored with 20 / 80

    assert desk.delete(f"/quality/forms/{form['form_key']}").status_code == 403
    assert boss.delete(f"/quality/forms/{form['form_key']}").status_code == 204
    keys = [f["form_key"] for f in boss.get("/quality/forms").json()["items"]]
    assert form["form_key"] not in keys and "standard" in keys
    again = boss.put(f"/quality/forms/{form['form_key']}", json=body)
    assert (again.status_code, again.json()["code"]) == (409, "form_retired")
    assert boss.delete(f"/quality/forms/{uuid.uuid4()}").status_code == 404
    assert desk.get(f"/quality/evaluations/{eid}").json()["total"] == 60.0


def test_a_form_whose_weights_do_not_add_up_to_100_is_refused_naming_the_criteria(bo: BackofficeProcess) -> None:
    """Another client than the desktop's editor (which checks first) is refused too, on create and on a
    new version, with the field named; nothing is stored."""
    team = f"team-{uuid.uuid4().hex[:6]}"
    _boss_user, boss = new_user(bo, "supervisor", team)
    name = f"外呼 {uuid.uuid4().hex[:6]}"
    for weights in ({"opening": 60, "offer": 30}, {"opening": 60, "offer": 50}):
        refused = boss.post("/quality/forms", json={"name": name, "criteria": _criteria(**weights)})
        assert refused.status_code == 422, refused.text
        [error] = refused.json()["detail"]
        assert error["loc"] == ["body", "criteria"]
        assert "add up to 100" in error["msg"]
    assert name not in [f["name"] for f in boss.get("/quality/forms").json()["items"]]
    form = boss.post("/quality/forms", json={"name": name, "criteria": _criteria(opening=60, offer=40)}).json()
    changed = boss.put(f"/quality/forms/{form['form_key']}", json={"name": name, "criteria": _criteria(opening=99)})
    assert (changed.status_code, changed.json()["detail"][0]["loc"]) == (422, ["body", "criteria"])
    listed = next(f for f in boss.get("/quality/forms").json()["items"] if f["form_key"] == form["form_key"])
    assert listed["version"] == 1


def test_the_last_form_in_use_cannot_be_retired() -> None:
    from sqlalchemy import create_engine, select

    from backoffice.errors import ApiError
    from backoffice.quality import ensure_default, qa_evaluations, qa_forms, retire

    engine = create_engine("sqlite://")
    qa_forms.create(engine)
    qa_evaluations.create(engine)  # (SQLite does not look for the users it refers to)
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        ensure_default(conn, now)
        with pytest.raises(ApiError) as refused:
            retire(conn, "standard")
        assert (refused.value.status, refused.value.code) == (409, "last_form")
        assert conn.execute(select(qa_forms.c.current)).scalars().all() == [True]  # still in use
