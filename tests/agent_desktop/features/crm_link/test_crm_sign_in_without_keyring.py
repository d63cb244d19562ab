"""A shared CRM on a desktop without a usable system password store (no keyring, a locked one): the
agent is asked, signs in, the password lives in memory for the session, and the status bar says so."""

from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from agent_desktop.features.crm_link import feature as crm_link
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.crm_link.login_dialog import CrmLoginDialog
from resources.colours import meaning
from tests.crm.conftest import live_backoffice  # noqa: F401 - fixture
from tests.crm.helpers import PASSWORD
from tests.fixtures.keyrings import LockedKeyring

pytestmark = pytest.mark.e2e


def _online(shell) -> bool:
    indicator = shell.window.status_indicator("crm")
    return CRM in shell.ctx.services and indicator.level == "ok" and "online" in indicator.text()


def _visible_login(shell) -> CrmLoginDialog | None:
    return next((d for d in shell.window.findChildren(CrmLoginDialog) if d.isVisible()), None)


def _files_holding(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_without_a_password_store_the_agent_signs_in_and_is_told_the_password_is_not_kept(
    make_shell, qtbot, live_backoffice, tmp_path, caplog
):
    caplog.set_level(logging.INFO)
    keyring.set_keyring(fail.Keyring())  # no GNOME Keyring, no KWallet
    shell = make_shell(overrides={"crm.url": live_backoffice.url, "crm.username": "sup1"})
    password_indicator = shell.window.status_indicator("crm_password")
    assert not password_indicator.isVisible()
    link = crm_link.install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: _visible_login(shell) is not None, timeout=10_000)
    dialog = _visible_login(shell)
    assert dialog.username() == "sup1"
    assert "kept only until you quit" in dialog.findChild(QLabel, "CrmLoginNote").text()
    assert dialog.findChild(QLabel, "CrmLoginError") is None  # nothing went wrong yet
    assert password_indicator.isVisible() and password_indicator.level == "warn"
    assert shell.window.status_indicator("crm").text() == "CRM sign-in needed"
    dialog.password_edit.setText(PASSWORD)
    dialog.accept()
    qtbot.waitUntil(lambda: _online(shell), timeout=20_000)
    assert shell.ctx.services.get(CRM).role == "supervisor"
    assert password_indicator.isVisible() and password_indicator.text() == "Password not saved"
    assert "No system password store" in password_indicator.toolTip()

    # the status bar speaks the agent's language
    shell.ctx.translations.set_language("zh_CN")
    qtbot.waitUntil(lambda: password_indicator.text() != "Password not saved")
    assert "密码" in password_indicator.text() and "密码" in password_indicator.toolTip()
    shell.ctx.translations.set_language("en")
    qtbot.waitUntil(lambda: password_indicator.text() == "Password not saved")

    # for the rest of the session the password is known: signing in again asks nothing
    link.shutdown()
    assert not password_indicator.isVisible()
    link = crm_link.install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: _online(shell), timeout=20_000)
    assert _visible_login(shell) is None and password_indicator.isVisible()
    link.shutdown()

    # one clear warning, no traceback, and the password nowhere: not in the log, not on disk
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in warnings if "password store" in r.getMessage()] == [
        "credentials: no usable password store (keyring.backends.fail.Keyring); "
        "passwords are kept in memory for this session only"
    ]
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert PASSWORD not in caplog.text
    assert _files_holding(tmp_path, PASSWORD) == []


def test_a_refused_password_stands_out_on_its_own_line_and_the_user_name_typed_stays(
    make_shell, qtbot, live_backoffice
):
    """Trial finding: "Wrong user name or password" ran into the keyring notice as plain text."""
    keyring.set_keyring(fail.Keyring())
    shell = make_shell(overrides={"crm.url": live_backoffice.url, "crm.username": "agent1"})
    link = crm_link.install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: _visible_login(shell) is not None, timeout=10_000)
    first = _visible_login(shell)
    first.username_edit.setText("sup1")  # the agent corrects the user name, and mistypes the password
    first.password_edit.setText("not-the-password")
    first.accept()
    qtbot.waitUntil(lambda: _visible_login(shell) not in (None, first), timeout=10_000)
    retry = _visible_login(shell)
    error = retry.findChild(QLabel, "CrmLoginError")
    assert error.text() == "Wrong user name or password" and error.isVisible()
    assert error.palette().color(QPalette.ColorRole.WindowText) == meaning("error") and error.font().bold()
    assert not retry.findChild(QLabel, "CrmLoginErrorIcon").pixmap().isNull()
    assert "kept only until you quit" in retry.findChild(QLabel, "CrmLoginNote").text()
    assert retry.username() == "sup1" and retry.password() == ""
    retry.password_edit.setText(PASSWORD)
    retry.accept()
    qtbot.waitUntil(lambda: _online(shell), timeout=20_000)
    assert shell.ctx.services.get(CRM).username == "sup1"
    link.shutdown()


def test_a_session_only_password_entered_in_settings_signs_in(make_shell, qtbot, live_backoffice, tmp_path):
    keyring.set_keyring(LockedKeyring())
    shell = make_shell(overrides={"crm.url": live_backoffice.url, "crm.username": "agent1"})
    link = crm_link.install(shell.ctx, shell.window)
    qtbot.waitUntil(lambda: _visible_login(shell) is not None, timeout=10_000)
    _visible_login(shell).reject()  # the agent prefers the Settings
    indicator = shell.window.status_indicator("crm")
    assert indicator.level == "error" and indicator.toolTip() == "Not signed in to the CRM"
    settings = shell.open_settings()
    qtbot.addWidget(settings)
    assert settings.session_only.isVisibleTo(settings) and settings.session_only.isChecked()
    assert "kept only until you quit" in settings.keyring_note.text()
    settings.tabs.setCurrentWidget(settings.forms["crm"])
    settings.forms["crm"].editors["crm.password"].setText(PASSWORD)
    settings.apply_and_close()
    qtbot.waitUntil(lambda: not settings.isVisible())
    qtbot.waitUntil(lambda: _online(shell), timeout=20_000)
    assert _visible_login(shell) is None
    assert shell.window.status_indicator("crm_password").isVisible()
    link.shutdown()
    assert _files_holding(tmp_path, PASSWORD) == []
