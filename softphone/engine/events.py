"""Plain-Python events the SIP thread publishes to its subscribers (the Qt adapter, tests, benchmarks)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import Enum

from crm.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)


class CallState(str, Enum):
    """Where a call is in its life, as the agent sees it."""

    DIALING = "dialing"
    RINGING = "ringing"  # incoming, alerting the agent
    EARLY = "early"  # outgoing, the far end is alerting
    CONNECTING = "connecting"
    ACTIVE = "active"
    HELD = "held"
    DISCONNECTED = "disconnected"


class Outcome(str, Enum):
    """How an outgoing call ended up; incoming calls use ANSWERED / REJECTED / MISSED."""

    ANSWERED = "answered"
    BUSY = "busy"
    NO_ANSWER = "no_answer"
    INVALID_NUMBER = "invalid_number"
    REJECTED = "rejected"
    NETWORK_ERROR = "network_error"
    MISSED = "missed"
    CANCELLED = "cancelled"


class AmdVerdict(str, Enum):
    """Who (or what) answered an outgoing call, as answering machine detection heard it."""

    HUMAN = "human"
    MACHINE = "machine"
    FAX = "fax"  # a fax machine or modem: its calling (1100 Hz) or answer (2100 Hz) tone
    UNKNOWN = "unknown"  # silence, nothing decided in time, or the call ended first


@dataclass(frozen=True)
class EngineStarted:
    """The SIP thread is up; ``local_port`` is the port the transport really bound."""

    local_port: int
    account_uri: str


@dataclass(frozen=True)
class EngineStopped:
    """The SIP thread finished its shutdown; every pjsua2 object is gone."""

    clean: bool


@dataclass(frozen=True)
class EngineFailed:
    """The engine could not start or hit an error a user must see (a translatable message)."""

    message: str
    detail: str = ""


@dataclass(frozen=True)
class RegistrationChanged:
    """The registrar answered (or not): ``registered`` plus the SIP code and a user-facing reason."""

    registered: bool
    code: int
    reason: str
    message: str = ""
    retry_in_s: float = 0.0
    """When the registration failed: seconds until the next attempt (backoff), else 0."""


@dataclass(frozen=True)
class IncomingCall:
    """An INVITE arrived and is ringing: identity headers parsed from the raw INVITE.

    ``headers`` maps a canonical header name (``From``, ``P-Asserted-Identity``, ``X-Customer-Id``, ...)
    to the list of its values in message order. ``received_monotonic`` is ``time.monotonic()`` taken
    when the engine got the INVITE, before anything else was done with it.
    """

    call_id: int
    remote_uri: str
    remote_display: str
    caller_number: str
    headers: dict[str, list[str]]
    received_monotonic: float
    auto_answer: bool = False


@dataclass(frozen=True)
class CallRejectedBeforeRinging:
    """The pre-ring filter refused an INVITE with ``code``; the call never rang."""

    caller_number: str
    code: int
    headers: dict[str, list[str]]


@dataclass(frozen=True)
class CallChanged:
    """A call changed state; ``outcome`` is set once it is DISCONNECTED."""

    call_id: int
    state: CallState
    direction: str  # "in" or "out"
    remote_uri: str
    caller_number: str
    code: int = 0
    reason: str = ""
    outcome: Outcome | None = None
    connected_at: float | None = None  # time.monotonic() when it was answered
    muted: bool = False
    started_at: float | None = None
    """``time.monotonic()`` when the call began: its INVITE arrived, or the agent dialled it."""
    at: float | None = None
    """``time.monotonic()`` when the engine saw this change (the 200 OK of an answer, the BYE of a hang-up)."""
    sip_call_id: str = ""
    """The SIP Call-ID of the call's dialog ("" until pjsip has one: a dial not sent yet)."""


@dataclass(frozen=True)
class AnsweredBy:
    """Answering machine detection's verdict on an answered outgoing call that asked for it
    (``dial(..., detect_machine=True)`` with ``EngineConfig.machine_detection`` on): exactly one per
    such call, before its DISCONNECTED. ``after_ms``: the callee's audio listened to, from the answer."""

    call_id: int
    verdict: AmdVerdict
    after_ms: int
    reason: str


@dataclass(frozen=True)
class DtmfReceived:
    """The peer sent a DTMF digit on a call."""

    call_id: int
    digit: str


@dataclass(frozen=True)
class CallQuality:
    """Receive statistics of a call's audio stream and the MOS estimated from them."""

    call_id: int
    jitter_ms: float
    loss_pct: float
    rtt_ms: float
    mos: float


@dataclass(frozen=True)
class TransferResult:
    """What the transfer target answered (from the NOTIFY sipfrag); ``final`` once it is decided."""

    call_id: int
    code: int
    final: bool


@dataclass(frozen=True)
class AudioStatus:
    """Whether the sound device side of the bridge works; ``message`` explains when not.

    The device is open only while a call needs it: ``idle`` says it is closed because no call needs
    it (at start and after the last call); it opens with the next call, which publishes again.
    """

    available: bool
    message: str = ""
    devices: list[str] = field(default_factory=list)
    idle: bool = False


TRANSPORT_FAILED = QT_TRANSLATE_NOOP(
    "Softphone", "The phone could not start: its SIP port is in use or the address is not available"
)
"""The :class:`EngineFailed` message when the SIP transport could not be opened (another program,
or another copy of the app, holds the port; or the bind address is not this machine's)."""

TLS_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Softphone",
    "The phone could not start: this computer's SIP stack has no TLS. Ask IT to set sip.transport to tcp or udp",
)
"""The :class:`EngineFailed` message when ``sip.transport = "tls"`` and the pjsua2 build has no TLS
transport (the Windows wheel from PyPI: neither OpenSSL nor Schannel is linked into it)."""
UNSUPPORTED_TRANSPORT = 171060
"""pjsip's PJSIP_EUNSUPTRANSPORT: no factory for that transport in this build."""

COMMAND_FAILED = QT_TRANSLATE_NOOP("Softphone", "The phone could not do that")
"""A command failed for a reason without a message of its own; its ``detail`` is pjsip's (English)
reason, which the widgets show after it."""


@dataclass(frozen=True)
class CommandFailed:
    """A command posted to the SIP thread failed; ``message`` is user-facing."""

    command: str
    call_id: int | None
    message: str
    detail: str = ""
