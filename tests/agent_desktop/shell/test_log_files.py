"""The app's logs on disk: pjsip's through the rotating scheme, no secret in any of them at any level, and
the diagnostics zip IT asks for (every log with its rotated files, secrets masked)."""

from __future__ import annotations

import logging
import os
import threading
import time
import zipfile
from pathlib import Path

import pytest

from agent_desktop.features.phone.core.config import engine_config
from agent_desktop.settings.schema import LogSettings, Settings, SipSettings
from agent_desktop.shell.credentials import Credentials
from agent_desktop.shell.logging_setup import LOG_FILE, configure_logging
from crm.client import ClientConfig, CrmClient
from crm.logfiles import PJSIP_LOGGER, LogLimits
from softphone.engine.engine import SipEngine
from softphone.engine.events import CallChanged, CallState, RegistrationChanged
from tests.agent_desktop.shell.test_redaction import SECRET
from tests.softphone.conftest import EventLog

SIP_PASSWORD = "Sip-Pa55word-9731"


def _registered_engine(config) -> tuple[SipEngine, EventLog]:
    engine = SipEngine(config)
    events = EventLog()
    engine.subscribe(events)
    engine.start()
    assert engine.wait_started(10), events.events
    reg = events.wait_for(lambda e: isinstance(e, RegistrationChanged), timeout=15, what="registration")
    assert reg.registered and reg.code == 200, reg
    return engine, events


def _phone_config(registrar: str, log_dir: Path, **logs: int):
    sip = SipSettings(registrar=registrar, username="agent", auto_answer=True)
    settings = Settings(sip=sip, logs=LogSettings(**logs))
    return engine_config(settings, SIP_PASSWORD, str(log_dir / "pjsip.log"))


def _all_log_text(log_dir: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(log_dir.iterdir()) if p.is_file())


@pytest.mark.e2e
def test_no_secret_reaches_any_log_after_a_sip_registration_and_a_crm_session_at_full_detail(
    tmp_path: Path, restore_logging, kamailio, backoffice_server
) -> None:
    log_dir = tmp_path / "logs"
    redactor = configure_logging(log_dir, logging.DEBUG, to_stderr=False)  # --debug: every library's lines
    credentials = Credentials(on_secret=redactor.add_secret)  # the app's keyring front: it knows the secrets
    credentials.set("sip:agent@pbx", SIP_PASSWORD)
    crm_password = backoffice_server.credentials["agent"]
    credentials.set("crm:agent", crm_password)
    registrar = kamailio({"agent": SIP_PASSWORD})
    engine, _events = _registered_engine(_phone_config(registrar.address, log_dir, sip_level=6))
    client = CrmClient(ClientConfig(backoffice_server.url))
    token = client.login("agent", crm_password).token
    client.request("GET", "/customers", params={"limit": 5})
    client.logout()
    assert engine.stop(15)

    text = _all_log_text(log_dir)
    pjsip = (log_dir / "pjsip.log").read_text(encoding="utf-8")
    assert "REGISTER sip:" in pjsip and "SIP/2.0 200 OK" in pjsip  # level 6: every message in full
    assert "Authorization: Digest ***" in pjsip  # the digest response is derived from the password
    assert "signed in to the CRM as agent" in text
    for secret in (SIP_PASSWORD, crm_password, token):
        assert secret not in text
    assert 'response="' not in pjsip


@pytest.mark.e2e
def test_pjsip_log_rotates_at_its_size_limit_keeps_its_files_and_is_written_by_the_sip_thread_only(
    tmp_path: Path, kamailio, sipp
) -> None:
    log_dir = tmp_path / "logs"
    seen_threads: set[str] = set()

    class Threads(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen_threads.add(threading.current_thread().name)

    watcher = Threads()
    logging.getLogger(PJSIP_LOGGER).addHandler(watcher)
    registrar = kamailio({"agent": SIP_PASSWORD})
    config = _phone_config(registrar.address, log_dir, sip_level=5)
    config.log_max_bytes, config.log_keep = 8000, 2
    try:
        engine, events = _registered_engine(config)
        caller = sipp("uac_caller_hangs_up.xml", registrar.address)  # answered: the media clock runs
        assert caller.wait(15) == 0, caller.output()
        events.wait_for(lambda e: isinstance(e, CallChanged) and e.state == CallState.DISCONNECTED, what="call end")
        assert engine.stop(15)
    finally:
        logging.getLogger(PJSIP_LOGGER).removeHandler(watcher)
    names = sorted(p.name for p in log_dir.iterdir())
    assert names == ["pjsip.log", "pjsip.log.1", "pjsip.log.2"], names  # the oldest ones deleted
    for path in log_dir.iterdir():
        assert 0 < path.stat().st_size <= 8000, (path.name, path.stat().st_size)
    text = "".join(p.read_text() for p in log_dir.iterdir())
    assert "SIP engine" not in text  # pjsip's lines only, not the app's
    assert "[DISCONNECTED]" in text  # the call's end with its media statistics
    assert seen_threads == {"sip"}  # the media clock's lines too are written by the SIP thread


def test_default_pjsip_level_logs_calls_and_registrations_without_whole_messages(kamailio, tmp_path: Path) -> None:
    registrar = kamailio({"agent": SIP_PASSWORD})
    engine, _events = _registered_engine(_phone_config(registrar.address, tmp_path))
    assert engine.stop(15)
    text = (tmp_path / "pjsip.log").read_text()
    assert "registration success" in text  # what happened is there
    assert "REGISTER sip:" not in text  # the messages themselves only from level 4 (logs.sip_level)


def test_app_log_limits_from_it_apply_to_the_running_log(tmp_path: Path, restore_logging) -> None:
    from agent_desktop.shell.logging_setup import apply_limits

    log_dir = tmp_path / "logs"
    configure_logging(log_dir, to_stderr=False, limits=LogLimits(max_bytes=2000, keep=3))
    log = logging.getLogger("tests.limits")
    for n in range(200):
        log.info("line %03d of a long shift", n)
    assert sorted(p.name for p in log_dir.iterdir()) == [LOG_FILE, *(f"{LOG_FILE}.{n}" for n in (1, 2, 3))]
    assert all(p.stat().st_size <= 2000 for p in log_dir.iterdir())
    assert "line 199" in (log_dir / LOG_FILE).read_text()
    apply_limits(LogLimits(max_bytes=1000, keep=1))  # IT lowered them: the surplus goes at once
    log.info("after the change")
    assert sorted(p.name for p in log_dir.iterdir()) == [LOG_FILE, f"{LOG_FILE}.1"]


def test_export_diagnostics_holds_every_log_with_its_rotated_files_and_masks_secrets(
    tmp_path: Path, restore_logging
) -> None:
    from agent_desktop.shell.diagnostics import export_diagnostics

    log_dir = tmp_path / "logs"
    redactor = configure_logging(log_dir, to_stderr=False, limits=LogLimits(max_bytes=3000, keep=2))
    redactor.add_secret(SECRET)
    for n in range(100):
        logging.getLogger("tests.diagnostics").info("call %03d answered", n)
    (log_dir / "pjsip.log.1").write_text(f"Authorization: Digest username=agent, response=abc\npw {SECRET}\n")
    (log_dir / "backoffice.log").write_text("embedded back office stopped\n")
    (log_dir / "notes.txt").write_text("not a log")
    dest = tmp_path / "out" / "diag.zip"
    export_diagnostics(dest, log_dir, redactor.redact, {"about.txt": f"Agent Desktop\ntoken={SECRET}\n"})
    with zipfile.ZipFile(dest) as archive:
        names = set(archive.namelist())
        everything = "".join(archive.read(n).decode() for n in names)
    assert names == {
        "about.txt",
        "logs/agent-desktop.log",
        "logs/agent-desktop.log.1",
        "logs/agent-desktop.log.2",
        "logs/pjsip.log.1",
        "logs/backoffice.log",
    }
    assert "call 099 answered" in everything and "embedded back office stopped" in everything
    assert SECRET not in everything and "response=abc" not in everything  # an older file's secret masked too
    assert not (tmp_path / "out" / "diag.zip.part").exists()


def test_the_logs_in_a_diagnostics_zip_keep_the_dates_they_were_written(tmp_path: Path, restore_logging) -> None:
    from agent_desktop.shell.diagnostics import export_diagnostics

    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    (log_dir / "pjsip.log.1").write_text("2026-12-05 17:00:00.000 pjsua_call.c call ended\n")
    written = time.mktime((2026, 12, 5, 17, 0, 10, 0, 0, -1))
    os.utime(log_dir / "pjsip.log.1", (written, written))
    dest = tmp_path / "diag.zip"
    export_diagnostics(dest, log_dir, str)
    with zipfile.ZipFile(dest) as archive:
        assert archive.getinfo("logs/pjsip.log.1").date_time == (2026, 12, 5, 17, 0, 10)  # not 1980-01-01
        assert archive.getinfo("logs/pjsip.log.1").compress_type == zipfile.ZIP_DEFLATED


def test_export_diagnostics_from_the_command_line(tmp_path: Path, restore_logging, capsys) -> None:
    import main as desktop

    profile = tmp_path / "profile"
    (profile / "logs").mkdir(parents=True)
    (profile / "logs" / "pjsip.log.3").write_text("2026-12-07 09:00:00.000 pjsua_acc.c registration success\n")
    dest = tmp_path / "diag.zip"
    assert desktop.main(["--profile", str(profile), "--export-diagnostics", str(dest)]) == 0
    assert f"diagnostics written to {dest}" in capsys.readouterr().err
    with zipfile.ZipFile(dest) as archive:
        names = set(archive.namelist())
        settings = archive.read("settings.toml").decode()
    assert {"settings.toml", "about.txt", "logs/agent-desktop.log", "logs/pjsip.log.3"} <= names
    assert "[logs]" in settings and "sip_level = 3" in settings


def test_help_menu_exports_diagnostics_in_the_background_and_says_where(make_shell, qtbot, tmp_path: Path) -> None:
    shell = make_shell(overrides={"logs.sip_level": 4})
    log_dir = shell.ctx.paths.log_dir
    (log_dir / "pjsip.log").write_text("2026-12-07 09:00:00.000 pjsua_acc.c registration success\n")
    (log_dir / "pjsip.log.1").write_text("2026-12-06 17:00:00.000 pjsua_call.c call ended\n")
    help_menu = shell.window.menu("help")
    action = next(a for a in help_menu.actions() if a.text() == "E&xport diagnostics…")
    dest = tmp_path / "for-it.zip"
    shell.export_diagnostics(dest)  # what the action runs once the file dialog gave a place
    window = shell.window
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Diagnostics saved to {dest}", timeout=10000)
    with zipfile.ZipFile(dest) as archive:
        names = set(archive.namelist())
        settings = archive.read("settings.toml").decode()
    assert {"logs/pjsip.log", "logs/pjsip.log.1", "settings.toml", "about.txt"} <= names
    assert "sip_level = 4  # override" in settings
    assert action.isEnabled()


def test_a_lowered_keep_removes_the_surplus_old_files_of_the_phone_log_at_its_next_start(tmp_path: Path) -> None:
    from softphone.engine.config import EngineConfig
    from softphone.engine.pj_log import PjsipLogFile

    for n in range(1, 6):
        (tmp_path / f"pjsip.log.{n}").write_text(f"old file {n}\n")
    log_file = PjsipLogFile(EngineConfig(log_file=str(tmp_path / "pjsip.log"), log_keep=2))
    log_file.close()
    assert sorted(p.name for p in tmp_path.glob("pjsip.log*")) == ["pjsip.log.1", "pjsip.log.2"]


@pytest.mark.e2e
def test_the_apps_phone_writes_pjsip_log_in_the_log_folder_at_its_level_without_the_password(
    make_shell, kamailio, qtbot, restore_logging
) -> None:
    from agent_desktop.features.phone import feature as phone_feature
    from agent_desktop.features.phone.core.config import sip_password_key

    registrar = kamailio({"agent": SIP_PASSWORD})
    shell = make_shell(overrides={"sip.local_port": 0, "sip.registrar": registrar.address, "logs.sip_level": 5})
    log_dir = shell.ctx.paths.log_dir
    redactor = configure_logging(log_dir, logging.DEBUG, to_stderr=False)
    shell.ctx.credentials = Credentials(on_secret=redactor.add_secret)
    shell.ctx.credentials.set(sip_password_key(shell.ctx.settings.sip), SIP_PASSWORD)
    feature = phone_feature.install(shell.ctx, shell.window)
    try:
        sip = shell.window.status_indicator("sip")
        qtbot.waitUntil(lambda: sip.text() == "Registered", timeout=10000)
    finally:
        feature.shutdown()
    pjsip = (log_dir / "pjsip.log").read_text(encoding="utf-8")
    assert "REGISTER sip:" in pjsip and "Authorization: Digest ***" in pjsip
    assert SIP_PASSWORD not in _all_log_text(log_dir)
