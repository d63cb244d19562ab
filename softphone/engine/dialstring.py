"""Dial-string clean-up: what the agent typed or pasted → a SIP URI the engine can call."""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)


class NotDialableError(ValueError):
    """Nothing callable is left of what was typed."""


class NoRouteError(ValueError):
    """A bare number or user name, but no registrar or proxy to send it to."""


_JUNK = re.compile(r"[\s\-().\u00a0/]")
_DIALABLE = re.compile(r"^\+?[0-9*#]+$")


def clean_number(text: str) -> str:
    """Strip spaces, dashes, dots, brackets and a ``tel:`` prefix; keep a leading + and * #."""
    value = text.strip()
    if value.lower().startswith("tel:"):
        value = value[4:].split(";", 1)[0]
    return _JUNK.sub("", value)


def to_sip_uri(text: str, domain: str) -> str:
    """A SIP URI for ``text``: URIs pass through, numbers and user names go to ``domain``.

    Raises :class:`NotDialableError` when nothing callable is left, :class:`NoRouteError` for a number
    when there is no ``domain`` (both are ``ValueError``).
    """
    value = text.strip()
    if value.lower().startswith(("sip:", "sips:")):
        return value
    if value.startswith("<") and value.endswith(">"):
        return to_sip_uri(value[1:-1], domain)
    if "@" in value:
        return f"sip:{value}"
    number = clean_number(value)
    if not number or not (_DIALABLE.match(number) or re.match(r"^[A-Za-z0-9_.+~-]+$", number)):
        raise NotDialableError(f"not a dialable number: {text!r}")
    if not domain:
        raise NoRouteError("no registrar or proxy to route a number to")
    return f"sip:{number}@{domain}"
