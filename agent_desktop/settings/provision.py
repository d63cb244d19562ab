"""Settings bundles from IT (``--provision FILE|URL``): TOML or JSON, fetched, parsed, checked.

Only reading and parsing happens here; :meth:`SettingsManager.import_bundle` validates the bundle as a
whole and applies all of it or nothing.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomllib

from agent_desktop.settings.errors_text import fetch_reason, http_reason, os_reason, parse_reason
from agent_desktop.settings.layers import SettingsError
from crm.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

MAX_BUNDLE_BYTES = 1_000_000


FETCH_FAILED = QT_TRANSLATE_NOOP("Settings", "{0}: cannot fetch the settings bundle: {1}")
TOO_LARGE = QT_TRANSLATE_NOOP("Settings", "{0}: the settings bundle is larger than {1} bytes")


NOT_HTTPS = QT_TRANSLATE_NOOP("Settings", "{0}: the policy accepts settings bundles only over HTTPS")
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Settings", "{0}: the settings bundle is not signed with a key the policy trusts ({1} is missing or does not match)"
)
SIGNATURE_SUFFIX = ".sig"


@dataclass(frozen=True)
class BundleRules:
    """What IT's policy demands of a bundle (top-level keys ``bundle_https_only`` and
    ``bundle_signing_keys`` of the policy file): fetched over HTTPS only, and/or signed. A signed
    bundle has its Ed25519 signature of the exact bytes, base64, beside it: ``FILE.sig`` or
    ``URL.sig`` (``scripts/sign_bundle.py`` makes keys and signatures)."""

    https_only: bool = False
    signing_keys: tuple[str, ...] = ()
    """Base64 Ed25519 public keys (32 bytes each); a bundle signed by any of them is accepted."""


class ProvisionError(SettingsError):
    """The bundle could not be fetched or parsed (``str()``: the English detail for the log;
    :meth:`translated`: the reason in the user's language, see :mod:`agent_desktop.settings.errors_text`)."""


def _is_url(source: str) -> bool:
    return source.startswith("http://") or source.startswith("https://")


def _fetch(url: str, timeout_s: float) -> tuple[bytes, str]:
    """The body (at most MAX_BUNDLE_BYTES + 1 bytes are read) and Content-Type at ``url``; redirects
    and the environment's proxies are followed, ``timeout_s`` bounds the connect and each read."""
    import http.client
    import urllib.request  # imported only when a URL is provisioned
    from urllib.error import HTTPError, URLError

    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as resp:
            body = b""
            while len(body) <= MAX_BUNDLE_BYTES:  # a read may return less than asked
                chunk = resp.read(MAX_BUNDLE_BYTES + 1 - len(body))
                if not chunk:
                    break
                body += chunk
            content_type = resp.headers.get("Content-Type", "")
    except HTTPError as exc:
        exc.close()
        kind = "Client" if exc.code < 500 else "Server"
        reason = f"{exc.code} {kind} Error: {exc.reason} for url: {url}"
        raise ProvisionError(FETCH_FAILED, url, http_reason(exc.code, reason)) from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        cause = exc.reason if isinstance(exc, URLError) else exc
        raise ProvisionError(FETCH_FAILED, url, fetch_reason(cause, url, str(cause) or type(exc).__name__)) from None
    if len(body) > MAX_BUNDLE_BYTES:
        raise ProvisionError(TOO_LARGE, url, MAX_BUNDLE_BYTES)
    return body, content_type


def parse_bundle(body: bytes, origin: str, hint: str = "") -> dict[str, Any]:
    """Parse ``body`` as JSON or TOML (``hint``: file suffix or content type decides the order)."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProvisionError(
            QT_TRANSLATE_NOOP("Settings", "{0}: the settings bundle is not UTF-8 text"), origin
        ) from None
    json_first = "json" in hint.lower() or ("toml" not in hint.lower() and text.lstrip().startswith("{"))
    errors = []
    for kind in ("json", "toml") if json_first else ("toml", "json"):
        try:
            data = json.loads(text) if kind == "json" else tomllib.loads(text)
        except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
            errors.append(parse_reason(exc, f"{kind.upper()}: {exc}"))
            continue
        if not isinstance(data, dict):
            raise ProvisionError(
                QT_TRANSLATE_NOOP("Settings", "{0}: the settings bundle must be a table of sections"), origin
            )
        return data
    raise ProvisionError(QT_TRANSLATE_NOOP("Settings", "{0}: not valid TOML or JSON ({1})"), origin, errors[0])


def load_bundle(source: str, timeout_s: float = 10.0, rules: BundleRules | None = None) -> dict[str, Any]:
    """Read the bundle at ``source`` (a file path or an http(s) URL), check it against the policy's
    ``rules`` (HTTPS only, signed) and parse it."""
    rules = rules or BundleRules()
    if rules.https_only and source.startswith("http://"):
        raise ProvisionError(NOT_HTTPS, source)
    body, hint = _read(source, timeout_s)
    if rules.signing_keys:
        signature_source = source + SIGNATURE_SUFFIX
        try:
            signature, _hint = _read(signature_source, timeout_s)
        except ProvisionError:
            raise ProvisionError(BAD_SIGNATURE, source, signature_source) from None
        if not signed_by(body, signature, rules.signing_keys):
            raise ProvisionError(BAD_SIGNATURE, source, signature_source)
    return parse_bundle(body, source, hint)


def _read(source: str, timeout_s: float) -> tuple[bytes, str]:
    """The bytes at ``source`` and a hint of their format (content type or file suffix), bounded."""
    if _is_url(source):
        body, content_type = _fetch(source, timeout_s)
        return body, content_type or source
    path = Path(source)
    try:
        with path.open("rb") as file:  # bounded like a download: a wrong path (a device) must not fill memory
            body = file.read(MAX_BUNDLE_BYTES + 1)
    except OSError as exc:
        raise ProvisionError(
            QT_TRANSLATE_NOOP("Settings", "{0}: cannot read the settings bundle: {1}"), source, os_reason(exc)
        ) from None
    if len(body) > MAX_BUNDLE_BYTES:
        raise ProvisionError(TOO_LARGE, source, MAX_BUNDLE_BYTES)
    return body, path.suffix


def signed_by(body: bytes, signature_text: bytes, keys: tuple[str, ...]) -> bool:
    """Whether ``signature_text`` (base64) is an Ed25519 signature of ``body`` by one of ``keys``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        signature = base64.b64decode(signature_text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return False
    for key in keys:
        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(key, validate=True)).verify(signature, body)
        except (InvalidSignature, binascii.Error, ValueError):
            continue
        return True
    return False
