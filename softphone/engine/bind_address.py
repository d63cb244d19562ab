"""Which local address the phone binds, and a check that the first hop can be reached from it.

An empty ``bind_address`` is automatic: 127.0.0.1 for a phone without registrar and proxy (direct
calls on this PC; nothing listens on the network), otherwise all addresses (0.0.0.0). A phone bound
to 127.0.0.1 cannot send to a PBX elsewhere (the kernel refuses: pjsip reports "503 Invalid
argument"); bound to all addresses, its packets leave from whichever address the route to the PBX
uses, and pjsip's network-change handling (``handleIpChange``: Wi-Fi to cable, resume from sleep)
keeps working, which a transport bound to one address (gone with the network) would not. pjsip puts
the address of the default route in Via and Contact; the registrar's answer (``received``/``rport``)
corrects the Contact when the PBX is reached another way (a VPN).

:func:`log_route` (SIP thread: it may resolve a name) logs the address this PC reaches the first hop
(proxy, else registrar) from, and warns when an explicit loopback address cannot reach it.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import logging
import socket

from softphone.engine.config import EngineConfig

logger = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
ALL_ADDRESSES = "0.0.0.0"


def choose(cfg: EngineConfig) -> str:
    """The address to bind: the configured one, else 127.0.0.1 without registrar and proxy, else all."""
    explicit = cfg.bind_address.strip()
    if explicit:
        return explicit
    return ALL_ADDRESSES if (cfg.registrar.strip() or cfg.proxy.strip()) else LOOPBACK


def resolved(cfg: EngineConfig) -> EngineConfig:
    """``cfg`` with :func:`choose`'s address (``cfg`` itself when it names one already)."""
    address = choose(cfg)
    return cfg if address == cfg.bind_address else dataclasses.replace(cfg, bind_address=address)


def host_port(target: str, transport: str) -> tuple[str, int]:
    """Host and port of a registrar or proxy as configured: ``pbx``, ``pbx:5080``,
    ``sip:pbx;transport=tcp``, ``sips:user@[2001:db8::1]:5061``; the port defaults by transport."""
    text = target.strip()
    secure = text.lower().startswith("sips:") or transport == "tls"
    for scheme in ("sips:", "sip:"):
        if text.lower().startswith(scheme):
            text = text[len(scheme) :]
    text = text.split(";", 1)[0].split("?", 1)[0].rsplit("@", 1)[-1]
    default = 5061 if secure else 5060
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    elif text.count(":") == 1:
        host, port = text.split(":")
    else:
        host, port = text, ""
    return host, int(port) if port.isdigit() else default


def route_source(host: str, port: int) -> str:
    """The local address this PC sends from to ``host`` (a UDP socket's ``connect`` asks the
    routing table; nothing is sent). Raises ``OSError`` (no such name, no route)."""
    infos = socket.getaddrinfo(host, port, socket.AF_INET, socket.SOCK_DGRAM)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(infos[0][4])
        return str(probe.getsockname()[0])


def is_loopback(address: str) -> bool:
    """True for 127.0.0.0/8, ::1 and "localhost"."""
    try:
        return ipaddress.ip_address(address.strip("[]")).is_loopback
    except ValueError:
        return address.lower() == "localhost"


def log_route(cfg: EngineConfig) -> None:
    """Log where the phone (``cfg`` as :func:`resolved` made it) is bound and which address reaches
    its first hop; warn when it is bound to loopback but the first hop lies elsewhere (registering
    and calling will fail)."""
    bound = cfg.bind_address
    target = cfg.proxy.strip() or cfg.registrar.strip()
    if not target:
        return
    host, port = host_port(target, cfg.transport)
    try:
        source = route_source(host, port)
    except OSError as exc:
        logger.info("SIP bound to %s; no route to %s found now (%s)", bound, target, exc)
        return
    if is_loopback(bound) and not is_loopback(source):
        logger.warning(
            "SIP bound to %s (sip.bind_address), but %s is reached from %s: registering and calls will "
            "fail (503 Invalid argument); leave sip.bind_address empty to bind automatically",
            bound,
            target,
            source,
        )
    else:
        logger.info("SIP bound to %s; this PC reaches %s from %s", bound, target, source)
