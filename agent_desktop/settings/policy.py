"""The IT policy: system-wide values and the keys users may not change.

Format (TOML)::

    locked = ["crm.url"]            # dotted keys, before any table
    allow_policy_override = false   # optional: may $AGENT_DESKTOP_POLICY replace this file?
    bundle_https_only = true        # optional: settings bundles (--provision URL) over HTTPS only
    bundle_signing_keys = ["…"]     # optional: bundles must be signed by one of these Ed25519 keys

    [sip]
    registrar = "pbx.example.com"
    transport = "tls"
    locked = ["registrar", "transport"]   # or ["*"] for the whole section

Where: the system policy file (:mod:`agent_desktop.settings.policy_location`; a user cannot move it)
and, on Windows, the policy registry (:mod:`agent_desktop.settings.policy_registry`), whose values win
over the file's. ``$AGENT_DESKTOP_POLICY`` replaces the file only where that takes nothing from IT
(:func:`~agent_desktop.settings.policy_location.override_allowed`); else it is ignored with a warning
(:attr:`Policy.ignored_override`). A missing file at the platform's place means no policy; an invalid
one is an error (the app refuses to start rather than silently dropping IT's locks), and so is a file
that an honoured ``$AGENT_DESKTOP_POLICY`` names and that does not exist.
"""

from __future__ import annotations

import base64
import binascii
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from agent_desktop.settings import policy_location
from agent_desktop.settings.layers import (
    IN,
    SettingsError,
    check_nested,
    invalid_values,
    read_toml,
    split_key,
    unflatten,
)
from agent_desktop.settings.policy_location import POLICY_ENV
from agent_desktop.settings.policy_registry import (
    ALLOW_OVERRIDE,
    BUNDLE_HTTPS_ONLY,
    BUNDLE_SIGNING_KEYS,
    REGISTRY_PATH,
    RegistryPolicy,
    read_registry_policy,
)
from agent_desktop.settings.provision import BundleRules
from crm.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

__all__ = ["POLICY_ENV", "Policy", "PolicyError", "load_policy", "read_policy_file"]


class PolicyError(SettingsError):
    """The system policy (file or registry) is not valid, or the file an honoured
    ``$AGENT_DESKTOP_POLICY`` names is missing."""


POLICY_MISSING = QT_TRANSLATE_NOOP("Settings", "{0}: no such policy file (named by {1})")
"""Why a policy file that ``$AGENT_DESKTOP_POLICY`` names but that does not exist is refused."""


@dataclass(frozen=True)
class Policy:
    """Values set by IT (flat dotted keys) and the keys locked to them."""

    values: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    path: Path | None = None
    """The policy file read; None when there was none."""
    origins: dict[str, str] = field(default_factory=dict)
    """Where each key's value or lock comes from: the file's path or a registry key."""
    allow_override: bool | None = None
    """``allow_policy_override`` as the policy sets it (None: not said)."""
    ignored_override: Path | None = None
    """The file ``$AGENT_DESKTOP_POLICY`` named and that was ignored (the system policy forbids it)."""
    bundle_rules: BundleRules = BundleRules()
    """What a settings bundle must be to be imported (HTTPS only, signed)."""

    @property
    def sources(self) -> list[str]:
        """The policy file and registry keys read (for messages and ``--print-settings``)."""
        found = set(self.origins.values()) | ({str(self.path)} if self.path is not None else set())
        return sorted(found)

    @property
    def present(self) -> bool:
        """Whether IT set anything at all (a file, even an empty one, or registry values)."""
        return (
            self.path is not None
            or bool(self.origins)
            or self.allow_override is not None
            or self.bundle_rules != BundleRules()
        )


def _locked_names(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(QT_TRANSLATE_NOOP("Settings", "{0}: 'locked' must be a list of setting names"), where)
    return value


def read_policy_file(path: Path) -> Policy:
    """Read and validate one policy file; an absent file gives an empty policy."""
    try:
        present = path.exists()
    except OSError:  # its folder may not be searched (permission denied): reading the file says so
        present = True
    if not present:
        logger.info("no policy file at %s", path)
        return Policy(path=None)
    try:
        data = read_toml(path)
    except SettingsError as exc:
        raise PolicyError(exc.message, *exc.values, errors=exc.errors) from None
    locked: set[str] = set()
    allow = data.pop(ALLOW_OVERRIDE, None)
    try:
        if allow is not None and not isinstance(allow, bool):
            raise PolicyError(
                QT_TRANSLATE_NOOP("Settings", "{0}: '{1}' must be true or false"), str(path), ALLOW_OVERRIDE
            )
        rules = _bundle_rules(data, str(path))
        for key in _locked_names(data.pop("locked", []), str(path)):
            split_key(key)
            locked.add(key)
        for section in list(data):
            from agent_desktop.settings.schema import SECTIONS  # with sections only (issue 23: a start's cost)

            table = data[section]
            if section not in SECTIONS:
                raise PolicyError(QT_TRANSLATE_NOOP("Settings", "{0}: unknown section [{1}]"), str(path), section)
            if isinstance(table, dict) and "locked" in table:
                for name in _locked_names(table.pop("locked"), f"{path} [{section}]"):
                    if name == "*":
                        locked.update(f"{section}.{n}" for n in SECTIONS[section].model_fields)
                    else:
                        locked.add(f"{section}.{split_key(f'{section}.{name}')[1]}")
        values = check_nested(data, str(path))
        _check_values(values, str(path))
    except PolicyError:
        raise
    except SettingsError as exc:
        raise PolicyError(IN, str(path), exc) from None
    logger.info("policy file %s: %d values, %d locked keys", path, len(values), len(locked))
    origins = dict.fromkeys([*values, *locked], str(path))
    return Policy(
        values=values, locked=frozenset(locked), path=path, origins=origins, allow_override=allow, bundle_rules=rules
    )


def _check_values(values: dict[str, Any], where: str) -> None:
    """Validate the policy's values with the schema, whose models are built only when there are some."""
    if not values:
        return
    from pydantic import ValidationError

    from agent_desktop.settings.schema import Settings

    try:
        Settings.model_validate(unflatten(values))
    except ValidationError as exc:
        raise PolicyError(IN, where, invalid_values(exc)) from None


def _bundle_rules(data: dict[str, Any], where: str) -> BundleRules:
    """The policy's top-level ``bundle_https_only`` and ``bundle_signing_keys`` (taken out of ``data``)."""
    https_only = data.pop(BUNDLE_HTTPS_ONLY, False)
    keys = data.pop(BUNDLE_SIGNING_KEYS, [])
    if not isinstance(https_only, bool):
        raise PolicyError(QT_TRANSLATE_NOOP("Settings", "{0}: '{1}' must be true or false"), where, BUNDLE_HTTPS_ONLY)
    if not isinstance(keys, list) or not all(isinstance(k, str) and _is_public_key(k) for k in keys):
        raise PolicyError(
            QT_TRANSLATE_NOOP("Settings", "{0}: 'bundle_signing_keys' must be a list of base64 Ed25519 public keys"),
            where,
        )
    return BundleRules(https_only=https_only, signing_keys=tuple(keys))


def _is_public_key(text: str) -> bool:
    try:
        return len(base64.b64decode(text, validate=True)) == 32
    except (binascii.Error, ValueError):
        return False


def _with_registry(policy: Policy, registry: RegistryPolicy) -> Policy:
    """The file's policy with the registry's on top: a registry value wins, except that a merely
    recommended one does not replace a value the file locks; locks add up; a bundle rule the registry
    sets replaces the file's."""
    if not registry.present:
        return policy
    rules = policy.bundle_rules
    if registry.bundle:
        file_rules = {BUNDLE_HTTPS_ONLY: rules.https_only, BUNDLE_SIGNING_KEYS: list(rules.signing_keys)}
        rules = _bundle_rules({**file_rules, **registry.bundle}, REGISTRY_PATH)
    values, origins = dict(policy.values), dict(policy.origins)
    for key, value in registry.values.items():
        if key in registry.locked or key not in policy.locked:
            values[key] = value
            origins[key] = registry.origins[key]
    allow = registry.allow_override if registry.allow_override is not None else policy.allow_override
    return replace(
        policy,
        values=values,
        locked=policy.locked | registry.locked,
        origins=origins,
        allow_override=allow,
        bundle_rules=rules,
    )


def _registry() -> RegistryPolicy:
    try:
        return read_registry_policy()
    except SettingsError as exc:
        raise PolicyError(exc.message, *exc.values, errors=exc.errors) from None


def load_policy(path: Path | None = None) -> Policy:
    """The policy in force: ``path`` alone when given (an absent file: no policy); else the system
    policy file and registry, with the file ``$AGENT_DESKTOP_POLICY`` names in place of the system
    file when that is allowed (then a missing one is a :class:`PolicyError`, as an invalid one is)."""
    if path is not None:
        return read_policy_file(path)
    system_path = policy_location.system_policy_path()
    registry = _registry()
    system = _with_registry(read_policy_file(system_path), registry)
    named = policy_location.named_override()
    if named is None:
        return system
    allowed, why = policy_location.override_allowed(named, system.present, system.allow_override, system_path.parent)
    if not allowed:
        logger.warning("%s=%s ignored: %s (%s)", POLICY_ENV, named, why, system_path)
        return replace(system, ignored_override=named)
    logger.info("policy file %s from %s (%s)", named, POLICY_ENV, why)
    try:
        present = named.exists()
    except OSError:
        present = True
    if not present:
        raise PolicyError(POLICY_MISSING, str(named), POLICY_ENV)
    return _with_registry(read_policy_file(named), registry)
