"""A team with a running campaign in a real back office (HTTP on loopback), and desktops that work it."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from agent_desktop.features.campaigns.feature import CampaignsFeature, install
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.orders.api import ORDERS
from agent_desktop.features.screenpop.api import SCREENPOP
from crm.client import CrmClient
from tests.agent_desktop.features.todo.test_todo_feature import service_for
from tests.crm.conftest import live_backoffice  # noqa: F401 - fixture
from tests.crm.helpers import client_for, customer_body, engine_for
from tests.crm.test_todos_sync import set_team

TEAM = "outbound"
ALL_DAY = [{"weekday": d, "start": "00:00", "end": "24:00"} for d in range(7)]
SCRIPT = "您好，这里是健康购物频道，我们有新的颈椎按摩仪试用装……"


def new_campaign(sup: CrmClient, numbers: list[tuple[str, str]], **fields: Any) -> dict[str, Any]:
    """A running campaign of the team whose targets are ``numbers`` ((number, customer id or ""))."""
    now = datetime.now(timezone.utc)
    body = {
        "name": f"新品回访 {uuid.uuid4().hex[:4]}",
        "script": SCRIPT,
        "starts_at": (now - timedelta(hours=1)).isoformat(),
        "deadline_at": (now + timedelta(days=7)).isoformat(),
        "windows": ALL_DAY,
        "teams": [TEAM],
        **fields,
    }
    campaign = sup.request("POST", "/campaigns", json=body, idempotency_key=uuid.uuid4().hex).json()
    csv = "电话,客户\n" + "".join(f"{n},{c}\n" for n, c in numbers)
    params = {"phone": "电话", "customer_id": "客户"}
    report = sup.request(
        "POST",
        f"/campaigns/{campaign['id']}/records/import",
        params=params,
        content=(csv.encode(), "text/csv"),
        idempotency_key=uuid.uuid4().hex,
    ).json()
    assert report["kept"] == len(numbers), report
    return sup.request(
        "PATCH",
        f"/campaigns/{campaign['id']}",
        json={"status": "running"},
        if_match=campaign["version"],
        idempotency_key=uuid.uuid4().hex,
    ).json()


def wait_for_failed_sends(qtbot: Any, caplog: pytest.LogCaptureFixture, count: int = 2) -> None:
    """Wait until the campaign results' sender has failed ``count`` more times (the back office is
    down), however slow the machine: a fixed wait may end before the first try."""
    caplog.set_level(logging.INFO, logger="agent_desktop.shell.send_loop")
    failed = "campaign results: not sent"
    before = caplog.text.count(failed)
    qtbot.waitUntil(lambda: caplog.text.count(failed) >= before + count, timeout=15000)


def records(sup: CrmClient, campaign_id: str) -> dict[str, dict[str, Any]]:
    """The campaign's records by number."""
    page = sup.request("GET", f"/campaigns/{campaign_id}/records", params={"limit": 100}).json()
    return {r["number"]: r for r in page["items"]}


class CardStub(QObject):
    """The customer card's api as a recorder: which customers it was asked to show."""

    sig_card_changed = Signal(object)
    sig_card_opened = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []
        self.dialled: list[tuple[int, str]] = []

    def open_customer(self, customer_id: str) -> str:
        self.opened.append(customer_id)
        return "pop"

    def dialling_customer(self, call_id: int, customer_id: str) -> None:
        self.dialled.append((call_id, customer_id))


@dataclass
class OrdersStub:
    opened: list[str | None] = field(default_factory=list)

    def open_new_order(
        self, customer_id: str | None = None, media_source: object = None, call_log_id: str | None = None
    ):
        self.opened.append(customer_id)


@dataclass
class Desk:
    shell: Any
    feature: CampaignsFeature
    sync: Any
    card: CardStub
    orders: OrdersStub


@pytest.fixture
def team(live_backoffice):
    """The supervisor's client, and a customer to call (id, number)."""
    for name in ("agent1", "agent2", "sup1"):
        set_team(live_backoffice.db_url, name, TEAM)
    sup = client_for(live_backoffice.url, "sup1")
    yield sup
    sup.close()


@pytest.fixture
def customer(team) -> tuple[str, str]:
    made = team.create("customers", customer_body("13900000001", name="李娜"))
    return made.id, "+8613900000001"


@pytest.fixture
def desk(live_backoffice, make_shell, tmp_path):
    """``desk(username)``: a shell with the campaigns feature, the user's CRM link and recording stubs."""
    made: list[Desk] = []

    def make(username: str = "agent1") -> Desk:
        shell = make_shell(username)
        sync = engine_for(
            client_for(live_backoffice.url, username), tmp_path / f"{username}.db", entities=("customers",)
        )
        card, orders = CardStub(), OrdersStub()
        shell.ctx.services.provide(SCREENPOP, card)
        shell.ctx.services.provide(ORDERS, orders)
        feature = install(shell.ctx, shell.window)
        shell.ctx.services.provide(CRM, service_for(sync, shell.window, username))
        desk = Desk(shell, feature, sync, card, orders)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.feature.shutdown()
        desk.shell.ctx.tasks.finish_writes()
        desk.sync.stop()
        desk.sync.store.close()
        desk.sync.client.close()
