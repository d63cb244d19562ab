"""The trail feature records what the agent does from the other features' signals and the local store's
writes, and sends it to the back office in the order it happened, kept in the store until taken."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.presence.api import PRESENCE
from agent_desktop.features.presence.core.machine import PresenceMachine
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.features.search.api import SEARCH
from agent_desktop.features.trail import feature as trail_feature
from agent_desktop.features.trail.api import TRAIL
from crm.client_errors import CrmUnavailable
from crm.schemas import CustomerSearch
from crm.store import Store
from screenpop.core.models import CallerIdentity, CardModel, CustomerInfo, PopKind


class FakeSearch(QObject):
    sig_searched = Signal(CustomerSearch)
    sig_exported = Signal(str, int)
    sig_call_list_made = Signal(str, int)


class FakeCard(QObject):
    sig_card_opened = Signal(CardModel)
    sig_card_changed = Signal(CardModel)


class FakePresence:
    def __init__(self) -> None:
        self.machine = PresenceMachine()


class Answer:
    def json(self) -> dict[str, Any]:
        return {"stored": 1}


class FakeBackOffice:
    def __init__(self) -> None:
        self.posted: list[dict[str, Any]] = []
        self.down = True
        self.refused = 0
        self.user = {"id": "agent-1", "role": "agent", "username": "agent"}

    def request(self, method: str, path: str, json: dict[str, Any], **_kw: Any) -> Answer:
        assert (method, path) == ("POST", "/trail/events")
        if self.down:
            self.refused += 1
            raise CrmUnavailable("down")
        self.posted.extend(json["events"])
        return Answer()


def card(customer_id: str, name: str) -> CardModel:
    return CardModel(
        call_id="open-1",
        identity=CallerIdentity(number="", number_raw="", display_name=""),
        kind=PopKind.CUSTOMER,
        customer=CustomerInfo(id=customer_id, name=name, phones=(), address="", vip_level="", tags=()),
    )


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = Store(tmp_path / "store.db")
    yield s
    s.close()


def test_operations_reach_the_back_office_in_order_once_it_answers(make_shell, qtbot, store, monkeypatch) -> None:
    monkeypatch.setattr(trail_feature, "RETRY_MS", 200)
    shell = make_shell()
    office, search, screenpop, presence = FakeBackOffice(), FakeSearch(), FakeCard(), FakePresence()
    for key, service in ((SEARCH, search), (SCREENPOP, screenpop), (PRESENCE, presence)):
        shell.ctx.services.provide(key, service)  # type: ignore[arg-type]
    feature = trail_feature.install(shell.ctx, shell.window)
    try:
        assert shell.ctx.services.get(TRAIL) is feature
        presence.machine.choose_ready()  # before the CRM is there: kept until it is
        shell.ctx.services.provide(CRM, CrmService(office, store, None, "http://bo", "agent"))  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: feature.outbox is not None, timeout=3000)
        screenpop.sig_card_opened.emit(card("c-1", "李娜"))
        search.sig_searched.emit(CustomerSearch(name="李", city="上海"))
        store.create("customers", {"name": "王芳", "phones": [{"number": "13700001111"}]})
        search.sig_exported.emit("/tmp/客户.xlsx", 12)
        feature.record("coached", "回访话术")
        presence.machine.choose_not_ready("break")
        queue = feature.queue
        assert queue is not None
        qtbot.waitUntil(lambda: queue.count() == 7, timeout=5000)  # each written by the write lane, in turn
        qtbot.waitUntil(lambda: office.refused > 0, timeout=5000)  # a send was tried...
        assert office.posted == [] and queue.count() == 7  # ...and, the CRM down, all is kept

        office.down = False
        qtbot.waitUntil(lambda: len(office.posted) == 7, timeout=3000)  # the retry sends them
        got = [(e["kind"], e["label"], e.get("detail")) for e in office.posted]
        assert got == [
            ("state_changed", "ready", None),
            ("customer_opened", "李娜", None),
            ("searched", "name=李 city=上海", None),
            ("created", "王芳", None),
            ("exported", "客户.xlsx", "12"),
            ("coached", "回访话术", None),
            ("state_changed", "not_ready", "Break"),  # the reason's name as presence sends it
        ]
        assert office.posted[-1]["ref_id"] == "break"  # and its id
        assert [e["at"] for e in office.posted] == sorted(e["at"] for e in office.posted)
        qtbot.waitUntil(lambda: feature.queue.count() == 0, timeout=2000)
    finally:
        feature.shutdown()
