"""One copy per profile: a second launch on the same profile brings the first window to the front and
exits without starting a second back office; another profile runs on its own; a crashed copy's lock
does not keep the profile."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agent_desktop.shell.single_instance import ADDRESS_FILE, LOCK_FILE, SingleInstance

ROOT = Path(__file__).resolve().parents[3]


def _env(policy: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENT_DESKTOP_POLICY=str(policy), **extra)


def _main(profile: Path, policy: Path, *args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--profile", str(profile), *args],
        cwd=ROOT,
        env=_env(policy, **popen.pop("env", {})),
        text=True,
        **popen,
    )


def _back_offices(db: Path) -> list[int]:
    """Processes serving the back office database ``db``."""
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if str(db).encode() in cmdline and b"--db" in cmdline:
            pids.append(int(entry.name))
    return pids


def _wait_for(predicate, timeout: float, what: str, alive=lambda: True) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert alive() and time.monotonic() < deadline, what
        time.sleep(0.05)


@pytest.mark.e2e
@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="counts processes through /proc")
def test_a_second_launch_on_the_profile_raises_the_first_and_exits(tmp_path: Path, no_system_policy: Path) -> None:
    profile = tmp_path / "agent"
    log = profile / "logs" / "agent-desktop.log"
    first = _main(
        profile, no_system_policy, "--features", "crm_link", stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        _wait_for(
            lambda: log.exists() and "embedded back office (process" in log.read_text(errors="replace"),
            40,
            "the first copy's back office never served",
            alive=lambda: first.poll() is None,
        )
        db = (profile / "data" / "backoffice" / "backoffice.db").resolve()
        assert len(_back_offices(db)) == 1
        other = _main(
            tmp_path / "other",
            no_system_policy,
            "--no-features",
            "--quit-after-ms",
            "200",
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )  # another profile: not the first copy's business

        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--profile", str(profile), "--features", "crm_link"],
            cwd=ROOT,
            env=_env(no_system_policy),
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert second.returncode == 0, second.stderr
        assert "already running on this profile" in second.stderr
        assert time.monotonic() - started < 10
        _wait_for(
            lambda: "bringing the window to the front" in log.read_text(errors="replace"),
            5,
            "the first copy was not asked for its window",
        )
        assert "another launch on this profile asked for the window" in log.read_text(errors="replace")
        assert len(_back_offices(db)) == 1

        _, other_err = other.communicate(timeout=30)
        assert other.returncode == 0 and "already running" not in other_err
        assert "quitting" in (tmp_path / "other" / "logs" / "agent-desktop.log").read_text(errors="replace")
        assert first.poll() is None  # the first copy runs on
    finally:
        if first.poll() is None:
            first.send_signal(signal.SIGTERM)
        try:
            first.wait(30)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait()
    assert first.returncode == 0


def test_a_crashed_copys_lock_does_not_keep_the_profile(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    crashed = subprocess.run(  # takes the lock and dies without releasing it
        [
            sys.executable,
            "-c",
            "import os, sys; from PySide6.QtCore import QLockFile; lock = QLockFile(sys.argv[1]); "
            "lock.setStaleLockTime(0); assert lock.tryLock(0); os._exit(0)",
            str(data / LOCK_FILE),
        ],
        timeout=30,
    )
    assert crashed.returncode == 0 and (data / LOCK_FILE).exists()
    instance = SingleInstance(data)
    try:
        assert instance.acquire()
        assert not SingleInstance(data).acquire()  # now held, by a live process
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        other = SingleInstance(elsewhere)
        assert other.acquire()  # another profile
        other.release()
    finally:
        instance.release()


def test_a_later_launch_reaches_the_first_copy_and_strangers_do_not(qtbot, tmp_path: Path) -> None:
    import socket
    import threading

    first = SingleInstance(tmp_path)
    assert first.acquire()
    try:
        later = SingleInstance(tmp_path)
        assert not later.acquire()
        port, token = (tmp_path / ADDRESS_FILE).read_bytes().split()
        with socket.create_connection(("127.0.0.1", int(port)), timeout=2) as stranger:
            stranger.sendall(b"show " + b"0" * len(token) + b"\n")  # not the token: closed unanswered
            stranger.setblocking(False)
            answers: list[bytes] = []

            def closed() -> bool:
                try:
                    answers.append(stranger.recv(64))
                except BlockingIOError:
                    return False
                return answers[-1] == b""

            with qtbot.assertNotEmitted(first.sig_show_requested):
                qtbot.waitUntil(closed, timeout=5000)
            assert answers == [b""]
        asked: list[bool] = []
        with qtbot.waitSignal(first.sig_show_requested, timeout=5000):
            thread = threading.Thread(target=lambda: asked.append(later.ask_first_copy_to_show(timeout_s=5)))
            thread.start()
        qtbot.waitUntil(lambda: asked == [True], timeout=5000)
        thread.join(5)
    finally:
        first.release()
    assert not (tmp_path / ADDRESS_FILE).exists()
    assert SingleInstance(tmp_path).ask_first_copy_to_show(timeout_s=0.3) is False  # nobody listens now
