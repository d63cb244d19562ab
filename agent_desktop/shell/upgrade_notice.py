"""A newer version installed while the app runs: tell the agent to restart when convenient.

The Debian package installs each version in its own folder, ``/opt/agent-desktop/<version>/``, and
switches the ``current`` link to the newest (packaging/linux/debian/postinst), so a running copy keeps
every file it may still import. :class:`UpgradeWatch` watches that folder (inotify through
:class:`QFileSystemWatcher`: no polling, no wake-up while nothing changes) and, once ``current``
points elsewhere than the folder this process runs from, the status bar says so until the agent
restarts, and the tray shows it once.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from resources.live_text import Retranslated

if TYPE_CHECKING:
    from agent_desktop.shell.tray import Tray


class UpgradeWatch(QObject):
    """Watches ``<install root>/current`` for a switch away from ``running`` (a version's folder)."""

    sig_new_version = Signal(str)
    """The name of the folder (the version) ``current`` now points to; emitted once."""

    def __init__(self, running: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = running.resolve()
        self.current = self.running.parent / "current"
        self.installed = ""
        self._watcher = QFileSystemWatcher([str(self.running.parent)], self)
        self._watcher.directoryChanged.connect(self.check)

    @classmethod
    def for_this_process(cls, parent: QObject | None = None) -> UpgradeWatch | None:
        """The watch for a frozen build installed in versioned folders; None otherwise (source runs)."""
        if not getattr(sys, "frozen", False):
            return None
        running = Path(sys.executable).resolve().parent
        return cls(running, parent) if (running.parent / "current").is_symlink() else None

    def check(self, _changed: str = "") -> None:
        try:
            now = self.current.resolve(strict=True)
        except OSError:  # between the package's two renames, or removed: look again at the next change
            return
        if now != self.running and not self.installed:
            self.installed = now.name
            self.sig_new_version.emit(now.name)


class UpgradeNotice(Retranslated, QLabel):
    """The status bar's "Version X is installed: restart when convenient" (hidden until then)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatusIndicator")
        self.setProperty("level", "warn")
        self.version = ""
        self.hide()

    def show_version(self, version: str) -> None:
        self.version = version
        self.retranslateUi()
        self.show()

    def message(self) -> str:
        return self.tr("Version {0} is installed: restart Agent Desktop when convenient").format(self.version)

    def retranslateUi(self) -> None:
        if self.version:
            self.setText(self.tr("New version {0}").format(self.version))
            self.setToolTip(self.message())


def watch_for_upgrades(window: QMainWindow, tray: Tray | None) -> UpgradeWatch | None:
    """Start watching (frozen, versioned installs only): the notice in ``window``'s status bar, and
    a tray message once."""
    watch = UpgradeWatch.for_this_process(window)
    if watch is None:
        return None
    notice = UpgradeNotice(window)
    window.statusBar().addPermanentWidget(notice)

    def installed(version: str) -> None:
        notice.show_version(version)
        if tray is not None:
            tray.icon.showMessage(QCoreApplication.translate("MainWindow", "Agent Desktop"), notice.message())

    watch.sig_new_version.connect(installed)
    watch.check()  # installed while this copy was starting
    return watch
