"""Customer search → "Add to a campaign…" (supervisors) against the real back office: a new draft
campaign gets the customers the search finds, and the back office's report (kept, refused with the
reason) is shown; agents keep the Call Back queue's call list."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialogButtonBox

from agent_desktop.features.campaigns.labels import problem_label
from crm.schemas import CustomerSearch
from tests.crm.helpers import customer_body
from tests.screens.clipping import clipped_texts


class SearchStub:
    """The search feature's api as far as the campaigns feature uses it."""

    def __init__(self) -> None:
        self.handler = None

    def set_campaign_handler(self, handler) -> None:
        self.handler = handler


def test_a_supervisor_adds_a_search_to_a_new_draft_campaign_and_sees_the_report(desk, team, qtbot):
    from agent_desktop.features.search.api import SEARCH

    tag = f"t{uuid.uuid4().hex[:6]}"
    team.create("customers", customer_body("13900000031", name="张伟", tags=[tag]))
    refused = team.create("customers", customer_body("13900000032", name="王强", tags=[tag]))
    team.request("POST", "/dnc", json={"customer_id": refused.id}, idempotency_key=uuid.uuid4().hex)
    sup = desk("sup1")
    search = SearchStub()
    sup.shell.ctx.services.provide(SEARCH, search)
    qtbot.waitUntil(lambda: search.handler is not None, timeout=5000)
    dialog = search.handler(CustomerSearch(tag=tag))
    qtbot.waitUntil(lambda: dialog.campaign.count() >= 1, timeout=5000)
    dialog.campaign.setCurrentIndex(dialog.campaign.count() - 1)  # a new draft
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert "Name the new campaign" in dialog.message.text()  # nothing sent, the dialog stays
    dialog.new_name.setText("老客户回访")
    ok.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert (dialog.report.kept, len(dialog.report.rejected)) == (1, 1)
    assert dialog.message.text() == "1 customer added; 1 refused"
    assert dialog.refused.item(0, 1).text() == problem_label("dnc")
    assert clipped_texts(dialog) == []
    campaigns = team.request("GET", "/campaigns").json()
    assert [c["status"] for c in campaigns if c["name"] == "老客户回访"] == ["draft"]


def test_agents_keep_the_call_list(desk, team, qtbot):
    from agent_desktop.features.search.api import SEARCH

    agent = desk("agent1")
    search = SearchStub()
    search.handler = "untouched"
    agent.shell.ctx.services.provide(SEARCH, search)
    qtbot.waitUntil(lambda: agent.feature.remote is not None, timeout=5000)
    qtbot.waitUntil(lambda: search.handler is None, timeout=5000)


def test_the_search_panel_hands_its_last_search_to_the_campaign_handler(qtbot, tmp_path):
    from agent_desktop.shell.tasks import BackgroundTasks
    from crm.store import Store
    from crm.store.search import LocalCustomerSearch
    from forms.search_panel import SearchPanel

    store = Store(tmp_path / "local.db")
    tasks = BackgroundTasks()
    panel = SearchPanel(tasks, LocalCustomerSearch(store), lambda: None)
    qtbot.addWidget(panel)
    try:
        handed = []
        panel.set_campaign_handler(handed.append)
        assert panel.call_list_button.text() == "Add to a campaign…"
        panel.conditions.texts["name"].setText("张")
        panel.run_search()
        panel.open_call_list_dialog()
        assert handed and handed[0].name == "张"
        panel.set_campaign_handler(None)
        assert panel.call_list_button.text() == "Hand to call list…"
    finally:
        tasks.shutdown()
        store.close()
