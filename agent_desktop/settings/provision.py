"""Settings bundles from IT (``--provision FILE|URL``): TOML or JSON, fetched, parsed, checked.

Only reading and parsing happens here; :meth:`SettingsManager.import_bundle` validates the bundle as a
whole and applies all of it or nothing.
"""
from __future__ import annotations

import json
import logging
import tomllib
from pathlib import Path
from typing import Any

from agent_desktop.settings.layers import SettingsError
from crm.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

MAX_BUNDLE_BYTES = 1_000_000


class ProvisionError(SettingsError):
    """The bundle could not be fetched or parsed."""


def _is_url(source: str) -> bool:
    return source.startswith("http://") or source.startswith("https://")


def _fetch(url: str, timeout_s: float) -> tuple[bytes, str]:
    import requests  # heavy: imported only when a URL is provisioned

    try:
        resp = requests.get(url, timeout=timeout_s, stream=True)
        resp.raise_for_status()
        body = resp.raw.read(MAX_BUNDLE_BYTES + 1, decode_content=True)
    except requests.RequestException as exc:
        raise ProvisionError(QT_TRANSLATE_NOOP("Settings", "{0}: cannot fetch the settings bundle: {1}"), url, str(exc)) from None
    if len(body) > MAX_BUNDLE_BYTES:
        raise ProvisionError(QT_TRANSLATE_NOOP("Settings", "{0}: the settings bundle is larger than {1} bytes"), url, MAX_BUNDLE_BYTES)
    return body, resp.headers.get("Content-Type", "")


def parse_bundle(body: bytes, origin: str, hint: str = "") -> dict[str, Any]:
    """Parse ``body`` as JSON or TOML (``hint``: file suffix or content type decides the order)."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProvisionError(QT_TRANSLATE_NOOP("Settings", "{0}: the settings bundle is not UTF-8 text"), origin) from None
    json_first = "json" in hint.lower() or (not "toml" in hint.lower() and text.lstrip().startswith("{"))
    errors = []
    for kind in (("json", "toml") if json_first else ("toml", "json")):
        try:
            data = json.loads(text) if kind == "json" else tomllib.loads(text)
        except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
            errors.append(f"{kind.upper()}: {exc}")
            continue
        if not isinstance(data, dict):
            raise ProvisionError(QT_TRANSLATE_NOOP("Settings", "{0}: the settings bundle must be a table of sections"), origin)
        return data
    raise ProvisionError(QT_TRANSLATE_NOOP("Settings", "{0}: not valid TOML or JSON ({1})"), origin, errors[0])


def load_bundle(source: str, timeout_s: float = 10.0) -> dict[str, Any]:
    """Read the bundle at ``source`` (a file path or an http(s) URL) and parse it."""
    if _is_url(source):
        body, content_type = _fetch(source, timeout_s)
        return parse_bundle(body, source, content_type or source)
    path = Path(source)
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise ProvisionError(QT_TRANSLATE_NOOP("Settings", "{0}: cannot read the settings bundle: {1}"), source, exc.strerror) from None
    return parse_bundle(body, source, path.suffix)
