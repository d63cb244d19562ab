"""Registration against a real Kamailio registrar with digest auth."""

from __future__ import annotations

from pathlib import Path

import pytest

from softphone.engine.events import IncomingCall, RegistrationChanged
from tests.fixtures.sip import KAMAILIO_MODULES, self_signed_certificate

pytestmark = pytest.mark.e2e


def test_registers_with_digest_auth_and_receives_calls_through_the_registrar(make_engine, kamailio, sipp):
    registrar = kamailio({"agent": "s3cret"})
    engine, log = make_engine(registrar=registrar.address, password="s3cret")
    reg = log.wait_for(lambda e: isinstance(e, RegistrationChanged), what="registration")
    assert reg.registered and reg.code == 200, reg
    assert reg.message == "Registered"
    caller = sipp("uac_caller_hangs_up.xml", registrar.address)
    ring = log.wait_for(lambda e: isinstance(e, IncomingCall), what="call via the registrar")
    assert ring.headers["X-Customer-Id"] == ["C-1001"]
    engine.answer(ring.call_id)
    assert caller.wait(15) == 0, caller.output()


def test_wrong_password_gives_a_clear_error(make_engine, kamailio):
    registrar = kamailio({"agent": "s3cret"})
    engine, log = make_engine(registrar=registrar.address, password="wrong")
    reg = log.wait_for(lambda e: isinstance(e, RegistrationChanged), what="registration")
    assert not reg.registered
    assert reg.code in (401, 403)
    assert reg.message == "Registration refused: wrong user name or password"


def test_phone_registers_again_after_the_registrar_restarts(make_engine, kamailio, sipp):
    registrar = kamailio({"agent": "s3cret"})
    engine, log = make_engine(registrar=registrar.address, password="s3cret", register_expires_s=6, register_retry_s=2)
    log.wait_for(lambda e: isinstance(e, RegistrationChanged) and e.registered)
    registrar.restart()  # forgets every registration
    restarted_at = log.mark()
    log.wait_for(
        lambda e: isinstance(e, RegistrationChanged) and e.registered,
        after=restarted_at,
        timeout=15,
        what="re-registration",
    )
    caller = sipp("uac_caller_hangs_up.xml", registrar.address)
    ring = log.wait_for(lambda e: isinstance(e, IncomingCall), what="call via the restarted registrar")
    engine.answer(ring.call_id)
    assert caller.wait(15) == 0, caller.output()


def test_network_change_sends_a_fresh_registration(make_engine, kamailio):
    registrar = kamailio({"agent": "s3cret"})
    engine, log = make_engine(registrar=registrar.address, password="s3cret")
    log.wait_for(lambda e: isinstance(e, RegistrationChanged) and e.registered)
    mark = log.mark()
    engine.network_changed()  # what the desktop does after resume or a network switch
    again = log.wait_for(lambda e: isinstance(e, RegistrationChanged) and e.registered, after=mark, timeout=15)
    assert again.code == 200


def test_unreachable_registrar_is_retried_with_growing_delays(make_engine):
    from tests.fixtures.sip import free_port

    port = free_port()  # nothing listens: TCP is refused at once
    engine, log = make_engine(registrar=f"127.0.0.1:{port}", transport="tcp", password="x", register_retry_s=1)
    for n in range(3):
        log.wait_for(
            lambda e, n=n: len([x for x in log.of(RegistrationChanged) if not x.registered]) > n,
            timeout=15,
            what=f"failure {n + 1}",
        )
    failures = [e for e in log.of(RegistrationChanged) if not e.registered][:3]
    assert all(f.message == "Registrar not reachable; retrying" for f in failures), failures
    delays = [f.retry_in_s for f in failures]
    assert 1.0 <= delays[0] <= 1.1 and 2.0 <= delays[1] <= 2.2 and 4.0 <= delays[2] <= 4.4, delays


@pytest.mark.skipif(
    not (Path(KAMAILIO_MODULES) / "tls.so").exists(),
    reason="Kamailio's TLS module is not installed (Debian package kamailio-tls-modules)",
)
def test_tls_registration_needs_a_trusted_registrar_certificate(make_engine, kamailio, tmp_path):
    cert, key = tmp_path / "registrar.pem", tmp_path / "registrar.key"
    self_signed_certificate(cert, key)
    registrar = kamailio({"agent": "s3cret"}, tls_cert=cert, tls_key=key)
    engine, log = make_engine(
        registrar=f"127.0.0.1:{registrar.tls_port}",
        transport="tls",
        password="s3cret",
        tls_verify_server=True,
        tls_ca_file=str(cert),
    )
    reg = log.wait_for(lambda e: isinstance(e, RegistrationChanged), timeout=15, what="registration over TLS")
    assert reg.registered and reg.code == 200, reg
    engine.stop()
    untrusting, log2 = make_engine(
        registrar=f"127.0.0.1:{registrar.tls_port}", transport="tls", password="s3cret", tls_verify_server=True
    )  # no CA file: the self-signed cert is refused
    refused = log2.wait_for(lambda e: isinstance(e, RegistrationChanged), timeout=15, what="refusal")
    assert not refused.registered
    assert refused.message == "Registration refused: the registrar's TLS certificate is not trusted", refused
