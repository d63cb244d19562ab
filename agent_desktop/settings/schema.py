"""The one settings schema: every setting and its default, in one place.

Feature code reads ``ctx.settings.sip.registrar`` and so on. Qt-free engines get small config
objects that the shell builds from these models. Secrets are never settings: they live in the
keyring (see :mod:`agent_desktop.shell.credentials`).
"""

from __future__ import annotations

import logging
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticKnownError

from crm.coaching_texts import DEFAULT_STANDARD_TEXTS, StandardText, check_texts
from crm.i18n import QT_TRANSLATE_NOOP
from crm.presence_reasons import DEFAULT_NOT_READY_REASONS, NotReadyReason, check_reasons

logger = logging.getLogger(__name__)


AUTO_PORT = "auto"


def port_or_auto(value: object) -> int | Literal["auto"]:
    """A port number 0-65535 or ``"auto"`` (also from empty text, as the Settings dialog's cleared
    field gives it); errors are pydantic's own kinds, so they read as for any other number."""
    if isinstance(value, str):
        text = value.strip()
        if text.lower() in ("", AUTO_PORT):
            return "auto"
        try:
            value = int(text)
        except ValueError:
            raise PydanticKnownError("int_parsing") from None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticKnownError("int_type")
    if value < 0:
        raise PydanticKnownError("greater_than_equal", {"ge": 0})
    if value > 65535:
        raise PydanticKnownError("less_than_equal", {"le": 65535})
    return value


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
    local_port: int | Literal["auto"] = "auto"
    """"auto": 5070 without a registrar (the local demo: other softphones on this PC call
    ``sip:agent@127.0.0.1:5070``), any free port when registering (the registrar learns it, so several
    agents can share a PC or terminal server); 0 = any free port. See :func:`port_or_auto`."""
    bind_address: str = ""
    """Empty: automatic: 127.0.0.1 without a registrar or proxy, else all addresses (0.0.0.0), so the
    registrar can be reached whichever network this PC is on (see ``softphone.engine.bind_address``)."""
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
    start_retry_s: float = Field(5.0, gt=0, le=3600)
    """First wait before starting the phone again after it could not start (e.g. its port is in
    use); doubles with every further failure, up to ``start_retry_max_s``."""
    start_retry_max_s: float = Field(60.0, gt=0, le=3600)
    max_lines: int = Field(2, ge=1, le=8)
    auto_answer: bool = False
    blocked_response: int = Field(603, ge=400, le=699)
    ring_timeout_s: int = Field(60, ge=0, le=3600)
    """An incoming call still ringing after this long is ended (480) and queued for a call back;
    0 = ring until the caller hangs up."""
    machine_detection: bool = False
    """Dialler calls that ask for it listen, once answered, for an answering machine or a fax (its
    tones, a long greeting) and report who answered (``softphone.engine.amd``)."""

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

    @field_validator("local_port", mode="plain")
    @classmethod
    def _local_port(cls, value: object) -> int | Literal["auto"]:
        return port_or_auto(value)

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
    alert_sound: bool = True
    """Play the alert sound (on the ringer) when a to-do or a scheduled call back falls due."""


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
    theme: Literal["system", "light", "dark"] = "system"
    """Light or dark colours; "system" follows the desktop's colour scheme, also when it changes."""


class WrapupSettings(_Section):
    """After-call work."""

    after_unanswered: bool = False
    """Ask for a wrap-up after an incoming call that was never answered (the caller hung up while it
    rang, or the agent rejected it) too; by default such a call is logged at once with its outcome."""
    limit_s: int = Field(0, ge=0, le=3600)
    """Longest wrap-up in seconds (0: no limit); the status bar counts it down."""
    extend_s: int = Field(60, ge=0, le=3600)
    """How much longer the agent may make one wrap-up, once (0: no extension)."""
    when_over: Literal["ready", "not_ready"] = "ready"
    """Where a wrap-up that ran out leads: Ready, or Not ready ("wrap-up time ran out")."""


class HotkeySettings(_Section):
    """Keyboard shortcuts for call control (Qt key sequence text; empty = none)."""

    answer: str = "F5"
    hangup: str = "F6"
    hold: str = "F7"
    mute: str = "F8"
    transfer: str = "F9"
    record: str = "F10"
    """Start or pause recording the call (only with ``recording.mode = "on_demand"``)."""


_DIAL_TEMPLATE = re.compile(r"^(?:[A-Za-z0-9*#+\-_.!~]|\{extension\}|\{username\})*$")


class PresenceSettings(_Section):
    """What the PC tells about the agent's availability."""

    away_on_lock: bool = True
    """Locking the screen makes the agent Not ready ("away"); unlocking brings back their state."""
    not_ready_on_headset_loss: bool = True
    """Losing the call's sound device (headset unplugged) makes the agent Not ready ("headset") until it is back."""
    not_ready_reasons: list[NotReadyReason] = Field(
        default_factory=lambda: list(DEFAULT_NOT_READY_REASONS), min_length=1, max_length=20
    )
    """What an agent may pick for being Not ready: id, name (empty for a built-in id), optional
    ``max_minutes`` (see :mod:`crm.presence_reasons`). The state selector and the Call menu
    offer exactly these; the agent's indicator and the wallboard stand out past the maximum."""

    @field_validator("not_ready_reasons")
    @classmethod
    def _reasons(cls, value: list[NotReadyReason]) -> list[NotReadyReason]:
        return check_reasons(value)


class MonitorSettings(_Section):
    """Listen, whisper and barge on an agent's call: the PBX's feature codes (supervisors dial them)."""

    listen_dial: str = "*222{extension}"
    """Silent monitoring (Asterisk: ``ChanSpy(SIP/${EXTEN:4},q)``); ``{extension}`` is the agent's SIP
    user or extension, ``{username}`` their CRM user name; empty: this PBX cannot."""
    whisper_dial: str = "*223{extension}"
    """The agent hears the supervisor, the customer does not (ChanSpy option ``w``)."""
    barge_dial: str = "*224{extension}"
    """The supervisor joins the call (ChanSpy option ``B``)."""
    notify_agent: bool = True
    """The monitored agent's desktop shows that a supervisor whispers to them or joins (barges into) the call."""
    notify_listen: bool = False
    """The monitored agent's desktop shows that a supervisor listens silently too."""

    @field_validator("listen_dial", "whisper_dial", "barge_dial")
    @classmethod
    def _dial_template(cls, value: str) -> str:
        value = value.strip()
        if not _DIAL_TEMPLATE.match(value):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Settings", "may hold only digits, letters, * # + - _ . ! ~ and {extension} or {username}"
                )
            )
        return value


class CoachingSettings(_Section):
    """Coaching messages from supervisors."""

    standard_texts: list[StandardText] = Field(default_factory=lambda: list(DEFAULT_STANDARD_TEXTS), max_length=100)
    """The library of standard texts a supervisor picks from (the return policy, the delivery fee, ...):
    id, title and body (both empty for a built-in id: its translated text; see :mod:`crm.coaching_texts`)."""

    @field_validator("standard_texts")
    @classmethod
    def _texts(cls, value: list[StandardText]) -> list[StandardText]:
        return check_texts(value)


class ScreenviewSettings(_Section):
    """Silent screen view: what the agent's desktop shows while a supervisor views its window."""

    notify_agent: bool = True
    """The agent's status bar says "Being viewed" (and by whom) while a supervisor views their screen."""


_PBX_FIELDS = frozenset({"call_id", "call_log_id", "number", "date", "time"})
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


class RecordingSettings(_Section):
    """Call recording: which calls, the announcement rule, how long recordings are kept."""

    mode: Literal["off", "all", "inbound", "on_demand"] = "off"
    """"all": every answered call; "inbound": answered incoming calls; "on_demand": the agent's
    Record button (beside the call controls; Call menu, F10) starts and pauses it. A call on hold is
    not recorded meanwhile."""
    announce: bool = True
    """The "this call may be recorded" rule applies: while a call is recorded the status bar shows
    it, the agent is reminded to tell the caller when the recording starts, and the
    ``announcement_file`` (if any) is played to the caller."""
    announcement_file: str = ""
    """A WAV file (16-bit PCM) played once to the caller, and into the recording, when a call's
    recording starts (with ``announce``); empty: the agent tells the caller."""
    retention_days: int = Field(0, ge=0, le=3650)
    """Ask the back office to keep this desk's recordings at least this many days after the call; 0
    (the default): the centre's retention alone (an admin's setting in the back office, which no
    desktop can shorten)."""
    pbx_url_template: str = ""
    """The PBX records instead: the URL of a call's recording, e.g. ``https://pbx/rec/{call_id}.wav``
    (``{call_id}`` the call's SIP Call-ID, ``{call_log_id}``, ``{number}``, ``{date}``, ``{time}``)."""

    @field_validator("pbx_url_template")
    @classmethod
    def _pbx_url(cls, value: str) -> str:
        value = value.strip()
        if not value:
            return value
        if not (value.startswith("http://") or value.startswith("https://")) or " " in value:
            raise ValueError(QT_TRANSLATE_NOOP("Settings", "must be an http:// or https:// address without spaces"))
        if any(name not in _PBX_FIELDS for name in _PLACEHOLDER.findall(value)):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Settings", "may use only {call_id}, {call_log_id}, {number}, {date} and {time} in braces"
                )
            )
        return value


class LogSettings(_Section):
    """The log files: the app's, the phone's (pjsip.log) and the embedded back office's."""

    max_file_mb: int = Field(10, ge=1, le=1024)
    """A log file is renamed to ``.1`` (the older ones ``.2`` …) when it reaches this size in MB."""
    keep_files: int = Field(5, ge=1, le=100)
    """Old files kept per log: each log takes at most (keep_files + 1) × max_file_mb on disk."""
    sip_level: int = Field(3, ge=0, le=6)
    """Detail of pjsip.log: 0 nothing, 1 errors, 2 warnings, 3 calls, registrations and each call's
    media statistics (about 1 KB a call), 4 every SIP message in full too (about 10 KB a call, and
    0.5 MB an idle hour of registration renewals), 5-6 pjsip's internals."""


class Settings(_Section):
    """The root of all settings."""

    sip: SipSettings = Field(default_factory=SipSettings)
    audio: AudioSettings = Field(default_factory=AudioSettings)
    crm: CrmSettings = Field(default_factory=CrmSettings)
    ui: UiSettings = Field(default_factory=UiSettings)
    wrapup: WrapupSettings = Field(default_factory=WrapupSettings)
    hotkeys: HotkeySettings = Field(default_factory=HotkeySettings)
    monitor: MonitorSettings = Field(default_factory=MonitorSettings)
    presence: PresenceSettings = Field(default_factory=PresenceSettings)
    screenview: ScreenviewSettings = Field(default_factory=ScreenviewSettings)
    coaching: CoachingSettings = Field(default_factory=CoachingSettings)
    recording: RecordingSettings = Field(default_factory=RecordingSettings)
    logs: LogSettings = Field(default_factory=LogSettings)


SECTIONS: dict[str, type[_Section]] = {
    name: field.annotation  # type: ignore[misc]
    for name, field in Settings.model_fields.items()
}
