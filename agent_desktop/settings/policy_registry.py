"""The Windows policy registry: ``HKLM\\SOFTWARE\\Policies\\AgentDesktop`` (Group Policy, Intune).

Layout (what ``packaging/windows/AgentDesktop.admx`` writes)::

    HKLM\\SOFTWARE\\Policies\\AgentDesktop
        allow_policy_override     REG_DWORD 0/1   (as in the policy file)
        bundle_https_only         REG_DWORD 0/1   settings bundles over HTTPS only (as in the policy file)
        bundle_signing_keys       REG_MULTI_SZ    bundles must be signed by one of these Ed25519 keys
        \\sip                      values here are set AND locked: the user cannot change them
            registrar             REG_SZ    "pbx.example.com"
            local_port            REG_DWORD 5060
            stun_servers          REG_MULTI_SZ
        \\Recommended\\sip          values here are defaults the user may change

A value's name is the setting's name in its section. Numbers may be REG_DWORD or text, true/false
REG_DWORD 1/0, lists REG_MULTI_SZ (or text with commas). A name this version does not know is skipped
with a warning (a newer template may push it); a value of the wrong type or out of range stops the
app like an invalid policy file (the two bundle rules are checked with the policy file's, in
:mod:`agent_desktop.settings.policy`). ``winreg`` is passed in so the reading is tested on any platform.
"""

from __future__ import annotations

import logging
import sys
import typing
from typing import Any

from agent_desktop.settings.layers import IN, SettingsError, coerce_text, invalid_values, unflatten
from crm.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

REGISTRY_KEY = r"SOFTWARE\Policies\AgentDesktop"
REGISTRY_PATH = "HKLM\\" + REGISTRY_KEY
RECOMMENDED = "Recommended"
ALLOW_OVERRIDE = "allow_policy_override"
BUNDLE_HTTPS_ONLY = "bundle_https_only"
BUNDLE_SIGNING_KEYS = "bundle_signing_keys"


class RegistryPolicy(typing.NamedTuple):
    """What the registry holds: flat values, the locked keys, where each key came from, the switch,
    and the bundle rules as read (``{"bundle_https_only": True, ...}``, checked by the policy)."""

    values: dict[str, Any]
    locked: frozenset[str]
    origins: dict[str, str]
    allow_override: bool | None
    bundle: dict[str, Any]

    @property
    def present(self) -> bool:
        return bool(self.values) or self.allow_override is not None or bool(self.bundle)


EMPTY = RegistryPolicy({}, frozenset(), {}, None, {})


def _values(winreg: Any, key: Any) -> list[tuple[str, Any, int]]:
    count = winreg.QueryInfoKey(key)[1]
    return [winreg.EnumValue(key, i) for i in range(count)]


def _subkeys(winreg: Any, key: Any) -> list[str]:
    count = winreg.QueryInfoKey(key)[0]
    return [winreg.EnumKey(key, i) for i in range(count)]


def _typed(winreg: Any, key: str, data: Any, kind: int, where: str) -> Any:
    from agent_desktop.settings.schema import SECTIONS

    section, name = key.split(".", 1)
    annotation = SECTIONS[section].model_fields[name].annotation
    if kind in (winreg.REG_DWORD, winreg.REG_QWORD):
        if annotation is bool:
            return bool(data)
        return str(data) if annotation is str else data
    if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ):
        return coerce_text(key, data)
    if kind == winreg.REG_MULTI_SZ:
        return list(data)
    raise SettingsError(
        QT_TRANSLATE_NOOP("Settings", "{0}: {1} has a registry type this setting cannot take"), where, key
    )


def _bundle_value(winreg: Any, name: str, data: Any, kind: int) -> Any:
    """A bundle rule as the policy file would hold it: a switch from a DWORD, keys from a MULTI_SZ (or
    text with commas); anything else is passed on as it is, for the policy's check to refuse."""
    if name == BUNDLE_HTTPS_ONLY and kind in (winreg.REG_DWORD, winreg.REG_QWORD):
        return bool(data)
    if name == BUNDLE_SIGNING_KEYS and kind == winreg.REG_MULTI_SZ:
        return [key.strip() for key in data if key.strip()]
    if name == BUNDLE_SIGNING_KEYS and kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ):
        return [key.strip() for key in str(data).split(",") if key.strip()]
    return data


def _read_section(winreg: Any, parent: Any, name: str, where: str) -> dict[str, Any]:
    from agent_desktop.settings.schema import SECTIONS

    section, out = name.lower(), {}
    with winreg.OpenKey(parent, name) as key:
        for value_name, data, kind in _values(winreg, key):
            dotted = f"{section}.{value_name.lower()}"
            if value_name.lower() not in SECTIONS[section].model_fields:
                logger.warning("policy registry %s: unknown setting %s skipped", where, dotted)
                continue
            out[dotted] = _typed(winreg, dotted, data, kind, where)
    return out


def _read_sections(winreg: Any, parent: Any, where: str) -> tuple[dict[str, Any], dict[str, str]]:
    """Values (and where each came from) of the section subkeys of ``parent``; others are skipped."""
    from agent_desktop.settings.schema import SECTIONS

    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for name in _subkeys(winreg, parent):
        if name.lower() == RECOMMENDED.lower():
            continue
        if name.lower() not in SECTIONS:
            logger.warning("policy registry: unknown section %s\\%s skipped", where, name)
            continue
        found = _read_section(winreg, parent, name, f"{where}\\{name}")
        values.update(found)
        origins.update(dict.fromkeys(found, f"{where}\\{name}"))
    return values, origins


def read_registry_policy(winreg: Any | None = None) -> RegistryPolicy:
    """The policy in ``HKLM\\SOFTWARE\\Policies\\AgentDesktop`` (empty off Windows or when absent).

    Raises :class:`SettingsError` for a value of the wrong type or out of range.
    """
    if winreg is None:
        if sys.platform != "win32":
            return EMPTY
        import winreg as winreg_module

        winreg = winreg_module
    try:
        root = winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY, 0, winreg.KEY_READ | getattr(winreg, "KEY_WOW64_64KEY", 0)
        )
    except OSError:  # FileNotFoundError: no policy pushed
        return EMPTY
    recommended: dict[str, Any] = {}
    rec_origins: dict[str, str] = {}
    allow: bool | None = None
    bundle: dict[str, Any] = {}
    with root:
        for value_name, data, kind in _values(winreg, root):
            name = value_name.lower()
            if name == ALLOW_OVERRIDE:
                allow = bool(data)
            elif name in (BUNDLE_HTTPS_ONLY, BUNDLE_SIGNING_KEYS):
                bundle[name] = _bundle_value(winreg, name, data, kind)
        mandatory, origins = _read_sections(winreg, root, REGISTRY_PATH)
        for name in _subkeys(winreg, root):
            if name.lower() == RECOMMENDED.lower():
                with winreg.OpenKey(root, name) as rec:
                    recommended, rec_origins = _read_sections(winreg, rec, f"{REGISTRY_PATH}\\{name}")
    origins = {**rec_origins, **origins}
    values = {**recommended, **mandatory}
    from pydantic import ValidationError

    from agent_desktop.settings.schema import Settings

    try:
        Settings.model_validate(unflatten(values))
    except ValidationError as exc:
        raise SettingsError(IN, REGISTRY_PATH, invalid_values(exc)) from None
    if values or allow is not None or bundle:
        logger.info("policy registry %s: %d values, %d locked", REGISTRY_PATH, len(values), len(mandatory))
    return RegistryPolicy(values, frozenset(mandatory), origins, allow, bundle)
