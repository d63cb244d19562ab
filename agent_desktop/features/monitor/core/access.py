"""Who may listen to, whisper to or barge into an agent's call: supervisors and administrators."""

from __future__ import annotations

from agent_desktop.features.monitor.core.dial import MonitorRefused
from crm.i18n import QT_TRANSLATE_NOOP

SUPERVISOR_ROLES = ("supervisor", "admin")

NOT_SIGNED_IN = QT_TRANSLATE_NOOP(
    "Monitor", "Sign in to the CRM first: only supervisors may listen to, whisper to or barge into calls."
)
NOT_A_SUPERVISOR = QT_TRANSLATE_NOOP(
    "Monitor", "Only supervisors and administrators may listen to, whisper to or barge into agents' calls."
)


def may_monitor(role: str | None) -> bool:
    """Whether a user of ``role`` (None: not signed in) may monitor agents' calls."""
    return role in SUPERVISOR_ROLES


def check_may_monitor(role: str | None) -> None:
    """Raise :class:`MonitorRefused` unless a user of ``role`` may monitor agents' calls."""
    if role is None:
        raise MonitorRefused(NOT_SIGNED_IN)
    if not may_monitor(role):
        raise MonitorRefused(NOT_A_SUPERVISOR)
