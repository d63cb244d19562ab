"""Building pjsua2's configuration objects from :class:`EngineConfig` (runs on the SIP thread)."""

from __future__ import annotations

import ctypes
import logging

import pjsua2 as pj

from softphone.engine import pj_log
from softphone.engine.bind_address import is_loopback
from softphone.engine.config import EngineConfig
from softphone.engine.trust import system_ca_file

logger = logging.getLogger(__name__)

_SRTP = {"off": pj.PJMEDIA_SRTP_DISABLED, "optional": pj.PJMEDIA_SRTP_OPTIONAL, "mandatory": pj.PJMEDIA_SRTP_MANDATORY}
_TRANSPORT = {"udp": pj.PJSIP_TRANSPORT_UDP, "tcp": pj.PJSIP_TRANSPORT_TCP, "tls": pj.PJSIP_TRANSPORT_TLS}


def quiet_library_start() -> None:
    """Silence pjlib until ``libInit`` applies the log config: its start-up lines (``pjlib ... for
    POSIX initialized``, ``Creating endpoint instance``) would otherwise go to stdout from ``libCreate``,
    before any :class:`pj.LogConfig` is in force. pjsua2 has no call for this, the library has."""
    try:
        ctypes.CDLL(pj._pjsua2.__file__).pj_log_set_level(0)
    except (AttributeError, OSError) as exc:  # a build without the symbol: the lines stay, nothing else
        logger.debug("pjlib's start-up log level not set: %s", exc)


def endpoint_config(cfg: EngineConfig) -> pj.EpConfig:
    """No worker threads (callbacks and RTP run on the SIP thread), logging, raised call limit."""
    ep_cfg = pj.EpConfig()
    ua = ep_cfg.uaConfig
    ua.threadCnt = 0
    ua.mainThreadOnly = True
    ua.maxCalls = max(8, cfg.max_lines * 2 + 4)
    ua.userAgent = "AgentDesktop"
    for server in cfg.stun_servers:
        ua.stunServer.append(server)
    pj_log.configure(ep_cfg.logConfig, cfg)  # through Python's logging into a rotated file
    med = ep_cfg.medConfig
    # RTP shares pjsip's I/O queue and is read by the SIP thread's libHandleEvents (C code, GIL
    # released): pjmedia's own worker would otherwise wake 100 times a second even while idle
    med.hasIoqueue = False
    med.threadCnt = 0
    med.clockRate = cfg.clock_rate
    med.sndClockRate = cfg.clock_rate
    med.ecTailLen = 0
    med.noVad = True
    return ep_cfg


def transport(cfg: EngineConfig) -> tuple[int, pj.TransportConfig]:
    """The SIP transport type and its config: bound address, port, TLS verification as configured."""
    t_cfg = pj.TransportConfig()
    t_cfg.port = cfg.local_port
    t_cfg.boundAddress = cfg.bind_address
    if cfg.transport == "tls":
        tls = t_cfg.tlsConfig
        tls.method = pj.PJSIP_TLSV1_2_METHOD
        tls.verifyServer = bool(cfg.tls_verify_server)
        tls.verifyClient = False
        tls.CaListFile = cfg.tls_ca_file or system_ca_file()  # the wheel's OpenSSL knows no Debian paths
        tls.certFile = cfg.tls_cert_file
        tls.privKeyFile = cfg.tls_privkey_file
    return _TRANSPORT[cfg.transport], t_cfg


def account_config(cfg: EngineConfig, transport_id: int, local_port: int) -> pj.AccountConfig:
    """Identity, registration, credentials, proxy, media (RTP address, SRTP) and NAT traversal."""
    acc = pj.AccountConfig()
    display = cfg.display_name.replace('"', "")
    acc.idUri = f'"{display}" <{cfg.account_uri(local_port)}>' if display else cfg.account_uri(local_port)
    acc.sipConfig.transportId = transport_id
    reg = acc.regConfig
    reg.registrarUri = cfg.registrar_uri()
    reg.registerOnAdd = bool(cfg.registrar)
    reg.timeoutSec = cfg.register_expires_s
    reg.retryIntervalSec = 0  # the engine retries itself, with exponential backoff
    reg.firstRetryIntervalSec = 0
    reg.randomRetryIntervalSec = 0
    if cfg.registrar or cfg.password:
        user = cfg.auth_username or cfg.username
        acc.sipConfig.authCreds.append(pj.AuthCredInfo("digest", "*", user, 0, cfg.password))
    if cfg.proxy:
        acc.sipConfig.proxies.append(cfg.proxy_uri())
    media = acc.mediaConfig
    media.transportConfig.boundAddress = cfg.bind_address
    media.transportConfig.port = cfg.rtp_port
    media.srtpUse = _SRTP[cfg.srtp]
    media.srtpSecureSignaling = 1 if cfg.transport == "tls" and cfg.srtp != "off" else 0
    nat = acc.natConfig
    # pjnath makes no host candidates on loopback, and an ICE transport without any fails every call
    nat.iceEnabled = bool(cfg.ice) and not is_loopback(cfg.bind_address)
    if cfg.ice and not nat.iceEnabled:
        logger.warning("ICE disabled: the phone is bound to loopback address %s", cfg.bind_address)
    if cfg.turn_server:
        nat.turnEnabled = True
        nat.turnServer = cfg.turn_server
        nat.turnUserName = cfg.turn_username
        nat.turnPasswordType = 0
        nat.turnPassword = cfg.turn_password
    if not cfg.stun_servers:
        nat.sipStunUse = pj.PJSUA_STUN_USE_DISABLED
        nat.mediaStunUse = pj.PJSUA_STUN_USE_DISABLED
    return acc


PREFERRED_CODECS = ("G722/16000/1", "PCMA/8000/1", "PCMU/8000/1")


def prefer_codecs(ep: pj.Endpoint) -> None:
    """Offer G.722 then G.711 (what PBXs and carriers speak); keep the others as fallbacks."""
    for info in ep.codecEnum2():
        priority = 0
        if info.codecId in PREFERRED_CODECS:
            priority = 250 - PREFERRED_CODECS.index(info.codecId)
        elif info.priority:
            priority = min(info.priority, 100)
        ep.codecSetPriority(info.codecId, priority)
