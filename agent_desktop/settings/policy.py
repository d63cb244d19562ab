"""The IT policy file: system-wide values and the keys users may not change.

Format (TOML)::

    locked = ["crm.url"]            # dotted keys, before any table

    [sip]
    registrar = "pbx.example.com"
    transport = "tls"
    locked = ["registrar", "transport"]   # or ["*"] for the whole section

Location: ``$AGENT_DESKTOP_POLICY`` when set (tests, special deployments); otherwise
Linux ``/etc/agent-desktop/policy.toml``, Windows ``%ProgramData%\\AgentDesktop\\policy.toml``,
macOS ``/Library/Application Support/AgentDesktop/policy.toml``. A missing file at the platform's
place means no policy; an invalid one is an error (the app refuses to start rather than silently
dropping IT's locks), and so is a file that ``$AGENT_DESKTOP_POLICY`` names and that does not exist.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from agent_desktop.settings.layers import (
    IN,
    SettingsError,
    check_nested,
    invalid_values,
    read_toml,
    split_key,
    unflatten,
)
from agent_desktop.settings.schema import SECTIONS, Settings
from crm.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

POLICY_ENV = "AGENT_DESKTOP_POLICY"


class PolicyError(SettingsError):
    """The system policy file exists but is not valid, or the one ``$AGENT_DESKTOP_POLICY`` names is missing."""


POLICY_MISSING = QT_TRANSLATE_NOOP("Settings", "{0}: no such policy file (named by {1})")
"""Why a policy file that ``$AGENT_DESKTOP_POLICY`` names but that does not exist is refused."""


@dataclass(frozen=True)
class Policy:
    """Values set by IT (flat dotted keys) and the keys locked to them."""

    values: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    path: Path | None = None


def default_policy_path() -> Path:
    """Where this platform keeps the policy file (``$AGENT_DESKTOP_POLICY`` wins)."""
    override = os.environ.get(POLICY_ENV)
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        base = os.environ.get("ProgramData", r"C:\ProgramData")
        return Path(base) / "AgentDesktop" / "policy.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/AgentDesktop/policy.toml")
    return Path("/etc/agent-desktop/policy.toml")


def _locked_names(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(QT_TRANSLATE_NOOP("Settings", "{0}: 'locked' must be a list of setting names"), where)
    return value


def load_policy(path: Path | None = None) -> Policy:
    """Read and validate the policy file; an absent file gives an empty policy, unless
    ``$AGENT_DESKTOP_POLICY`` named it (then :class:`PolicyError`, as for an invalid one)."""
    named = path is None and bool(os.environ.get(POLICY_ENV))
    path = path or default_policy_path()
    try:
        present = path.exists()
    except OSError:  # its folder may not be searched (permission denied): reading the file says so
        present = True
    if not present and named:
        raise PolicyError(POLICY_MISSING, str(path), POLICY_ENV)
    if not present:
        logger.info("no system policy at %s", path)
        return Policy(path=None)
    try:
        data = read_toml(path)
    except SettingsError as exc:
        raise PolicyError(exc.message, *exc.values, errors=exc.errors) from None
    locked: set[str] = set()
    try:
        for key in _locked_names(data.pop("locked", []), str(path)):
            split_key(key)
            locked.add(key)
        for section in list(data):
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
        Settings.model_validate(unflatten(values))
    except ValidationError as exc:
        raise PolicyError(IN, str(path), invalid_values(exc)) from None
    except PolicyError:
        raise
    except SettingsError as exc:
        raise PolicyError(IN, str(path), exc) from None
    logger.info("system policy %s: %d values, %d locked keys", path, len(values), len(locked))
    return Policy(values=values, locked=frozenset(locked), path=path)
