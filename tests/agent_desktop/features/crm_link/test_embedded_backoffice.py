"""The embedded back office runs as a child process of the desktop and never outlives it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from agent_desktop.features.crm_link.core.embedded_backoffice import EmbeddedBackOffice
from crm.logfiles import LogLimits
from tests.fixtures.processes import read_line

ROOT = Path(__file__).resolve().parents[4]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by its parent) counts as gone
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _wait_gone(pid: int, timeout_s: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


def _login(url: str, username: str, password: str) -> dict:
    request = urllib.request.Request(
        f"{url}/api/v1/auth/login",
        method="POST",
        data=json.dumps({"username": username, "password": password}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.load(answer)


@pytest.mark.e2e
def test_serves_in_a_child_process_signs_the_local_agent_in_and_stops(tmp_path):
    office = EmbeddedBackOffice(tmp_path / "data", tmp_path / "logs", demo_customers=20)
    url = office.start()
    pid = office.pid
    try:
        assert pid != os.getpid() and _alive(pid)
        assert office.seeded_now and url.startswith("http://127.0.0.1:")
        username, password = office.ensure_agent()
        assert _login(url, username, password)["user"]["username"] == "agent"
        # the password reaches the child on its stdin only: not on its command line, nor in a file
        assert password.encode() not in Path(f"/proc/{pid}/cmdline").read_bytes()
        assert password.encode() not in Path(f"/proc/{pid}/environ").read_bytes()
    finally:
        office.stop()
    assert not _alive(pid)
    log = (tmp_path / "logs" / "backoffice.log").read_text()
    assert "embedded back office stopped" in log and password not in log

    again = EmbeddedBackOffice(tmp_path / "data", tmp_path / "logs", demo_customers=20)
    url = again.start()
    try:
        assert not again.seeded_now  # the same database, already seeded
        with pytest.raises(urllib.error.HTTPError):
            _login(url, "agent", password)  # last run's password no longer works
        assert _login(url, *again.ensure_agent())["token"]
    finally:
        again.stop()


@pytest.mark.e2e
def test_the_back_office_log_rotates_at_its_limit_and_keeps_its_files(tmp_path):
    logs = tmp_path / "logs"
    office = EmbeddedBackOffice(tmp_path / "data", logs, demo_customers=5, log_limits=LogLimits(max_bytes=1500, keep=2))
    office.start()  # a new database: its schema's migrations log a few KB
    office.stop()
    names = sorted(p.name for p in logs.iterdir())
    assert names == ["backoffice-stderr.log", "backoffice.log", "backoffice.log.1", "backoffice.log.2"], names
    assert all(p.stat().st_size <= 1500 for p in logs.glob("backoffice.log*"))
    assert "embedded back office stopped" in (logs / "backoffice.log").read_text()
    assert (logs / "backoffice-stderr.log").read_text() == ""  # uvicorn's lines go to the rotated log too


@pytest.mark.e2e
def test_the_back_office_stops_when_the_desktop_process_dies(tmp_path):
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from agent_desktop.features.crm_link.core.embedded_backoffice import EmbeddedBackOffice
        office = EmbeddedBackOffice({str(tmp_path / "data")!r}, demo_customers=5)
        office.start()
        print(office.pid, flush=True)
        time.sleep(120)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = read_line(parent.stdout, 60)
        assert line.strip().isdigit(), f"the desktop did not start its back office: {line!r}"
        child = int(line)
        assert _alive(child)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    assert _wait_gone(child), "the embedded back office outlived the desktop"


def test_a_child_that_cannot_start_is_reported_with_its_log(tmp_path):
    blocker = tmp_path / "data"
    blocker.mkdir()
    (blocker / "backoffice.db").mkdir()  # a directory where the database file should be
    office = EmbeddedBackOffice(blocker, tmp_path / "logs", demo_customers=5)
    with pytest.raises(RuntimeError, match="backoffice.log"):
        office.start()
    assert office.pid is None
    assert "Traceback" in (tmp_path / "logs" / "backoffice.log").read_text()


@pytest.mark.e2e
def test_a_child_that_dies_is_started_again_on_its_url_and_one_stopped_on_purpose_is_not(tmp_path):
    exits: list[tuple[int, bool]] = []
    backs: list[str] = []
    office = EmbeddedBackOffice(
        tmp_path / "data", tmp_path / "logs", demo_customers=5, on_exit=lambda *a: exits.append(a), on_back=backs.append
    )
    url = office.start()
    first = office.pid
    try:
        os.kill(first, signal.SIGKILL)
        deadline = time.monotonic() + 90
        while not backs and time.monotonic() < deadline:
            time.sleep(0.1)
        assert exits == [(-signal.SIGKILL, False)] and backs == [url]
        assert office.pid not in (None, first) and _alive(office.pid)
        assert _login(url, *office.ensure_agent())["token"]  # the same address and password serve again
    finally:
        second = office.pid
        office.stop()
    assert _wait_gone(second)
    time.sleep(1.0)  # longer than the first pause before a restart
    assert office.pid is None and exits == [(-signal.SIGKILL, False)]
