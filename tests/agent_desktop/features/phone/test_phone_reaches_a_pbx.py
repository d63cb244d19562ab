"""A phone given only a registrar reaches it: it binds every address (not 127.0.0.1) and a free port
(not 5070, so several agents can share a PC), with a real Kamailio that is not on 127.0.0.1."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.features.phone.core.config import sip_password_key


def udp_bindings(port: int) -> set[str]:
    """The local addresses (dotted) UDP sockets of this machine have bound on ``port``."""
    found = set()
    for line in Path("/proc/net/udp").read_text().splitlines()[1:]:
        local = line.split()[1]
        address, hex_port = local.split(":")
        if int(hex_port, 16) == port:
            found.add(".".join(str(int(address[i : i + 2], 16)) for i in (6, 4, 2, 0)))
    return found


@pytest.mark.e2e
def test_a_phone_with_only_a_registrar_binds_all_addresses_and_a_free_port(make_shell, kamailio, qtbot, caplog):
    registrar = kamailio({"agent": "s3cret"}, host="127.0.0.2")  # a PBX elsewhere than the old default bind
    shell = make_shell(overrides={"sip.registrar": registrar.address})  # bind address and port: automatic
    shell.ctx.credentials.set(sip_password_key(shell.ctx.settings.sip), "s3cret")
    caplog.set_level(logging.INFO, logger="softphone.engine")
    feature = phone_feature.install(shell.ctx, shell.window)
    try:
        sip = shell.window.status_indicator("sip")
        qtbot.waitUntil(lambda: sip.text() == "Registered" and sip.level == "ok", timeout=10000)
        port = feature.engine.local_port
        assert port != 5070
        assert udp_bindings(port) == {"0.0.0.0"}
        assert f"SIP bound to 0.0.0.0; this PC reaches {registrar.address} from 127.0.0.1" in caplog.text
    finally:
        feature.shutdown()


@pytest.mark.parametrize(
    ("sip", "port", "network"),
    [
        ({}, 5070, False),  # the local demo: other softphones on this PC call sip:agent@127.0.0.1:5070
        ({"registrar": "pbx.example.com"}, 0, True),  # any free port: several agents on one PC
        ({"registrar": "pbx.example.com", "local_port": 5060}, 5060, True),
        ({"local_port": "0"}, 0, False),
        ({"proxy": "proxy.example.com"}, 5070, True),  # nothing registers: callers need a known port
        ({"bind_address": "192.0.2.7"}, 5070, True),
    ],
)
def test_automatic_port_and_whether_the_network_matters(sip: dict, port: int, network: bool) -> None:
    from agent_desktop.features.phone.core.config import local_port, network_matters
    from agent_desktop.settings import SipSettings

    settings = SipSettings(**sip)
    assert (local_port(settings), network_matters(settings)) == (port, network)
