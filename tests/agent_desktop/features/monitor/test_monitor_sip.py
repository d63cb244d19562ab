"""Listen, whisper and barge from a supervisor's desktop registered to a real Kamailio: each dials the
PBX's feature code for the agent, and the INVITE reaches the feature-code target (a sipp UAS the
registrar knows under those codes) with the expected user part; the status bar says how it went. An
agent signed in to the real back office is refused and nothing is dialled."""

from __future__ import annotations

import hashlib
import re
import socket
import uuid

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.monitor import feature as monitor_feature
from agent_desktop.features.monitor.api import MONITOR, Mode, MonitoredAgent
from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.features.phone.core.config import sip_password_key
from crm.client import ClientConfig, CrmClient
from tests.fixtures.ports import HOST
from tests.fixtures.sip import Kamailio

AGENT = MonitoredAgent(extension="agent007", username="agent007", name="Agent 007")
CODES = {Mode.LISTEN: "*222agent007", Mode.WHISPER: "*223agent007", Mode.BARGE: "*224agent007"}


def register(registrar: Kamailio, user: str, password: str, contact_port: int) -> None:
    """REGISTER ``user`` at ``registrar`` (digest auth) with a contact on loopback ``contact_port``."""
    aor = f"sip:{user}@{registrar.address}"
    call_id, tag = uuid.uuid4().hex, uuid.uuid4().hex[:8]
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind((HOST, 0))
        sock.settimeout(3)
        port = sock.getsockname()[1]

        def send(cseq: int, authorization: str = "") -> str:
            request = (
                f"REGISTER sip:{registrar.address} SIP/2.0\r\n"
                f"Via: SIP/2.0/UDP {HOST}:{port};rport;branch=z9hG4bK{uuid.uuid4().hex}\r\n"
                f"Max-Forwards: 70\r\nFrom: <{aor}>;tag={tag}\r\nTo: <{aor}>\r\nCall-ID: {call_id}\r\n"
                f"CSeq: {cseq} REGISTER\r\nContact: <sip:{user}@{HOST}:{contact_port}>\r\nExpires: 60\r\n"
                f"{authorization}Content-Length: 0\r\n\r\n"
            )
            sock.sendto(request.encode(), (registrar.host, registrar.port))
            return sock.recv(65535).decode()

        challenge = send(1)
        assert challenge.startswith("SIP/2.0 401"), challenge
        header = next(line for line in challenge.splitlines() if line.lower().startswith("www-authenticate:"))
        params = dict(re.findall(r'(\w+)="([^"]*)"', header))
        uri = f"sip:{registrar.address}"

        def md5(text: str) -> str:
            return hashlib.md5(text.encode()).hexdigest()

        ha1, ha2 = md5(f"{user}:{params['realm']}:{password}"), md5(f"REGISTER:{uri}")
        answer = f'Authorization: Digest username="{user}", realm="{params["realm"]}", nonce="{params["nonce"]}", uri="{uri}"'
        if "qop" in params:
            cnonce = uuid.uuid4().hex[:8]
            answer += f', qop=auth, nc=00000001, cnonce="{cnonce}"'
            response = md5(f"{ha1}:{params['nonce']}:00000001:{cnonce}:auth:{ha2}")
        else:
            response = md5(f"{ha1}:{params['nonce']}:{ha2}")
        reply = send(2, f'{answer}, response="{response}", algorithm=MD5\r\n')
        assert reply.startswith("SIP/2.0 200"), reply


def signed_in(server, username: str) -> CrmService:
    client = CrmClient(ClientConfig(server.url, timeout_s=10, retries=0))
    client.login(username, server.credentials[username])
    return CrmService(client, None, None, server.url, username)  # only who signed in matters here


def request_users(messages: str) -> list[str]:
    """The user part of every INVITE's Request-URI in a sipp message trace, in order."""
    return re.findall(r"^INVITE sip:([^@\s]+)@\S+ SIP/2\.0", messages, re.M)


@pytest.mark.e2e
def test_a_supervisor_listens_whispers_and_barges_by_feature_code_and_an_agent_is_refused(
    make_shell, kamailio, sipp, qtbot, backoffice_server
) -> None:
    target = sipp("uas_200.xml", calls=3)  # the PBX's feature-code application
    registrar = kamailio({"supervisor": "s3cret", **{code: "feature-code" for code in CODES.values()}})
    for code in CODES.values():
        register(registrar, code, "feature-code", target.port)
    shell = make_shell(overrides={"sip.registrar": registrar.address, "sip.username": "supervisor"})
    shell.ctx.credentials.set(sip_password_key(shell.ctx.settings.sip), "s3cret")
    phone = phone_feature.install(shell.ctx, shell.window)
    agent, supervisor = signed_in(backoffice_server, "agent"), signed_in(backoffice_server, "supervisor")
    shell.ctx.services.provide(CRM, agent)
    feature = monitor_feature.install(shell.ctx, shell.window)
    status = shell.window.statusBar()
    try:
        sip = shell.window.status_indicator("sip")
        qtbot.waitUntil(lambda: sip.text() == "Registered", timeout=10000)
        api = shell.ctx.services.get(MONITOR)
        assert api is feature and not api.may_monitor() and not feature.action.isVisible()
        assert api.barge(AGENT) is None
        assert status.currentMessage() == (
            "Only supervisors and administrators may listen to, whisper to or barge into agents' calls."
        )
        assert not phone.phone.board.lines  # nothing dialled

        shell.ctx.services.provide(CRM, supervisor)
        assert api.may_monitor() and feature.action.isVisible()
        for mode, started, ended in (
            (Mode.LISTEN, "Listening to Agent 007's call: nobody hears you.", "Stopped listening to Agent 007's call."),
            (Mode.WHISPER, "Whispering to agent007: only the agent hears you.", "Stopped whispering to agent007."),
            (Mode.BARGE, "In Agent 007's call: the agent and the customer hear you.", "Left Agent 007's call."),
        ):
            if mode is Mode.WHISPER:  # Call → Monitor an agent...
                feature.action.trigger()
                dialog = feature.dialog
                qtbot.waitExposed(dialog)
                dialog.extension.setText("agent007")
                dialog.mode.setCurrentIndex(dialog.mode.findData(Mode.WHISPER))
                dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
                assert not dialog.isVisible()
                call_id = next(iter(feature.calls))
            else:
                call_id = api.listen(AGENT) if mode is Mode.LISTEN else api.barge(AGENT)
            assert call_id is not None
            qtbot.waitUntil(lambda: status.currentMessage() == started, timeout=5000)  # noqa: B023
            phone.phone.hangup(call_id)
            qtbot.waitUntil(lambda: status.currentMessage() == ended, timeout=5000)  # noqa: B023
        assert target.wait(10) == 0, target.output()
        assert request_users(target.messages()) == list(CODES.values())
        to_users = re.findall(r"^To: <?sip:([^@\s]+)@\S+?>?$", target.messages(), re.M)
        assert list(dict.fromkeys(to_users)) == list(CODES.values())  # as the phone addressed them
    finally:
        feature.shutdown()
        phone.shutdown()
        agent.client.close()
        supervisor.client.close()
