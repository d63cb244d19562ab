"""Settings: the typed schema, the IT policy layer, the user layer and provisioning bundles.

The schema's models (pydantic) load on first use of their names here (issue 23: not before the window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agent_desktop.settings.layers import SettingsError
from agent_desktop.settings.manager import LockedKeyError, SettingsManager
from agent_desktop.settings.policy import Policy, PolicyError, load_policy
from agent_desktop.settings.policy_location import system_policy_path

if TYPE_CHECKING:
    from agent_desktop.settings.schema import (
        AudioSettings,
        CrmSettings,
        HotkeySettings,
        Settings,
        SipSettings,
        UiSettings,
    )

_SCHEMA_NAMES = frozenset({"AudioSettings", "CrmSettings", "HotkeySettings", "Settings", "SipSettings", "UiSettings"})

__all__ = [
    "AudioSettings",
    "CrmSettings",
    "HotkeySettings",
    "LockedKeyError",
    "Policy",
    "PolicyError",
    "Settings",
    "SettingsError",
    "SettingsManager",
    "SipSettings",
    "UiSettings",
    "load_policy",
    "system_policy_path",
]


def __getattr__(name: str) -> Any:
    if name in _SCHEMA_NAMES:
        from agent_desktop.settings import schema

        return getattr(schema, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
