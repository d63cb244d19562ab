"""Complaints over a real local store and the real back office: logged from the card with a linked
order, status flow with a note at each step and who did it (audit), offline steps synced once,
overdue and open complaints highlighted in the supervisors' list."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDateTime, Qt

from crm.store.search import LocalCustomerSearch
from forms.complaint_form import ComplaintForm
from forms.complaint_list import ComplaintList
from forms.complaint_status import ComplaintStatusDialog
from resources.colours import meaning, notice
from tests.fixtures.views import double_click_row
from tests.forms.search_support import agent_engine, close_engine, mobile, tasks  # noqa: F401 - fixture

ENTITIES = ("products", "customers", "orders", "complaints")


@pytest.fixture
def agent(backoffice_server, tmp_path):
    engine = agent_engine(backoffice_server, tmp_path / "agent.db", ENTITIES)
    yield engine
    close_engine(engine)


@pytest.fixture
def customer_with_order(backoffice_server):
    s = backoffice_server.session("agent")
    customer = s.post(
        "/customers",
        json={"name": "投诉客户", "phones": [{"number": mobile("136")}]},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    ).json()
    sku = s.get("/products", params={"limit": 1}).json()["items"][0]["sku"]
    order = s.post(
        "/orders",
        json={
            "customer_id": customer["id"],
            "lines": [{"sku": sku, "quantity": 1}],
            "delivery_address": {"province": "浙江省", "city": "杭州市", "street": "文一路 1 号"},
        },
        headers={"Idempotency-Key": str(uuid.uuid4())},
    ).json()
    return customer, order


def _log(qtbot, tasks, store, customer, order, summary="收到的按摩椅有异响", due_days=2):
    form = ComplaintForm(tasks, store, customer["id"], order_id=order["id"], call_id=str(uuid.uuid4()))
    qtbot.addWidget(form)
    assert form.order.currentData() == order["id"]
    form.category.setCurrentIndex(form.category.findData("quality"))
    form.severity.setCurrentIndex(form.severity.findData("high"))
    form.summary.setText(summary)
    form.description.setPlainText("客户要求换货")
    due = datetime.now(timezone.utc) + timedelta(days=due_days)
    form.due.setDateTime(QDateTime.fromSecsSinceEpoch(int(due.timestamp())))
    with qtbot.waitSignal(form.sig_saved, timeout=5000) as saved:
        form.save()
    return saved.args[0]


def _step(qtbot, dialog, status, note, resolution=""):
    dialog.target.setCurrentIndex(dialog.target.findData(status))
    dialog.note.setPlainText(note)
    dialog.resolution.setPlainText(resolution)
    with qtbot.waitSignal(dialog.sig_status_changed, timeout=5000):
        dialog.apply()


def test_complaint_status_flow_offline_then_synced_with_notes_and_audit(
    qtbot, tasks, agent, backoffice_server, customer_with_order
):
    customer, order = customer_with_order
    agent.run_once()
    store = agent.store
    complaint = _log(qtbot, tasks, store, customer, order)
    dialog = ComplaintStatusDialog(tasks, store, complaint["id"])
    qtbot.addWidget(dialog)
    assert [dialog.target.itemData(i) for i in range(dialog.target.count())] == ["in_progress", "resolved"]
    dialog.target.setCurrentIndex(0)
    dialog.apply()  # a note is required at every step
    assert dialog.message.text() and store.outbox_counts() == (1, 0)
    _step(qtbot, dialog, "in_progress", "已联系物流")
    _step(qtbot, dialog, "resolved", "换新机", resolution="已换货")
    assert store.get("complaints", complaint["id"])["status"] == "resolved"
    assert "waiting to sync" in dialog.history.item(dialog.history.count() - 1).text()
    assert store.outbox_counts() == (3, 0)  # all offline so far: create + two steps
    agent.run_once()
    agent.run_once()
    dialog.load()
    _step(qtbot, dialog, "closed", "客户满意")
    agent.run_once()
    supervisor = backoffice_server.session("supervisor")
    server = supervisor.get(f"/complaints/{complaint['id']}").json()
    assert (server["status"], server["order_id"], server["resolution"]) == ("closed", order["id"], "已换货")
    assert [(s["status"], s["note"], s["actor_username"]) for s in server["history"]] == [
        ("open", "", "agent"),
        ("in_progress", "已联系物流", "agent"),
        ("resolved", "换新机", "agent"),
        ("closed", "客户满意", "agent"),
    ]
    audit = supervisor.get("/audit_events", params={"entity_id": complaint["id"]}).json()["items"]
    assert sorted(e["action"] for e in audit) == ["create", "update", "update", "update"]
    assert {e["actor_username"] for e in audit} == {"agent"}
    dialog.load()
    assert dialog.target.count() == 0 and dialog.history.count() == 4
    assert "客户满意" in dialog.history.item(3).text()


def test_supervisor_list_highlights_overdue_and_open_complaints(qtbot, tasks, agent, customer_with_order):
    customer, order = customer_with_order
    agent.run_once()
    late = _log(qtbot, tasks, agent.store, customer, order, summary="逾期投诉", due_days=-1)
    fresh = _log(qtbot, tasks, agent.store, customer, order, summary="新投诉", due_days=3)
    listing = ComplaintList(tasks, LocalCustomerSearch(agent.store))
    qtbot.addWidget(listing)
    listing.show()
    qtbot.waitUntil(lambda: listing.model.rowCount() > 0, timeout=5000)
    rows = {listing.model.records[r]["id"]: r for r in range(listing.model.rowCount())}

    def colours(row: int) -> tuple[object, object]:
        index = listing.model.index(row, 0)
        return tuple(
            index.data(role).color() for role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
        )

    assert colours(rows[late["id"]]) == (notice().background, meaning("error"))  # the theme's notice colours
    assert colours(rows[fresh["id"]]) == (notice().background, notice().text)
    assert "overdue" in listing.model.index(rows[late["id"]], 4).data()
    assert rows[late["id"]] < rows[fresh["id"]]  # earliest due first
    listing.overdue.setChecked(True)
    qtbot.waitUntil(
        lambda: [r["id"] for r in listing.model.records if r["id"] in (late["id"], fresh["id"])] == [late["id"]],
        timeout=5000,
    )
    assert all(r["overdue"] for r in listing.model.records)
    asked: list[str] = []
    listing.sig_complaint_open_requested.connect(asked.append)
    with qtbot.waitSignal(listing.sig_complaint_open_requested) as opened:
        double_click_row(qtbot, listing.view, 0)  # a real double-click: one request, not two
    assert opened.args == [listing.model.records[0]["id"]]
    qtbot.wait(100)
    assert asked == [listing.model.records[0]["id"]]
