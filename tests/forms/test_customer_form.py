"""Customer form over a real local store and the real back office: create and edit offline then
synced once, validation, duplicate-phone warning, 412 conflicts shown and resolved by the agent."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QLabel

from crm.client import ClientConfig, CrmClient
from crm.client_errors import CrmUnavailable
from crm.sync import SyncEngine
from forms.customer_form import CustomerForm
from tests.fixtures.backoffice import free_port
from tests.forms.search_support import agent_engine, close_engine, mobile, tasks  # noqa: F401 - fixture


@pytest.fixture
def agent(backoffice_server, tmp_path):
    engine = agent_engine(backoffice_server, tmp_path / "agent.db", ("customers",))
    yield engine
    close_engine(engine)


_number = mobile


def _form(qtbot, tasks, store, **kwargs) -> CustomerForm:
    form = CustomerForm(tasks, store, **kwargs)
    qtbot.addWidget(form)
    return form


def _save(qtbot, form) -> dict:
    with qtbot.waitSignal(form.sig_saved, timeout=5000) as saved:
        form.save()
    return saved.args[0]


def test_new_customer_made_offline_reaches_the_crm_once(qtbot, tasks, agent, backoffice_server):
    number = _number()
    form = _form(qtbot, tasks, agent.store, phone=number)
    form.name.setText("离线新客户")
    form.phones.add_row("0571-87650000", "home")
    form.address.set_value(form.address.value().__class__("浙江省", "杭州市", "西湖区", "文一路 1 号", "310000"))
    form.tags.setText("tv, 老客户, tv")
    form.vip.setValue(2)
    form.samples.setChecked(True)
    form.call_window.setCurrentIndex(form.call_window.findData("evening"))
    form.notes.setPlainText("周末不要打电话")
    record = _save(qtbot, form)  # the store and the outbox only
    offline = SyncEngine(
        CrmClient(ClientConfig(f"http://127.0.0.1:{free_port()}", retries=0, connect_timeout_s=0.5)), agent.store
    )
    with pytest.raises(CrmUnavailable):  # the CRM cannot be reached: the write waits in the outbox
        offline.push()
    assert agent.store.outbox_counts() == (1, 0)
    assert agent.store.customers_by_phone(number)[0]["id"] == record["id"]
    agent.run_once()
    agent.run_once()
    server = backoffice_server.session("agent").get("/customers", params={"phone": number}).json()["items"]
    assert [c["id"] for c in server] == [record["id"]]
    assert server[0]["tags"] == ["tv", "老客户"] and server[0]["preferences"] == {
        "accepts_samples": True,
        "follow_up_opt_in": False,
        "call_window": "evening",
    }
    assert [p["type"] for p in server[0]["phones"]] == ["mobile", "home"]
    assert server[0]["address"]["city"] == "杭州市" and server[0]["vip_level"] == 2


def test_required_fields_and_phone_formats_are_checked_before_anything_is_written(qtbot, tasks, agent):
    form = _form(qtbot, tasks, agent.store)
    form.save()
    assert "name" in form.message.text()
    form.name.setText("王小二")
    for wrong in ("138001380", "1380013800O", "abc"):
        form.phones.rows[0].number.setText(wrong)
        form.save()
        assert not form.phones.rows[0].error.isHidden() and "phone" in form.message.text(), wrong
    form.phones.add_row("138 0013 8001")
    form.phones.add_row("+86 13800138001")
    form.phones.rows[0].number.setText("010-62345678")
    form.save()
    assert form.phones.rows[0].error.isHidden() and "twice" in form.phones.rows[2].error.text()
    assert agent.store.outbox_counts() == (0, 0)


def test_a_phone_of_another_customer_is_warned_about_and_needs_a_second_click(qtbot, tasks, agent):
    agent.run_once()  # the demo customers, 张伟 with 13800138000 among them
    form = _form(qtbot, tasks, agent.store, phone="+86 138 0013 8000")
    form.name.setText("张伟的家人")
    form.save()
    assert not form.duplicate.isHidden() and "张伟" in form.duplicate.text()
    assert agent.store.outbox_counts() == (0, 0)
    record = _save(qtbot, form)
    assert record["name"] == "张伟的家人" and agent.store.outbox_counts() == (1, 0)


def test_edits_offline_then_synced_and_a_412_conflict_is_shown_and_resolved(qtbot, tasks, agent, backoffice_server):
    supervisor = backoffice_server.session("supervisor")
    number = _number()
    created = supervisor.post(
        "/customers",
        json={"name": "冲突客户", "phones": [{"number": number}], "notes": "原始备注", "vip_level": 1},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    ).json()
    agent.run_once()
    form = _form(qtbot, tasks, agent.store, customer_id=created["id"])
    assert form.notes.toPlainText() == "原始备注"
    form.notes.setPlainText("坐席的备注")
    form.tags.setText("投诉多")
    _save(qtbot, form)
    # meanwhile the supervisor edits the same notes on the server
    supervisor.patch(
        f"/customers/{created['id']}",
        json={"notes": "主管的备注", "vip_level": 4},
        headers={"If-Match": '"1"', "Idempotency-Key": str(uuid.uuid4())},
    ).raise_for_status()
    agent.run_once()  # 412 -> tags merge cleanly, notes conflict kept for the agent
    server = supervisor.get(f"/customers/{created['id']}").json()
    assert (server["notes"], server["tags"], server["vip_level"]) == ("主管的备注", ["投诉多"], 4)
    form = _form(qtbot, tasks, agent.store, customer_id=created["id"])
    assert not form.conflicts.isHidden() and form.conflicts.items[0]["field"] == "notes"
    assert (form.conflicts.items[0]["local"], form.conflicts.items[0]["remote"]) == ("坐席的备注", "主管的备注")
    shown = form.conflicts.findChild(QLabel, "conflict_notes").text()
    assert shown.startswith("Notes: theirs “主管的备注”")  # the field as the form names it, not its code
    form.conflicts.button("notes", keep_local=True).click()
    qtbot.waitUntil(lambda: form.conflicts.isHidden(), timeout=5000)
    agent.run_once()
    assert supervisor.get(f"/customers/{created['id']}").json()["notes"] == "坐席的备注"
    assert agent.store.conflicts() == []


def test_a_change_pulled_while_the_form_is_open_is_merged_not_overwritten(qtbot, tasks, agent, backoffice_server):
    supervisor = backoffice_server.session("supervisor")
    created = supervisor.post(
        "/customers",
        json={"name": "并发客户", "phones": [{"number": _number()}]},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    ).json()
    agent.run_once()
    form = _form(qtbot, tasks, agent.store, customer_id=created["id"])
    supervisor.patch(
        f"/customers/{created['id']}",
        json={"notes": "主管写的", "vip_level": 5},
        headers={"If-Match": '"1"', "Idempotency-Key": str(uuid.uuid4())},
    ).raise_for_status()
    agent.run_once()  # pulled while the agent is still typing
    form.notes.setPlainText("坐席写的")
    form.name.setText("并发客户（改）")
    _save(qtbot, form)
    assert not form.conflicts.isHidden() and [i["field"] for i in form.conflicts.items] == ["notes"]
    local = agent.store.get("customers", created["id"])
    assert (local["name"], local["notes"], local["vip_level"]) == ("并发客户（改）", "主管写的", 5)
    form.conflicts.button("notes", keep_local=True).click()
    qtbot.waitUntil(lambda: form.conflicts.isHidden(), timeout=5000)
    agent.run_once()
    server = supervisor.get(f"/customers/{created['id']}").json()
    assert (server["name"], server["notes"], server["vip_level"]) == ("并发客户（改）", "坐席写的", 5)
