"""The shared CRM's live events reach the desktop as Qt signals once signed in, and stop with the link."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from agent_desktop.features.crm_link import feature as crm_link
from agent_desktop.features.crm_link.api import LIVE
from agent_desktop.shell.credentials import crm_account
from tests.crm.conftest import live_backoffice  # noqa: F401 - fixture
from tests.crm.helpers import PASSWORD, client_for

pytestmark = pytest.mark.e2e


def test_a_signed_in_supervisor_hears_an_agents_state_change_and_the_stream_ends_with_the_link(
    make_shell, qtbot, live_backoffice
) -> None:
    url = live_backoffice.url
    shell = make_shell(overrides={"crm.url": url, "crm.username": "sup1"})
    shell.ctx.credentials.keep(crm_account("sup1", url), PASSWORD)
    link = crm_link.install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: LIVE in shell.ctx.services and shell.ctx.services.get(LIVE).connected, timeout=15_000)
    live = shell.ctx.services.get(LIVE)
    heard: list[tuple[str, dict]] = []
    live.sig_event.connect(lambda kind, data: heard.append((kind, data)))
    agent = client_for(url, "agent1")
    at = datetime.now(timezone.utc).isoformat()
    agent.request("POST", "/presence/events", json={"events": [{"seq": 1, "state": "ready", "at": at}]})
    qtbot.waitUntil(lambda: any(kind == "presence" for kind, _ in heard), timeout=5000)
    kind, data = next(h for h in heard if h[0] == "presence")
    assert data["username"] == "agent1" and data["state"] == "ready"
    link.shutdown()
    assert LIVE not in shell.ctx.services and not live.connected
    agent.close()
