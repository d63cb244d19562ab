"""Settings: the typed schema, the IT policy layer, the user layer and provisioning bundles."""

from agent_desktop.settings.layers import SettingsError
from agent_desktop.settings.manager import LockedKeyError, SettingsManager
from agent_desktop.settings.policy import Policy, PolicyError, load_policy
from agent_desktop.settings.policy_location import system_policy_path
from agent_desktop.settings.schema import (
    AudioSettings,
    CrmSettings,
    HotkeySettings,
    Settings,
    SipSettings,
    UiSettings,
)

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
