"""TLS server verification and mandatory SRTP, against real peers on loopback."""

from __future__ import annotations

import socket
import ssl
import threading

import pytest

from softphone.engine.events import CallChanged, CallQuality, CallState, IncomingCall, Outcome
from tests.fixtures.sip import free_port, self_signed_certificate

pytestmark = pytest.mark.e2e


class TlsSipServer:
    """Accepts TLS connections with a self-signed certificate and records what the client sends."""

    def __init__(self, tmp_path) -> None:
        self.cert = tmp_path / "server.pem"
        self.key = tmp_path / "server.key"
        self_signed_certificate(self.cert, self.key)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        self.port = free_port()
        self.sock = socket.create_server(("127.0.0.1", self.port))
        self.sock.settimeout(0.5)
        self.context = context
        self.received = b""
        self.handshakes_failed = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.done.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            conn.settimeout(2)
            try:
                with self.context.wrap_socket(conn, server_side=True) as tls:
                    while b"\r\n\r\n" not in self.received:
                        chunk = tls.recv(4096)
                        if not chunk:
                            break
                        self.received += chunk
            except (ssl.SSLError, OSError):
                self.handshakes_failed += 1

    def close(self) -> None:
        self.done.set()
        self.thread.join(3)
        self.sock.close()


@pytest.fixture
def tls_server(tmp_path):
    server = TlsSipServer(tmp_path)
    yield server
    server.close()


def _dial_and_end(engine, log, uri):
    key = engine.dial(uri, no_answer_timeout_s=3)
    return log.wait_for(
        lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.DISCONNECTED, timeout=15
    )


def test_tls_with_a_self_signed_certificate_is_refused_when_verifying(make_engine, tls_server):
    engine, log = make_engine(transport="tls", tls_verify_server=True)
    end = _dial_and_end(engine, log, f"sip:someone@127.0.0.1:{tls_server.port};transport=tls")
    assert end.outcome == Outcome.NETWORK_ERROR, end
    assert b"INVITE" not in tls_server.received  # nothing was sent over the unverified connection


def test_tls_with_the_certificate_as_trusted_ca_sends_the_invite(make_engine, tls_server):
    engine, log = make_engine(transport="tls", tls_verify_server=True, tls_ca_file=str(tls_server.cert))
    _dial_and_end(engine, log, f"sip:someone@127.0.0.1:{tls_server.port};transport=tls")
    assert tls_server.received.startswith(b"INVITE sip:someone@127.0.0.1")


def test_mandatory_srtp_answers_a_plain_rtp_offer_with_488(make_engine, sipp):
    engine, log = make_engine(srtp="mandatory")
    caller = sipp("uac_refused_488.xml", f"127.0.0.1:{engine.local_port}")
    assert caller.wait(15) == 0, caller.output()
    assert not log.of(IncomingCall)  # it never rang


def test_mandatory_srtp_offers_savp_and_drops_a_plain_rtp_answer(make_engine, sipp):
    engine, log = make_engine(srtp="mandatory")
    callee = sipp("uas_200.xml")  # answers with plain RTP/AVP
    key = engine.dial(callee.uri)
    end = log.wait_for(
        lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.DISCONNECTED, timeout=15
    )
    assert end.outcome == Outcome.REJECTED and end.code == 488
    callee.wait(10)  # it may see the BYE before it expects one
    messages = callee.messages()
    invite = messages.split("INVITE sip:", 1)[1].split("\n\n\n", 1)[0]
    assert "RTP/SAVP" in invite and "a=crypto:" in invite
    bye = messages.split("BYE sip:", 1)[1].split("\n\n\n", 1)[0]
    assert "cause=488" in bye  # no media ever ran unencrypted: hung up at once
    assert not log.of(CallQuality)


def test_tls_without_a_ca_file_trusts_the_systems_bundle(make_engine, tls_server, monkeypatch):
    """sip.tls_ca_file empty: the system's CA bundle is used (here one that holds the server's
    certificate, named by SSL_CERT_FILE as OpenSSL honours it), not the wheel's /etc/pki/tls default."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_server.cert))
    engine, log = make_engine(transport="tls", tls_verify_server=True)
    _dial_and_end(engine, log, f"sip:someone@127.0.0.1:{tls_server.port};transport=tls")
    assert tls_server.received.startswith(b"INVITE sip:someone@127.0.0.1")


def test_tls_on_a_build_without_tls_says_so(tmp_path, monkeypatch):
    """The Windows pjsua2 wheel links no TLS library: the phone says why it cannot start (and what IT
    can do) instead of a bare "could not start". Simulated with a transport this build has no factory for."""
    import pjsua2 as pj

    from softphone.engine import setup
    from softphone.engine.config import EngineConfig
    from softphone.engine.engine import SipEngine
    from softphone.engine.events import TLS_UNAVAILABLE, EngineFailed
    from tests.softphone.conftest import EventLog

    monkeypatch.setitem(setup._TRANSPORT, "tls", pj.PJSIP_TRANSPORT_SCTP)
    engine = SipEngine(EngineConfig(local_port=0, transport="tls", log_file=str(tmp_path / "pjsip.log")))
    log = EventLog()
    engine.subscribe(log)
    engine.start()
    try:
        assert not engine.wait_started(10)
        (failed,) = log.of(EngineFailed)
        assert failed.message == TLS_UNAVAILABLE and "PJSIP_EUNSUPTRANSPORT" in failed.detail
    finally:
        engine.stop(15)
