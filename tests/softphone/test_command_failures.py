"""A command the phone cannot carry out says why: its own message for the common pjsip failures, else
pjsip's reason after the generic one; the dock shows it in the user's language."""

from __future__ import annotations

import socket

from softphone.engine.commands import CALL_GONE, INVALID_TARGET, NO_ROUTE, UNREACHABLE
from softphone.engine.events import COMMAND_FAILED, CallChanged, CallState, CommandFailed
from softphone.qt.adapter import PhoneAdapter
from softphone.qt.softphone_dock import SoftphoneDock


def silent_port() -> int:
    """A local UDP port nobody answers on (the INVITE stays unanswered: the call keeps dialling)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def failure(log, command: str, after: int) -> CommandFailed:
    return log.wait_for(
        lambda e: isinstance(e, CommandFailed) and e.command == command, what=f"{command} failure", after=after
    )


def test_a_failed_command_publishes_the_specific_reason(make_engine) -> None:
    engine, log = make_engine()  # no registrar, no proxy

    at = log.mark()
    engine.dial("sip:bad uri here")
    failed = failure(log, "dial", at)
    assert failed.message == INVALID_TARGET and "PJSIP_EINVALIDREQURI" in failed.detail

    at = log.mark()
    engine.dial("call me!")
    assert failure(log, "dial", at).message == INVALID_TARGET

    at = log.mark()
    engine.dial("12345")  # a number, and no registrar to route it to
    failed = failure(log, "dial", at)
    assert failed.message == NO_ROUTE and failed.detail == "no registrar or proxy to route a number to"

    at = log.mark()
    engine.dial("sip:bob@nonexistent.invalid")  # a domain that does not resolve
    failed = failure(log, "dial", at)
    assert failed.message == UNREACHABLE and "PJ_ERESOLVE" in failed.detail

    at = log.mark()
    engine.transfer_blind(99, "sip:200@127.0.0.1")  # no such call
    failed = failure(log, "transfer", at)
    assert failed.message == CALL_GONE and failed.call_id == 99

    at = log.mark()
    key = engine.dial(f"sip:bob@127.0.0.1:{silent_port()}")
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key, after=at)
    engine.transfer_blind(key, "200")  # a number to transfer to, and no registrar
    assert failure(log, "transfer", at).message == NO_ROUTE
    engine.hold(key)  # not answered yet: pjsip refuses, and no message of ours says why
    failed = failure(log, "hold", at)
    assert failed.message == COMMAND_FAILED and failed.detail == "Invalid INVITE session state (PJSIP_ESESSIONSTATE)"
    engine.hangup(key)
    log.wait_for(lambda e: isinstance(e, CallChanged) and e.call_id == key and e.state == CallState.DISCONNECTED)


def test_the_dock_shows_the_reason_in_english_and_chinese(make_engine, qtbot, chinese) -> None:
    engine, _log = make_engine()
    phone = PhoneAdapter(engine)
    dock = SoftphoneDock(phone)
    qtbot.addWidget(dock)

    with qtbot.waitSignal(phone.sig_command_failed, timeout=10000):
        phone.dial("12345")
    assert (
        dock.status.text()
        == "未设置 PBX（注册服务器或代理），无法拨打号码：请输入完整的 SIP 地址（sip:用户@主机），或在设置中设置注册服务器。"
    )

    with qtbot.waitSignal(phone.sig_command_failed, timeout=10000):
        phone.dial("sip:bad uri here")
    assert dock.status.text() == "这不是电话可以拨打的号码或 SIP 地址。"

    chinese.set_language("en")  # a live switch re-translates the shown message
    qtbot.waitUntil(lambda: dock.status.text() == "That is not a number or SIP address the phone can call.")

    key = phone.dial(f"sip:bob@127.0.0.1:{silent_port()}")
    qtbot.waitUntil(lambda: key in phone.board.lines, timeout=10000)
    with qtbot.waitSignal(phone.sig_command_failed, timeout=10000):
        engine.hold(key)  # the generic message, with pjsip's reason after it
    assert dock.status.text() == "The phone could not do that: Invalid INVITE session state (PJSIP_ESESSIONSTATE)"
    chinese.set_language("zh_CN")
    qtbot.waitUntil(
        lambda: dock.status.text() == "电话无法执行此操作：Invalid INVITE session state (PJSIP_ESESSIONSTATE)"
    )
    engine.hangup(key)
    qtbot.waitUntil(lambda: key not in phone.board.lines, timeout=10000)


def test_the_dock_drops_a_failure_once_its_call_ends_or_the_next_command_starts(make_engine, qtbot) -> None:
    engine, _log = make_engine()  # no registrar, no proxy
    phone = PhoneAdapter(engine)
    dock = SoftphoneDock(phone)
    qtbot.addWidget(dock)

    key = phone.dial(f"sip:bob@127.0.0.1:{silent_port()}")
    qtbot.waitUntil(lambda: key in phone.board.lines, timeout=10000)
    with qtbot.waitSignal(phone.sig_command_failed, timeout=10000):
        dock.controls.transfer_target.setText("8001")
        dock.controls.transfer.setEnabled(True)  # (the call is still dialling: the button would be greyed)
        dock.controls.transfer.click()  # a number to transfer to, and no registrar
    assert dock.status.text().startswith("No PBX (registrar or proxy)") and not dock.status.isHidden()
    engine.hangup(key)
    qtbot.waitUntil(lambda: key not in phone.board.lines, timeout=10000)
    assert dock.status.isHidden() and dock.status.text() == ""  # the call it was about is over

    with qtbot.waitSignal(phone.sig_command_failed, timeout=10000):
        phone.dial("12345")
    assert not dock.status.isHidden()
    dock.pad.sig_dial_requested.emit(f"sip:bob@127.0.0.1:{silent_port()}")  # the agent dials again
    assert dock.status.isHidden()
    qtbot.waitUntil(lambda: len(phone.board.lines) == 1, timeout=10000)
    engine.hangup(next(iter(phone.board.lines)))
    qtbot.waitUntil(lambda: not phone.board.lines, timeout=10000)
