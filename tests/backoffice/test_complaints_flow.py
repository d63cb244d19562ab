"""Complaint status flow over real HTTP: notes at each step, who made it, audit entries, refusals."""

from __future__ import annotations

from tests.backoffice.conftest import create, if_match, key, new_customer


def _patch(session, complaint, body, status=200):
    r = session.patch(f"/complaints/{complaint['id']}", json=body, headers={**key(), **if_match(complaint)})
    assert r.status_code == status, r.text
    return r.json()


def test_each_status_change_keeps_its_note_and_who_made_it(backoffice_server):
    agent, supervisor = backoffice_server.session("agent"), backoffice_server.session("supervisor")
    customer = new_customer(agent, name="投诉流程")
    complaint = create(
        agent,
        "complaints",
        {
            "customer_id": customer["id"],
            "category": "delivery",
            "severity": "high",
            "summary": "包裹破损",
            "due_at": "2030-01-01T00:00:00Z",
        },
    )
    assert complaint["status"] == "open" and [s["status"] for s in complaint["history"]] == ["open"]
    complaint = _patch(agent, complaint, {"status": "in_progress", "status_note": "已联系快递"})
    complaint = _patch(supervisor, complaint, {"status": "resolved", "status_note": "补发新品", "resolution": "补发"})
    # resolved -> open is not a step of the state machine
    _patch(agent, complaint, {"status": "open", "status_note": "重开"}, status=409)
    complaint = _patch(supervisor, complaint, {"status": "closed", "status_note": "客户确认"})
    steps = [(s["status"], s["note"], s["actor_username"]) for s in complaint["history"]]
    assert steps == [
        ("open", "", "agent"),
        ("in_progress", "已联系快递", "agent"),
        ("resolved", "补发新品", "supervisor"),
        ("closed", "客户确认", "supervisor"),
    ]
    assert agent.get(f"/complaints/{complaint['id']}").json()["history"] == complaint["history"]
    audit = supervisor.get("/audit_events", params={"entity_id": complaint["id"], "limit": 50}).json()["items"]
    by_status = {e["changes"].get("status"): e for e in audit if e["action"] == "update"}
    assert by_status["in_progress"]["actor_username"] == "agent"
    assert by_status["closed"]["changes"]["status_note"] == "客户确认"
    # a closed complaint cannot move again
    _patch(supervisor, complaint, {"status": "in_progress"}, status=409)


def test_history_arrives_through_the_delta_feed(backoffice_server):
    agent = backoffice_server.session("agent")
    cursor = agent.get("/complaints/changes", params={"limit": 2000}).json()
    while cursor["has_more"]:
        cursor = agent.get("/complaints/changes", params={"cursor": cursor["cursor"], "limit": 2000}).json()
    customer = new_customer(agent, name="投诉增量")
    complaint = create(agent, "complaints", {"customer_id": customer["id"], "category": "quality", "summary": "异响"})
    _patch(agent, complaint, {"status": "resolved", "status_note": "指导使用"})
    page = agent.get("/complaints/changes", params={"cursor": cursor["cursor"]}).json()
    (item,) = [i for i in page["items"] if i["id"] == complaint["id"]]
    assert [(s["status"], s["note"]) for s in item["history"]] == [("open", ""), ("resolved", "指导使用")]
