"""Listen / whisper / barge without Qt: dial strings from the settings' templates, checked and made
into the URI the phone dials; who may monitor; whether the monitored agent is told."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from agent_desktop.features.monitor.core.access import NOT_A_SUPERVISOR, NOT_SIGNED_IN, check_may_monitor
from agent_desktop.features.monitor.core.dial import (
    BAD_TEMPLATE,
    NO_EXTENSION,
    NO_PBX,
    NO_USERNAME,
    NOT_DIALABLE,
    NOT_SET_UP,
    MonitoredAgent,
    MonitorRefused,
    dial_string,
    dial_uri,
    pbx_domain,
)
from agent_desktop.features.monitor.core.modes import TEXTS, Mode, agent_indicator
from agent_desktop.features.monitor.core.resolve import agent_by_extension
from agent_desktop.settings.schema import MonitorSettings
from crm.schemas.presence import PresenceBoard

LI = MonitoredAgent(extension="1001", username="li.na", name="Li Na")


def refusal(template: str, agent: MonitoredAgent = LI) -> tuple[str, tuple[str, ...]]:
    with pytest.raises(MonitorRefused) as refused:
        dial_string(template, agent, "monitor.listen_dial")
    return refused.value.message, refused.value.values


def test_the_default_templates_dial_asterisk_style_feature_codes_for_the_agent() -> None:
    settings = MonitorSettings()
    templates = (settings.listen_dial, settings.whisper_dial, settings.barge_dial)
    assert [dial_string(t, LI, "x") for t in templates] == ["*2221001", "*2231001", "*2241001"]
    assert settings.notify_agent is True


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("{username}", "li.na"),
        ("  *9{extension}#  ", "*91001#"),
        ("+86-{extension}_{username}!~", "+86-1001_li.na!~"),
        ("*55", "*55"),  # the PBX asks for the extension itself
    ],
)
def test_templates_fill_in_the_extension_and_the_user_name(template: str, expected: str) -> None:
    assert dial_string(template, LI, "x") == expected


def test_empty_or_broken_templates_and_missing_or_unsafe_agent_data_are_refused_with_a_reason() -> None:
    assert refusal("") == (NOT_SET_UP, ("monitor.listen_dial",))
    for broken in ("*222{ext}", "*222{extension:>5}", "*222{extension!r}", "*222{", "{0}", "{}"):
        assert refusal(broken) == (BAD_TEMPLATE, ("monitor.listen_dial",)), broken
    assert refusal("*222{extension}", MonitoredAgent(username="li.na")) == (NO_EXTENSION, ("li.na",))
    assert refusal("*222{username}", MonitoredAgent(extension="1001")) == (NO_USERNAME, ("1001",))
    for unsafe in ("10 01", "1001@evil.example.com", "1001;transport=tcp", "sip:1001", "<1001>", "一零零一", "10%2001"):
        assert refusal("*222{extension}", MonitoredAgent(extension=unsafe)) == (
            NOT_DIALABLE,
            (f"*222{unsafe}", unsafe),
        ), unsafe


def test_the_english_text_of_a_refusal_names_what_is_wrong() -> None:
    with pytest.raises(MonitorRefused) as refused:
        dial_string("*222{extension}", MonitoredAgent(extension="10 01", name="Li Na"), "x")
    assert str(refused.value) == (
        "Cannot dial *22210 01 for Li Na: a dial string may hold only digits, letters, * # + and - _ . ! ~"
    )


def test_the_uri_goes_to_the_registrar_else_the_proxy_and_escapes_the_hash() -> None:
    assert pbx_domain("pbx.example.com:5080", "proxy.example.com") == "pbx.example.com:5080"
    assert pbx_domain("", "sip:proxy.example.com;lr") == "proxy.example.com"
    assert pbx_domain("sip:user@pbx.example.com", "") == "pbx.example.com"
    assert dial_uri("*2221001", "pbx.example.com") == "sip:*2221001@pbx.example.com"
    assert dial_uri("*91001#", "10.0.0.5:5060") == "sip:*91001%23@10.0.0.5:5060"
    with pytest.raises(MonitorRefused) as refused:
        dial_uri("*2221001", pbx_domain("", ""))
    assert refused.value.message == NO_PBX


@pytest.mark.parametrize("role", ["supervisor", "admin"])
def test_supervisors_and_administrators_may_monitor(role: str) -> None:
    check_may_monitor(role)


@pytest.mark.parametrize(
    ("role", "message"), [("agent", NOT_A_SUPERVISOR), ("logistics", NOT_A_SUPERVISOR), (None, NOT_SIGNED_IN)]
)
def test_everybody_else_is_refused(role: str | None, message: str) -> None:
    with pytest.raises(MonitorRefused) as refused:
        check_may_monitor(role)
    assert refused.value.message == message


def test_the_agent_is_told_per_policy_what_the_supervisor_does() -> None:
    # by default whisper and barge are told, silent listening is not
    assert [agent_indicator(True, mode) for mode in Mode] == [
        None,
        TEXTS[Mode.WHISPER].indicator,
        TEXTS[Mode.BARGE].indicator,
    ]
    assert agent_indicator(True, Mode.LISTEN, notify_listen=True) == "Your supervisor is listening to this call"
    assert [agent_indicator(False, mode, notify_listen=True) for mode in Mode] == [
        TEXTS[Mode.LISTEN].indicator,
        None,
        None,
    ]
    assert [agent_indicator(False, mode) for mode in Mode] == [None, None, None]
    assert MonitorSettings().notify_agent and not MonitorSettings().notify_listen


def test_the_settings_refuse_a_template_that_cannot_be_dialled() -> None:
    assert MonitorSettings(barge_dial="").barge_dial == ""  # this PBX cannot barge
    assert MonitorSettings(listen_dial=" 8{username}# ").listen_dial == "8{username}#"
    for bad in ("*222 {extension}", "*222{ext}", "sip:*222{extension}@pbx", "*222{extension};x"):
        with pytest.raises(ValidationError, match="may hold only digits"):
            MonitorSettings(listen_dial=bad)


def test_a_typed_extension_is_the_agent_whose_desktop_sent_that_sip_user_else_that_user_name() -> None:
    def agent(user_id: str, username: str, sip_user: str | None, seen_min: int) -> dict[str, object]:
        at = f"2026-12-07T09:{seen_min:02d}:00+00:00"
        return {"user_id": user_id, "username": username, "display_name": user_id, "team": "t", "state": "on_call",
                "reason": None, "since": at, "seq": 1, "last_seen": at, "sip_user": sip_user}  # fmt: skip

    board = PresenceBoard.model_validate(
        {
            "agents": [
                agent("ann", "ann", "7001", 1),
                agent("bob", "7001", "7002", 2),  # a user name that looks like ann's extension
                agent("cy", "7003", None, 3),  # an older desktop: no SIP user sent
                agent("dee", "dee", "7004", 1),
                agent("eve", "eve", "7004", 5),  # the same account on a second desktop, heard of later
            ],
            "cursor": 1,
            "server_time": "2026-12-07T09:10:00+00:00",
            "heartbeat_timeout_s": 90,
        }
    )
    found = {ext: getattr(agent_by_extension(board, ext), "user_id", None) for ext in ("7001", " 7003 ", "7004", "9")}
    assert found == {"7001": "ann", " 7003 ": "cy", "7004": "eve", "9": None}
    assert agent_by_extension(board, "") is None
