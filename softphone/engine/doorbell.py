"""Waking the SIP thread out of ``libHandleEvents`` when another thread posts a command.

pjsua2 has no thread-safe wake-up call for threads pjlib does not know, so the engine opens a second
UDP transport on the loopback address purely as a doorbell: a one-byte datagram sent to it (from any
thread, with an ordinary socket) makes pjsip's I/O queue return at once. pjsip ignores UDP packets of
32 bytes or less (keep-alives), so the doorbell never reaches the SIP stack. With the doorbell the
SIP thread can sleep in ``libHandleEvents`` while the phone is idle instead of polling.
"""

from __future__ import annotations

import logging
import socket

import pjsua2 as pj

logger = logging.getLogger(__name__)

DOORBELL_HOST = "127.0.0.1"
RING = b"\0"


class Doorbell:
    """Create on the SIP thread (:meth:`install`), :meth:`ring` from any thread, :meth:`close` at stop."""

    def __init__(self) -> None:
        self._address: tuple[str, int] | None = None
        self._socket: socket.socket | None = None

    @property
    def installed(self) -> bool:
        return self._address is not None

    def install(self, ep: pj.Endpoint) -> bool:
        """Open the loopback doorbell transport; False (and the engine keeps polling) when it cannot."""
        cfg = pj.TransportConfig()
        cfg.port = 0
        cfg.boundAddress = DOORBELL_HOST
        try:
            transport_id = ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, cfg)
            port = int(ep.transportGetInfo(transport_id).localName.rsplit(":", 1)[1])
            sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            sock.setblocking(False)
        except (pj.Error, OSError, ValueError) as exc:
            detail = exc.info() if isinstance(exc, pj.Error) else str(exc)
            logger.warning("no SIP-thread doorbell (%s); the SIP thread will poll", detail)
            return False
        self._socket = sock
        self._address = (DOORBELL_HOST, port)
        return True

    def ring(self) -> None:
        """Make the SIP thread's current or next ``libHandleEvents`` return now (any thread)."""
        sock, address = self._socket, self._address
        if sock is None or address is None:
            return
        try:
            sock.sendto(RING, address)
        except OSError as exc:  # BlockingIOError when the socket buffer is full: it will wake anyway
            if not isinstance(exc, BlockingIOError):
                logger.warning("SIP-thread doorbell failed: %s", exc)

    def close(self) -> None:
        sock, self._socket, self._address = self._socket, None, None
        if sock is not None:
            sock.close()
