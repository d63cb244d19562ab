"""A campaign list over HTTP (SQLite and PostgreSQL) as a supervisor's file has it: numbers only find
their customers (the screen pop's lookup; a number several customers have finds none and is reported),
the name and notes columns are kept, rows are named by their line of the file, and a draft's list is
replaced or added to."""

from __future__ import annotations

from typing import Any

from tests.backoffice.conftest import key, new_customer
from tests.backoffice.test_campaigns_api import import_csv, new_campaign, number, set_status, team  # noqa: F401
from tests.fixtures.backoffice import BackofficeProcess


def customer_with(session: Any, phone: str, name: str) -> str:
    return str(new_customer(session, name=name, phones=[{"number": phone}])["id"])


def records(supervisor: Any, campaign_id: str) -> dict[str, dict[str, Any]]:
    page = supervisor.get(f"/campaigns/{campaign_id}/records", params={"limit": 100}).json()
    return {r["phone"]: r for r in page["items"]}


def test_numbers_find_their_customers_and_the_list_keeps_names_and_notes(
    bo: BackofficeProcess, team: dict[str, Any]
) -> None:
    supervisor = team["supervisor"]
    own, shared, unknown = number(), number(), number()
    zhang = customer_with(supervisor, f"{own[:3]} {own[3:7]} {own[7:]}", "张伟")  # stored as typed
    for name in ("王芳", "王芳（旧档案）"):
        customer_with(supervisor, shared, name)
    campaign = new_campaign(supervisor)
    text = (
        "姓名,电话,备注\n"
        f"张伟,{own},VIP\n"  # line 2
        "\n"  # line 3: blank, still a line of the file
        f"王芳,{shared},两位客户同号\n"  # line 4
        f"李娜,{unknown},\n"  # line 5
        "坏号码,12345,too short\n"  # line 6
    )
    report = import_csv(supervisor, campaign["id"], text, name="姓名", notes="备注").json()
    assert (report["kept"], report["matched"]) == (3, 1), report
    assert report["shared"] == [{"row": 4, "value": shared, "customers": 2}]
    assert [(e["row"], e["problem"]) for e in report["rejected"]] == [(6, "invalid_number")]
    kept = records(supervisor, campaign["id"])
    assert (kept[own]["customer_id"], kept[own]["name"], kept[own]["notes"]) == (zhang, "张伟", "VIP")
    assert (kept[shared]["customer_id"], kept[shared]["name"]) == (None, "王芳")
    assert (kept[unknown]["customer_id"], kept[unknown]["name"], kept[unknown]["notes"]) == (None, "李娜", "")
    assert [kept[n]["row_number"] for n in (own, shared, unknown)] == [2, 4, 5]
    set_status(supervisor, campaign, "running")
    claimed = team["agent"].post("/campaigns/claim-next", headers=key()).json()["record"]
    assert (claimed["customer_id"], claimed["name"], claimed["notes"]) == (zhang, "张伟", "VIP")


def test_a_drafts_list_is_replaced_or_added_to_and_a_running_campaigns_number_is_named(
    bo: BackofficeProcess, team: dict[str, Any]
) -> None:
    supervisor = team["supervisor"]
    elsewhere = number()
    other = set_status(supervisor, new_campaign(supervisor), "running")
    assert import_csv(supervisor, other["id"], f"电话\n{elsewhere}\n").json()["kept"] == 1
    draft = new_campaign(supervisor)
    first, second = number(), number()
    assert import_csv(supervisor, draft["id"], f"电话\n{first}\n{second}\n").json()["kept"] == 2
    again = import_csv(supervisor, draft["id"], f"电话\n{first}\n{elsewhere}\n").json()  # added to
    assert [(e["row"], e["problem"]) for e in again["rejected"]] == [
        (2, "duplicate_in_campaign"),  # already in this campaign
        (3, "in_running_campaign"),  # a target of another, running campaign
    ]
    corrected = f"电话,备注\n{first},改过的备注\n{number()}\n"
    dry = import_csv(supervisor, draft["id"], corrected, notes="备注", replace="true", dry_run="true").json()
    assert (dry["replaced"], dry["kept"], dry["rejected"]) == (2, 2, [])
    assert set(records(supervisor, draft["id"])) == {first, second}  # a dry run changes nothing
    done = import_csv(supervisor, draft["id"], corrected, notes="备注", replace="true").json()
    assert (done["replaced"], done["kept"], done["dry_run"]) == (2, 2, False)
    now = records(supervisor, draft["id"])
    assert second not in now and now[first]["notes"] == "改过的备注"
    reasons = supervisor.get(f"/campaigns/{draft['id']}/explain").json()["items"]
    assert reasons and all(
        x["reasons"] == ["campaign_not_running"] and x["next_possible_at"] is None for x in reasons
    )  # a draft is dialled at no time yet
    running = set_status(supervisor, draft, "running")
    refused = import_csv(supervisor, running["id"], corrected, replace="true")
    assert refused.status_code == 409 and refused.json()["code"] == "not_draft"
