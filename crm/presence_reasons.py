"""Not-ready reasons: the desktop setting ``presence.not_ready_reasons`` (what an agent may pick, with an
optional maximum time) and the reasons the desktop sets by itself. Plain data, no Qt.

A reason has an ``id`` (what the back office and the wallboard see), a ``name`` (shown to the agent;
empty for a built-in id, whose translated name is used) and ``max_minutes`` (after that long the agent's
own indicator and the supervisors' wallboard stand out; none: no limit). The list is the one source:
the shell's state selector and Call menu offer exactly these, the presence feature accepts only these,
and each presence change the desktop sends carries the reason's name and maximum, so supervisors'
wallboards show them as the agent's desktop has them (:func:`shown_name`). IT sets it in the policy::

    [presence]
    not_ready_reasons = [
        { id = "break", max_minutes = 15 },
        { id = "meal", max_minutes = 45 },
        { id = "huddle", name = "Team huddle", max_minutes = 10 },
    ]
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.reason_names import AFTER_WRAP_UP as AFTER_WRAP_UP
from crm.reason_names import AWAY as AWAY
from crm.reason_names import BUILT_IN_NAMES as BUILT_IN_NAMES
from crm.reason_names import HEADSET as HEADSET
from crm.reason_names import PHONE_UNAVAILABLE as PHONE_UNAVAILABLE
from crm.reason_names import SYSTEM_REASONS as SYSTEM_REASONS
from crm.reason_names import reason_label as reason_label
from crm.reason_names import shown_name as shown_name


class NotReadyReason(BaseModel):
    """One reason an agent may pick for being Not ready."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=40, pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field("", max_length=40)
    """Shown to the agent; empty: the built-in name of ``id`` (translated)."""
    max_minutes: int | None = Field(None, ge=1, le=24 * 60)

    @property
    def max_seconds(self) -> int | None:
        return None if self.max_minutes is None else self.max_minutes * 60

    @property
    def label(self) -> Msg | str:
        """The name to show: the configured text, else the built-in (a :class:`Msg` to translate)."""
        return self.name.strip() or BUILT_IN_NAMES.get(self.id, self.id)


DEFAULT_NOT_READY_REASONS: tuple[NotReadyReason, ...] = (
    NotReadyReason(id="break", max_minutes=15),
    NotReadyReason(id="meal", max_minutes=45),
    NotReadyReason(id="training"),
    NotReadyReason(id="meeting"),
    NotReadyReason(id="coaching"),
)

DUPLICATE = QT_TRANSLATE_NOOP("Settings", "lists a reason twice: each id may appear once")
SYSTEM_ID = QT_TRANSLATE_NOOP(
    "Settings", "phone_unavailable, away, headset and after_wrap_up are set by the desktop itself, not picked"
)
NEEDS_NAME = QT_TRANSLATE_NOOP("Settings", "a reason of your own needs a name (only built-in ids have one)")


def check_reasons(reasons: list[NotReadyReason]) -> list[NotReadyReason]:
    """``reasons`` if every id is unique, none is a system reason and each one without a built-in name
    has a name; else ValueError with a marked message."""
    seen: set[str] = set()
    for reason in reasons:
        if reason.id in seen:
            raise ValueError(DUPLICATE)
        if reason.id in SYSTEM_REASONS:
            raise ValueError(SYSTEM_ID)
        if not reason.name.strip() and reason.id not in BUILT_IN_NAMES:
            raise ValueError(NEEDS_NAME)
        seen.add(reason.id)
    return reasons
