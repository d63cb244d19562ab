"""Feature: listen, whisper, barge. A supervisor joins an agent's live call by dialling the PBX's
feature code for it (settings ``monitor.listen_dial``, ``whisper_dial``, ``barge_dial``) on their own
phone; the status bar says whether the PBX took it.

Offered to the wallboard's context menu as :data:`~agent_desktop.features.monitor.api.MONITOR`, and
usable before that from Call → Monitor an agent... (shown to supervisors and administrators). Only those
roles may: anybody else is refused before anything is dialled. Whether the monitored agent's own
desktop shows it (``monitor.notify_agent``, :func:`~agent_desktop.features.monitor.core.modes.agent_indicator`)
arrives with the back office's push channel, which tells the agent's desktop.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.monitor.api import MONITOR
from agent_desktop.features.monitor.core.access import check_may_monitor, may_monitor
from agent_desktop.features.monitor.core.dial import (
    NO_PHONE,
    MonitoredAgent,
    MonitorRefused,
    dial_string,
    dial_uri,
    pbx_domain,
)
from agent_desktop.features.monitor.core.modes import TEXTS, Mode
from agent_desktop.features.monitor.texts import refusal_text
from agent_desktop.features.phone.api import PHONE
from agent_desktop.shell.i18n import translate_msg
from softphone.engine.events import CallChanged, CallState, CommandFailed
from softphone.qt.texts import failure_text

if TYPE_CHECKING:
    from agent_desktop.features.monitor.dialog import MonitorDialog
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow
    from softphone.qt.adapter import PhoneAdapter

logger = logging.getLogger(__name__)


@dataclass
class _Monitoring:
    """A monitoring call on the supervisor's phone."""

    mode: Mode
    agent: str
    connected: bool = False


class MonitorFeature(QObject):
    """The installed feature (provided as :data:`MONITOR`)."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.phone: PhoneAdapter | None = None
        self.calls: dict[int, _Monitoring] = {}
        self.dialog: MonitorDialog | None = None
        self.action = window.add_menu_action("call", lambda: self.tr("Monitor an agent..."), "", self.open_dialog)
        self.action.setVisible(False)
        window.menu("call").aboutToShow.connect(self._show_action)  # the role is known once signed in
        self._cancel_crm = ctx.services.subscribe(CRM, lambda _service: self._show_action())
        ctx.services.provide(MONITOR, self)

    # ---- MonitorApi ------------------------------------------------------------------------------
    def may_monitor(self) -> bool:
        return may_monitor(self._role())

    def listen(self, agent: MonitoredAgent) -> int | None:
        return self.monitor(Mode.LISTEN, agent)

    def whisper(self, agent: MonitoredAgent) -> int | None:
        return self.monitor(Mode.WHISPER, agent)

    def barge(self, agent: MonitoredAgent) -> int | None:
        return self.monitor(Mode.BARGE, agent)

    def monitor(self, mode: Mode, agent: MonitoredAgent) -> int | None:
        try:
            return self.place(mode, agent)
        except MonitorRefused as refused:
            logger.info("%s refused: %s", mode.value, refused)
            self.window.transient(refusal_text(refused))
            return None

    # ---- placing the call ------------------------------------------------------------------------
    def place(self, mode: Mode, agent: MonitoredAgent) -> int:
        """Dial the feature code of ``mode`` for ``agent``; the phone's call id. Raises
        :class:`MonitorRefused` (nothing dialled) when the user may not or it cannot be dialled."""
        check_may_monitor(self._role())
        settings = self.ctx.settings
        template = {
            Mode.LISTEN: settings.monitor.listen_dial,
            Mode.WHISPER: settings.monitor.whisper_dial,
            Mode.BARGE: settings.monitor.barge_dial,
        }[mode]
        text = dial_string(template, agent, f"monitor.{mode.value}_dial")
        uri = dial_uri(text, pbx_domain(settings.sip.registrar, settings.sip.proxy))
        phone = self.ctx.services.get(PHONE)
        if phone is None:
            raise MonitorRefused(NO_PHONE)
        self._follow(phone)
        call_id = phone.dial(uri)
        self.calls[call_id] = _Monitoring(mode, agent.label)
        logger.info("%s: dialling %s (call %s)", mode.value, text, call_id)
        self.window.transient(self.tr("Dialling {0} for {1}...").format(text, agent.label))
        return call_id

    def _role(self) -> str | None:
        service: CrmService | None = self.ctx.services.get(CRM)
        return service.role if service is not None else None

    def _follow(self, phone: PhoneAdapter) -> None:
        if phone is self.phone:
            return
        if self.phone is not None:
            self.phone.sig_call_changed.disconnect(self._call_changed)
            self.phone.sig_command_failed.disconnect(self._command_failed)
        self.phone = phone
        phone.sig_call_changed.connect(self._call_changed)
        phone.sig_command_failed.connect(self._command_failed)

    # ---- how it went -----------------------------------------------------------------------------
    def _call_changed(self, event: CallChanged) -> None:
        job = self.calls.get(event.call_id)
        if job is None:
            return
        texts = TEXTS[job.mode]
        if event.state == CallState.ACTIVE and not job.connected:
            job.connected = True
            self.window.transient(translate_msg(texts.started).format(job.agent))
        elif event.state == CallState.DISCONNECTED:
            del self.calls[event.call_id]
            if job.connected:
                self.window.transient(translate_msg(texts.ended).format(job.agent))
                return
            reason = f"{event.reason} ({event.code})" if event.code else self.tr("the call did not go through")
            logger.info("%s call %s failed: %s", job.mode.value, event.call_id, reason)
            self.window.transient(translate_msg(texts.failed).format(job.agent, reason))

    def _command_failed(self, event: CommandFailed) -> None:
        job = self.calls.pop(event.call_id, None) if event.call_id is not None else None
        if job is not None:
            reason = failure_text(event.message, event.detail)
            self.window.transient(translate_msg(TEXTS[job.mode].failed).format(job.agent, reason))

    # ---- the Call menu ---------------------------------------------------------------------------
    def _show_action(self) -> None:
        self.action.setVisible(self.may_monitor())

    def open_dialog(self) -> MonitorDialog | None:
        """Call → Monitor an agent...: the dialog (supervisors only; others get the reason instead)."""
        try:
            check_may_monitor(self._role())
        except MonitorRefused as refused:
            self.window.transient(refusal_text(refused))
            return None
        from agent_desktop.features.monitor.dialog import MonitorDialog

        if self.dialog is None:
            self.dialog = MonitorDialog(self._submit, self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _submit(self, mode: Mode, agent: MonitoredAgent) -> MonitorRefused | None:
        try:
            self.place(mode, agent)
        except MonitorRefused as refused:
            return refused
        return None

    def shutdown(self) -> None:
        self._cancel_crm()
        self.window.menu("call").aboutToShow.disconnect(self._show_action)
        self.ctx.services.withdraw(MONITOR, self)
        self.window.menu("call").removeAction(self.action)
        if self.phone is not None:
            self.phone.sig_call_changed.disconnect(self._call_changed)
            self.phone.sig_command_failed.disconnect(self._command_failed)
            self.phone = None
        if self.dialog is not None:
            self.dialog.close()


def install(ctx: AppContext, window: MainWindow) -> MonitorFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return MonitorFeature(ctx, window)
