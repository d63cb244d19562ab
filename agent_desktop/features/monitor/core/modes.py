"""The three ways a supervisor joins an agent's call, their texts, and the agent's indicator policy."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from crm.i18n import QT_TRANSLATE_NOOP, Msg


class Mode(StrEnum):
    """What the supervisor does on the agent's call (Asterisk ChanSpy options ``q``, ``w``, ``B``)."""

    LISTEN = "listen"
    """Silent monitoring: nobody hears the supervisor."""
    WHISPER = "whisper"
    """The agent hears the supervisor, the customer does not."""
    BARGE = "barge"
    """The supervisor joins the call: both hear them."""


@dataclass(frozen=True)
class ModeTexts:
    """What the supervisor reads for one mode; ``{0}`` is the agent, ``{1}`` (in ``failed``) the reason."""

    label: Msg
    started: Msg
    failed: Msg
    ended: Msg
    indicator: Msg
    """What the monitored agent's own desktop says while it lasts (see :func:`agent_indicator`)."""
    badge: Msg
    """The same, short, in the agent's status bar (``indicator`` is its tooltip)."""


TEXTS: dict[Mode, ModeTexts] = {
    Mode.LISTEN: ModeTexts(
        QT_TRANSLATE_NOOP("Monitor", "Listen (nobody hears you)"),
        QT_TRANSLATE_NOOP("Monitor", "Listening to {0}'s call: nobody hears you."),
        QT_TRANSLATE_NOOP("Monitor", "Could not listen to {0}'s call: {1}"),
        QT_TRANSLATE_NOOP("Monitor", "Stopped listening to {0}'s call."),
        QT_TRANSLATE_NOOP("Monitor", "Your supervisor is listening to this call"),
        QT_TRANSLATE_NOOP("Monitor", "Supervisor listening"),
    ),
    Mode.WHISPER: ModeTexts(
        QT_TRANSLATE_NOOP("Monitor", "Whisper (only the agent hears you)"),
        QT_TRANSLATE_NOOP("Monitor", "Whispering to {0}: only the agent hears you."),
        QT_TRANSLATE_NOOP("Monitor", "Could not whisper to {0}: {1}"),
        QT_TRANSLATE_NOOP("Monitor", "Stopped whispering to {0}."),
        QT_TRANSLATE_NOOP("Monitor", "Your supervisor is coaching you on this call (the customer does not hear)"),
        QT_TRANSLATE_NOOP("Monitor", "Supervisor whispering"),
    ),
    Mode.BARGE: ModeTexts(
        QT_TRANSLATE_NOOP("Monitor", "Barge (agent and customer hear you)"),
        QT_TRANSLATE_NOOP("Monitor", "In {0}'s call: the agent and the customer hear you."),
        QT_TRANSLATE_NOOP("Monitor", "Could not join {0}'s call: {1}"),
        QT_TRANSLATE_NOOP("Monitor", "Left {0}'s call."),
        QT_TRANSLATE_NOOP("Monitor", "Your supervisor joined this call"),
        QT_TRANSLATE_NOOP("Monitor", "Supervisor in the call"),
    ),
}


def agent_indicator(notify_agent: bool, mode: Mode, notify_listen: bool = False) -> Msg | None:
    """What the monitored agent's desktop shows while a supervisor is on their call in ``mode``: the
    mode's indicator text, or None when the policy says the agent is not told (``monitor.notify_agent``
    for whisper and barge, ``monitor.notify_listen`` for silent listening). The agent's desktop learns of
    it through the back office's live events."""
    told = notify_listen if mode is Mode.LISTEN else notify_agent
    return TEXTS[mode].indicator if told else None
