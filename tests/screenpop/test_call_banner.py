"""Issue 16, "a designed look": the call banner on top of the card is the first thing the eye finds while
a call rings: the CRM's name for the caller, the number, the media source as people read it (the
hotline and the programme), a timer and the state, on a band whose colour says the state."""

from __future__ import annotations

import re

from screenpop.widgets.call_banner import _BANDS
from tests.screenpop.test_card_widgets import dock, ring

__all__ = ["dock"]  # the fixture, shared with the card widget tests


def _band(dock) -> str:
    banner = dock.banner
    return banner.grab().toImage().pixelColor(banner.width() // 2, 2).name()


def test_the_banner_follows_the_call_from_ringing_to_wrap_up(dock, qtbot) -> None:
    banner = dock.banner
    assert not banner.isVisible()  # no call: the card's idle text only
    dock.pop(ring({"P-Asserted-Identity": '"Zhang Wei" <sip:13800138000@pbx>'}))
    assert banner.isVisible() and banner.state == "ringing"
    assert banner.name_label.full_text() == "张伟"  # the CRM's name, not the SIP display name
    detail = banner.detail_label.full_text()
    assert "138 0013 8000" in detail and "400-810-8888" in detail and "湖南卫视" in detail
    assert re.fullmatch(r"\d+:\d\d", banner.timer_label.text())
    assert dock.status_label.text() == "Ringing" and dock.status_label.parent() is banner
    assert _band(dock) == _BANDS["light"]["ringing"][0]
    dock.call_answered("call-1")
    assert banner.state == "in_call" and _band(dock) == _BANDS["light"]["in_call"][0]
    dock.call_ended("call-1")
    assert banner.state == "wrap_up" and dock.status_label.text() == "Call ended: wrap-up pending"
    assert _band(dock) == _BANDS["light"]["wrap_up"][0]
    frozen = banner.timer_label.text()
    qtbot.wait(1100)
    assert banner.timer_label.text() == frozen  # the talk time stops with the call
    dock.wrap_up_done("call-1")
    assert not banner.isVisible()


def test_an_unknown_caller_is_named_so_and_a_long_line_is_elided_with_the_whole_in_the_tooltip(dock) -> None:
    dock.resize(260, 600)
    dock.pop(ring({"From": "<sip:13700000000@pbx>"}, call_id="call-2"))
    banner = dock.banner
    assert banner.name_label.full_text() == "Unknown caller"
    detail = banner.detail_label
    assert detail.text().endswith("…") and detail.toolTip() == detail.full_text()


def test_on_hold_the_banner_says_so_and_its_talk_time_stands_still(dock, qtbot) -> None:
    banner = dock.banner
    now = [100.0]
    banner._clock = lambda: now[0]
    dock.pop(ring({"P-Asserted-Identity": '"Zhang Wei" <sip:13800138000@pbx>'}), ring_monotonic=95.0)
    assert banner.timer_label.text() == "0:05" and banner.timer_label.toolTip() == "Ringing for"
    dock.call_answered("call-1", at=100.0)
    now[0] = 160.0
    banner._tick.timeout.emit()
    assert banner.timer_label.text() == "Talk 1:00"  # labelled: what the KPIs call talk time
    dock.call_held("call-1", at=160.0)
    assert banner.state == "on_hold" and dock.status_label.text() == "On hold"
    assert _band(dock) == _BANDS["light"]["on_hold"][0]
    assert banner._tick.isActive()  # the hold time runs
    now[0] = 166.0  # six seconds on hold, then the next tick
    banner._tick.timeout.emit()
    assert banner.timer_label.text() == "Talk 1:00  ·  Hold 0:06"
    dock.call_resumed("call-1", at=166.0)
    assert banner.state == "in_call" and _band(dock) == _BANDS["light"]["in_call"][0]
    now[0] = 220.0
    dock.call_ended("call-1", at=220.0)
    # the same figures as the call log written at wrap-up: talk 1:54 (hold excluded), hold 0:06
    assert banner.timer_label.text() == "Talk 1:54  ·  Hold 0:06"
    session = banner._session
    assert (round(session.talk_seconds()), round(session.hold_seconds)) == (114, 6)
    assert "Handle time" in banner.timer_label.toolTip()


def test_a_long_state_and_the_offline_chip_leave_the_number_and_hotline_readable(dock, qtbot, chinese) -> None:
    dock.resize(385, 600)  # the card's width in a 1280x720 window
    dock.pop(ring({"P-Asserted-Identity": '"Zhang Wei" <sip:13800138000@pbx>'}, offline=True))
    dock.call_answered("call-1")
    dock.call_ended("call-1")
    qtbot.waitUntil(lambda: dock.offline_badge.isVisible())
    assert dock.status_label.text() == "通话已结束：待话后处理"
    shown = dock.banner.detail_label.text()
    assert shown.startswith("138 0013 8000") and "400-810-8888" in shown, shown
    assert not dock.status_label.text().endswith("…")


def test_the_band_takes_the_dark_colours_when_the_theme_switches_during_a_call(dock, qtbot, qapp) -> None:
    from PySide6.QtGui import QPalette

    from agent_desktop.shell.theme import Theme

    before = QPalette(qapp.palette())
    dock.pop(ring({"P-Asserted-Identity": '"Zhang Wei" <sip:13800138000@pbx>'}))
    assert _band(dock) == _BANDS["light"]["ringing"][0]
    theme = Theme(qapp, "dark")
    try:
        qtbot.waitUntil(lambda: _band(dock) == _BANDS["dark"]["ringing"][0])
        theme.set_choice("light")
        qtbot.waitUntil(lambda: _band(dock) == _BANDS["light"]["ringing"][0])
    finally:
        theme.deleteLater()
        qapp.setPalette(before)
