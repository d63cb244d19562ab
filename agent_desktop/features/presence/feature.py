"""Presence: the agent's state as supervisors see it, sent to the back office; the wrap-up's time limit.

The shell keeps the agent's availability (Ready, Not ready with a reason, Wrap-up, who blocks Ready)
and the phone knows the calls; this feature feeds both into the presence machine
(:mod:`agent_desktop.features.presence.core.machine`), so the back office sees Ringing, On call and On
hold while a call is up (outbound too), Wrap-up after it, and Not ready with its reason. Changes made
in one event-loop turn are sent as one (no flicker on the board). Each is queued in the local store
with its number and sent in order through the background tasks; every 30 s a post also tells the back
office the desktop is alive. Offline periods are replayed with their real times once the CRM answers.

The machine's state goes back to the shell (:meth:`AgentState.set_activity`), so the agent's own status
bar tells the truth: Ringing, On call, On hold while the phone says so, whatever the agent chose.
The Not-ready reasons are the setting ``presence.not_ready_reasons`` (followed live). Each change carries
the reason's name, how long the state is meant to last (the reason's maximum, the wrap-up's limit) and
the agent's SIP user, so a supervisor's wallboard needs none of this desktop's settings.

With ``wrapup.limit_s`` set, a wrap-up is counted down in the agent's indicator, Call > Extend wrap-up
adds ``wrapup.extend_s`` once, and when it runs out the agent becomes Ready or Not ready
(``wrapup.when_over``).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.presence.api import PRESENCE
from agent_desktop.features.presence.core.follow import follow_agent_state, follow_call
from agent_desktop.features.presence.core.machine import PresenceMachine
from agent_desktop.features.presence.core.sender import PresenceSender, described, event_body
from agent_desktop.features.presence.core.states import (
    AFTER_WRAP_UP,
    AWAY,
    HEADSET,
    Presence,
    State,
    WrapUpPolicy,
    reasons_of,
)
from agent_desktop.features.presence.pc_watch import ScreenLockWatch
from agent_desktop.settings import Settings
from agent_desktop.shell.agent_state import NOT_READY, ON_CALL, ON_HOLD, READY, RINGING, WRAP_UP, AgentState
from agent_desktop.shell.keys import AGENT_STATE
from agent_desktop.shell.send_loop import SendLoop
from crm.store.presence_queue import PresenceQueue
from crm.sync_events import ONLINE, SyncStatus
from softphone.engine.events import AudioStatus, CallChanged, IncomingCall

if TYPE_CHECKING:
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow
    from softphone.qt.adapter import PhoneAdapter

logger = logging.getLogger(__name__)

HEARTBEAT_MS = 30_000
_CALL_STATES = (State.RINGING, State.ON_CALL, State.ON_HOLD)
_ACTIVITIES = {State.RINGING: RINGING, State.ON_CALL: ON_CALL, State.ON_HOLD: ON_HOLD}
URGENT_S = 15
"""The wrap-up's last seconds: its countdown turns red."""
QUIT_SEND_S = 1.5
"""How long a clean quit waits for the back office to take the log-out (else it is sent at the next start)."""


class PresenceFeature(QObject):
    def __init__(self, ctx: AppContext, window: MainWindow, session_bus: str | None = None) -> None:
        """``session_bus``: the D-Bus session bus address to watch for screen locks (default: the
        desktop's own)."""
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        wrap = ctx.settings.wrapup
        policy = WrapUpPolicy(wrap.limit_s or None, wrap.extend_s, then_ready=wrap.when_over == "ready")
        self.machine = PresenceMachine(reasons=reasons_of(ctx.settings.presence.not_ready_reasons), wrap_up=policy)
        self.machine.subscribe(self._machine_moved)
        ctx.settings_manager.sig_settings_changed.connect(self._settings_changed)
        self.agent_state: AgentState | None = None
        self.phone: PhoneAdapter | None = None
        self.outbox: PresenceSender | None = None
        self._quit_sender: PresenceSender | None = None  # the outbox with a short timeout, for the quit
        self._reported: tuple[object, ...] | None = None
        self._calls: dict[int, dict[str, Any]] = {}  # call id -> direction and customer for the board
        self._last_call: dict[str, Any] | None = None  # the call ended last (shown during its wrap-up)
        self._unsent: list[dict[str, Any]] = []  # changes before the CRM link was there
        self.send_loop = SendLoop(ctx.tasks, "presence", HEARTBEAT_MS, self)
        self._closed = False
        self._coalesce = _single_shot(self, 0, self._report)
        self._deadline = _single_shot(self, 0, self._deadline_passed)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._show_wrap_up)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.flush)
        self.act_extend = window.add_menu_action(
            "call", lambda: self.tr("E&xtend wrap-up"), "", self.extend_wrap_up, lambda: self._extend_tooltip()
        )
        self.act_extend.setEnabled(False)
        self._audio_available: bool | None = None
        self.lock_watch: ScreenLockWatch | None = None
        if ctx.settings.presence.away_on_lock:
            self.lock_watch = ScreenLockWatch(session_bus, self)
            self.lock_watch.attach_window(int(window.winId()))
            self.lock_watch.sig_locked.connect(self._screen_locked)
        self._cancel = [
            ctx.services.subscribe(AGENT_STATE, self._attach_agent_state),
            ctx.services.subscribe(PHONE, self._attach_phone),
            ctx.services.subscribe(CRM, self._attach_crm),
        ]

    # -- inputs -------------------------------------------------------------------------------------

    def _attach_agent_state(self, agent_state: AgentState) -> None:
        self.agent_state = agent_state
        agent_state.sig_state_changed.connect(self._follow_agent_state)
        agent_state.sig_blocks_changed.connect(self._follow_agent_state)
        self._follow_agent_state()

    def _follow_agent_state(self, *_args: object) -> None:
        if self.agent_state is not None:
            agent = self.agent_state
            follow_agent_state(self.machine, agent.state, agent.blocks, agent.not_ready_reason)
            self._arm_deadline()

    def _settings_changed(self, settings: Settings) -> None:
        self.machine.set_reasons(reasons_of(settings.presence.not_ready_reasons))
        self._coalesce.start()  # a reason renamed or given another maximum, another SIP user: told

    def _machine_moved(self, _presence: Presence) -> None:
        self._coalesce.start()
        self._show_activity()

    def _attach_phone(self, phone: PhoneAdapter) -> None:
        self.phone = phone
        phone.sig_incoming_call.connect(self._on_incoming_call)
        phone.sig_call_changed.connect(self._on_call_changed)
        phone.sig_caller_named.connect(self._on_caller_named)
        phone.sig_audio_status.connect(self._on_audio_status)

    def _screen_locked(self, locked: bool) -> None:
        self._block(AWAY, locked)

    def _on_audio_status(self, status: AudioStatus) -> None:
        was, self._audio_available = self._audio_available, status.available
        if not self.ctx.settings.presence.not_ready_on_headset_loss:
            return
        if was and not status.available:  # unplugged: a device that never worked is not "lost"
            self._block(HEADSET, True)
        elif status.available:
            self._block(HEADSET, False)

    def _block(self, reason: str, on: bool) -> None:
        if self.agent_state is None:
            return
        if on:
            label = next(r.label for r in self.machine.reasons.values() if r.code == reason)
            self.agent_state.block(reason, label)
        else:
            self.agent_state.unblock(reason)

    def _named(self, call_id: int, number: str) -> str | None:
        """The customer on ``call_id`` as the CRM names them (the card may have named them already), or
        the number until then."""
        line = self.phone.board.lines.get(call_id) if self.phone is not None else None
        return (line.name if line is not None and line.name else number) or None

    def _on_incoming_call(self, call: IncomingCall) -> None:
        name = self._named(call.call_id, call.caller_number or call.remote_display)
        self._calls[call.call_id] = {"call_direction": "inbound", "customer_name": name}
        self.machine.call_ringing(call.call_id)

    def _on_call_changed(self, change: CallChanged) -> None:
        if change.state.value == "disconnected":
            ended = self._calls.pop(change.call_id, None)
            self._last_call = ended or self._last_call
        else:
            call = self._calls.setdefault(
                change.call_id, {"customer_name": self._named(change.call_id, change.caller_number)}
            )
            call["call_direction"] = "inbound" if change.direction == "in" else "outbound"
        follow_call(self.machine, change.call_id, change.state, change.direction)
        self._arm_deadline()

    def _on_caller_named(self, call_id: int) -> None:
        if call_id in self._calls:
            self._calls[call_id]["customer_name"] = self._named(call_id, self._calls[call_id]["customer_name"] or "")
            self._reported = None  # the board shows the customer: send the line again
            self._coalesce.start()

    def _attach_crm(self, service: CrmService) -> None:
        def open_queue() -> PresenceQueue:
            return PresenceQueue(service.store.db)

        def post(events: list[dict[str, Any]], read_timeout_s: float | None = None) -> int:
            answer = service.client.request(
                "POST", "/presence/events", json={"events": events}, read_timeout_s=read_timeout_s
            )
            return int(answer.json()["last_seq"])

        def opened(queue: PresenceQueue) -> None:
            self.outbox = outbox = PresenceSender(queue, post)
            self._quit_sender = PresenceSender(queue, functools.partial(post, read_timeout_s=QUIT_SEND_S))
            if service.signals is not None:  # the CRM answers again: send what waited at once
                service.signals.sig_status_changed.connect(self._crm_status_changed)
            for body in self._unsent:
                self.ctx.tasks.write(functools.partial(self._queue, body), owner=self)
            self._unsent.clear()
            self._heartbeat.start()
            self.send_loop.start(outbox.send)

        self.ctx.tasks.write(open_queue, opened, lambda exc: logger.warning("presence queue: %s", exc), owner=self)

    def _crm_status_changed(self, status: SyncStatus) -> None:
        if status.state == ONLINE:
            self.flush()

    # -- reporting ----------------------------------------------------------------------------------

    def _report(self) -> None:
        """Once per event-loop turn: the state now, if it differs from the last one sent."""
        current = self.machine.current
        about = described(self.machine, self.ctx.settings.sip.username)
        key = (current.state, current.reason, *sorted(about.items()))
        if key == self._reported or self._closed:
            return
        self._reported = key
        body = event_body(current, self._call_info(current), about)
        logger.info("presence: %s %s", current.state.value, current.reason or "")
        if self.outbox is None:
            self._unsent.append(body)
            return
        self.ctx.tasks.write(lambda: self._queue(body), lambda _seq: self.flush(), owner=self)

    def _queue(self, body: dict[str, Any]) -> int:
        assert self.outbox is not None
        return self.outbox.add(body)

    def _call_info(self, presence: Presence) -> dict[str, Any] | None:
        """The call the board shows beside the state: the current one, or in wrap-up the one ended."""
        if presence.state in _CALL_STATES and self._calls:
            return dict(list(self._calls.values())[-1])
        if presence.state == State.WRAP_UP and self._last_call is not None:
            return dict(self._last_call)
        return None

    def flush(self) -> None:
        """Send what waits (or a heartbeat), one send at a time."""
        if not self._closed:
            self.send_loop.flush()

    # -- wrap-up limit ------------------------------------------------------------------------------

    def extend_wrap_up(self) -> None:
        if self.machine.extend_wrap_up():
            self._arm_deadline()
            self._coalesce.start()  # the board learns the longer limit

    def _extend_tooltip(self) -> str:
        return self.tr("Give this wrap-up {0} more seconds (once)").format(self.machine.wrap_up_policy.extend_seconds)

    def _arm_deadline(self) -> None:
        deadline = self.machine.next_deadline()
        if deadline is None:
            self._deadline.stop()
            self._countdown.stop()
        else:
            self._deadline.start(max(0, int((deadline - self.machine.clock()) * 1000)))
            if not self._countdown.isActive():
                self._countdown.start()
        self.act_extend.setEnabled(self.machine.can_extend_wrap_up())
        self._show_wrap_up()

    def _show_wrap_up(self) -> None:
        self._show_activity()

    def _show_activity(self) -> None:
        """Tell the shell what the phone has the agent doing (Ringing, On call, On hold) and the
        wrap-up's countdown: the agent's own indicator and state selector show it."""
        if self.agent_state is None or self._closed:
            return
        current = self.machine.current.state
        left = self.machine.wrap_up_remaining() if current == State.WRAP_UP else None
        if left is None:
            self.agent_state.set_activity(_ACTIVITIES.get(current, ""))
            return
        seconds = int(left + 0.999)

        def text() -> str:
            return self.tr("{0}:{1:02d} left").format(seconds // 60, seconds % 60)

        self.agent_state.set_activity("", text, urgent=seconds <= URGENT_S)

    def _deadline_passed(self) -> None:
        self.machine.tick()
        if self.machine.in_wrap_up:  # extended meanwhile
            self._arm_deadline()
            return
        logger.info("presence: wrap-up time ran out")
        if self.agent_state is not None and self.agent_state.state == WRAP_UP:
            if self.machine.wrap_up_policy.then_ready:
                self.agent_state.set_state(READY)
            else:
                self.agent_state.set_state(NOT_READY, AFTER_WRAP_UP)
        self._arm_deadline()

    def shutdown(self) -> None:
        if self.agent_state is not None:
            self.agent_state.set_activity("")  # nobody follows the phone any more
        self._closed = True
        self.ctx.settings_manager.sig_settings_changed.disconnect(self._settings_changed)
        self.send_loop.stop()
        for cancel in self._cancel:
            cancel()
        self.machine.log_out()
        for timer in (self._heartbeat, self._countdown, self._deadline, self._coalesce):
            timer.stop()
        current = self.machine.current
        if self.outbox is not None:  # queued, then sent now if the back office answers in time
            self.ctx.tasks.finish_writes(0.5)  # the changes handed over before come first in the queue
            try:
                self.outbox.add(event_body(current, about=described(self.machine, self.ctx.settings.sip.username)))
            except Exception:  # the store may be closed already; the heartbeat's end says enough
                logger.info("presence: the sign-out could not be queued", exc_info=True)
            else:
                self._send_before_exit()
        self.ctx.services.withdraw(PRESENCE, self)

    def _send_before_exit(self) -> None:
        """Send what waits, the log-out last, waiting at most :data:`QUIT_SEND_S` (in the background
        tasks: the send itself never runs on the GUI thread); what the back office did not take stays
        queued for the next start (meanwhile the board reads "disconnected")."""
        sender = self._quit_sender
        if sender is None:
            return
        try:
            self.ctx.tasks.run(sender.send).result(timeout=QUIT_SEND_S)
        except Exception as exc:  # unreachable, slow, refused: it stays in the queue
            logger.info("presence: the log-out stays queued for the next start (%s)", type(exc).__name__)
        else:
            logger.info("presence: the log-out was sent")


def _single_shot(parent: QObject, ms: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


def install(ctx: AppContext, window: MainWindow) -> PresenceFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    feature = PresenceFeature(ctx, window)
    ctx.services.provide(PRESENCE, feature)
    return feature
