"""Home agents behind NAT: with a STUN server configured, the phone advertises its public address."""

from __future__ import annotations

import socket
import struct
import threading

import pytest

from softphone.engine.events import CallChanged, CallState

pytestmark = pytest.mark.e2e

MAGIC = 0x2112A442


class StunServer:
    """Answers STUN Binding requests (RFC 5389) with a fixed XOR-MAPPED-ADDRESS, as a NAT would see us."""

    def __init__(self, mapped_ip: str) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.mapped_ip = mapped_ip
        self.requests = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.sock.getsockname()[1]}"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                data, addr = self.sock.recvfrom(2048)
            except OSError:
                continue
            if len(data) < 20 or struct.unpack("!H", data[:2])[0] != 0x0001:
                continue
            self.requests += 1
            port = addr[1] ^ (MAGIC >> 16)
            ip = struct.unpack("!I", socket.inet_aton(self.mapped_ip))[0] ^ MAGIC
            attr = struct.pack("!HHBBHI", 0x0020, 8, 0, 1, port, ip)
            self.sock.sendto(struct.pack("!HHI", 0x0101, len(attr), MAGIC) + data[8:20] + attr, addr)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(2)
        self.sock.close()


@pytest.fixture
def stun():
    server = StunServer("203.0.113.7")
    yield server
    server.close()


def test_stun_mapped_address_is_used_in_contact_and_sdp(make_engine, sipp, stun):
    engine, log = make_engine(stun_servers=[stun.address])
    callee = sipp("uas_200.xml")
    key = engine.dial(callee.uri)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.ACTIVE)
    engine.hangup(key)
    assert callee.wait(10) == 0, callee.output()
    invite = callee.messages().split("INVITE sip:", 1)[1].split("\n\n\n", 1)[0]
    assert stun.requests >= 1
    assert 'Contact: "Agent" <sip:agent@203.0.113.7:' in invite
    assert "c=IN IP4 203.0.113.7" in invite


def test_ice_on_a_loopback_address_is_turned_off_instead_of_failing_every_call(make_engine, sipp):
    engine, log = make_engine(ice=True)  # bound to 127.0.0.1: no ICE host candidates
    callee = sipp("uas_200.xml")
    key = engine.dial(callee.uri)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.ACTIVE)
    engine.hangup(key)
    assert callee.wait(10) == 0, callee.output()
    assert "a=ice-ufrag:" not in callee.messages()
