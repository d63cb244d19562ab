"""Softphone widgets built from a real call board: what the agent sees and can click."""

from __future__ import annotations

from softphone.engine.call_board import CallBoard
from softphone.engine.events import CallChanged, CallState, IncomingCall
from softphone.qt.call_controls import CallControls
from softphone.qt.line_buttons import LineButtons


def two_lines() -> CallBoard:
    board = CallBoard()
    board.apply(IncomingCall(1, "sip:138@pbx", "Zhang Wei", "138", {}, 1.0))
    board.apply(CallChanged(1, CallState.HELD, "in", "sip:138@pbx", "138", connected_at=2.0))
    board.apply(CallChanged(2, CallState.ACTIVE, "out", "sip:2002@pbx", "2002", connected_at=3.0))
    return board


def test_line_buttons_show_each_call_and_switch_on_click(qtbot):
    lines = LineButtons(max_lines=3)
    qtbot.addWidget(lines)
    lines.refresh(two_lines())
    texts = [b.text() for b in lines.buttons]
    assert texts[0] == "1: Zhang Wei — On hold"
    assert texts[1] == "2: 2002 — Talking"
    assert texts[2] == "Line 3: free" and not lines.buttons[2].isEnabled()
    assert lines.buttons[1].isChecked() and not lines.buttons[0].isChecked()
    with qtbot.waitSignal(lines.sig_line_selected) as clicked:
        lines.buttons[0].click()
    assert clicked.args == [1]


def test_call_controls_offer_what_fits_the_calls(qtbot):
    controls = CallControls()
    qtbot.addWidget(controls)
    controls.refresh(CallBoard())
    assert not controls.hangup.isEnabled() and not controls.answer.isEnabled()
    board = two_lines()
    controls.refresh(board)
    assert controls.hangup.isEnabled() and not controls.answer.isEnabled()
    assert controls.attended.isEnabled()  # one held + one active: the consult case
    assert controls.conference.isEnabled()
    assert controls.hold.text() == "Hold"
    board.apply(CallChanged(2, CallState.DISCONNECTED, "out", "sip:2002@pbx", "2002"))
    controls.refresh(board)
    assert controls.hold.text() == "Resume" and not controls.conference.isEnabled()
    board.apply(IncomingCall(3, "sip:139@pbx", "", "139", {}, 5.0))
    controls.refresh(board)
    assert controls.answer.isEnabled() and controls.reject.isEnabled()
    with qtbot.waitSignal(controls.sig_transfer_requested) as transfer:
        controls.transfer_target.setText(" 2003 ")
        controls.transfer.click()
    assert transfer.args == ["2003"]


def test_the_coloured_buttons_follow_the_call_and_a_refresh_that_changes_nothing_repaints_nothing(qtbot, qapp):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QColor, QPalette

    from resources.icon_set import GREEN, RED

    class Paints(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted: list[str] = []

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted.append(watched.objectName())
            return False

    controls = CallControls()
    qtbot.addWidget(controls)
    controls.show()
    qtbot.waitExposed(controls)
    button_colour = lambda button: button.palette().color(QPalette.ColorRole.Button)  # noqa: E731
    board = CallBoard()
    board.apply(IncomingCall(3, "sip:139@pbx", "", "139", {}, 5.0))
    controls.refresh(board)
    assert button_colour(controls.answer) == QColor(GREEN)  # ringing: answer stands out
    qtbot.wait(50)
    paints = Paints()
    for button in (controls.answer, controls.hangup, controls.hold, controls.reject):
        button.installEventFilter(paints)
    for _ in range(3):  # the call's other events (the line named, the audio opened): nothing changed
        controls.refresh(board)
    qtbot.wait(50)
    assert paints.painted == []
    board.apply(CallChanged(3, CallState.ACTIVE, "in", "sip:139@pbx", "139", connected_at=6.0))
    controls.refresh(board)
    assert button_colour(controls.hangup) == QColor(RED) and button_colour(controls.answer) != QColor(GREEN)
    qtbot.waitUntil(lambda: {"answer_button", "hang_up_button"} <= set(paints.painted))  # those did change
