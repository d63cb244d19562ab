"""The CRM feature in the shell: embedded back office by default, a shared one by URL."""

from __future__ import annotations

import os
import signal

import keyring
import pytest
import requests
from keyrings.alt.file import PlaintextKeyring

from agent_desktop.features.crm_link import feature as crm_link
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.crm_link.login_dialog import CrmLoginDialog
from tests.crm.conftest import live_backoffice  # noqa: F401 - fixture
from tests.crm.helpers import PASSWORD, customer_body, make_user

pytestmark = pytest.mark.e2e


def _online(shell) -> bool:
    indicator = shell.window.status_indicator("crm")
    return CRM in shell.ctx.services and indicator.level == "ok" and "online" in indicator.text()


def test_embedded_back_office_starts_seeded_signs_in_and_syncs(make_shell, qtbot, tmp_path):
    # A machine without a secure keyring (kiosk, CI, fresh headless box): the embedded default
    # still works, because the local agent's password lives only in this process's memory.
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "plain_keyring.cfg")
    keyring.set_keyring(plaintext)
    shell = make_shell()
    link = crm_link.install(shell.ctx, shell.window)
    assert shell.window.status_indicator("crm").level == "warn"  # connecting, window responsive
    qtbot.waitUntil(lambda: _online(shell), timeout=90_000)
    service = shell.ctx.services.get(CRM)
    assert service.embedded and service.url.startswith("http://127.0.0.1:")
    assert not (tmp_path / "plain_keyring.cfg").exists()  # no secret was written anywhere
    store = service.store
    qtbot.waitUntil(lambda: store.count("customers") >= 500 and link.view.progress_bar is None, timeout=30_000)
    local = store.create("customers", customer_body("13512345678", name="新客户"))
    qtbot.waitUntil(lambda: store.outbox_counts() == (0, 0), timeout=10_000)
    assert service.client.get("customers", local["id"]).name == "新客户"
    url = service.url
    link.shutdown()
    assert CRM not in shell.ctx.services
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{url}/api/v1/health", timeout=2)

    # the next start reuses the data; nothing is seeded twice
    again = crm_link.install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: _online(shell), timeout=60_000)
    service = shell.ctx.services.get(CRM)
    assert service.client.search_customers(name="新客户").total == 1
    again.shutdown()

    # the back-office database removed: a new one is seeded and the local copy starts over
    for path in (shell.ctx.paths.data_dir / "backoffice").iterdir():
        path.unlink()
    third = crm_link.install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: _online(shell), timeout=60_000)
    store = shell.ctx.services.get(CRM).store
    qtbot.waitUntil(lambda: store.count("customers") >= 500, timeout=30_000)
    assert store.search_customers("新客户") == []
    third.shutdown()


def test_shared_back_office_asks_for_the_password_once_and_keeps_it_in_the_keyring(make_shell, qtbot, live_backoffice):
    shell = make_shell(overrides={"crm.url": live_backoffice.url, "crm.username": "agent1"})
    link = crm_link.install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: shell.window.findChild(CrmLoginDialog) is not None, timeout=10_000)
    dialog = shell.window.findChild(CrmLoginDialog)
    assert dialog.username() == "agent1"
    dialog.password_edit.setText("wrong-password")
    dialog.accept()
    # a wrong password: asked again, with a message
    qtbot.waitUntil(
        lambda: any(d.isVisible() and d is not dialog for d in shell.window.findChildren(CrmLoginDialog)),
        timeout=10_000,
    )
    retry = next(d for d in shell.window.findChildren(CrmLoginDialog) if d.isVisible())
    retry.password_edit.setText(PASSWORD)
    retry.accept()
    qtbot.waitUntil(lambda: _online(shell), timeout=30_000)
    account = f"crm:agent1@{live_backoffice.url}"
    assert keyring.get_password("agent-desktop", account) == PASSWORD
    link.shutdown()
    # next time: no dialog, straight online
    link = crm_link.install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: _online(shell), timeout=30_000)
    assert not any(d.isVisible() for d in shell.window.findChildren(CrmLoginDialog))
    link.shutdown()


def test_a_password_changed_on_the_server_is_asked_again_and_sync_resumes(
    make_shell, qtbot, live_backoffice, memory_keyring
):
    url = live_backoffice.url
    memory_keyring.set_password("agent-desktop", f"crm:agent1@{url}", PASSWORD)
    shell = make_shell(overrides={"crm.url": url, "crm.username": "agent1"})
    link = crm_link.install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: _online(shell), timeout=30_000)
    service = shell.ctx.services.get(CRM)
    make_user(live_backoffice.db_url, "agent1", "agent", password="a-brand-new-password")
    service.client._token = "revoked"  # as after the server expired the session
    service.store.create("customers", customer_body("13512340000", name="离线时录入"))
    qtbot.waitUntil(lambda: shell.window.findChild(CrmLoginDialog) is not None, timeout=20_000)
    assert shell.window.status_indicator("crm").level == "error"
    dialog = shell.window.findChild(CrmLoginDialog)
    dialog.password_edit.setText("a-brand-new-password")
    dialog.accept()
    qtbot.waitUntil(lambda: _online(shell) and service.store.outbox_counts() == (0, 0), timeout=20_000)
    assert memory_keyring.get_password("agent-desktop", f"crm:agent1@{url}") == "a-brand-new-password"
    link.shutdown()


def test_a_killed_embedded_back_office_comes_back_by_itself_and_gets_what_was_queued(make_shell, qtbot, caplog):
    shell = make_shell()
    link = crm_link.install(shell.ctx, shell.window)
    try:
        qtbot.waitUntil(lambda: _online(shell), timeout=90_000)
        service = shell.ctx.services.get(CRM)
        old_pid, url = link.embedded.pid, service.url
        os.kill(old_pid, signal.SIGKILL)  # a crash, an out-of-memory kill, an admin's kill -9
        indicator = shell.window.status_indicator("crm")
        qtbot.waitUntil(lambda: indicator.text().startswith("CRM restarting"), timeout=10_000)
        assert indicator.level == "error" and "being started again" in indicator.toolTip()
        local = service.store.create("customers", customer_body("13512349999", name="重启时录入"))
        # back by itself on the same URL, and what the agent saved meanwhile reaches it
        qtbot.waitUntil(lambda: link.embedded.pid not in (None, old_pid), timeout=90_000)
        qtbot.waitUntil(lambda: _online(shell) and service.store.outbox_counts() == (0, 0), timeout=90_000)
        assert service.url == url and link.embedded.url == url
        assert service.client.get("customers", local["id"]).name == "重启时录入"
        assert f"process {old_pid}) exited unexpectedly with code -9" in caplog.text
    finally:
        link.shutdown()
