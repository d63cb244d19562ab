"""``--print-settings``: every key's effective value, the layer it comes from and whether it is locked.

TOML (the default) is a valid settings file with the layer as a comment on each line; JSON gives the
same per key (``{"settings": {"sip": {"registrar": {"value": …, "source": …, "locked": …}}}}``) for
scripts. Sources: ``default``, ``policy`` (with ``origin``: the policy file or registry key),
``user`` (the user settings file, where bundles are imported too) and ``override`` (``--set``).
"""

from __future__ import annotations

import json
import logging
from typing import Any

import tomli_w
from pydantic_core import to_jsonable_python

from agent_desktop.settings.manager import SettingsManager
from agent_desktop.settings.schema import SECTIONS

logger = logging.getLogger(__name__)


def _entry(manager: SettingsManager, key: str) -> dict[str, Any]:
    source = manager.source(key)
    value = to_jsonable_python(manager.value(key), exclude_none=True)  # the Not-ready reasons are models
    entry: dict[str, Any] = {"value": value, "source": source, "locked": manager.is_locked(key)}
    if source == "policy":
        entry["origin"] = manager.policy.origins.get(key, "")
    elif source == "user":
        entry["origin"] = str(manager.user_file)
    return entry


def entries(manager: SettingsManager) -> dict[str, dict[str, dict[str, Any]]]:
    """``{section: {name: {"value", "source", "locked"[, "origin"]}}}`` in the schema's order."""
    return {
        section: {name: _entry(manager, f"{section}.{name}") for name in model.model_fields}
        for section, model in SECTIONS.items()
    }


def as_json(manager: SettingsManager, version: str) -> str:
    report = {
        "version": version,
        "policy": manager.policy.sources,
        "user_file": str(manager.user_file),
        "settings": entries(manager),
    }
    return json.dumps(report, ensure_ascii=False, indent=2)


def as_toml(manager: SettingsManager, version: str) -> str:
    policy = ", ".join(manager.policy.sources) or "none"
    lines = [
        f"# Agent Desktop {version}: effective settings. Layers, later wins: default < policy < user < override",
        "# (--set); a locked key keeps the policy's value.",
        f"# policy: {policy}",
        f"# user settings: {manager.user_file}",
    ]
    for section, names in entries(manager).items():
        lines += ["", f"[{section}]"]
        for name, entry in names.items():
            value = tomli_w.dumps({name: entry["value"]}).rstrip("\n")
            note = entry["source"] + (", locked" if entry["locked"] else "")
            if entry["source"] == "policy":
                note += f" ({entry['origin']})"
            lines.append(f"{value}  # {note}")
    return "\n".join(lines) + "\n"


def settings_report(manager: SettingsManager, fmt: str, version: str) -> str:
    """The report in ``fmt`` (``toml`` or ``json``)."""
    return as_json(manager, version) if fmt == "json" else as_toml(manager, version)
