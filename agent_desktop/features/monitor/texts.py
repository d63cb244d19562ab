"""The core's messages in the user's language."""

from __future__ import annotations

from agent_desktop.features.monitor.core.dial import MonitorRefused
from agent_desktop.shell.i18n import translate_msg


def refusal_text(refused: MonitorRefused) -> str:
    """Why monitoring could not start, translated (its values too when they are marked messages)."""
    return translate_msg(refused.message).format(*(translate_msg(v) for v in refused.values))
