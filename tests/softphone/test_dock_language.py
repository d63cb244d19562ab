"""The softphone dock follows a live language switch (Settings → language), like the other docks."""

from __future__ import annotations

import json
import time

import pytest

from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.shell.i18n import TranslationManager
from softphone.engine.call_board import CallBoard
from softphone.engine.events import CallChanged, CallQuality, CallState, IncomingCall
from softphone.qt.call_controls import CallControls
from softphone.qt.line_buttons import LineButtons
from softphone.qt.quality_indicator import QualityIndicator


@pytest.fixture
def feature(shell):
    history = shell.ctx.paths.data_dir / "call_history.json"
    history.write_text(
        json.dumps(
            [
                {
                    "number": "13800138000",
                    "direction": "in",
                    "outcome": "missed",
                    "started_at": time.time() - 60,
                    "duration_s": 0.0,
                }
            ]
        ),
        encoding="utf-8",
    )
    installed = phone_feature.install(shell.ctx, shell.window)
    yield installed
    installed.shutdown()


def dock_texts(dock) -> dict[str, str]:
    c, pad = dock.controls, dock.pad
    return {
        "answer": c.answer.text(),
        "hangup": c.hangup.text(),
        "hold": c.hold.text(),
        "conference": c.conference.text(),
        "transfer_to": c.transfer_target.placeholderText(),
        "call": pad.call_button.text(),
        "redial": pad.redial_button.text(),
        "number": pad.number.placeholderText(),
        "mic": dock.mic_level.format(),
        "recent": dock.recent_label.text(),
        "line": dock.lines.buttons[0].text(),
        "history": dock.history.item(0).text().split()[-1],
    }


ENGLISH = {
    "answer": "Answer",
    "hangup": "Hang up",
    "hold": "Hold",
    "conference": "Conference",
    "transfer_to": "Transfer to…",
    "call": "Call",
    "redial": "Redial",
    "number": "Number or SIP address",
    "mic": "Mic",
    "recent": "Recent calls",
    "line": "Line 1: free",
    "history": "missed",
}
CHINESE = {
    "answer": "接听",
    "hangup": "挂断",
    "hold": "保持",
    "conference": "三方通话",
    "transfer_to": "转接到…",
    "call": "呼叫",
    "redial": "重拨",
    "number": "号码或 SIP 地址",
    "mic": "麦克风",
    "recent": "最近通话",
    "line": "线路 1：空闲",
    "history": "未接",
}


def test_the_dock_follows_a_live_language_switch(shell, feature, qtbot):
    dock = feature.dock
    assert shell.window.dock("softphone").widget() is dock
    assert dock_texts(dock) == ENGLISH
    translations = shell.ctx.translations
    try:
        translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: dock.controls.answer.text() == "接听")
        assert dock_texts(dock) == CHINESE
    finally:
        translations.set_language("en")
    qtbot.waitUntil(lambda: dock.controls.answer.text() == "Answer")
    assert dock_texts(dock) == ENGLISH


def test_call_dependent_texts_are_retranslated_in_their_current_state(qapp, qtbot):
    board = CallBoard()
    board.apply(IncomingCall(1, "sip:138@pbx", "Zhang Wei", "138", {}, 1.0))
    board.apply(CallChanged(1, CallState.HELD, "in", "sip:138@pbx", "138", connected_at=2.0))
    controls, lines, quality = CallControls(), LineButtons(max_lines=2), QualityIndicator()
    for widget in (controls, lines, quality):
        qtbot.addWidget(widget)
    controls.refresh(board)
    lines.refresh(board)
    quality.show_quality(CallQuality(1, jitter_ms=12, loss_pct=0.5, rtt_ms=80, mos=4.2))
    assert (controls.hold.text(), lines.buttons[0].text()) == ("Resume", "1: Zhang Wei — On hold")
    translations = TranslationManager(qapp)
    try:
        translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: controls.hold.text() == "恢复")
        assert lines.buttons[0].text() == "1: Zhang Wei — 保持中" and lines.buttons[1].text() == "线路 2：空闲"
        assert quality.text() == "通话质量：4.2" and quality.toolTip().startswith("抖动 12 毫秒")
    finally:
        translations.set_language("en")
    qtbot.waitUntil(lambda: controls.hold.text() == "Resume")
    assert quality.text() == "Quality: 4.2"
