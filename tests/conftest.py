"""Suite-wide test set-up: headless Qt, an in-memory keyring, and the shared fixture plugins."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt

pytest_plugins = [
    "tests.fixtures.backoffice",
    "tests.fixtures.sip",
    "tests.fixtures.shell",
]

MODIFIER_KEYS = [
    (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
    (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
    (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt),
    (Qt.KeyboardModifier.MetaModifier, Qt.Key.Key_Meta),
]


class MemoryKeyring(KeyringBackend):
    """Keyring backend for tests only: secrets live in this process's memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    """Every test gets a fresh in-memory keyring; nothing touches the real one."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp):
    """As in the app: cyclic garbage is collected on the GUI thread only (see agent_desktop.shell.gc_guard).

    Left to Python's automatic collector, a test's Qt and pjsua2 wrappers are freed whenever some
    later allocation crosses a threshold, on whichever thread made it (a uvicorn worker of a later
    test), long after Qt deleted the C++ objects behind them: seen as SIGSEGV/SIGABRT in CI.
    """
    from agent_desktop.shell.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector()
    yield collector
    collector.close()


@pytest.fixture(autouse=True)
def collect_garbage_after_each_test():
    """Each test's garbage is freed right after its teardown, on the GUI thread."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def no_key_held_after_each_test(qapp):
    """A test that clicked with Ctrl or Shift held leaves the modifier down in the application's state
    (QTest's mouse events carry it; nothing releases it): a later test's selectRow or setCurrentCell in
    the same process would then add to the selection or toggle a row off instead of selecting it, seen
    in CI when pytest-xdist ran such tests one after the other. Each test starts with no key held."""
    yield
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    held = QGuiApplication.keyboardModifiers()
    if held == Qt.KeyboardModifier.NoModifier:
        return
    receiver = QWidget()
    for modifier, key in MODIFIER_KEYS:
        if held & modifier:
            QTest.keyRelease(receiver, key)
    receiver.deleteLater()
