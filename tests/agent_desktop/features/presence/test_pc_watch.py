"""The PC tells presence about the agent: a screen lock on a real D-Bus session bus makes them Not ready
"away" until unlocked; losing the call's sound device makes them Not ready "headset" until it is back."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest

from agent_desktop.features.presence.feature import PresenceFeature
from agent_desktop.shell.agent_state import NOT_READY, READY
from softphone.engine.events import AudioStatus


@pytest.fixture
def session_bus() -> Iterator[str]:
    """A private D-Bus session bus (dbus-daemon), its address."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.fail("dbus-daemon is missing: scripts/setup.sh test installs it")
    proc = subprocess.Popen([daemon, "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    yield address
    proc.terminate()
    proc.wait(5)


def signal(address: str, path: str, interface: str, active: bool) -> None:
    subprocess.run(
        [
            "dbus-send",
            f"--bus={address}",
            "--type=signal",
            path,
            f"{interface}.ActiveChanged",
            f"boolean:{str(active).lower()}",
        ],
        check=True,
        timeout=5,
    )


def test_locking_the_screen_makes_the_agent_not_ready_away_and_unlocking_brings_ready_back(
    make_shell, session_bus, qtbot
) -> None:
    shell = make_shell()
    presence = PresenceFeature(shell.ctx, shell.window, session_bus=session_bus)
    try:
        assert shell.agent_state.state == READY
        signal(session_bus, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", True)
        qtbot.waitUntil(lambda: shell.agent_state.state == NOT_READY, timeout=5000)
        assert presence.machine.current.reason == "away"
        assert "screen locked" in shell.window.status_indicator("agent").text()
        shell.agent_state.set_state(READY)  # refused while away
        assert shell.agent_state.state == NOT_READY
        signal(session_bus, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", False)
        qtbot.waitUntil(lambda: shell.agent_state.state == READY, timeout=5000)
        assert presence.machine.current.state.value == "ready"
    finally:
        presence.shutdown()


class Phone:
    """Only what presence listens to on the phone: its signals, driven by the test."""

    def __init__(self) -> None:
        from PySide6.QtCore import QObject, Signal

        from softphone.engine.events import CallChanged, IncomingCall

        class Signals(QObject):
            sig_incoming_call = Signal(IncomingCall)
            sig_call_changed = Signal(CallChanged)
            sig_caller_named = Signal(int)
            sig_audio_status = Signal(AudioStatus)

        self.signals = Signals()


def test_a_headset_unplugged_makes_the_agent_not_ready_until_it_is_back_but_no_device_at_all_does_not(
    make_shell, session_bus, qtbot
) -> None:
    from agent_desktop.features.phone.api import PHONE

    shell = make_shell()
    phone = Phone().signals
    shell.ctx.services.provide(PHONE, phone)  # type: ignore[arg-type]
    presence = PresenceFeature(shell.ctx, shell.window, session_bus=session_bus)
    try:
        phone.sig_audio_status.emit(AudioStatus(False, "no sound device"))  # never had one: not "lost"
        assert shell.agent_state.state == READY
        phone.sig_audio_status.emit(AudioStatus(True))
        phone.sig_audio_status.emit(AudioStatus(False, "device gone"))
        assert shell.agent_state.state == NOT_READY and presence.machine.current.reason == "headset"
        phone.sig_audio_status.emit(AudioStatus(True))
        assert shell.agent_state.state == READY
    finally:
        presence.shutdown()
