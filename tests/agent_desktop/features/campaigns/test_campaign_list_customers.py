"""A list of numbers only, imported into a draft from the campaigns window against the real back office
over HTTP: the preview and the report number rows by their line of the file, the numbers find their
customers (a number two customers have finds none and the report says so), the name and notes columns
are kept, and the corrected list replaces the draft's earlier one. Worked in preview, the matched
record pops its customer's card before the dial; the other shows the list's name and notes."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from agent_desktop.features.campaigns.labels import problem_label
from tests.agent_desktop.features.campaigns.conftest import ALL_DAY, TEAM, records
from tests.crm.helpers import customer_body
from tests.screens.clipping import clipped_texts

OWN, SHARED = "13800138007", "13900000077"
LIST = (
    "姓名,电话,备注\n"
    f"张伟,{OWN},VIP\n"  # line 2: 张伟's number
    "\n"  # line 3: blank
    f"王芳,{SHARED},两位客户同号\n"  # line 4: two customers have it
    "坏号码,12345,太短\n"  # line 5: refused
)


def test_a_list_of_numbers_finds_its_customers_and_keeps_names_and_notes(desk, team, qtbot, chinese, tmp_path):
    chinese.set_language("en")
    zhang = team.create("customers", customer_body(OWN, name="张伟")).id
    for name in ("王芳", "王芳（旧）"):
        team.create("customers", customer_body(SHARED, name=name))
    now = datetime.now(timezone.utc)
    body = {
        "name": f"双十二回访 {uuid.uuid4().hex[:4]}",
        "starts_at": (now - timedelta(hours=1)).isoformat(),
        "deadline_at": (now + timedelta(days=7)).isoformat(),
        "windows": ALL_DAY,
        "teams": [TEAM],
    }
    draft = team.request("POST", "/campaigns", json=body, idempotency_key=uuid.uuid4().hex).json()
    team.request(
        "POST",
        f"/campaigns/{draft['id']}/records/import",
        params={"phone": "电话"},
        content=("电话\n13900000078\n".encode(), "text/csv"),
        idempotency_key=uuid.uuid4().hex,
    )  # the first list, which the corrected one replaces
    path = tmp_path / "名单.csv"
    path.write_bytes(LIST.encode("utf-8-sig"))
    sup = desk("sup1")
    qtbot.waitUntil(lambda: sup.feature.action.isVisible(), timeout=5000)
    view = sup.feature.open_supervisor_view()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1 and view.import_button.isEnabled(), timeout=5000)
    dialog = view.open_import()
    assert dialog is not None and dialog.replace.isVisible() and dialog.replace.isChecked()
    assert dialog.replace.text() == "Replace the 1 record imported before (the campaign has not run yet)"
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=5000)
    assert dialog.mapping() == {"phone": "电话", "name": "姓名", "notes": "备注"}
    assert [dialog.preview.verticalHeaderItem(r).text() for r in range(3)] == ["2", "4", "5"]  # the file's lines
    assert dialog.preview.item(2, 0).text() == "坏号码"
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert dialog.message.text() == (
        "2 rows kept (1 matched to a customer by the number); 1 refused;"
        " 1 kept without a customer (several have the number); 1 earlier record replaced"
    )
    shown = [[dialog.refused.item(r, c).text() for c in range(3)] for r in range(dialog.refused.rowCount())]
    assert shown == [
        ["4", "Kept without a customer: 2 customers have this number", SHARED],
        ["5", problem_label("invalid_number"), "12345"],  # the preview's line 5
    ]
    assert dialog.refused.horizontalHeaderItem(0).text() == "Line"
    assert clipped_texts(dialog) == []
    kept = records(team, draft["id"])
    assert set(kept) == {"+86" + OWN, "+86" + SHARED}  # the first list replaced
    assert (kept["+86" + OWN]["customer_id"], kept["+86" + OWN]["notes"]) == (zhang, "VIP")
    assert (kept["+86" + SHARED]["customer_id"], kept["+86" + SHARED]["name"]) == (None, "王芳")
    chinese.set_language("zh_CN")
    qtbot.waitUntil(lambda: dialog.refused.horizontalHeaderItem(0).text() == "行号", timeout=5000)
    assert "按号码匹配到客户 1 行" in dialog.message.text()
    assert clipped_texts(dialog) == []
    chinese.set_language("en")
    dialog.close()
    team.request(
        "PATCH",
        f"/campaigns/{draft['id']}",
        json={"status": "running"},
        if_match=draft["version"],
        idempotency_key=uuid.uuid4().hex,
    )
    agents = [desk("agent1"), desk("agent2")]
    for agent in agents:  # preview: each takes a record; the card pops before any dial
        qtbot.waitUntil(lambda a=agent: a.feature.dock.campaign_list.count() == 1, timeout=5000)
        agent.feature.dock.work.click()
        qtbot.waitUntil(lambda a=agent: a.feature.dock.target is not None, timeout=5000)
    by_customer = {a.feature.dock.target.record.customer_id: a for a in agents}
    matched, other = by_customer[zhang], by_customer[None]
    assert matched.card.opened == [zhang] and not matched.feature.dock.listed.isVisible()
    assert other.card.opened == []  # no customer: the list's name and notes instead
    assert other.feature.dock.listed.isVisible() and other.feature.dock.listed.text() == "王芳\n两位客户同号"
    assert clipped_texts(other.feature.dock) == []
