"""Tray icon: show/hide the window and quit. Absent when the desktop has no system tray."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from resources import loader

logger = logging.getLogger(__name__)


class Tray(QObject):
    """Wraps a QSystemTrayIcon for the main window."""

    sig_quit_requested = Signal()
    """The user chose Quit in the tray menu."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.icon = QSystemTrayIcon(loader.icon("app"), self)
        self.menu = QMenu()
        self.act_toggle = QAction(self)
        self.act_toggle.triggered.connect(self.toggle_window)
        self.act_quit = QAction(self)
        self.act_quit.triggered.connect(self.sig_quit_requested)
        self.menu.addAction(self.act_toggle)
        self.menu.addSeparator()
        self.menu.addAction(self.act_quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        window.installEventFilter(self)
        self.retranslate()
        self.icon.show()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def toggle_window(self) -> None:
        if self._window.isVisible() and not self._window.isMinimized():
            self._window.hide()
        else:
            self._window.showNormal()
            self._window.raise_()
            self._window.activateWindow()
        self.retranslate()

    def retranslate(self) -> None:
        self.icon.setToolTip(self.tr("Agent Desktop"))
        self.act_toggle.setText(self.tr("Hide window") if self._window.isVisible() else self.tr("Show window"))
        self.act_quit.setText(self.tr("Quit"))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LanguageChange):
            self.retranslate()
        return False

    def shutdown(self) -> None:
        self.icon.hide()
