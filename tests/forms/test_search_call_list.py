"""Search results handed to an outbound call list: one ``campaign`` call back per customer through the
local store (and the outbox to the real back office), skip counts, the duplicate rule, the 5,000 limit
and the Chinese texts."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QCoreApplication, QDateTime, QTimeZone, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from crm.schemas.callbacks import CallbackSource
from crm.store import Store
from crm.store import callbacks as cbq
from crm.store.search import LocalCustomerSearch
from forms.search_panel import SearchPanel
from resources import loader
from tests.forms.search_support import agent_engine, close_engine, mobile, tasks  # noqa: F401 - fixture

LIST = "双十一回访"


def _panel(qtbot, tasks, local, client_fn=None) -> SearchPanel:
    panel = SearchPanel(tasks, local, client_fn)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _search_tag(qtbot, panel: SearchPanel, tag: str, rows: int) -> None:
    assert not panel.call_list_button.isEnabled()
    panel.conditions.texts["tag"].setText(tag)
    panel.run_search()
    qtbot.waitUntil(lambda: panel.model.rowCount() == min(rows, panel.model.page_size), timeout=10_000)
    qtbot.waitUntil(panel.call_list_button.isEnabled, timeout=3000)


def _dialog(qtbot, panel: SearchPanel, name: str, due: datetime | None = None, attempts: int = 0):
    panel.call_list_button.click()
    dialog = panel.call_list_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.targets is not None, timeout=20_000)
    dialog.name.setText(name)
    if due is not None:
        dialog.due.setDateTime(QDateTime.fromSecsSinceEpoch(int(due.timestamp()), QTimeZone.utc()))
    dialog.attempts.setValue(attempts)
    return dialog


def _ok(qtbot, panel: SearchPanel, dialog) -> list:
    with qtbot.waitSignal(panel.sig_call_list_finished, timeout=20_000) as finished:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return finished.args


def _entries(store: Store, reason: str) -> list[dict]:
    return [e for e in cbq.open_callbacks(store) if e.get("reason") == reason]


def _customer(tag: str, *numbers: str) -> dict:
    return {"name": f"客户{uuid.uuid4().hex[:6]}", "tags": [tag], "phones": [{"number": n} for n in numbers]}


@pytest.fixture(autouse=True)
def english(qapp):
    """The English texts as the app shows them (plural forms come from the en translation)."""
    translator = QTranslator()
    assert translator.load(str(loader.translation_file("en")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def agent(backoffice_server, tmp_path):
    engine = agent_engine(backoffice_server, tmp_path / "agent.db", ("customers", "callbacks"))
    yield engine
    close_engine(engine)


@pytest.fixture
def local(tmp_path):
    store = Store(tmp_path / "store.db")
    yield LocalCustomerSearch(store)
    store.close()


def test_results_become_campaign_callbacks_locally_and_in_the_back_office(qtbot, tasks, agent, backoffice_server):
    tag = f"camp{uuid.uuid4().hex[:8]}"
    store = agent.store
    two, one, listed = mobile("136"), mobile("137"), mobile("138")
    second = mobile("139")
    a = store.create("customers", _customer(tag, two, second))  # first phone is the one called
    b = store.create("customers", _customer(tag, one))
    c = store.create("customers", _customer(tag, listed))
    d = store.create("customers", _customer(tag))  # no phone: skipped
    cbq.create_manual(store, listed, c["id"], reason=LIST)  # already open on that list
    panel = _panel(qtbot, tasks, LocalCustomerSearch(store), lambda: agent.client)
    _search_tag(qtbot, panel, tag, 4)
    due = (datetime.now(timezone.utc) + timedelta(hours=2)).replace(second=0, microsecond=0)
    dialog = _dialog(qtbot, panel, f"  {LIST} ", due, attempts=5)
    assert dialog.count.text() == "4 customers will be added.\n1 without a phone will be skipped."
    assert _ok(qtbot, panel, dialog) == [LIST, 2]
    assert panel.status.text() == (
        f"2 customers added to call list {LIST} (1 without a phone skipped, 1 already on the list)"
    )
    assert panel.call_list_button.isEnabled()

    made = {e["customer_id"]: e for e in _entries(store, LIST) if e["source"] == CallbackSource.CAMPAIGN.value}
    assert set(made) == {a["id"], b["id"]} and d["id"] not in made
    assert made[a["id"]]["number"] == store.phones.try_normalize(two)
    assert made[b["id"]]["number"] == store.phones.try_normalize(one)
    for entry in made.values():
        assert entry["due_at"] == due.isoformat().replace("+00:00", "Z")
        assert entry["max_attempts"] == 5 and entry["reason"] == LIST
    assert len(_entries(store, LIST)) == 3  # c keeps its one entry
    assert store.outbox_counts()[0] >= 2  # written through the outbox

    agent.run_once()
    agent.run_once()
    assert store.outbox_counts() == (0, 0)
    api = backoffice_server.session("agent")
    for customer_id, entry in made.items():
        items = api.get("/callbacks", params={"customer_id": customer_id}).json()["items"]
        assert [(i["id"], i["source"], i["reason"], i["status"], i["max_attempts"]) for i in items] == [
            (entry["id"], "campaign", LIST, "pending", 5)
        ]
        assert datetime.fromisoformat(items[0]["due_at"].replace("Z", "+00:00")) == due
        assert items[0]["number"] == entry["number"]


def test_a_customer_already_on_the_list_is_not_added_twice(qtbot, tasks, local):
    tag = "dup"
    for _ in range(3):
        local.store.create("customers", _customer(tag, mobile()))
    panel = _panel(qtbot, tasks, local)
    _search_tag(qtbot, panel, tag, 3)
    assert _ok(qtbot, panel, _dialog(qtbot, panel, LIST)) == [LIST, 3]
    assert panel.status.text() == f"3 customers added to call list {LIST}"
    assert _ok(qtbot, panel, _dialog(qtbot, panel, LIST)) == [LIST, 0]
    assert panel.status.text() == f"0 customers added to call list {LIST} (3 already on the list)"
    assert len(_entries(local.store, LIST)) == 3
    # one entry finished: that customer may be put on the list again; another list is another list
    done = _entries(local.store, LIST)[0]
    local.store.apply_changes(
        "callbacks", [{**done, "version": 1, "status": "done"}], [], local.store.cursor("callbacks")
    )
    assert _ok(qtbot, panel, _dialog(qtbot, panel, LIST)) == [LIST, 1]
    assert _ok(qtbot, panel, _dialog(qtbot, panel, "春节问候")) == ["春节问候", 3]
    assert len(_entries(local.store, LIST)) == 3 and len(_entries(local.store, "春节问候")) == 3


def test_a_due_time_of_now_by_default_and_the_name_is_required(qtbot, tasks, local):
    local.store.create("customers", _customer("now", mobile()))
    panel = _panel(qtbot, tasks, local)
    _search_tag(qtbot, panel, "now", 1)
    before = datetime.now(timezone.utc).replace(second=0, microsecond=0)
    dialog = _dialog(qtbot, panel, "   ")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.message.text() == "Give the call list a name."
    dialog.name.setText("回访")
    _ok(qtbot, panel, dialog)
    [entry] = _entries(local.store, "回访")
    due = datetime.fromisoformat(entry["due_at"].replace("Z", "+00:00"))
    assert before <= due <= datetime.now(timezone.utc) and entry["max_attempts"] == 3
    assert cbq.waiting(local.store, datetime.now(timezone.utc), "me")[0]["id"] == entry["id"]  # due now


def test_more_than_5000_customers_are_refused_and_the_typed_name_stays(qtbot, tasks, local):
    limit = cbq.CALL_LIST_LIMIT
    local.store.bulk_load(
        "customers",
        (
            {
                "id": str(uuid.uuid4()),
                "version": 1,
                "name": f"大客户{i}",
                "tags": ["big"],
                "phones": [{"number": f"186{i:08d}", "normalized": f"+86186{i:08d}"}],
            }
            for i in range(limit + 1)
        ),
        fresh=True,
    )
    panel = _panel(qtbot, tasks, local)
    _search_tag(qtbot, panel, "big", limit + 1)
    dialog = _dialog(qtbot, panel, LIST)
    assert dialog.count.text() == "More than 5,000 customers match."
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.name.text() == LIST
    assert "At most 5,000 customers" in dialog.message.text() and "Narrow the search" in dialog.message.text()
    assert cbq.open_callbacks(local.store) == []
    with pytest.raises(ValueError):  # the store refuses too
        cbq.add_to_call_list(local.store, [(str(uuid.uuid4()), mobile()) for _ in range(limit + 1)], LIST)
    dialog.reject()


def test_the_call_list_texts_are_chinese(qtbot, tasks, local):
    translator = QTranslator()
    assert translator.load(str(loader.translation_file("zh_CN")))
    QCoreApplication.installTranslator(translator)
    try:
        local.store.create("customers", _customer("zh", mobile()))
        local.store.create("customers", _customer("zh"))
        panel = _panel(qtbot, tasks, local)
        assert panel.call_list_button.text() == "加入外呼名单…"
        _search_tag(qtbot, panel, "zh", 2)
        dialog = _dialog(qtbot, panel, "")
        assert dialog.windowTitle() == "加入外呼名单"
        assert dialog.count.text() == "将加入 2 位客户。\n其中 1 位没有电话，将跳过。"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.message.text() == "请为外呼名单命名。"
        dialog.name.setText(LIST)
        _ok(qtbot, panel, dialog)
        assert panel.status.text() == f"已将 1 位客户加入外呼名单“{LIST}”（跳过 1 位没有电话的客户）"
        dialog = panel.call_list_dialog or panel.open_call_list_dialog()
        dialog.set_targets(cbq.CallListTargets([], True))
        dialog.accept()
        assert dialog.message.text() == (
            "一次最多可将 5,000 位客户加入外呼名单。请缩小搜索范围（例如按地区、标签或 VIP 等级）后重试。"
        )
        dialog.reject()
    finally:
        QCoreApplication.removeTranslator(translator)
