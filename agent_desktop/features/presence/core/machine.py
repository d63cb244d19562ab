"""The agent's presence as one state machine that follows the agent's choices, the phone and the PC.

Three things decide the state the back office sees, strongest first:

1. the phone: a call up makes the agent On call (On hold while every answered call is held), a call
   only ringing makes them Ringing, whatever they chose;
2. wrap-up after a call (:meth:`PresenceMachine.start_wrap_up`), with its deadline (extend once),
   until submitted or expired;
3. blockers the desktop sets (phone unavailable, headset unplugged, screen locked): Not ready with
   that reason; Ready is refused while one holds;
4. otherwise what the agent chose: Ready, or Not ready with a reason.

Every change of (state, reason) is a :class:`Presence` with the next sequence number, handed to the
listeners in order. Time comes from an injected clock; :meth:`PresenceMachine.tick` acts on deadlines
(the Qt side calls it at :meth:`PresenceMachine.next_deadline`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from agent_desktop.features.presence.core.states import (
    AFTER_WRAP_UP,
    DEFAULT_REASONS,
    Presence,
    Reason,
    State,
    WrapUpPolicy,
)
from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.observers import Listeners

Listener = Callable[[Presence], None]


@dataclass
class _Call:
    answered: bool = False
    held: bool = False
    incoming: bool = True


@dataclass
class _WrapUp:
    deadline: float | None
    limit: int | None = None
    """Seconds the wrap-up may last (with the extension once taken); None: no limit."""
    extended: bool = False


class PresenceRefused(Exception):
    """The agent's choice cannot be made now; ``str()`` is the English message (a :class:`Msg`)."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message)
        self.message = message


class PresenceMachine:
    def __init__(
        self,
        *,
        reasons: Iterable[Reason] = DEFAULT_REASONS,
        wrap_up: WrapUpPolicy | None = None,
        clock: Callable[[], float] = time.time,
        last_seq: int = 0,
    ) -> None:
        self.reasons = {r.code: r for r in reasons}
        self.wrap_up_policy = wrap_up or WrapUpPolicy()
        self.clock = clock
        self._listeners: Listeners[[Presence]] = Listeners("presence changes")
        self._logged_in = True
        self._chosen: tuple[State, str | None] = (State.NOT_READY, None)
        self._blockers: list[str] = []
        self._calls: dict[object, _Call] = {}
        self._wrap_up: _WrapUp | None = None
        state, reason = self._effective()
        self._current = Presence(last_seq, state, reason, clock())

    # -- reading ------------------------------------------------------------------------------------

    @property
    def current(self) -> Presence:
        return self._current

    @property
    def blockers(self) -> tuple[str, ...]:
        return tuple(self._blockers)

    def set_reasons(self, reasons: Iterable[Reason]) -> None:
        """The reasons configured changed; a chosen reason no longer among them is dropped (Not ready
        without a reason)."""
        self.reasons = {r.code: r for r in reasons}
        state, reason = self._chosen
        if reason is not None and reason not in self.reasons:
            self._chosen = (state, None)
            self._update()

    def subscribe(self, listener: Listener) -> None:
        self._listeners.add(listener)

    def seconds_in_state(self) -> float:
        return max(0.0, self.clock() - self._current.at)

    def over_maximum(self) -> bool:
        """True when the current Not-ready reason has a maximum time and the agent is past it."""
        reason = self.reasons.get(self._current.reason or "")
        if self._current.state != State.NOT_READY or reason is None or reason.max_seconds is None:
            return False
        return self.seconds_in_state() > reason.max_seconds

    def reason_name(self, code: str | None) -> str | None:
        """The name of reason ``code`` as the back office and supervisors get it: the configured name,
        or a built-in reason's English name (each supervisor's desktop translates it); None for none."""
        if code is None:
            return None
        reason = self.reasons.get(code)
        return str(reason.label) if reason is not None else code

    def state_limit(self) -> int | None:
        """How long the current state is meant to last: the Not-ready reason's maximum, or the
        wrap-up's limit (with its extension); None without one."""
        state = self._current.state
        if state == State.WRAP_UP and self._wrap_up is not None:
            return self._wrap_up.limit
        reason = self.reasons.get(self._current.reason or "")
        return reason.max_seconds if state == State.NOT_READY and reason is not None else None

    def wrap_up_remaining(self) -> float | None:
        """Seconds left of the wrap-up (None when not in wrap-up or it has no limit)."""
        if self._wrap_up is None or self._wrap_up.deadline is None:
            return None
        return max(0.0, self._wrap_up.deadline - self.clock())

    def can_extend_wrap_up(self) -> bool:
        return self._wrap_up is not None and self._wrap_up.deadline is not None and not self._wrap_up.extended

    def next_deadline(self) -> float | None:
        """The clock time at which :meth:`tick` has something to do, if any."""
        if self._wrap_up is None or self._calls:
            return None
        return self._wrap_up.deadline

    # -- the agent's choices ------------------------------------------------------------------------

    def choose_ready(self) -> None:
        """Ready, or :class:`PresenceRefused` while a blocker holds or the agent is logged out."""
        if not self._logged_in:
            raise PresenceRefused(QT_TRANSLATE_NOOP("Presence", "Sign in first."))
        if self._blockers:
            reason = self.reasons.get(self._blockers[0])  # a system reason: its label is a marked message
            label = reason.label if reason is not None and isinstance(reason.label, Msg) else None
            raise PresenceRefused(label or QT_TRANSLATE_NOOP("Presence", "The desktop cannot take calls now."))
        self._chosen = (State.READY, None)
        self._update()

    def choose_not_ready(self, reason: str | None = None) -> None:
        """Not ready, with one of the reasons (None: none given)."""
        if reason is not None and reason not in self.reasons:
            raise ValueError(f"unknown Not-ready reason {reason!r}")
        self._chosen = (State.NOT_READY, reason)
        self._update()

    def log_out(self) -> None:
        self._logged_in = False
        self._wrap_up = None
        self._update()

    def log_in(self) -> None:
        """Back in: Not ready until the agent chooses Ready."""
        self._logged_in = True
        self._chosen = (State.NOT_READY, None)
        self._update()

    # -- the desktop's blockers ---------------------------------------------------------------------

    def block(self, reason: str) -> None:
        """The desktop cannot take calls for ``reason`` (a system reason) until :meth:`unblock`."""
        if reason not in self._blockers:
            self._blockers.append(reason)
            self._update()

    def unblock(self, reason: str) -> None:
        if reason in self._blockers:
            self._blockers.remove(reason)
            self._update()

    # -- the phone ----------------------------------------------------------------------------------

    def call_ringing(self, call: object) -> None:
        self._calls.setdefault(call, _Call())
        self._update()

    def call_dialled(self, call: object) -> None:
        """An outgoing call: the agent is busy with it from the first ring back."""
        self._calls[call] = _Call(answered=True, incoming=False)
        self._update()

    def call_answered(self, call: object) -> None:
        self._calls.setdefault(call, _Call()).answered = True
        self._update()

    def call_held(self, call: object, held: bool) -> None:
        if call in self._calls:
            self._calls[call].held = held
            self._update()

    def call_ended(self, call: object) -> None:
        self._calls.pop(call, None)
        self._update()

    # -- wrap-up ------------------------------------------------------------------------------------

    def start_wrap_up(self) -> None:
        """A call asks for a wrap-up (the card decides which: answered ones, unanswered per policy);
        its time limit starts now."""
        if self._logged_in and self._wrap_up is None:
            limit = self.wrap_up_policy.limit_seconds
            self._wrap_up = _WrapUp(None if limit is None else self.clock() + limit, limit)
            self._update()

    @property
    def in_wrap_up(self) -> bool:
        return self._wrap_up is not None

    def wrap_up_done(self) -> None:
        """The agent submitted the wrap-up: back to what they had chosen."""
        self._wrap_up = None
        self._update()

    def extend_wrap_up(self) -> bool:
        """Once per wrap-up: more time (the policy's extension). False when not possible."""
        if not self.can_extend_wrap_up():
            return False
        assert self._wrap_up is not None and self._wrap_up.deadline is not None
        self._wrap_up.deadline += self.wrap_up_policy.extend_seconds
        self._wrap_up.limit = (self._wrap_up.limit or 0) + self.wrap_up_policy.extend_seconds
        self._wrap_up.extended = True
        return True

    def tick(self) -> None:
        """Act on a deadline that has passed (wrap-up running out)."""
        deadline = self.next_deadline()
        if deadline is None or self.clock() < deadline:
            return
        self._wrap_up = None
        if not self.wrap_up_policy.then_ready:
            self._chosen = (State.NOT_READY, AFTER_WRAP_UP)
        self._update()

    # -- internals ----------------------------------------------------------------------------------

    def _effective(self) -> tuple[State, str | None]:
        if not self._logged_in:
            return State.LOGGED_OUT, None
        calls = self._calls.values()
        answered = [c for c in calls if c.answered]
        if answered:
            return (State.ON_HOLD if all(c.held for c in answered) else State.ON_CALL), None
        if calls:
            return State.RINGING, None
        if self._wrap_up is not None:
            return State.WRAP_UP, None
        if self._blockers:
            return State.NOT_READY, self._blockers[0]
        return self._chosen

    def _update(self) -> None:
        state, reason = self._effective()
        if (state, reason) == (self._current.state, self._current.reason):
            return
        self._current = Presence(self._current.seq + 1, state, reason, self.clock())
        self._listeners.emit(self._current)
