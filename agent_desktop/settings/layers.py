"""Helpers shared by the settings layers: dotted keys, nested dicts, TOML files, error text."""
from __future__ import annotations

import json
import logging
import os
import tempfile
import tomllib
import typing
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from agent_desktop.settings.schema import SECTIONS

logger = logging.getLogger(__name__)

Nested = dict[str, dict[str, Any]]


class SettingsError(ValueError):
    """A settings value, file or key was rejected; the message says which and why."""


def split_key(key: str) -> tuple[str, str]:
    """``"sip.registrar"`` -> ``("sip", "registrar")``; unknown keys raise :class:`SettingsError`."""
    section, _, name = key.strip().partition(".")
    if section not in SECTIONS:
        raise SettingsError(f"unknown setting {key!r}: sections are {', '.join(SECTIONS)}")
    if name not in SECTIONS[section].model_fields:
        known = ", ".join(SECTIONS[section].model_fields)
        raise SettingsError(f"unknown setting {key!r}: keys of [{section}] are {known}")
    return section, name


def flatten(nested: Nested) -> dict[str, Any]:
    """``{"sip": {"registrar": x}}`` -> ``{"sip.registrar": x}``."""
    return {f"{s}.{k}": v for s, values in nested.items() for k, v in values.items()}


def unflatten(flat: dict[str, Any]) -> Nested:
    """The inverse of :func:`flatten`."""
    nested: Nested = {}
    for key, value in flat.items():
        section, name = key.split(".", 1)
        nested.setdefault(section, {})[name] = value
    return nested


def check_nested(data: Any, where: str) -> dict[str, Any]:
    """Check that ``data`` has the shape ``{section: {key: value}}`` with known names; return it flat."""
    if not isinstance(data, dict):
        raise SettingsError(f"{where}: expected a table of sections ({', '.join(SECTIONS)})")
    flat: dict[str, Any] = {}
    for section, values in data.items():
        if not isinstance(values, dict):
            raise SettingsError(f"{where}: [{section}] must be a table of settings")
        for name, value in values.items():
            split_key(f"{section}.{name}")
            flat[f"{section}.{name}"] = value
    return flat


def coerce_text(key: str, raw: str) -> Any:
    """Turn the text of ``--set key=value`` into a value the schema can validate."""
    section, name = split_key(key)
    annotation = SECTIONS[section].model_fields[name].annotation
    if typing.get_origin(annotation) is list:
        raw = raw.strip()
        if raw.startswith("["):
            try:
                return json.loads(raw)
            except json.JSONDecodeError as exc:
                raise SettingsError(f"{key}: not a JSON list: {exc.msg}") from None
        return [part.strip() for part in raw.split(",") if part.strip()]
    return raw


def describe_errors(exc: ValidationError) -> list[tuple[str, str]]:
    """``[(dotted key, message), ...]`` for a validation error of the root model."""
    out = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"])
        msg = err["msg"]
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, "):]
        out.append((key, msg))
    return out


def error_text(exc: ValidationError) -> str:
    """One readable line per invalid key."""
    return "; ".join(f"{key}: {msg}" for key, msg in describe_errors(exc))


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; a syntax error becomes a :class:`SettingsError` naming the file."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read: {exc.strerror}") from None


def write_toml_atomic(path: Path, data: Nested) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = tomli_w.dumps({s: v for s, v in data.items() if v})
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
