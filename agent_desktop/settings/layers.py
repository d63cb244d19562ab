"""Helpers shared by the settings layers: dotted keys, nested dicts, TOML files, error text, and the
layers' precedence (:func:`merged`). Cheap to import (issue 23): the schema's models and pydantic load
when a key's name or a value is first checked, so the window can read its language and theme before.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import typing
from collections.abc import Callable, Container, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tomllib

from agent_desktop.settings.errors_text import Reason, decode_reason, os_reason, parse_reason, text_parse_reason
from crm.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pydantic import ValidationError

logger = logging.getLogger(__name__)

Nested = dict[str, dict[str, Any]]


IN = QT_TRANSLATE_NOOP("Settings", "{0}: {1}")
"""Where and what: ``"{file or key}: {reason}"`` (the reason may itself be a :class:`SettingsError`)."""
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Settings", "; ")
"""Between the messages of several invalid settings."""


class SettingsError(ValueError):
    """A settings value, file or key was rejected; the message says which and why.

    ``message`` is an English template, usually marked ``QT_TRANSLATE_NOOP("Settings", "...{0}...")``,
    and ``values`` fill its ``{0}``, ``{1}``, ... (a value may be another :class:`SettingsError`, the
    reason of this one, or a :class:`~agent_desktop.settings.errors_text.Reason`: a parser's or the OS's
    English text that has a translated equivalent). ``str(exc)`` is the English text (logs, command
    line); a user interface shows :meth:`translated`. ``errors`` (a value failing validation) are
    pydantic's error dicts, each with its dotted ``key`` added; ``str(exc)`` then reads
    ``"key: message; ..."``.
    """

    def __init__(self, message: str, *values: Any, errors: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message, *values)
        self.message = message
        self.values = values
        self.errors = list(errors or [])

    def __str__(self) -> str:
        return str(self.message).format(*self.values) if self.values else str(self.message)

    def translated(self, field_message: Callable[[dict[str, Any]], str] | None = None) -> str:
        """The message in the installed language (call it in the UI; needs a QCoreApplication's translators).

        ``field_message(err)`` translates one pydantic error of :attr:`errors` (the Settings dialog's
        :meth:`~agent_desktop.settings.dialog.SettingsDialog.error_message`); without it their English
        text is used.
        """
        from agent_desktop.shell.i18n import translate_msg

        if self.errors:
            describe = field_message or (lambda err: _plain_message(err["msg"]))
            pair = translate_msg(IN)
            return translate_msg(LIST_SEPARATOR).join(pair.format(err["key"], describe(err)) for err in self.errors)
        values = [
            v.translated(field_message)
            if isinstance(v, (SettingsError, Reason))
            else translate_msg(v)
            if isinstance(v, str)
            else v
            for v in self.values
        ]
        template = translate_msg(self.message)
        return template.format(*values) if values else template


def merged(policy: Mapping[str, Any], locked: Container[str], *layers: Mapping[str, Any]) -> dict[str, Any]:
    """The layers' precedence, flat dotted keys: defaults (absent keys) < ``policy`` < each of ``layers``
    in turn (the user file, then ``--set``); a key in ``locked`` keeps the policy's value."""
    out = dict(policy)
    for layer in layers:
        out.update({k: v for k, v in layer.items() if k not in locked})
    return out


def split_key(key: str) -> tuple[str, str]:
    """``"sip.registrar"`` -> ``("sip", "registrar")``; unknown keys raise :class:`SettingsError`."""
    from agent_desktop.settings.schema import SECTIONS

    section, _, name = key.strip().partition(".")
    if section not in SECTIONS:
        raise SettingsError(
            QT_TRANSLATE_NOOP("Settings", "unknown setting {0}: sections are {1}"), repr(key), ", ".join(SECTIONS)
        )
    if name not in SECTIONS[section].model_fields:
        known = ", ".join(SECTIONS[section].model_fields)
        raise SettingsError(
            QT_TRANSLATE_NOOP("Settings", "unknown setting {0}: keys of [{1}] are {2}"), repr(key), section, known
        )
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
        from agent_desktop.settings.schema import SECTIONS

        raise SettingsError(
            QT_TRANSLATE_NOOP("Settings", "{0}: expected a table of sections ({1})"), where, ", ".join(SECTIONS)
        )
    flat: dict[str, Any] = {}
    for section, values in data.items():
        if not isinstance(values, dict):
            raise SettingsError(QT_TRANSLATE_NOOP("Settings", "{0}: [{1}] must be a table of settings"), where, section)
        for name, value in values.items():
            split_key(f"{section}.{name}")
            flat[f"{section}.{name}"] = value
    return flat


def coerce_text(key: str, raw: str) -> Any:
    """Turn the text of ``--set key=value`` into a value the schema can validate."""
    from agent_desktop.settings.schema import SECTIONS

    section, name = split_key(key)
    annotation = SECTIONS[section].model_fields[name].annotation
    if typing.get_origin(annotation) is list:
        raw = raw.strip()
        if raw.startswith("["):
            try:
                return json.loads(raw)
            except json.JSONDecodeError as exc:
                raise SettingsError(
                    QT_TRANSLATE_NOOP("Settings", "{0}: not a JSON list: {1}"), key, text_parse_reason(exc)
                ) from None
        return [part.strip() for part in raw.split(",") if part.strip()]
    return raw


def _plain_message(msg: str) -> str:
    return msg[len("Value error, ") :] if msg.startswith("Value error, ") else msg


def describe_errors(exc: ValidationError) -> list[tuple[str, str]]:
    """``[(dotted key, message), ...]`` for a validation error of the root model."""
    return [(".".join(str(p) for p in err["loc"]), _plain_message(err["msg"])) for err in exc.errors()]


def error_text(exc: ValidationError) -> str:
    """One readable line per invalid key."""
    return "; ".join(f"{key}: {msg}" for key, msg in describe_errors(exc))


def invalid_values(exc: ValidationError) -> SettingsError:
    """A :class:`SettingsError` for a validation error of the root model (its text: :func:`error_text`)."""
    errors = [dict(err, key=".".join(str(p) for p in err["loc"])) for err in exc.errors()]
    return SettingsError("{0}", error_text(exc), errors=errors)


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file (UTF-8, a byte order mark is skipped); an unreadable file, bytes that are not
    UTF-8 or a syntax error become a :class:`SettingsError` naming the file (its English text as before,
    its translated reason with the line and column)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SettingsError(QT_TRANSLATE_NOOP("Settings", "{0}: cannot read: {1}"), str(path), os_reason(exc)) from None
    try:
        return tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise SettingsError(IN, str(path), decode_reason(exc, f"not UTF-8 text: {exc}")) from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(IN, str(path), parse_reason(exc, f"not valid TOML: {exc}")) from None


def write_toml_atomic(path: Path, data: Nested) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file."""
    import tomli_w
    from pydantic_core import to_jsonable_python

    path.parent.mkdir(parents=True, exist_ok=True)
    plain = to_jsonable_python({s: v for s, v in data.items() if v}, exclude_none=True)  # reasons are models
    payload = tomli_w.dumps(plain)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
