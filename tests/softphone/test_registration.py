"""Registration against a real Kamailio registrar with digest auth."""
from __future__ import annotations

import pytest

from softphone.engine.events import IncomingCall, RegistrationChanged

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
    engine, log = make_engine(registrar=registrar.address, password="s3cret",
                              register_expires_s=6, register_retry_s=2)
    log.wait_for(lambda e: isinstance(e, RegistrationChanged) and e.registered)
    registrar.restart()                      # forgets every registration
    restarted_at = log.mark()
    log.wait_for(lambda e: isinstance(e, RegistrationChanged) and e.registered,
                 after=restarted_at, timeout=15, what="re-registration")
    caller = sipp("uac_caller_hangs_up.xml", registrar.address)
    ring = log.wait_for(lambda e: isinstance(e, IncomingCall), what="call via the restarted registrar")
    engine.answer(ring.call_id)
    assert caller.wait(15) == 0, caller.output()


def test_network_change_sends_a_fresh_registration(make_engine, kamailio):
    registrar = kamailio({"agent": "s3cret"})
    engine, log = make_engine(registrar=registrar.address, password="s3cret")
    log.wait_for(lambda e: isinstance(e, RegistrationChanged) and e.registered)
    mark = log.mark()
    engine.network_changed()                 # what the desktop does after resume or a network switch
    again = log.wait_for(lambda e: isinstance(e, RegistrationChanged) and e.registered, after=mark, timeout=15)
    assert again.code == 200
