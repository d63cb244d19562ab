"""Due items the agent must notice, wherever the window is: one mechanism for every feature.

A feature whose items fall due (the to-do list, the call back queue) calls :meth:`DueAlerts.alert`
with its dock's name. The agent then gets, without the focus ever leaving the call controls:

* a tray notification (when the desktop has a tray, :data:`~agent_desktop.shell.keys.TRAY`); clicking it
  brings the window to the front, the dock's tab forward, and shows the item (the feature's ``on_open``);
* a badge on the dock's tab ("To-do ●2": the items that fell due since the agent last looked, not the
  total), cleared as soon as the agent looks at the tab (brings it forward, or comes back to the window
  while it is in front) or acknowledges (:meth:`DueAlerts.acknowledge`);
* the alert sound when ``audio.alert_sound`` is on;
* the taskbar entry asking for attention (``QApplication.alert``) while the window is not active.

The shell provides one instance as :data:`~agent_desktop.shell.keys.DUE_ALERTS`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from agent_desktop.shell.keys import TRAY

if TYPE_CHECKING:
    from agent_desktop.shell.main_window import MainWindow
    from agent_desktop.shell.services import ServiceRegistry
    from agent_desktop.shell.tray import Tray

logger = logging.getLogger(__name__)

TRAY_MESSAGE_MS = 15000
"""How long the tray notification stays (the desktop may shorten it)."""


class DueAlerts(QObject):
    """Tray message, tab badge, sound and taskbar attention for items that fell due.

    ``sound()`` plays the alert (the shell's :class:`~agent_desktop.shell.alert_sound.AlertSound`);
    ``sound_on()`` says whether it should (the setting, asked at every alert)."""

    sig_alerted = Signal(str, str, str)
    """Items of this dock fell due and were alerted (dock name, title, message)."""

    def __init__(
        self,
        window: MainWindow,
        services: ServiceRegistry,
        *,
        sound: Callable[[], object] | None = None,
        sound_on: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.sound: Callable[[], object] = sound or QApplication.beep
        self.sound_on = sound_on
        self.unseen: dict[str, set[str]] = {}
        """Per dock: the ids of the items that fell due since the agent last looked at it."""
        self._watched: set[str] = set()
        self._click: tuple[str | None, str, Callable[[str], object] | None] | None = None
        """What the last tray message shows when clicked: (dock, item id, on_open)."""
        self._tray: Tray | None = None
        services.subscribe(TRAY, self._on_tray)  # the tray comes after the window (if the desktop has one)
        window.installEventFilter(self)

    # -- alerting -------------------------------------------------------------------------------
    def alert(
        self,
        dock: str | None,
        ids: Sequence[str],
        title: str,
        message: str,
        on_open: Callable[[str], object] | None = None,
    ) -> bool:
        """Items ``ids`` of dock ``dock`` fell due: tell the agent (see the module). ``on_open(id)``
        shows the first one when the tray message is clicked. True when the tray showed the message.
        ``dock`` None: items of a feature without a dock (no badge; the feature shows them)."""
        if not ids:
            return False
        if dock is not None:
            self._watch(dock)
        if dock is not None and not self.looking_at(dock):
            unseen = self.unseen.setdefault(dock, set())
            unseen.update(ids)
            self.window.set_dock_badge(dock, len(unseen))
        shown = self._tray_message(title, message)
        if shown:
            self._click = (dock, ids[0], on_open)
        if self.sound_on():
            try:
                self.sound()
            except Exception:
                logger.exception("alert sound failed")
        if not self.window.isActiveWindow():
            QApplication.alert(self.window)  # the taskbar entry asks for attention until it is active
        self.sig_alerted.emit(dock or "", title, message)
        return shown

    def _tray_message(self, title: str, message: str) -> bool:
        tray = self.services.get(TRAY)
        if tray is None:
            return False
        tray.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)
        return True

    def acknowledge(self, dock: str) -> None:
        """The agent has seen dock ``dock``'s due items: its badge goes."""
        if self.unseen.pop(dock, None):
            self.window.set_dock_badge(dock, 0)

    def badge(self, dock: str) -> int:
        """How many of ``dock``'s items fell due since the agent last looked at it."""
        return len(self.unseen.get(dock, ()))

    # -- where the agent looks ------------------------------------------------------------------
    def on_screen(self, dock: str) -> bool:
        """Dock ``dock`` is open and in front (not behind another tab, which Qt keeps "visible")."""
        d = self.window.dock(dock)
        return d.isVisible() and not d.visibleRegion().isEmpty()

    def looking_at(self, dock: str) -> bool:
        """The window is the active one, not minimised, and dock ``dock`` is in front in it."""
        w = self.window
        return w.isVisible() and not w.isMinimized() and w.isActiveWindow() and self.on_screen(dock)

    def _watch(self, dock: str) -> None:
        if dock not in self._watched:
            self._watched.add(dock)
            self.window.dock(dock).visibilityChanged.connect(lambda visible: self._dock_visibility(dock, visible))

    def _dock_visibility(self, dock: str, visible: bool) -> None:
        """The dock's tab came forward (or the dock was opened again): the agent sees it."""
        if visible and self.window.isVisible() and not self.window.isMinimized():
            self.acknowledge(dock)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.ActivationChange, QEvent.Type.WindowStateChange):
            for dock in [d for d in self.unseen if self.looking_at(d)]:  # back at the window, tab in front
                self.acknowledge(dock)
        return False

    # -- the tray message clicked ---------------------------------------------------------------
    def _on_tray(self, tray: Tray) -> None:
        if self._tray is not None:
            try:
                self._tray.icon.messageClicked.disconnect(self._clicked)
            except (RuntimeError, TypeError):  # already gone with its window
                pass
        self._tray = tray
        tray.icon.messageClicked.connect(self._clicked)

    def _clicked(self) -> None:
        if self._click is not None:
            self.show_item(*self._click)

    def show_item(self, dock: str | None, item_id: str, on_open: Callable[[str], object] | None = None) -> None:
        """Bring the window to the front and dock ``dock``'s tab forward, then ``on_open(item_id)``."""
        w = self.window
        if w.isMinimized() or not w.isVisible():
            w.showNormal()
        w.raise_()
        w.activateWindow()
        if dock is not None:
            d = w.dock(dock)
            d.show()
            d.raise_()
            self.acknowledge(dock)
        if on_open is not None:
            on_open(item_id)
