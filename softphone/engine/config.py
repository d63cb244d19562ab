"""The engine's own configuration: built by the shell from its settings, so the engine needs no Qt or shell code."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Literal

logger = logging.getLogger(__name__)

Transport = Literal["udp", "tcp", "tls"]
SrtpMode = Literal["off", "optional", "mandatory"]


@dataclass
class EngineConfig:
    """Everything the SIP engine needs to start; the password is passed in, never read from disk here."""

    registrar: str = ""
    proxy: str = ""
    username: str = "agent"
    auth_username: str = ""
    password: str = ""
    display_name: str = "Agent"
    transport: Transport = "udp"
    local_port: int = 5070
    bind_address: str = ""
    """Empty: automatic, 127.0.0.1 without registrar and proxy, else all addresses (:mod:`softphone.engine.bind_address`)."""
    tls_verify_server: bool = True
    tls_ca_file: str = ""
    tls_cert_file: str = ""
    tls_privkey_file: str = ""
    srtp: SrtpMode = "off"
    stun_servers: list[str] = field(default_factory=list)
    ice: bool = False
    turn_server: str = ""
    turn_username: str = ""
    turn_password: str = ""
    register_retry_s: int = 5
    """First wait after a failed REGISTER; it doubles with every further failure."""
    register_retry_max_s: int = 20
    """Longest wait between attempts while the registrar does not answer (or answers 5xx): the
    phone is registered at most this long (plus 10 %) after the registrar is back."""
    register_expires_s: int = 300
    register_refresh_s: float = 25.0
    """Renew the binding this often while registered, so a registrar that restarted and lost it is
    healed within this time; 0 = only pjsip's refresh shortly before the expiry."""
    max_lines: int = 2
    auto_answer: bool = False
    blocked_response: int = 603
    machine_detection: bool = False
    """Outgoing calls dialled with ``detect_machine`` listen, once answered, for an answering
    machine or a fax (:mod:`softphone.engine.amd`) and publish :class:`~softphone.engine.events.AnsweredBy`;
    off: that dial option is ignored and no call's audio is analysed."""
    ring_timeout_s: float = 60.0
    """An incoming call still ringing after this long is ended with 480 (its caller may have
    vanished without a CANCEL); 0 = ring until the caller gives up."""
    rtp_port: int = 0
    log_file: str = ""
    """pjsip's log (empty: none), rotated at ``log_max_bytes`` keeping ``log_keep`` old files
    (:mod:`softphone.engine.pj_log`)."""
    log_level: int = 3
    """pjsip's detail: 3 calls and registrations; 4 adds every SIP message in full (about 9 KB a call)."""
    log_max_bytes: int = 10 * 1024 * 1024
    log_keep: int = 5
    quality_interval_s: float = 2.0
    clock_rate: int = 16000
    gil_switch_interval_s: float | None = 0.001
    """Python's thread switch interval while the phone runs (default 5 ms would let a busy GUI
    thread hold the GIL that long while an INVITE waits); None leaves it alone."""

    def account_uri(self, local_port: int | None = None) -> str:
        """The address of record: ``sip:user@registrar`` or, without a registrar, the local transport."""
        if self.registrar:
            host = self.registrar.split(":", 1)[1] if self.registrar.startswith("sip") else self.registrar
            return f"sip:{self.username}@{host.split(';')[0]}"
        port = self.local_port if local_port is None else local_port
        return f"sip:{self.username}@{self.bind_address}:{port}"

    def registrar_uri(self) -> str:
        """The registrar as a SIP URI with the configured transport, or "" when not registering."""
        if not self.registrar:
            return ""
        return _with_transport(self.registrar, self.transport)

    def proxy_uri(self) -> str:
        """The outbound proxy as a loose-routing SIP URI, or "" when none is set."""
        if not self.proxy:
            return ""
        uri = _with_transport(self.proxy, self.transport)
        return uri if ";lr" in uri else uri + ";lr"


def _with_transport(target: str, transport: str) -> str:
    uri = target if target.startswith(("sip:", "sips:")) else f"sip:{target}"
    if transport != "udp" and "transport=" not in uri:
        uri += f";transport={transport}"
    return uri
