"""The one settings schema: every setting and its default, in one place.

Feature code reads ``ctx.settings.sip.registrar`` and so on. Qt-free engines get small config
objects that the shell builds from these models. Secrets are never settings: they live in the
keyring (see :mod:`agent_desktop.shell.credentials`).
"""

from __future__ import annotations

import logging
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from crm.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class SipSettings(_Section):
    """SIP account and transport."""

    registrar: str = ""
    """Empty: no registration (local transport, direct calls)."""
    proxy: str = ""
    username: str = "agent"
    auth_username: str = ""
    display_name: str = "Agent"
    transport: Literal["udp", "tcp", "tls"] = "udp"
    local_port: int = Field(5070, ge=0, le=65535)
    """0 = any free port."""
    bind_address: str = "127.0.0.1"
    tls_verify_server: bool = True
    tls_ca_file: str = ""
    srtp: Literal["off", "optional", "mandatory"] = "off"
    stun_servers: list[str] = Field(default_factory=list)
    ice: bool = False
    turn_server: str = ""
    turn_username: str = ""
    register_retry_s: int = Field(5, ge=0, le=3600)
    """First wait after a failed registration; doubles with every further failure."""
    register_retry_max_s: int = Field(20, ge=1, le=3600)
    """Longest wait between registration attempts while the registrar does not answer: the phone is
    registered again at most this long (plus 10 %) after the registrar is back."""
    register_refresh_s: int = Field(25, ge=0, le=3600)
    """Renew the registration this often, so a registrar that restarted and forgot it is healed
    within this time; 0 = only shortly before it expires."""
    register_expires_s: int = Field(300, ge=10, le=86400)
    """How long the registrar keeps the registration without a renewal."""
    max_lines: int = Field(2, ge=1, le=8)
    auto_answer: bool = False
    blocked_response: int = Field(603, ge=400, le=699)
    ring_timeout_s: int = Field(60, ge=0, le=3600)
    """An incoming call still ringing after this long is ended (480) and queued for a call back;
    0 = ring until the caller hangs up."""

    @field_validator("username")
    @classmethod
    def _username_not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError(QT_TRANSLATE_NOOP("Settings", "must not be empty"))
        if any(c in value for c in " @:<>\"'"):
            raise ValueError(QT_TRANSLATE_NOOP("Settings", "must not contain spaces or any of @ : < > \" '"))
        return value

    @field_validator("ring_timeout_s")
    @classmethod
    def _ring_timeout(cls, value: int) -> int:
        if 0 < value < 5:
            raise ValueError(QT_TRANSLATE_NOOP("Settings", "must be 0 (ring until the caller hangs up) or at least 5"))
        return value

    @field_validator("registrar", "proxy")
    @classmethod
    def _host_like(cls, value: str) -> str:
        value = value.strip()
        if " " in value:
            raise ValueError(QT_TRANSLATE_NOOP("Settings", "must be a host name or address, without spaces"))
        return value


class AudioSettings(_Section):
    """Sound devices, by name; "" means the system default."""

    input_device: str = ""
    output_device: str = ""
    ringer_device: str = ""
    ringtone_volume: int = Field(80, ge=0, le=100)


class CrmSettings(_Section):
    """Connection to the back-office CRM."""

    url: str = ""
    """Empty: the embedded local back office."""
    username: str = ""
    phone_region: str = "CN"
    timeout_s: float = Field(10.0, gt=0, le=300)
    sync_interval_s: float = Field(5.0, gt=0, le=3600)
    log_number_digits: int = Field(4, ge=0, le=20)
    """Trailing digits of phone numbers in the log (screen-pop caller and DNIS, refused callers); 0 = none."""

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        value = value.strip()
        if value and not (value.startswith("http://") or value.startswith("https://")):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Settings", "must start with http:// or https:// (or be empty for the embedded back office)"
                )
            )
        if " " in value:
            raise ValueError(QT_TRANSLATE_NOOP("Settings", "must not contain spaces"))
        return value.rstrip("/")

    @field_validator("phone_region")
    @classmethod
    def _region(cls, value: str) -> str:
        value = value.strip().upper()
        if len(value) != 2 or not value.isalpha():
            raise ValueError(QT_TRANSLATE_NOOP("Settings", "must be a two-letter country code such as CN"))
        return value


class UiSettings(_Section):
    """Look and language."""

    language: Literal["", "zh_CN", "en"] = ""
    """Empty: follow the system locale."""


class HotkeySettings(_Section):
    """Keyboard shortcuts for call control (Qt key sequence text; empty = none)."""

    answer: str = "F5"
    hangup: str = "F6"
    hold: str = "F7"
    mute: str = "F8"
    transfer: str = "F9"


class Settings(_Section):
    """The root of all settings."""

    sip: SipSettings = Field(default_factory=SipSettings)
    audio: AudioSettings = Field(default_factory=AudioSettings)
    crm: CrmSettings = Field(default_factory=CrmSettings)
    ui: UiSettings = Field(default_factory=UiSettings)
    hotkeys: HotkeySettings = Field(default_factory=HotkeySettings)


SECTIONS: dict[str, type[_Section]] = {
    name: field.annotation  # type: ignore[misc]
    for name, field in Settings.model_fields.items()
}
