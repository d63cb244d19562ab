"""Secrets never reach the log file: known values and password/token patterns are masked."""

from __future__ import annotations

import logging
from pathlib import Path

from agent_desktop.shell.credentials import Credentials
from agent_desktop.shell.logging_setup import LOG_FILE, configure_logging

SECRET = "s3cr3t-Passw0rd!"


def _log_text(log_dir: Path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return (log_dir / LOG_FILE).read_text(encoding="utf-8")


def test_password_set_via_credentials_never_appears_in_the_log(tmp_path: Path, restore_logging) -> None:
    redactor = configure_logging(tmp_path, to_stderr=False)
    creds = Credentials(on_secret=redactor.add_secret)
    creds.set("sip:agent@pbx.example", SECRET)
    log = logging.getLogger("tests.redaction")
    log.info("registering with %s", SECRET)
    log.warning("REGISTER failed: password=%s realm=pbx", "hunter2-other")
    log.warning('{"username": "a", "password": "json-secret-1"}')
    log.error("HTTP 401, Authorization: Bearer eyJhbGciOi.payload.sig")
    try:
        raise RuntimeError(f"login failed for secret {SECRET}")
    except RuntimeError:
        log.exception("crash")
    text = _log_text(tmp_path)
    for secret in (SECRET, "hunter2-other", "json-secret-1", "eyJhbGciOi.payload.sig"):
        assert secret not in text
    assert "registering with ***" in text and "password=***" in text and "Bearer ***" in text
    assert "RuntimeError: login failed for secret ***" in text


def test_password_typed_in_settings_dialog_is_redacted(make_shell, qtbot, tmp_path: Path, restore_logging) -> None:
    shell = make_shell()
    redactor = configure_logging(shell.ctx.paths.log_dir, to_stderr=False)
    shell.ctx.credentials = Credentials(on_secret=redactor.add_secret)
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    dialog.forms["sip"].editors["sip.password"].setText(SECRET)
    dialog.apply_and_close()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    logging.getLogger("softphone.engine").info("auth with user=agent pw %s", SECRET)
    text = _log_text(shell.ctx.paths.log_dir)
    assert SECRET not in text and "pw ***" in text
    profile_files = [p for p in (tmp_path / "profile").rglob("*") if p.is_file()]
    assert profile_files and not any(SECRET in p.read_text(errors="replace") for p in profile_files)


def test_uncaught_exception_is_logged_redacted_and_shown(tmp_path: Path, restore_logging, monkeypatch) -> None:
    import sys
    import threading

    from agent_desktop.shell.logging_setup import install_excepthook

    redactor = configure_logging(tmp_path, to_stderr=False)
    redactor.add_secret(SECRET)
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_excepthook(lambda text: shown.append(redactor.redact(text)))
    try:
        raise ValueError(f"bad token {SECRET}")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert shown == ["ValueError: bad token ***"]
    text = _log_text(tmp_path)
    assert "uncaught exception" in text and "Traceback" in text and SECRET not in text


def test_source_lines_in_tracebacks_stay_readable(tmp_path: Path, restore_logging) -> None:
    configure_logging(tmp_path, to_stderr=False)
    logging.getLogger("tests").warning("    username, password = store.get(account)\nurl?user=a&password=abc123&x=1")
    text = _log_text(tmp_path)
    assert "username, password = store.get(account)" in text and "password=***&x=1" in text


def test_key_values_are_masked_but_words_containing_key_are_not(tmp_path: Path, restore_logging) -> None:
    configure_logging(tmp_path, to_stderr=False)
    log = logging.getLogger("tests.redaction")
    log.info("system policy %s: %d values, %d locked keys", "/etc/p.toml", 2, 3)
    log.info("shortcut keys: %s; monkey=%s; keyboard layout: %s", "Ctrl+D", "banana", "us")
    log.warning("CRM request failed: key=%s, password: %s", "k3y-value-1", "pw-value-2")
    log.warning('{"api_key": "%s", "private_key": "%s"}', "k3y-value-3", "k3y-value-4")
    log.error("HTTP 401, got %s", "Bearer eyJhbGciOi.payload.sig2")
    text = _log_text(tmp_path)
    for secret in ("k3y-value-1", "pw-value-2", "k3y-value-3", "k3y-value-4", "eyJhbGciOi.payload.sig2"):
        assert secret not in text
    assert "key=***, password: ***" in text and '"api_key": "***"' in text and "got Bearer ***" in text
    assert "2 values, 3 locked keys" in text
    assert "shortcut keys: Ctrl+D; monkey=banana; keyboard layout: us" in text
    assert "***" not in text.split("tests.redaction: shortcut keys")[1].splitlines()[0]


def test_crash_dialog_shows_the_redacted_error_and_the_log_folder(
    make_shell, qtbot, tmp_path: Path, restore_logging, monkeypatch
) -> None:
    import sys
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from agent_desktop.shell.app import _show_crash
    from agent_desktop.shell.crash_dialog import CrashDialog
    from agent_desktop.shell.logging_setup import install_excepthook

    shell = make_shell()
    shell.ctx.redactor = configure_logging(shell.ctx.paths.log_dir, to_stderr=False)
    shell.ctx.redactor.add_secret(SECRET)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_excepthook(_show_crash(shell.ctx, shell.window))
    seen: list[tuple[str, str]] = []

    def close_dialog() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, CrashDialog) and w.isVisible():
                seen.append((w.detailedText(), w.informativeText()))
                w.done(0)
                return
        QTimer.singleShot(20, close_dialog)

    QTimer.singleShot(0, close_dialog)
    try:
        raise KeyError(f"session {SECRET}")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert len(seen) == 1
    details, info = seen[0]
    assert "KeyError" in details and SECRET not in details and "***" in details
    assert str(shell.ctx.paths.log_dir) in info
