"""The names of Not-ready reasons, without the setting's model (:mod:`crm.presence_reasons`): the ids
the desktop sets by itself, the translated names of the built-in ids and the lookups the shell needs
before its window appears, when pydantic is not loaded yet (issue 23). Plain data, no Qt."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from crm.i18n import QT_TRANSLATE_NOOP, Msg

PHONE_UNAVAILABLE = "phone_unavailable"
HEADSET = "headset"
AWAY = "away"
AFTER_WRAP_UP = "after_wrap_up"

BUILT_IN_NAMES: dict[str, Msg] = {
    "break": QT_TRANSLATE_NOOP("Presence", "Break"),
    "meal": QT_TRANSLATE_NOOP("Presence", "Meal"),
    "training": QT_TRANSLATE_NOOP("Presence", "Training"),
    "meeting": QT_TRANSLATE_NOOP("Presence", "Meeting"),
    "coaching": QT_TRANSLATE_NOOP("Presence", "Coaching"),
    "other": QT_TRANSLATE_NOOP("Presence", "Other"),
    PHONE_UNAVAILABLE: QT_TRANSLATE_NOOP("Presence", "Phone unavailable"),
    HEADSET: QT_TRANSLATE_NOOP("Presence", "Headset unplugged"),
    AWAY: QT_TRANSLATE_NOOP("Presence", "Away (screen locked)"),
    AFTER_WRAP_UP: QT_TRANSLATE_NOOP("Presence", "Wrap-up time ran out"),
}
"""The translated names of the ids the product knows (a configured reason with one of these ids and no
``name`` shows it in the agent's language)."""

SYSTEM_REASONS: tuple[str, ...] = (PHONE_UNAVAILABLE, AWAY, HEADSET, AFTER_WRAP_UP)
"""Set by the desktop itself (phone down, screen locked, headset unplugged, wrap-up ran out); never
offered to the agent, never configured."""


class Reason(Protocol):
    """What the lookups need of a reason (:class:`crm.presence_reasons.NotReadyReason` has it)."""

    @property
    def id(self) -> str: ...

    @property
    def label(self) -> Msg | str: ...


def reason_label(reasons: Iterable[Reason], code: str) -> Msg | str:
    """The name of reason ``code``: the configured one, else the built-in one, else the code itself."""
    for reason in reasons:
        if reason.id == code:
            return reason.label
    return BUILT_IN_NAMES.get(code, code)


def shown_name(code: str, name: str) -> Msg | str:
    """A reason's name as an agent's desktop sent it (``reason_name`` of a presence change), to show on
    another desktop: a built-in reason's English name is its marked message (the caller translates it
    into its own language), any other name is shown as the agent's desktop has it."""
    built_in = BUILT_IN_NAMES.get(code)
    return built_in if built_in is not None and name == str(built_in) else name
