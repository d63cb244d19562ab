"""File → Sign out against the real back office over HTTP, with the real CRM link and presence: what
quitting asks is asked first (Cancel keeps everything as it was); then the app stops as at a quit
(presence tells the back office the agent logged out), the session ends on the server, the stored
password is forgotten and the app starts again (its next start asks who signs in). With the embedded
back office there is nobody else to sign in: no Sign out."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa

from agent_desktop.features import catalogue
from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.shell.credentials import SERVICE, crm_account
from agent_desktop.shell.feature_host import FeatureHost
from agent_desktop.shell.keys import QUIT_GUARDS
from tests.backoffice.test_presence import PASSWORD, new_user
from tests.fixtures.backoffice import BackofficeProcess

pytestmark = pytest.mark.e2e

Answer = tuple[Callable[[], None], Callable[[], None]]


def sessions_of(server: BackofficeProcess, user_id: str) -> int:
    """The user's sessions the back office holds (its database, read directly)."""
    engine = sa.create_engine(server.db_url)
    try:
        with engine.connect() as conn:
            return int(
                conn.execute(sa.text("SELECT count(*) FROM sessions WHERE user_id = :u"), {"u": user_id}).scalar()
            )
    finally:
        engine.dispose()


def last_state(server: BackofficeProcess, user_id: str) -> str | None:
    items = server.session("admin").get(f"/presence/history/{user_id}").json()["items"]
    return items[-1]["state"] if items else None


def test_sign_out_asks_first_then_ends_the_session_forgets_the_password_and_starts_again(
    make_shell, qtbot, backoffice_server, memory_keyring
) -> None:
    user, _session = new_user(backoffice_server, "agent", f"team-{uuid.uuid4().hex[:6]}")
    name, url = user["username"], backoffice_server.url
    shell = make_shell(show=False, overrides={"sip.local_port": 0, "crm.url": url, "crm.username": name})
    ctx = shell.ctx
    account = crm_account(name, url)
    ctx.credentials.keep(account, PASSWORD)
    shell.features = FeatureHost(catalogue(("crm_link", "presence", "accounts")))
    with qtbot.waitSignal(shell.sig_features_installed, timeout=15000):  # as a start installs them
        shell.start()
    accounts = dict(shell.features.installed)["accounts"]
    qtbot.waitUntil(lambda: ctx.services.get(CRM) is not None, timeout=15000)
    service: CrmService = ctx.services.get(CRM)
    assert accounts.sign_out_action.isVisible() and not accounts.users_action.isVisible()  # an agent
    qtbot.waitUntil(lambda: last_state(backoffice_server, user["id"]) == "ready", timeout=15000)
    assert sessions_of(backoffice_server, user["id"]) == 2  # the desktop's, and new_user's own

    guards = ctx.services.get(QUIT_GUARDS)
    asked: list[Answer] = []

    def guard(proceed: Callable[[], None], cancel: Callable[[], None]) -> None:
        asked.append((proceed, cancel))  # e.g. the card's wrap-up not submitted: answered later

    guards.add(guard)
    accounts.sign_out_action.trigger()
    assert len(asked) == 1 and not shell.restart_requested and shell.window.isVisible()
    asked[0][1]()  # Cancel: nothing changes
    assert not shell.restart_requested and shell.window.isVisible()
    assert memory_keyring.store[(SERVICE, account)] == PASSWORD
    assert sessions_of(backoffice_server, user["id"]) == 2 and ctx.services.get(CRM) is service

    accounts.sign_out_action.trigger()
    assert len(asked) == 2 and not shell.restart_requested
    asked[1][0]()  # settled: signing out goes on
    assert shell.restart_requested and not shell.window.isVisible()
    assert shell.features.installed == []  # every feature stopped, as at a quit
    assert (SERVICE, account) not in memory_keyring.store
    assert sessions_of(backoffice_server, user["id"]) == 1  # the desktop's ended: its token is refused
    assert last_state(backoffice_server, user["id"]) == "logged_out"

    # the next start (the same profile and settings) asks who signs in, the last user name filled in
    from agent_desktop.features.crm_link.login_dialog import CrmLoginDialog

    again = make_shell(show=False, overrides={"sip.local_port": 0, "crm.url": url, "crm.username": name})
    again.features = FeatureHost(catalogue(("crm_link", "accounts")))
    with qtbot.waitSignal(again.sig_features_installed, timeout=15000):
        again.start()
    dialogs: list[CrmLoginDialog] = []

    def asked_to_sign_in() -> bool:
        dialogs[:] = [d for d in again.window.findChildren(CrmLoginDialog) if d.isVisible()]
        return bool(dialogs)

    qtbot.waitUntil(asked_to_sign_in, timeout=15000)
    assert dialogs[0].username_edit.text() == name and dialogs[0].password_edit.text() == ""
    assert again.ctx.services.get(CRM) is None
    dialogs[0].reject()


def test_with_the_embedded_back_office_there_is_no_sign_out(make_shell) -> None:
    from agent_desktop.features.accounts.feature import install

    shell = make_shell()
    feature = install(shell.ctx, shell.window)
    try:
        service: Any = CrmService(None, None, None, "", "agent", embedded=True)  # type: ignore[arg-type]
        shell.ctx.services.provide(CRM, service)
        assert not feature.sign_out_action.isVisible()
        feature.sign_out()
        assert not shell.restart_requested and not service.end_session_on_close
    finally:
        feature.shutdown()


def test_a_sign_out_the_crm_cannot_hear_still_signs_out_here() -> None:
    """Unreachable: the client forgets its token and does not sign in again by itself (the server's
    session ends at its expiry); the caller learns it was not ended there."""
    from crm.client import ClientConfig, CrmClient
    from tests.fixtures.ports import free_port

    asked: list[bool] = []

    def credentials() -> tuple[str, str]:
        asked.append(True)
        return ("agent", "agent-demo")

    client = CrmClient(
        ClientConfig(f"http://127.0.0.1:{free_port()}", timeout_s=2, retries=0), credentials=credentials, token="t"
    )
    assert client.signed_in
    assert client.logout() is False
    assert not client.signed_in and asked == []
    assert client.logout() is True  # nothing left to end
