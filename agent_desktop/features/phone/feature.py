"""Feature: the softphone. Builds the SIP engine from the settings and the keyring, puts the
softphone dock in the window, adds the Call-menu actions with their application-wide hotkeys,
drives the "sip" and "audio" status indicators and provides the adapter as
:data:`~agent_desktop.features.phone.api.PHONE`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QProcess, Qt
from PySide6.QtGui import QAction, QKeySequence

import softphone
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.phone.availability import PhoneAvailability
from agent_desktop.features.phone.core.config import engine_config, needs_password, network_matters, sip_password_key
from agent_desktop.features.phone.core.demo_call import demo_caller_command
from agent_desktop.settings.schema import HotkeySettings, Settings
from agent_desktop.shell.agent_state import READY
from agent_desktop.shell.keys import AGENT_STATE
from crm.i18n import QT_TRANSLATE_NOOP
from softphone.engine.audio_io import SoundDeviceIO
from softphone.engine.config import EngineConfig
from softphone.engine.engine import SipEngine
from softphone.engine.events import AudioStatus, EngineFailed, EngineStarted, RegistrationChanged
from softphone.engine.history import CallHistory
from softphone.engine.ringer import Ringer
from softphone.qt.adapter import PhoneAdapter
from softphone.qt.softphone_dock import SoftphoneDock

if TYPE_CHECKING:
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow
    from softphone.engine.audio_io import AudioDevice

logger = logging.getLogger(__name__)

HOTKEY_ACTIONS = (
    ("answer", QT_TRANSLATE_NOOP("Phone", "Answer")),
    ("hangup", QT_TRANSLATE_NOOP("Phone", "Hang up")),
    ("hold", QT_TRANSLATE_NOOP("Phone", "Hold / resume")),
    ("mute", QT_TRANSLATE_NOOP("Phone", "Mute / unmute")),
    ("transfer", QT_TRANSLATE_NOOP("Phone", "Transfer")),
)
DEMO_ACTION_TEXT = QT_TRANSLATE_NOOP("Phone", "Call me from a &demo customer")


class PhoneFeature(QObject):
    """The installed softphone (``shutdown()`` hangs up and destroys the SIP stack)."""

    def __init__(self, ctx: AppContext, window: MainWindow, audio_device: AudioDevice | None = None) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        settings = ctx.settings
        self._audio_device = audio_device
        self.engine = self._make_engine(settings)
        self._restart_pending = False
        self._restarting = False
        history = CallHistory(ctx.paths.data_dir / "call_history.json")
        history.load()
        self.phone = PhoneAdapter(self.engine, history, parent=self)
        self.dock = SoftphoneDock(self.phone, settings.sip.max_lines)
        window.set_dock_content("softphone", self.dock)
        self.actions: dict[str, QAction] = {}
        self._add_call_actions(settings.hotkeys)
        self._demo: QProcess | None = None
        self.sip_indicator = window.status_indicator("sip")
        self._add_demo_action()
        self.audio_indicator = window.status_indicator("audio")
        self.sip_indicator.set_state(QT_TRANSLATE_NOOP("Phone", "SIP: starting"), "off")
        self.availability = PhoneAvailability(ctx, window, self._retry_start)
        self.phone.sig_engine_started.connect(self._started)
        self.phone.sig_engine_failed.connect(lambda e: self._failed(e))
        self.phone.sig_registration_changed.connect(self._registration)
        self.phone.sig_audio_status.connect(self._audio)
        self.phone.sig_history_changed.connect(self._save_history)
        self.phone.sig_call_changed.connect(self._maybe_restart)
        ctx.settings_manager.sig_settings_changed.connect(self._settings_changed)
        self._network_watched = False
        self._watch_network(settings)  # the engine itself notices a resume from sleep (no GUI timer)
        window.installEventFilter(self)  # its LanguageChange re-sets our menu texts
        ctx.services.provide(PHONE, self.phone)
        self.engine.start()

    # ---- engine life -----------------------------------------------------------------------
    def _config(self, settings: Settings) -> tuple[EngineConfig, tuple[str, str, str, int]]:
        password = ""
        if needs_password(settings.sip):
            try:
                password = self.ctx.credentials.get(sip_password_key(settings.sip)) or ""
            except Exception as exc:
                logger.warning("SIP password unavailable: %s", str(exc))
        config = engine_config(settings, password, str(self.ctx.paths.log_dir / "pjsip.log"))
        audio = settings.audio
        return config, (audio.input_device, audio.output_device, audio.ringer_device, audio.ringtone_volume)

    def _make_engine(self, settings: Settings) -> SipEngine:
        config, devices = self._config(settings)
        self._engine_inputs = (config, devices)
        device = self._audio_device if self._audio_device is not None else SoundDeviceIO(*devices[:2])
        engine = SipEngine(config, audio_device=device)
        old_ringer = getattr(self, "ringer", None)
        if old_ringer is not None:
            old_ringer.close()
        ringer_device = None
        if self._audio_device is None:
            ringer_device = SoundDeviceIO(
                output_device=settings.audio.ringer_device or settings.audio.output_device, output_only=True
            )
        self.ringer = Ringer(ringer_device, volume=settings.audio.ringtone_volume / 100)
        engine.subscribe(self.ringer.on_event)
        return engine

    def _settings_changed(self, settings: Settings) -> None:
        """Hotkeys apply at once; changed SIP or audio settings rebuild the engine once no call is up."""
        for name, action in self.actions.items():
            if name != "demo":
                action.setShortcut(QKeySequence(getattr(settings.hotkeys, name, "") or ""))
        if self._config(settings) != self._engine_inputs:
            self._restart_pending = True
            self._maybe_restart()

    def _maybe_restart(self, *_args: object) -> None:
        if not self._restart_pending or self.phone.board.lines or self._restarting:
            return
        self._restart_pending = False
        self.availability.restarting()
        if self.availability.failure is None:
            self.sip_indicator.set_state(QT_TRANSLATE_NOOP("Phone", "SIP: restarting"), "off")
        logger.info("SIP settings changed; restarting the phone")
        self._restart()

    def _retry_start(self) -> None:
        """Another attempt at starting a phone that could not start (:class:`PhoneAvailability`)."""
        if not self._restarting and not self._restart_pending:
            self._restart()

    def _restart(self) -> None:
        """Stop the engine (in the background), then start a new one from the current settings."""
        self._restarting = True
        old, new = self.engine, self._make_engine(self.ctx.settings)

        def stopped(_result: object) -> None:
            self._restarting = False
            self.engine = new
            self.phone.replace_engine(new)
            new.start()
            self._watch_network(self.ctx.settings)
            self._maybe_restart()  # settings changed again meanwhile

        def failed(exc: BaseException) -> None:
            self._restarting = False
            logger.error("phone restart failed", exc_info=exc)

        self.ctx.tasks.run(old.stop, stopped, failed, owner=self)

    def _watch_network(self, settings: Settings) -> None:
        """Re-register when the network comes back or changes (where Qt can tell); from the first
        settings on which the network matters (:func:`network_matters`)."""
        if self._network_watched or not network_matters(settings.sip):
            return
        self._network_watched = True
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                return
            info = QNetworkInformation.instance()
        except Exception:
            logger.info("no network-change notifications on this system")
            return
        online = QNetworkInformation.Reachability.Online
        info.reachabilityChanged.connect(lambda reach: self.engine.network_changed() if reach == online else None)
        info.transportMediumChanged.connect(lambda _medium: self.engine.network_changed())  # Wi-Fi <-> cable

    def _add_call_actions(self, hotkeys: HotkeySettings) -> None:
        menu = self.window.menu("call")
        handlers = {
            "answer": lambda: self.phone.answer(),
            "hangup": lambda: self.phone.hangup(),
            "hold": lambda: self.phone.toggle_hold(),
            "mute": self.phone.toggle_mute,
            "transfer": self._transfer,
        }
        for name, text in HOTKEY_ACTIONS:
            action = QAction(QCoreApplication.translate("Phone", text), self.window)
            action.setObjectName(f"act_call_{name}")
            sequence = getattr(hotkeys, name, "")
            if sequence:
                action.setShortcut(QKeySequence(sequence))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(handlers[name])
            menu.addAction(action)
            self.window.addAction(action)
            self.actions[name] = action

    def _add_demo_action(self) -> None:
        action = QAction(QCoreApplication.translate("Phone", DEMO_ACTION_TEXT), self.window)
        action.setObjectName("act_demo_call")
        action.triggered.connect(self.start_demo_call)
        self.window.menu("help").addAction(action)
        self.actions["demo"] = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """Re-set the texts of our menu actions in the current language (after a live switch)."""
        for name, text in HOTKEY_ACTIONS:
            self.actions[name].setText(QCoreApplication.translate("Phone", text))
        self.actions["demo"].setText(QCoreApplication.translate("Phone", DEMO_ACTION_TEXT))

    def demo_call_refusal(self) -> str:
        """Why a demo call cannot ring this phone now, in the current language ("" when it can)."""
        if self.availability.failure is not None:
            return self.tr("No demo call: {0}").format(self.availability.explanation())
        if not self.engine.local_port or self._restarting:
            return self.tr("No demo call: the phone is still starting. Try again in a moment.")
        if self._demo is not None and self._demo.state() != QProcess.ProcessState.NotRunning:
            return self.tr("A demo call is already on its way.")
        agent_state = self.ctx.services.get(AGENT_STATE)
        if agent_state is not None and agent_state.state != READY:
            return self.tr("No demo call: calls ring only while you are Ready. Choose Ready first.")
        return ""

    def start_demo_call(self) -> None:
        """Run the demo caller as a separate process calling this phone (no thread, no wait); when it
        cannot ring, say why in the status bar."""
        refusal = self.demo_call_refusal()
        if refusal:
            logger.info("demo call not placed: %s", refusal)
            self.window.transient(refusal)
            return
        host = (
            self.engine.config.bind_address if self.engine.config.bind_address not in ("", "0.0.0.0") else "127.0.0.1"
        )
        self._demo = QProcess(self)
        self._demo.setWorkingDirectory(str(Path(softphone.__file__).resolve().parents[1]))
        self._demo.start(*demo_caller_command(f"sip:{self.engine.config.username}@{host}:{self.engine.local_port}"))

    def _transfer(self) -> None:
        target = self.dock.controls.transfer_target.text().strip()
        if target:
            self.phone.transfer(target)
        else:
            self.dock.controls.transfer_target.setFocus()

    def _failed(self, event: EngineFailed) -> None:
        self.availability.failed(event, self.engine.config.local_port)

    def _started(self, event: EngineStarted) -> None:
        self.availability.started()
        if not self.engine.config.registrar:
            port = str(event.local_port)
            text = lambda: QCoreApplication.translate("Phone", "SIP: ready on port %1").replace("%1", port)  # noqa: E731
            self.sip_indicator.set_state(text, "ok", event.account_uri)

    def _registration(self, event: RegistrationChanged) -> None:
        level = "ok" if event.registered else ("error" if event.code in (401, 403, 407) else "warn")
        why, retry = f"{event.code} {event.reason}", str(round(event.retry_in_s)) if event.retry_in_s else ""
        tooltip = lambda: (  # noqa: E731 - asked again on a language switch
            why
            + ("\n" + QCoreApplication.translate("Phone", "Next attempt in %1 s").replace("%1", retry) if retry else "")
        )
        self.sip_indicator.set_state(event.message, level, tooltip)  # a Msg: re-translated on a language switch

    def _audio(self, event: AudioStatus) -> None:
        """The sound device opens only for calls: idle (neutral) between calls, in use during one,
        unavailable when it would not open. That error stays shown after the call until the next
        call tries again: the agent learns of a missing headset before the next customer is on the
        line, rather than seeing "idle" and finding out mid-call. Texts are marked messages, so the
        indicator re-translates them on a language switch."""
        if event.idle:
            self.audio_indicator.set_state(QT_TRANSLATE_NOOP("Phone", "Audio: idle"), "off", event.message)
        elif event.available:
            self.audio_indicator.set_state(QT_TRANSLATE_NOOP("Phone", "Audio: in use"), "ok", event.message)
        else:
            self.audio_indicator.set_state(QT_TRANSLATE_NOOP("Phone", "Audio unavailable"), "warn", event.message)

    def _save_history(self) -> None:
        history = self.phone.history
        self.ctx.tasks.write(
            history.save, None, lambda exc: logger.warning("call history not saved: %s", exc), owner=self
        )

    def shutdown(self) -> None:
        """Hang up every call, unregister, destroy the SIP stack (waits for the SIP thread)."""
        self.ctx.services.withdraw(PHONE, self.phone)
        self.availability.shutdown()
        self.window.removeEventFilter(self)
        self.ctx.settings_manager.sig_settings_changed.disconnect(self._settings_changed)
        if self._demo is not None:
            self._demo.kill()
            self._demo.waitForFinished(2000)
        clean = self.phone.shutdown(timeout=10)
        self.ringer.close()
        logger.info("softphone shut down (clean=%s)", clean)


def install(ctx: AppContext, window: MainWindow) -> PhoneFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return PhoneFeature(ctx, window)
