"""Settings: the typed schema, the IT policy layer, the user layer and provisioning bundles."""

from agent_desktop.settings.layers import SettingsError
from agent_desktop.settings.manager import LockedKeyError, SettingsManager
from agent_desktop.settings.policy import Policy, PolicyError, default_policy_path, load_policy
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
    "default_policy_path",
    "load_policy",
]
