"""What the Settings dialog shows: its pages and fields, as data (the widgets are built from it)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from crm.i18n import QT_TRANSLATE_NOOP, Msg

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Field:
    """One editable setting. ``kind``: text, int, float, bool, choice, list, hotkey, device, password,
    reasons (the Not-ready reasons' table)."""

    key: str
    label: Msg
    kind: str = "text"
    choices: tuple[tuple[str, Msg], ...] = ()
    help: Msg | None = None
    device: str = ""
    """For kind "device": "input" or "output"."""


@dataclass(frozen=True)
class Heading:
    text: Msg


SIP = (
    Heading(QT_TRANSLATE_NOOP("SettingsDialog", "Account")),
    Field(
        "sip.registrar",
        QT_TRANSLATE_NOOP("SettingsDialog", "Registrar"),
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog", "Host name or address of your phone system; empty: no registration (direct calls only)."
        ),
    ),
    Field("sip.username", QT_TRANSLATE_NOOP("SettingsDialog", "User name")),
    Field("sip.password", QT_TRANSLATE_NOOP("SettingsDialog", "Password"), "password"),
    Field(
        "sip.auth_username",
        QT_TRANSLATE_NOOP("SettingsDialog", "Authentication name"),
        help=QT_TRANSLATE_NOOP("SettingsDialog", "Only when it differs from the user name."),
    ),
    Field("sip.display_name", QT_TRANSLATE_NOOP("SettingsDialog", "Display name")),
    Field("sip.proxy", QT_TRANSLATE_NOOP("SettingsDialog", "Outbound proxy")),
    Heading(QT_TRANSLATE_NOOP("SettingsDialog", "Connection")),
    Field(
        "sip.transport",
        QT_TRANSLATE_NOOP("SettingsDialog", "Transport"),
        "choice",
        (
            ("udp", QT_TRANSLATE_NOOP("SettingsDialog", "UDP")),
            ("tcp", QT_TRANSLATE_NOOP("SettingsDialog", "TCP")),
            ("tls", QT_TRANSLATE_NOOP("SettingsDialog", "TLS (encrypted)")),
        ),
    ),
    Field(
        "sip.local_port",
        QT_TRANSLATE_NOOP("SettingsDialog", "Local port"),
        "int",
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Empty: automatic (5070 without a registrar, any free port with one). 0: any free port.",
        ),
    ),
    Field(
        "sip.bind_address",
        QT_TRANSLATE_NOOP("SettingsDialog", "Bind address"),
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Empty: automatic (this PC only without a registrar or proxy, otherwise all its addresses).",
        ),
    ),
    Field("sip.tls_verify_server", QT_TRANSLATE_NOOP("SettingsDialog", "Verify the server's TLS certificate"), "bool"),
    Field("sip.tls_ca_file", QT_TRANSLATE_NOOP("SettingsDialog", "CA certificate file")),
    Field(
        "sip.srtp",
        QT_TRANSLATE_NOOP("SettingsDialog", "Media encryption (SRTP)"),
        "choice",
        (
            ("off", QT_TRANSLATE_NOOP("SettingsDialog", "Off")),
            ("optional", QT_TRANSLATE_NOOP("SettingsDialog", "Optional")),
            ("mandatory", QT_TRANSLATE_NOOP("SettingsDialog", "Mandatory")),
        ),
    ),
    Field(
        "sip.stun_servers",
        QT_TRANSLATE_NOOP("SettingsDialog", "STUN servers"),
        "list",
        help=QT_TRANSLATE_NOOP("SettingsDialog", "Separate several with commas."),
    ),
    Field("sip.ice", QT_TRANSLATE_NOOP("SettingsDialog", "Use ICE"), "bool"),
    Field("sip.turn_server", QT_TRANSLATE_NOOP("SettingsDialog", "TURN server")),
    Field("sip.turn_username", QT_TRANSLATE_NOOP("SettingsDialog", "TURN user name")),
    Field("sip.register_retry_s", QT_TRANSLATE_NOOP("SettingsDialog", "Registration retry (seconds)"), "int"),
    Field(
        "sip.register_retry_max_s",
        QT_TRANSLATE_NOOP("SettingsDialog", "Longest registration retry (seconds)"),
        "int",
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "While the registrar does not answer; the phone registers again at most this long after it is back.",
        ),
    ),
    Field(
        "sip.register_refresh_s",
        QT_TRANSLATE_NOOP("SettingsDialog", "Renew registration every (seconds)"),
        "int",
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Heals a registrar restart within this time; 0: only shortly before the registration expires.",
        ),
    ),
    Field("sip.register_expires_s", QT_TRANSLATE_NOOP("SettingsDialog", "Registration lifetime (seconds)"), "int"),
    Heading(QT_TRANSLATE_NOOP("SettingsDialog", "Calls")),
    Field("sip.max_lines", QT_TRANSLATE_NOOP("SettingsDialog", "Phone lines"), "int"),
    Field("sip.auto_answer", QT_TRANSLATE_NOOP("SettingsDialog", "Answer calls automatically when Ready"), "bool"),
    Field("sip.blocked_response", QT_TRANSLATE_NOOP("SettingsDialog", "SIP response to blocked callers"), "int"),
    Field(
        "sip.ring_timeout_s",
        QT_TRANSLATE_NOOP("SettingsDialog", "Stop ringing after (seconds)"),
        "int",
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "An unanswered call then ends and its caller is listed for a call back; 0: ring until the caller hangs up.",
        ),
    ),
    Field(
        "sip.machine_detection",
        QT_TRANSLATE_NOOP("SettingsDialog", "Detect answering machines and fax on dialler calls"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "A dialler's call listens to the first seconds after the answer: fax tones, or a long greeting "
            "of an answering machine, are told apart from a person's short hello.",
        ),
    ),
    Field(
        "wrapup.after_unanswered",
        QT_TRANSLATE_NOOP("SettingsDialog", "Wrap-up after unanswered and rejected calls"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog", "Otherwise a call that was never answered is logged at once, without a wrap-up."
        ),
    ),
)

AUDIO = (
    Field("audio.input_device", QT_TRANSLATE_NOOP("SettingsDialog", "Microphone"), "device", device="input"),
    Field("audio.output_device", QT_TRANSLATE_NOOP("SettingsDialog", "Speaker / headset"), "device", device="output"),
    Field("audio.ringer_device", QT_TRANSLATE_NOOP("SettingsDialog", "Ringer"), "device", device="output"),
    Field("audio.ringtone_volume", QT_TRANSLATE_NOOP("SettingsDialog", "Ringtone volume (0-100)"), "int"),
    Field(
        "audio.alert_sound",
        QT_TRANSLATE_NOOP("SettingsDialog", "Sound when a to-do or call back falls due"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog", "Played on the ringer; the tray message and the tab's badge come either way."
        ),
    ),
)

CRM = (
    Field(
        "crm.url",
        QT_TRANSLATE_NOOP("SettingsDialog", "CRM address"),
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog", "For example https://crm.example.com; empty: the built-in local back office."
        ),
    ),
    Field("crm.username", QT_TRANSLATE_NOOP("SettingsDialog", "User name")),
    Field("crm.password", QT_TRANSLATE_NOOP("SettingsDialog", "Password"), "password"),
    Field(
        "crm.phone_region",
        QT_TRANSLATE_NOOP("SettingsDialog", "Default phone region"),
        help=QT_TRANSLATE_NOOP("SettingsDialog", "Two-letter country code used for numbers without a country prefix."),
    ),
    Field("crm.timeout_s", QT_TRANSLATE_NOOP("SettingsDialog", "Request timeout (seconds)"), "float"),
    Field("crm.sync_interval_s", QT_TRANSLATE_NOOP("SettingsDialog", "Sync interval (seconds)"), "float"),
)

LANGUAGE = (
    Field(
        "ui.language",
        QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
        "choice",
        (
            ("", QT_TRANSLATE_NOOP("SettingsDialog", "System default")),
            ("zh_CN", QT_TRANSLATE_NOOP("SettingsDialog", "Chinese (Simplified) - 简体中文")),
            ("en", QT_TRANSLATE_NOOP("SettingsDialog", "English")),
        ),
        help=QT_TRANSLATE_NOOP("SettingsDialog", "The window switches language as soon as you press OK."),
    ),
    Field(
        "ui.theme",
        QT_TRANSLATE_NOOP("SettingsDialog", "Colours"),
        "choice",
        (
            ("system", QT_TRANSLATE_NOOP("SettingsDialog", "As the system (light or dark)")),
            ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
            ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")),
        ),
    ),
)

HOTKEYS = (
    Field("hotkeys.answer", QT_TRANSLATE_NOOP("SettingsDialog", "Answer"), "hotkey"),
    Field("hotkeys.hangup", QT_TRANSLATE_NOOP("SettingsDialog", "Hang up"), "hotkey"),
    Field("hotkeys.hold", QT_TRANSLATE_NOOP("SettingsDialog", "Hold / resume"), "hotkey"),
    Field("hotkeys.mute", QT_TRANSLATE_NOOP("SettingsDialog", "Mute / unmute"), "hotkey"),
    Field("hotkeys.transfer", QT_TRANSLATE_NOOP("SettingsDialog", "Transfer"), "hotkey"),
    Field("hotkeys.record", QT_TRANSLATE_NOOP("SettingsDialog", "Record the call"), "hotkey"),
)

PRESENCE = (
    Field(
        "presence.not_ready_reasons",
        QT_TRANSLATE_NOOP("SettingsDialog", "Not-ready reasons"),
        "reasons",
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog", "What agents may pick for being Not ready, with an optional limit in minutes."
        ),
    ),
    Field("presence.away_on_lock", QT_TRANSLATE_NOOP("SettingsDialog", "Not ready while the screen is locked"), "bool"),
    Field(
        "presence.not_ready_on_headset_loss",
        QT_TRANSLATE_NOOP("SettingsDialog", "Not ready while the headset is unplugged"),
        "bool",
    ),
)

RECORDING = (
    Field(
        "recording.mode",
        QT_TRANSLATE_NOOP("SettingsDialog", "Record calls"),
        "choice",
        (
            ("off", QT_TRANSLATE_NOOP("SettingsDialog", "Never")),
            ("all", QT_TRANSLATE_NOOP("SettingsDialog", "Every answered call")),
            ("inbound", QT_TRANSLATE_NOOP("SettingsDialog", "Answered incoming calls")),
            ("on_demand", QT_TRANSLATE_NOOP("SettingsDialog", "When the agent presses Record (F10)")),
        ),
        help=QT_TRANSLATE_NOOP("SettingsDialog", "Nothing is recorded while a call is on hold."),
    ),
    Field(
        "recording.announce",
        QT_TRANSLATE_NOOP("SettingsDialog", "The caller is told the call is recorded"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "The status bar shows a recorded call and the agent is reminded to tell the caller, "
            "or the announcement below is played to them.",
        ),
    ),
    Field(
        "recording.announcement_file",
        QT_TRANSLATE_NOOP("SettingsDialog", "Announcement (WAV file)"),
        help=QT_TRANSLATE_NOOP("SettingsDialog", "Played to the caller when the recording starts; empty: none."),
    ),
    Field(
        "recording.retention_days",
        QT_TRANSLATE_NOOP("SettingsDialog", "Keep recordings at least (days)"),
        "int",
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "0: as long as the centre keeps them (set by an administrator in the back office). "
            "A value can only keep them longer, never shorter.",
        ),
    ),
    Field(
        "recording.pbx_url_template",
        QT_TRANSLATE_NOOP("SettingsDialog", "PBX recording address"),
        help=QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "When the phone system records: the address of a call's recording, e.g. "
            "https://pbx/rec/{call_id}.wav ({call_id}, {call_log_id}, {number}, {date}, {time}).",
        ),
    ),
)

PAGES = (
    ("sip", QT_TRANSLATE_NOOP("SettingsDialog", "SIP account"), SIP),
    ("audio", QT_TRANSLATE_NOOP("SettingsDialog", "Audio devices"), AUDIO),
    ("crm", QT_TRANSLATE_NOOP("SettingsDialog", "CRM connection"), CRM),
    ("language", QT_TRANSLATE_NOOP("SettingsDialog", "Appearance"), LANGUAGE),
    ("hotkeys", QT_TRANSLATE_NOOP("SettingsDialog", "Hotkeys"), HOTKEYS),
    ("presence", QT_TRANSLATE_NOOP("SettingsDialog", "Agent state"), PRESENCE),
    ("recording", QT_TRANSLATE_NOOP("SettingsDialog", "Recording"), RECORDING),
)
