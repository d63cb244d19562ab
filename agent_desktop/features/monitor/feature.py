"""Feature: listen, whisper, barge. A supervisor joins an agent's live call by dialling the PBX's
feature code for it (settings ``monitor.listen_dial``, ``whisper_dial``, ``barge_dial``) on their own
phone; the status bar says whether the PBX took it.

Offered to the wallboard's context menu as :data:`~agent_desktop.features.monitor.api.MONITOR`, and
usable before that from Call → Monitor an agent... (shown to supervisors and administrators). Only those
roles may: anybody else is refused before anything is dialled.

The PBX does not tell the monitored agent's desktop, so the supervisor's does: once the PBX answered
the feature code it posts ``POST /monitor/{agent_id}`` (mode, active), and again when that call ends.
An agent picked on the wallboard comes with their CRM id; for an extension typed in Call → Monitor an
agent... the board says whose it is (:func:`~agent_desktop.features.monitor.core.resolve.agent_by_extension`:
the SIP user each agent's desktop sends with its state). The back office relays it to the agent's
desktop as the live event ``monitor`` (:data:`LIVE`); there the status bar says "Supervisor whispering"
(and who) per policy (``monitor.notify_agent`` for whisper and barge, ``monitor.notify_listen`` for
listening; :func:`~agent_desktop.features.monitor.core.modes.agent_indicator`) until it stops or the
agent's call ends.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
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
from agent_desktop.features.monitor.core.modes import TEXTS, Mode, agent_indicator
from agent_desktop.features.monitor.core.resolve import agent_by_extension
from agent_desktop.features.monitor.texts import refusal_text
from agent_desktop.features.phone.api import PHONE
from agent_desktop.shell.i18n import translate_msg
from crm.schemas.monitor import LIVE_KIND
from softphone.engine.events import CallChanged, CallState, CommandFailed
from softphone.qt.texts import failure_text

if TYPE_CHECKING:
    from agent_desktop.features.crm_link.api import LiveEvents
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
    user_id: str = ""
    """The agent's CRM id: their desktop is told (empty: found from ``extension`` on the board)."""
    extension: str = ""


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
        # the agent's side: who monitors this desktop's calls (supervisor id -> mode, name)
        self.monitored: dict[str, tuple[Mode, str]] = {}
        self.indicator = window.status_indicator("monitored")
        self.indicator.hide()
        self.live: LiveEvents | None = None
        self._own_calls: set[int] = set()
        self._cancel_live = ctx.services.subscribe(LIVE, self._attach_live)
        self._cancel_phone = ctx.services.subscribe(PHONE, self._attach_phone)
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
        self.calls[call_id] = _Monitoring(mode, agent.label, user_id=agent.user_id, extension=agent.extension)
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
            self._tell_agent(job, True)
        elif event.state == CallState.DISCONNECTED:
            del self.calls[event.call_id]
            if job.connected:
                self.window.transient(translate_msg(texts.ended).format(job.agent))
                self._tell_agent(job, False)
                return
            reason = f"{event.reason} ({event.code})" if event.code else self.tr("the call did not go through")
            logger.info("%s call %s failed: %s", job.mode.value, event.call_id, reason)
            self.window.transient(translate_msg(texts.failed).format(job.agent, reason))

    def _command_failed(self, event: CommandFailed) -> None:
        job = self.calls.pop(event.call_id, None) if event.call_id is not None else None
        if job is not None:
            reason = failure_text(event.message, event.detail)
            self.window.transient(translate_msg(TEXTS[job.mode].failed).format(job.agent, reason))

    def _tell_agent(self, job: _Monitoring, active: bool) -> None:
        """Tell the agent's desktop (through the back office) that monitoring started or ended; in
        order, off the GUI thread. A failure is logged: the call itself goes on."""
        service: CrmService | None = self.ctx.services.get(CRM)
        if not (job.user_id or job.extension) or service is None:
            return
        body = {"mode": job.mode.value, "active": active}
        known, extension = job.user_id, job.extension

        def post() -> str:
            user_id = known
            if not user_id:  # typed in as an extension: the board says whose it is
                found = agent_by_extension(service.client.presence_board(), extension)
                if found is None:
                    logger.info("no agent on the board has the extension %s: nobody told", extension)
                    return ""
                user_id = found.user_id
            service.client.request("POST", f"/monitor/{user_id}", json=body)
            return user_id

        def posted(user_id: str) -> None:
            job.user_id = job.user_id or user_id  # the end of this monitoring needs no second look-up

        def failed(exc: BaseException) -> None:
            logger.warning("could not tell %s's desktop about the %s: %s", job.agent, job.mode.value, exc)

        self.ctx.tasks.write(post, posted, failed, owner=self)

    # ---- the agent's side: being monitored -------------------------------------------------------
    def _attach_live(self, live: LiveEvents) -> None:
        self._detach_live()
        self.live = live
        live.sig_event.connect(self._live_event)

    def _detach_live(self) -> None:
        if self.live is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # gone with the CRM link already
                self.live.sig_event.disconnect(self._live_event)
            self.live = None

    def _attach_phone(self, phone: PhoneAdapter) -> None:
        phone.sig_call_changed.connect(self._own_call_changed)

    def _live_event(self, kind: str, data: dict[str, Any]) -> None:
        if kind != LIVE_KIND:
            return
        try:
            mode, supervisor = Mode(str(data.get("mode"))), str(data.get("supervisor_id") or "")
        except ValueError:
            logger.warning("monitor event with an unknown mode: %r", data.get("mode"))
            return
        if data.get("active"):
            self.monitored[supervisor] = (mode, str(data.get("supervisor_name") or ""))
        else:
            self.monitored.pop(supervisor, None)
        logger.info("this desktop's call: %s %s", mode.value, "started" if data.get("active") else "ended")
        self._show_monitored()

    def _own_call_changed(self, event: CallChanged) -> None:
        """The agent's call ended: whoever monitored it is gone with it."""
        if event.call_id in self.calls:
            return  # a monitoring call of this (supervisor's) desktop
        if event.state == CallState.DISCONNECTED:
            self._own_calls.discard(event.call_id)
            if not self._own_calls and self.monitored:
                self.monitored.clear()
                self._show_monitored()
        else:
            self._own_calls.add(event.call_id)

    def _show_monitored(self) -> None:
        """The status bar's indicator: the strongest mode a supervisor monitors this desktop's call in,
        if the policy says the agent is told."""
        settings = self.ctx.settings.monitor
        shown = [
            (mode, name)
            for mode, name in self.monitored.values()
            if agent_indicator(settings.notify_agent, mode, settings.notify_listen) is not None
        ]
        if not shown:
            self.indicator.hide()
            return
        order = list(Mode)
        mode = max((m for m, _ in shown), key=order.index)  # barge > whisper > listen
        names = ", ".join(sorted({name for m, name in shown if m is mode and name}))
        texts = TEXTS[mode]

        def tooltip() -> str:
            text = translate_msg(texts.indicator)
            return f"{text}: {names}" if names else text

        self.indicator.set_state(lambda: translate_msg(texts.badge), "warn", tooltip)
        self.indicator.show()

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
        self._cancel_live()
        self._cancel_phone()
        self._detach_live()
        phone = self.ctx.services.get(PHONE)
        if phone is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                phone.sig_call_changed.disconnect(self._own_call_changed)
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
