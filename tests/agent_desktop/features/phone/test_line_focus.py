"""The call keys act on the call the agent is talking on, not on an older attempt still ringing out;
a dial beyond ``sip.max_lines`` is refused with a message. Real sipp peers, the installed phone feature,
its dial pad and its F6 (Hang up) shortcut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from agent_desktop.features.phone import feature as phone_feature
from softphone.engine.commands import LINES_FULL
from softphone.engine.events import CallChanged, CallState, Outcome
from softphone.qt.texts import translated


def test_the_refused_dial_reads_in_chinese(chinese) -> None:
    assert translated(LINES_FULL) == "所有线路都在使用中：请先挂断一个通话，再拨打新的电话。"


@pytest.mark.e2e
def test_hang_up_ends_the_answered_call_before_the_older_attempt_and_a_dial_beyond_max_lines_is_refused(
    shell, qtbot, sipp
) -> None:
    assert shell.ctx.settings.sip.max_lines == 2
    feature = phone_feature.install(shell.ctx, shell.window)
    try:
        phone, dock, window = feature.phone, feature.dock, shell.window
        qtbot.waitUntil(lambda: feature.engine.local_port > 0, timeout=10000)
        unanswered, answering, spare = sipp("uas_ring_forever.xml"), sipp("uas_200.xml"), sipp("uas_200.xml")
        ended: list[CallChanged] = []
        phone.sig_call_changed.connect(lambda e: e.state == CallState.DISCONNECTED and ended.append(e))

        def dial(uri: str) -> None:
            dock.pad.number.setText(uri)
            dock.pad.call_button.click()

        def state(call_id: int) -> CallState | None:
            line = phone.board.lines.get(call_id)
            return line.state if line else None

        dial(unanswered.uri)
        qtbot.waitUntil(lambda: len(phone.board.lines) == 1, timeout=5000)
        first = next(iter(phone.board.lines))
        qtbot.waitUntil(lambda: state(first) == CallState.EARLY, timeout=10000)  # 180, and nothing more
        dial(answering.uri)
        qtbot.waitUntil(lambda: len(phone.board.lines) == 2, timeout=5000)
        second = [call_id for call_id in phone.board.lines if call_id != first][0]
        qtbot.waitUntil(lambda: state(second) == CallState.ACTIVE, timeout=10000)
        assert phone.board.current().call_id == second and phone.board.active().call_id == second
        assert dock.lines.buttons[1].isChecked() and not dock.lines.buttons[0].isChecked()

        with qtbot.waitSignal(phone.sig_command_failed, timeout=10000) as refused:
            dial(spare.uri)  # both lines are taken
        assert refused.args[0].command == "dial"
        assert dock.status.text() == "All lines are in use: hang up a call before dialling another."
        assert set(phone.board.lines) == {first, second}

        QTest.keyClick(window, Qt.Key.Key_F6)  # Hang up: the call the agent talks on
        qtbot.waitUntil(lambda: second not in phone.board.lines, timeout=10000)
        assert answering.wait(10) == 0, answering.output()  # it got its BYE
        assert [e.call_id for e in ended] == [second] and ended[0].outcome == Outcome.ANSWERED
        assert state(first) == CallState.EARLY and unanswered.proc.poll() is None  # still ringing out
        assert phone.board.current().call_id == first and dock.controls.hangup.isEnabled()

        QTest.keyClick(window, Qt.Key.Key_F6)  # and now the attempt: cancelled
        qtbot.waitUntil(lambda: not phone.board.lines, timeout=10000)
        assert unanswered.wait(10) == 0, unanswered.output()  # CANCEL, 487, ACK
        assert [e.call_id for e in ended] == [second, first] and ended[1].outcome == Outcome.CANCELLED

        assert "INVITE" not in spare.messages()  # the refused dial never left the phone
        dial(spare.uri)  # a line is free again
        qtbot.waitUntil(lambda: phone.board.active() is not None, timeout=10000)
        qtbot.waitUntil(lambda: phone.board.active().state == CallState.ACTIVE, timeout=10000)
        QTest.keyClick(window, Qt.Key.Key_F6)
        assert spare.wait(10) == 0, spare.output()
    finally:
        feature.shutdown()
