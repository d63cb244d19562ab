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
    """What the monitored agent's own desktop shows while it lasts (see :func:`agent_indicator`)."""


TEXTS: dict[Mode, ModeTexts] = {
    Mode.LISTEN: ModeTexts(
        QT_TRANSLATE_NOOP("Monitor", "Listen (nobody hears you)"),
        QT_TRANSLATE_NOOP("Monitor", "Listening to {0}'s call: nobody hears you."),
        QT_TRANSLATE_NOOP("Monitor", "Could not listen to {0}'s call: {1}"),
        QT_TRANSLATE_NOOP("Monitor", "Stopped listening to {0}'s call."),
        QT_TRANSLATE_NOOP("Monitor", "Your supervisor is listening to this call"),
    ),
    Mode.WHISPER: ModeTexts(
        QT_TRANSLATE_NOOP("Monitor", "Whisper (only the agent hears you)"),
        QT_TRANSLATE_NOOP("Monitor", "Whispering to {0}: only the agent hears you."),
        QT_TRANSLATE_NOOP("Monitor", "Could not whisper to {0}: {1}"),
        QT_TRANSLATE_NOOP("Monitor", "Stopped whispering to {0}."),
        QT_TRANSLATE_NOOP("Monitor", "Your supervisor is coaching you on this call (the customer does not hear)"),
    ),
    Mode.BARGE: ModeTexts(
        QT_TRANSLATE_NOOP("Monitor", "Barge (agent and customer hear you)"),
        QT_TRANSLATE_NOOP("Monitor", "In {0}'s call: the agent and the customer hear you."),
        QT_TRANSLATE_NOOP("Monitor", "Could not join {0}'s call: {1}"),
        QT_TRANSLATE_NOOP("Monitor", "Left {0}'s call."),
        QT_TRANSLATE_NOOP("Monitor", "Your supervisor joined this call"),
    ),
}


def agent_indicator(notify_agent: bool, mode: Mode) -> Msg | None:
    """What the monitored agent's desktop shows while a supervisor is on their call in ``mode``: the
    mode's indicator text, or None when the policy (``monitor.notify_agent``) says the agent is not told.
    The agent's desktop learns of it through the back office's push channel."""
    return TEXTS[mode].indicator if notify_agent else None
