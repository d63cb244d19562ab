"""What the supervisor's view says about each trail event (no Qt: marked texts and their arguments)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from agent_desktop.features.presence.api import STATE_LABELS
from agent_desktop.features.trail.api import Kind
from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.presence_reasons import BUILT_IN_NAMES, shown_name
from crm.schemas.screenview import TrailItem

TEMPLATES: dict[str, Msg] = {
    Kind.CALL_ANSWERED: QT_TRANSLATE_NOOP("ScreenView", "Answered a call: %1"),
    Kind.CALL_DIALLED: QT_TRANSLATE_NOOP("ScreenView", "Dialled %1"),
    Kind.CALL_ENDED: QT_TRANSLATE_NOOP("ScreenView", "Call ended: %1 (%2)"),
    Kind.CUSTOMER_OPENED: QT_TRANSLATE_NOOP("ScreenView", "Opened customer %1"),
    Kind.CREATED: QT_TRANSLATE_NOOP("ScreenView", "Created %1: %2"),
    Kind.UPDATED: QT_TRANSLATE_NOOP("ScreenView", "Changed %1: %2"),
    Kind.DELETED: QT_TRANSLATE_NOOP("ScreenView", "Deleted %1: %2"),
    Kind.ACTION: QT_TRANSLATE_NOOP("ScreenView", "%1 %2: %3"),
    Kind.STATE_CHANGED: QT_TRANSLATE_NOOP("ScreenView", "State: %1"),
    Kind.SEARCHED: QT_TRANSLATE_NOOP("ScreenView", "Searched customers: %1"),
    Kind.EXPORTED: QT_TRANSLATE_NOOP("ScreenView", "Exported %2 customers to %1"),
    Kind.CALL_LIST: QT_TRANSLATE_NOOP("ScreenView", "Handed %2 customers to call list %1"),
}
STATE_WITH_REASON = QT_TRANSLATE_NOOP("ScreenView", "State: %1 (%2)")
OTHER = QT_TRANSLATE_NOOP("ScreenView", "%1: %2")

ENTITIES: dict[str, Msg] = {
    "orders": QT_TRANSLATE_NOOP("ScreenView", "order"),
    "customers": QT_TRANSLATE_NOOP("ScreenView", "customer"),
    "complaints": QT_TRANSLATE_NOOP("ScreenView", "complaint"),
    "todos": QT_TRANSLATE_NOOP("ScreenView", "to-do"),
    "callbacks": QT_TRANSLATE_NOOP("ScreenView", "call back"),
    "call_logs": QT_TRANSLATE_NOOP("ScreenView", "call log"),
    "contacts": QT_TRANSLATE_NOOP("ScreenView", "contact"),
    "blocklist": QT_TRANSLATE_NOOP("ScreenView", "blocked number"),
}

ACTIONS: dict[str, Msg] = {
    "cancel": QT_TRANSLATE_NOOP("ScreenView", "Cancelled"),
    "attempt": QT_TRANSLATE_NOOP("ScreenView", "Called back"),
    "claim": QT_TRANSLATE_NOOP("ScreenView", "Took"),
    "release": QT_TRANSLATE_NOOP("ScreenView", "Gave back"),
}

_STATES: dict[str, Msg] = {state.value: label for state, label in STATE_LABELS.items()}


def describe(item: TrailItem) -> tuple[Msg, list[str]]:
    """The template and its arguments for one trail item; the arguments that are themselves marked
    texts (an entity, a state, a reason: :class:`Msg`) are translated by the caller too."""
    kind, label, detail, entity = item.kind, item.label, item.detail, item.entity or ""
    noun: str = ENTITIES.get(entity, entity)
    if kind == Kind.STATE_CHANGED:
        state: str = _STATES.get(label, label)
        if detail and item.ref_id:  # the reason's id, and its name as the agent's desktop has it
            return STATE_WITH_REASON, [state, shown_name(item.ref_id, detail)]
        if detail:  # an older desktop: the id only
            return STATE_WITH_REASON, [state, BUILT_IN_NAMES.get(detail, detail)]
        return TEMPLATES[kind], [state]
    if kind in (Kind.CREATED, Kind.UPDATED, Kind.DELETED):
        return TEMPLATES[kind], [noun, label]
    if kind == Kind.ACTION:
        action = detail or ""
        return TEMPLATES[kind], [ACTIONS.get(action, action), noun, label]
    if kind in TEMPLATES:
        return TEMPLATES[kind], [label, detail or ""]
    return OTHER, [kind, label]


def call_starts(items: Iterable[TrailItem]) -> dict[str, datetime]:
    """When each call of ``items`` was answered or dialled (by its reference)."""
    starts: dict[str, datetime] = {}
    for item in items:
        if item.call_ref and item.kind in (Kind.CALL_ANSWERED, Kind.CALL_DIALLED):
            starts.setdefault(item.call_ref, item.at)
    return starts


def call_ends(items: Iterable[TrailItem]) -> dict[str, datetime]:
    """When each call of ``items`` ended (by its reference; a call under way has none)."""
    return {item.call_ref: item.at for item in items if item.call_ref and item.kind == Kind.CALL_ENDED}


def call_offset(at: datetime, started: datetime | None, ended: datetime | None = None) -> str:
    """``+m:ss`` into the call that started at ``started`` (empty outside a call: before it, or after
    it ``ended``, e.g. the agent Ready again after the wrap-up)."""
    if started is None or (ended is not None and at > ended):
        return ""
    seconds = max(0, int((at - started).total_seconds()))
    return f"+{seconds // 60}:{seconds % 60:02d}"
