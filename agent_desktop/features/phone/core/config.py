"""The SIP engine's configuration from the application settings, and what the settings imply
(whether a password is needed, whether network changes matter)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm.logfiles import MB
from softphone.engine.config import EngineConfig

if TYPE_CHECKING:
    from agent_desktop.settings.schema import Settings, SipSettings


def sip_password_key(sip: SipSettings) -> str:
    """The keyring account holding the SIP password."""
    return f"sip:{sip.username}@{sip.registrar or 'local'}"


def needs_password(sip: SipSettings) -> bool:
    """Whether the account can be asked for a password: it registers, or sends through a proxy
    (which may challenge calls). A phone with neither (the embedded default: direct calls on
    loopback) never opens the keyring, which would load every keyring backend and its crypto
    libraries (~13 MB resident) for nothing."""
    return bool(sip.registrar.strip() or sip.proxy.strip())


DEMO_PORT = 5070
"""The port of a phone without a registrar when ``sip.local_port`` is "auto" (the local demo)."""


def local_port(sip: SipSettings) -> int:
    """The port to listen on: the setting, or for "auto" any free port when registering (the
    registrar learns it, so several agents can share a PC or terminal server) and 5070 without a
    registrar (other softphones on this PC call ``sip:agent@127.0.0.1:5070``)."""
    if sip.local_port != "auto":
        return sip.local_port
    return 0 if sip.registrar.strip() else DEMO_PORT


def network_matters(sip: SipSettings) -> bool:
    """Whether a network change can affect the phone: it registers somewhere, or its transport is
    on an address other than loopback (an automatic one is loopback only without a registrar and
    proxy). A phone on 127.0.0.1 without a registrar (the embedded default) needs no network-change
    notifications (Qt's backend: QtNetwork, D-Bus and a thread, ~7 MB resident)."""
    address = (sip.bind_address or "").strip().strip("[]")
    if not address:
        return bool(sip.registrar.strip() or sip.proxy.strip())
    return bool(sip.registrar) or not (address.startswith("127.") or address in ("::1", "localhost"))


def engine_config(settings: Settings, password: str, log_file: str) -> EngineConfig:
    """The engine's configuration from the application settings."""
    sip = settings.sip
    return EngineConfig(
        registrar=sip.registrar,
        proxy=sip.proxy,
        username=sip.username,
        auth_username=sip.auth_username,
        password=password,
        display_name=sip.display_name,
        transport=sip.transport,
        local_port=local_port(sip),
        bind_address=sip.bind_address.strip(),  # empty: automatic (softphone.engine.bind_address)
        tls_verify_server=sip.tls_verify_server,
        tls_ca_file=sip.tls_ca_file,
        srtp=sip.srtp,
        stun_servers=list(sip.stun_servers),
        ice=sip.ice,
        turn_server=sip.turn_server,
        turn_username=sip.turn_username,
        register_retry_s=max(1, sip.register_retry_s),
        register_retry_max_s=sip.register_retry_max_s,
        register_refresh_s=sip.register_refresh_s,
        register_expires_s=sip.register_expires_s,
        max_lines=sip.max_lines,
        auto_answer=sip.auto_answer,
        blocked_response=sip.blocked_response,
        ring_timeout_s=sip.ring_timeout_s,
        machine_detection=sip.machine_detection,
        log_file=log_file,
        log_level=settings.logs.sip_level,
        log_max_bytes=settings.logs.max_file_mb * MB,
        log_keep=settings.logs.keep_files,
    )
