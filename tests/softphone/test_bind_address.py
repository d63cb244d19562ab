"""The phone's automatic bind address and the check of the route to its registrar or proxy."""

from __future__ import annotations

import logging

import pytest

from softphone.engine import bind_address
from softphone.engine.config import EngineConfig


@pytest.mark.parametrize(
    ("config", "bound"),
    [
        (EngineConfig(), "127.0.0.1"),  # no registrar, no proxy: direct calls on this PC only
        (EngineConfig(registrar="pbx.example.com"), "0.0.0.0"),
        (EngineConfig(proxy="sip:proxy.example.com;lr"), "0.0.0.0"),
        (EngineConfig(registrar="pbx.example.com", bind_address="192.0.2.7"), "192.0.2.7"),  # as configured
        (EngineConfig(registrar="pbx.example.com", bind_address="127.0.0.1"), "127.0.0.1"),
    ],
)
def test_the_bound_address(config: EngineConfig, bound: str) -> None:
    assert bind_address.resolved(config).bind_address == bound


@pytest.mark.parametrize(
    ("target", "transport", "expected"),
    [
        ("pbx.example.com", "udp", ("pbx.example.com", 5060)),
        ("pbx.example.com:5080", "tcp", ("pbx.example.com", 5080)),
        ("pbx.example.com", "tls", ("pbx.example.com", 5061)),
        ("sip:10.0.0.5;transport=tcp", "udp", ("10.0.0.5", 5060)),
        ("sips:agent@[2001:db8::1]:5071", "udp", ("2001:db8::1", 5071)),
        ("sip:proxy.example.com:5062;lr", "udp", ("proxy.example.com", 5062)),
    ],
)
def test_host_and_port_of_a_registrar_or_proxy(target: str, transport: str, expected: tuple[str, int]) -> None:
    assert bind_address.host_port(target, transport) == expected


def test_the_route_to_another_loopback_address_leaves_from_loopback() -> None:
    assert bind_address.route_source("127.0.0.2", 5060) == "127.0.0.1"
    with pytest.raises(OSError):
        bind_address.route_source("no-such-host.invalid", 5060)


def test_a_loopback_bind_that_cannot_reach_the_registrar_is_a_warning_naming_the_setting(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(bind_address, "route_source", lambda host, port: "192.0.2.2")  # the PBX is on the LAN
    with caplog.at_level(logging.INFO, logger="softphone.engine.bind_address"):
        bind_address.log_route(bind_address.resolved(EngineConfig(registrar="pbx.lan", bind_address="127.0.0.1")))
        bind_address.log_route(bind_address.resolved(EngineConfig(registrar="pbx.lan")))
    warning, info = caplog.records
    assert warning.levelno == logging.WARNING and "leave sip.bind_address empty" in warning.getMessage()
    assert info.getMessage() == "SIP bound to 0.0.0.0; this PC reaches pbx.lan from 192.0.2.2"
