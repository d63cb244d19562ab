"""Composition root: builds the context and the shell, shows the window first, then the features."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QApplication

from agent_desktop.settings import SettingsManager
from agent_desktop.shell.agent_state import READY, AgentState
from agent_desktop.shell.alert_sound import AlertSound
from agent_desktop.shell.context import AppContext
from agent_desktop.shell.credentials import Credentials
from agent_desktop.shell.due_alerts import DueAlerts
from agent_desktop.shell.feature_host import FeatureHost
from agent_desktop.shell.feature_spec import FeatureSpec
from agent_desktop.shell.gc_guard import GuiThreadCollector
from agent_desktop.shell.i18n import TranslationManager
from agent_desktop.shell.keys import AGENT_STATE, DUE_ALERTS, QUIT_GUARDS, TRAY
from agent_desktop.shell.logging_setup import RedactionFilter, apply_limits, install_excepthook
from agent_desktop.shell.main_window import MainWindow
from agent_desktop.shell.memory import (
    IdleTrimmer,
    limit_pixmap_cache,
    pin_malloc_thresholds,
    stop_pyside_source_scan,
)
from agent_desktop.shell.open_external import open_external
from agent_desktop.shell.paths import AppPaths
from agent_desktop.shell.quit_guards import QuitGuards
from agent_desktop.shell.single_instance import SingleInstance, hand_over
from agent_desktop.shell.tasks import BackgroundTasks
from agent_desktop.shell.theme import Theme, new_application
from crm.logfiles import LogLimits
from resources import file_dialogs, loader

if TYPE_CHECKING:
    from agent_desktop.settings import Settings
    from agent_desktop.settings.dialog import SettingsDialog
    from agent_desktop.shell.about_dialog import AboutDialog
    from agent_desktop.shell.shortcuts_dialog import ShortcutsDialog
    from agent_desktop.shell.tray import Tray

logger = logging.getLogger(__name__)

STARTUP_MARKER_ENV = "AGENT_DESKTOP_STARTUP_MARKER"


@dataclass
class RunOptions:
    """Debug/benchmark switches from the command line (hidden options)."""

    features: bool = True
    only_features: tuple[str, ...] | None = None
    """Install just these features by name (benchmarks, debugging); None = every feature of the run."""
    quit_after_ms: int | None = None
    screenshot: Path | None = None
    startup_marker: Path | None = None


def make_context(
    app: QApplication, manager: SettingsManager, paths: AppPaths, redactor: RedactionFilter | None = None
) -> AppContext:
    """Everything features get: settings, credentials, background tasks, paths, translations."""
    translations = TranslationManager(app)
    translations.set_language(manager.early("ui.language"))  # the raw layers': the window needs no schema
    credentials = Credentials(on_secret=redactor.add_secret if redactor else None)
    tasks = BackgroundTasks(parent=app)
    return AppContext(
        settings_manager=manager,
        credentials=credentials,
        tasks=tasks,
        paths=paths,
        app=app,
        translations=translations,
        redactor=redactor,
    )


class Shell(QObject):
    """The running application: window, tray, dialogs and features around one :class:`AppContext`."""

    sig_features_installed = Signal()
    """Every available feature has been installed (or has failed to)."""

    def __init__(
        self, ctx: AppContext, options: RunOptions | None = None, features: Sequence[FeatureSpec] = ()
    ) -> None:
        """``features``: every feature of the product (their docks and indicators are laid out); the
        options say which of them are installed."""
        super().__init__()
        self.ctx = ctx
        self.options = options or RunOptions()
        # Agents start Ready so the phone rings; Not ready (whatever the reason) refuses new calls with
        # 480 and queues the caller for a call back. The configured reasons, the alert sound's device and
        # anything the raw layers' language or theme got wrong come with the validated settings: right
        # after the first paint when the manager defers them (issue 23), else now (_apply_settings).
        self.agent_state = AgentState(READY, reasons=())  # pydantic-free until the settings are validated
        ctx.services.provide(AGENT_STATE, self.agent_state)
        theme = ctx.settings_manager.early("ui.theme")
        self.theme = Theme(ctx.app, theme, parent=self)  # before any widget: no repaint
        self.window = MainWindow(self.agent_state, ctx.paths.window_state_file, features)
        file_dialogs.remember_in(ctx.paths.window_state_file)  # the save and open dialogs' last folders
        self.window.restore_layout()
        self.due_alerts = DueAlerts(self.window, ctx.services, sound_on=lambda: ctx.settings.audio.alert_sound)
        ctx.services.provide(DUE_ALERTS, self.due_alerts)
        self.quit_guards = QuitGuards()
        ctx.services.provide(QUIT_GUARDS, self.quit_guards)
        only = self.options.only_features
        chosen = [s for s in features if only is None or s.name in only] if self.options.features else []
        self.features = FeatureHost(chosen)
        self.tray: Tray | None = None
        self._quitting = False
        self.restart_requested = False
        """The app starts again once this run has ended (:meth:`restart`)."""
        w = self.window
        w.sig_quit_requested.connect(self.quit)
        w.sig_restart_requested.connect(self.restart)
        w.sig_settings_requested.connect(self.open_settings)
        w.sig_about_requested.connect(self.open_about)
        w.sig_open_log_folder_requested.connect(self.open_log_folder)
        w.sig_import_settings_requested.connect(self.ask_import_bundle)
        w.add_menu_action("help", lambda: self.tr("&Keyboard shortcuts"), "", self.open_shortcuts)
        w.add_menu_action("help", lambda: self.tr("E&xport diagnostics…"), "", self.ask_export_diagnostics)
        w.sig_first_shown.connect(self._after_first_show)
        ctx.settings_manager.sig_settings_changed.connect(self._on_settings_changed)
        ctx.app.aboutToQuit.connect(self.shutdown)
        self._settings_pending = not ctx.settings_manager.validated
        if not self._settings_pending:
            self._apply_settings()

    def _apply_settings(self) -> None:
        """Validate the settings if not yet (the user file's invalid values dropped and logged) and
        apply what the window started without."""
        self._settings_pending = False
        settings = self.ctx.settings
        audio = settings.audio
        sound = AlertSound(self.ctx.paths.cache_dir, audio.ringer_device, audio.ringtone_volume, parent=self.window)
        self.due_alerts.sound = sound
        self._on_settings_changed(settings)

    def start(self) -> None:
        """Show the window now; everything heavy follows once it is on screen."""
        self.window.show()

    def _after_first_show(self) -> None:
        if self.options.startup_marker is not None:
            self.options.startup_marker.write_text(f"{time.time():.6f}\n", encoding="ascii")
        if self._settings_pending:
            QTimer.singleShot(0, self._apply_settings)
        QTimer.singleShot(0, self._install_rest)

    def _install_rest(self) -> None:
        from agent_desktop.shell.tray import Tray
        from agent_desktop.shell.upgrade_notice import watch_for_upgrades

        if Tray.available():
            self.tray = Tray(self.window)
            self.tray.sig_quit_requested.connect(self.quit)
            self.ctx.services.provide(TRAY, self.tray)
        else:
            logger.info("no system tray on this desktop; tray icon skipped")
        self.upgrade_watch = watch_for_upgrades(self.window, self.tray)
        self._install_features(list(self.features.specs))

    def _install_features(self, pending: list[FeatureSpec]) -> None:
        """One feature per event-loop turn, so the window keeps painting between imports."""
        if self._quitting:
            return
        if pending:
            self.features.install(pending[0], self.ctx, self.window)
            QTimer.singleShot(0, lambda: self._install_features(pending[1:]))
            return
        self.sig_features_installed.emit()
        if self.features.failed:
            names = ", ".join(self.features.failed)
            self.window.transient(
                QCoreApplication.translate("MainWindow", "Could not start: {0}. See the log for details.").format(names)
            )
        if self.options.screenshot is not None:
            QTimer.singleShot(300, self._take_screenshot)
        if self.options.quit_after_ms is not None:
            QTimer.singleShot(self.options.quit_after_ms, lambda: self.quit(force=True))

    def _take_screenshot(self) -> None:
        path = self.options.screenshot
        ok = self.window.grab().save(str(path))
        logger.info("screenshot %s saved: %s", path, ok)

    def _on_settings_changed(self, settings: Settings) -> None:
        if self.ctx.translations is not None:
            self.ctx.translations.set_language(settings.ui.language)
        self.theme.set_choice(settings.ui.theme)
        self.agent_state.set_reasons(settings.presence.not_ready_reasons)
        apply_limits(LogLimits.from_mb(settings.logs.max_file_mb, settings.logs.keep_files))

    def open_settings(self) -> SettingsDialog:
        """Tools > Settings (returns the dialog, opened window-modal)."""
        from agent_desktop.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.window)
        dialog.open()
        return dialog

    def open_about(self) -> AboutDialog:
        """Help > About (returns the dialog)."""
        from agent_desktop.shell.about_dialog import AboutDialog

        dialog = AboutDialog(self.ctx.paths, self.window)
        dialog.open()
        return dialog

    def open_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard shortcuts: every shortcut the app registered (returns the dialog)."""
        from agent_desktop.shell.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ask_import_bundle(self) -> None:
        """File > Import settings: pick a TOML/JSON bundle from IT and import it."""
        path, _filter = file_dialogs.open_file_name(
            self.window,
            "settings_bundle",
            QCoreApplication.translate("MainWindow", "Import settings from IT"),
            QCoreApplication.translate("MainWindow", "Settings bundles (*.toml *.json)"),
        )
        if path:
            self.import_bundle_file(path)

    def import_bundle_file(self, path: str) -> bool:
        """Import the bundle at ``path`` (all or nothing); tells the user the outcome."""
        from agent_desktop.settings import SettingsError
        from agent_desktop.settings.provision import load_bundle

        try:
            manager = self.ctx.settings_manager
            keys = manager.import_bundle(load_bundle(path, rules=manager.policy.bundle_rules), path)
        except SettingsError as exc:
            from PySide6.QtWidgets import QMessageBox

            from agent_desktop.settings.dialog import SettingsDialog

            logger.warning("settings bundle %s refused: %s", path, exc)  # English in the log
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("MainWindow", "Settings not imported"),
                QCoreApplication.translate("MainWindow", "Nothing was changed."),
                parent=self.window,
            )
            box.setInformativeText(exc.translated(SettingsDialog.error_message))  # the user's language
            box.open()
            return False
        self.window.transient(
            QCoreApplication.translate("MainWindow", "Imported {0} settings from {1}").format(len(keys), path)
        )
        return True

    def ask_export_diagnostics(self) -> None:
        """Help > Export diagnostics: pick where to save the zip for IT, then write it in the background."""
        from agent_desktop.shell.diagnostics import default_name

        path, _filter = file_dialogs.save_file_name(
            self.window,
            "diagnostics",
            self.tr("Export diagnostics for IT support"),
            default_name(),
            self.tr("Zip files (*.zip)"),
        )
        if path:
            self.export_diagnostics(Path(path))

    def export_diagnostics(self, dest: Path) -> None:
        """Write the diagnostics zip to ``dest`` off the GUI thread; the status bar tells the outcome."""
        from agent_desktop import __version__
        from agent_desktop.shell.diagnostics import export_diagnostics, standard_texts

        ctx = self.ctx
        redact = ctx.redactor.redact if ctx.redactor else str
        texts = standard_texts(ctx.settings_manager, ctx.paths, __version__)  # the settings: GUI thread
        self.window.transient(self.tr("Exporting diagnostics…"))

        def done(_names: object) -> None:
            self.window.transient(self.tr("Diagnostics saved to {0}").format(dest))

        def failed(exc: BaseException) -> None:
            logger.warning("diagnostics not exported to %s: %s", dest, exc)
            self.window.transient(self.tr("Diagnostics not saved: {0}").format(exc))

        ctx.tasks.run(lambda: export_diagnostics(dest, ctx.paths.log_dir, redact, texts), done, failed, owner=self)

    def bring_to_front(self) -> None:
        """Another launch on this profile asked for the window: shown, restored if minimised, raised."""
        w = self.window
        logger.info("bringing the window to the front")
        w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
        w.show()
        w.raise_()
        w.activateWindow()
        QApplication.alert(w)  # where the window manager refuses the focus, the taskbar entry asks for it

    def open_log_folder(self) -> None:
        """In the file manager; without one, its path to copy."""
        open_external(QUrl.fromLocalFile(str(self.ctx.paths.log_dir)), self.window)

    def quit(self, force: bool = False) -> None:
        """Save the layout, stop the features (reverse order), then leave the event loop; first, what
        quitting would lose asks the agent (``QUIT_GUARDS``), unless ``force`` (the system asks)."""
        if self._quitting:
            return
        if not force:
            self.quit_guards.ask(lambda: self.quit(force=True))
            return
        self._quitting = True
        logger.info("quitting")
        self.window.save_layout()
        self.shutdown()
        self.window.hide()
        self.ctx.app.quit()

    def restart(self) -> None:
        """Quit with no further question (the feature asking for it asked ``QUIT_GUARDS`` itself) and
        start the app again once this run has ended: File > Sign out, whose next start asks who signs
        in. Every feature stops as at a quit (presence tells the back office the agent logged out)."""
        if self._quitting:
            return
        self.restart_requested = True
        self.quit(force=True)

    def shutdown(self) -> None:
        """Stop features, the tray and background work (idempotent)."""
        self.features.shutdown_all()
        if self.tray is not None:
            self.tray.shutdown()
            self.tray = None
        self.ctx.tasks.shutdown(wait=False)
        file_dialogs.remember_in(None)


def _show_crash(ctx: AppContext, window: MainWindow) -> Callable[[str], None]:
    showing: list[bool] = []

    def show(summary: str) -> None:
        app = QApplication.instance()
        if app is None or threading.current_thread() is not threading.main_thread() or showing:
            return
        from agent_desktop.shell.crash_dialog import CrashDialog

        text = ctx.redactor.redact(summary) if ctx.redactor else summary
        showing.append(True)
        try:
            CrashDialog(text, ctx.paths.log_dir, window).exec()
        finally:
            showing.clear()

    return show


def run(
    manager: SettingsManager,
    paths: AppPaths,
    redactor: RedactionFilter,
    options: RunOptions,
    features: Sequence[FeatureSpec] = (),
) -> int:
    """Create the QApplication, show the shell, run the event loop; returns the exit code."""
    pin_malloc_thresholds()
    stop_pyside_source_scan()
    existing = QApplication.instance()  # typed QCoreApplication; the app only ever makes a QApplication
    app = existing if isinstance(existing, QApplication) else new_application(sys.argv[:1])
    limit_pixmap_cache()
    app.setApplicationName("Agent Desktop")
    app.setDesktopFileName("agent-desktop")
    app.setWindowIcon(loader.icon("app"))
    instance = SingleInstance(paths.data_dir)
    if not instance.acquire():  # before anything starts: a second back office on the same database
        return hand_over(instance)
    marker = os.environ.get(STARTUP_MARKER_ENV)
    if marker and options.startup_marker is None:
        options.startup_marker = Path(marker)
    ctx = make_context(app, manager, paths, redactor)
    shell = Shell(ctx, options, features)
    instance.sig_show_requested.connect(shell.bring_to_front)
    install_excepthook(_show_crash(ctx, shell.window))
    quit_signals = None
    if sys.platform != "win32":
        from agent_desktop.shell.quit_signals import QuitOnSignals

        quit_signals = QuitOnSignals(lambda: shell.quit(force=True))  # logout or kill: no questions
    collector = GuiThreadCollector(also=IdleTrimmer().check)
    shell.start()
    rc = app.exec()
    if quit_signals is not None:
        quit_signals.close()
    collector.close()
    instance.release()
    logger.info("event loop ended (%s)", rc)
    if shell.restart_requested:  # after the release: the new run takes the profile
        from agent_desktop.shell.relaunch import relaunch

        relaunch()
    return rc
