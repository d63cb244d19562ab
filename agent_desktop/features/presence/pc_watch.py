"""What the PC says about the agent: the screen locked (they stepped away), the call headset unplugged.

Screen lock on Linux comes over D-Bus: the desktop's screen saver (``org.freedesktop.ScreenSaver`` /
``org.gnome.ScreenSaver`` ``ActiveChanged(bool)`` on the session bus) and logind's session ``Lock`` /
``Unlock`` (system bus). On Windows the window registers for session notifications
(``WTSRegisterSessionNotification``) and reads ``WM_WTSSESSION_CHANGE`` lock / unlock messages.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QByteArray, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

logger = logging.getLogger(__name__)

SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
LOGIND_SESSION = "org.freedesktop.login1.Session"
WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, WTS_SESSION_UNLOCK = 0x02B1, 0x7, 0x8


def _listen(bus: QDBusConnection, service: str, interface: str, name: str, receiver: QObject, slot: str) -> bool:
    """Connect D-Bus signal ``interface.name`` (from ``service``, any path; "" any service) to ``slot``."""
    # PySide6's stubs say the slot is bytes; at run time it takes the str that SLOT() gives
    return bool(bus.connect(service, "", interface, name, receiver, SLOT(slot)))  # type: ignore[call-overload]


class ScreenLockWatch(QObject):
    sig_locked = Signal(bool)
    """The screen was locked (True) or unlocked (False)."""

    def __init__(self, session_bus_address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locked = False
        self._filter: _WindowsSessionFilter | None = None
        if sys.platform == "win32":
            self._filter = _WindowsSessionFilter(self._set)
            return
        session = (
            QDBusConnection.connectToBus(session_bus_address, "agent-desktop-screen-lock")
            if session_bus_address
            else QDBusConnection.sessionBus()
        )
        listening = []
        for interface in SCREEN_SAVERS:
            if session.isConnected() and _listen(session, "", interface, "ActiveChanged", self, "_active(bool)"):
                listening.append(interface)
        if session_bus_address is None:
            system = QDBusConnection.systemBus()
            if system.isConnected():
                _listen(system, "org.freedesktop.login1", LOGIND_SESSION, "Lock", self, "_lock()")
                _listen(system, "org.freedesktop.login1", LOGIND_SESSION, "Unlock", self, "_unlock()")
                listening.append("logind")
        logger.info("screen lock: listening to %s", ", ".join(listening) or "nothing (no D-Bus)")

    def attach_window(self, window_id: int) -> None:
        """Windows: session notifications go to this top-level window (its ``winId()``)."""
        if self._filter is not None:
            self._filter.register(window_id)

    @Slot(bool)
    def _active(self, active: bool) -> None:
        self._set(active)

    @Slot()
    def _lock(self) -> None:
        self._set(True)

    @Slot()
    def _unlock(self) -> None:
        self._set(False)

    def _set(self, locked: bool) -> None:
        if locked != self.locked:
            self.locked = locked
            logger.info("screen %s", "locked" if locked else "unlocked")
            self.sig_locked.emit(locked)


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    """WM_WTSSESSION_CHANGE for the registered window (Windows only; reviewed, not run in CI)."""

    def __init__(self, changed: Any) -> None:
        super().__init__()
        self._changed = changed
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self)

    def register(self, window_id: int) -> None:
        import ctypes

        NOTIFY_FOR_THIS_SESSION = 0
        if not ctypes.windll.wtsapi32.WTSRegisterSessionNotification(window_id, NOTIFY_FOR_THIS_SESSION):  # type: ignore[attr-defined]
            logger.warning("screen lock: session notifications not available")

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        import ctypes.wintypes

        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind == b"windows_generic_MSG":
            msg = ctypes.wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam in (WTS_SESSION_LOCK, WTS_SESSION_UNLOCK):
                self._changed(msg.wParam == WTS_SESSION_LOCK)
        return False, 0
