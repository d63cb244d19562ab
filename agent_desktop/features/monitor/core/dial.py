"""Dial strings: the PBX feature code for a mode and an agent, checked, as a SIP URI for the phone.

A template (settings ``monitor.listen_dial``, ``whisper_dial``, ``barge_dial``) holds the PBX's code
with ``{extension}`` (the agent's SIP user or extension) and ``{username}`` (their CRM user name), e.g.
``*222{extension}`` for an Asterisk dialplan running ``ChanSpy(SIP/${EXTEN:4},q)``.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from crm.i18n import QT_TRANSLATE_NOOP, Msg

PLACEHOLDERS = ("extension", "username")
DIALABLE = re.compile(r"^[A-Za-z0-9*#+\-_.!~]+$")
"""What a dial string may hold: digits, * # +, ASCII letters and the SIP-URI-safe marks - _ . ! ~."""

NOT_SET_UP = QT_TRANSLATE_NOOP("Monitor", "Your PBX has no feature code for this: the setting {0} is empty.")
BAD_TEMPLATE = QT_TRANSLATE_NOOP(
    "Monitor", "The setting {0} is not a valid dial string: only {{extension}} and {{username}} may be filled in."
)
NO_EXTENSION = QT_TRANSLATE_NOOP("Monitor", "No extension is known for {0}.")
NO_USERNAME = QT_TRANSLATE_NOOP("Monitor", "No user name is known for {0}.")
NOT_DIALABLE = QT_TRANSLATE_NOOP(
    "Monitor", "Cannot dial {0} for {1}: a dial string may hold only digits, letters, * # + and - _ . ! ~"
)
NO_PHONE = QT_TRANSLATE_NOOP("Monitor", "The phone is not running yet; try again in a moment.")
NO_PBX = QT_TRANSLATE_NOOP(
    "Monitor", "No PBX is set up: feature codes need the registrar or the outbound proxy (Settings, SIP account)."
)


class MonitorRefused(Exception):
    """Monitoring cannot start; ``message`` (a :class:`Msg`) with ``values`` for its ``{0}``, ``{1}``.
    ``str()`` is the English text; the UI translates ``message`` and each value that is a Msg."""

    def __init__(self, message: Msg, *values: str) -> None:
        super().__init__(message, *values)
        self.message = message
        self.values = values

    def __str__(self) -> str:
        return str(self.message).format(*self.values)


@dataclass(frozen=True)
class MonitoredAgent:
    """The agent whose call a supervisor joins: ``extension`` (their SIP user or extension on the
    PBX), ``username`` (their CRM user name), ``name`` (shown in messages) and ``user_id`` (their CRM
    user's id: their desktop is told; empty when not known, e.g. typed in Call → Monitor an agent, where
    the board's SIP users tell whose extension it is)."""

    extension: str = ""
    username: str = ""
    name: str = ""
    user_id: str = ""

    @property
    def label(self) -> str:
        """How messages name the agent: their name, else their user name, else their extension."""
        return self.name.strip() or self.username.strip() or self.extension.strip()


def template_fields(template: str) -> list[str]:
    """The placeholders ``template`` names; ValueError for an unbalanced brace, a format spec or a
    placeholder other than ``{extension}`` and ``{username}``."""
    fields = []
    for _literal, field, spec, conversion in string.Formatter().parse(template):
        if field is None:
            continue
        if spec or conversion or field not in PLACEHOLDERS:
            raise ValueError(f"not a dial-string placeholder: {{{field}}}")
        fields.append(field)
    return fields


def dial_string(template: str, agent: MonitoredAgent, setting: str) -> str:
    """``template`` (the value of ``setting``) filled in for ``agent``, checked to be dialable.

    Raises :class:`MonitorRefused` when the template is empty or invalid, names a value the agent
    lacks, or the result holds anything but digits, letters, ``* # +`` and ``- _ . ! ~``."""
    template = template.strip()
    if not template:
        raise MonitorRefused(NOT_SET_UP, setting)
    try:
        fields = template_fields(template)
    except ValueError:
        raise MonitorRefused(BAD_TEMPLATE, setting) from None
    values = {"extension": agent.extension.strip(), "username": agent.username.strip()}
    for field in fields:
        if not values[field]:
            raise MonitorRefused(NO_EXTENSION if field == "extension" else NO_USERNAME, agent.label or "?")
    text = template.format(**values)
    if not DIALABLE.match(text):
        raise MonitorRefused(NOT_DIALABLE, text, agent.label)
    return text


def pbx_domain(registrar: str, proxy: str) -> str:
    """Where feature codes go: the registrar's host[:port], else the proxy's (as the phone routes a
    dialled number); "" when neither is set."""
    target = registrar.strip() or proxy.strip()
    if target.startswith(("sip:", "sips:")):
        target = target.split(":", 1)[1]
    return target.split("@", 1)[-1].split(";", 1)[0]


def dial_uri(text: str, domain: str) -> str:
    """The SIP URI that dials ``text`` (a checked dial string) at the PBX ``domain``; ``#`` is escaped
    (``%23``) as a URI's user part requires. :class:`MonitorRefused` when there is no PBX."""
    if not domain:
        raise MonitorRefused(NO_PBX)
    return f"sip:{text.replace('#', '%23')}@{domain}"
