"""``add_to_notes`` (a standard text the agent inserts, e.g. from coaching): into the open wrap-up's notes,
or during a call into the wrap-up that follows it; the agent's cursor and focus stay where they are."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.screenpop import feature as screenpop_feature
from softphone.engine.events import CallState
from tests.agent_desktop.features.screenpop.test_screenpop_feature import (  # noqa: F401 - fixture
    PhoneEvents,
    changed,
    crm,
    ring,
    shown,
)


def test_a_text_goes_into_the_wrap_up_of_the_call_or_the_open_one_and_nowhere_without_either(shell, crm, qtbot) -> None:
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    notes = feature.wrap_up.notes_edit
    try:
        assert not feature.add_to_notes("没有通话")  # no call, no wrap-up: nothing to add to
        ring(phone, 3, "13800138000")
        shown(qtbot, feature.dock, 3)
        changed(phone, 3, CallState.ACTIVE)
        assert feature.add_to_notes("退货政策：签收后7天内无理由退货。")  # read out during the call
        changed(phone, 3, CallState.DISCONNECTED)
        assert feature.wrap_up.call_id() == "3" and notes.toPlainText() == "退货政策：签收后7天内无理由退货。"

        shell.window.activateWindow()
        notes.setPlainText("客户要求退货")
        notes.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is notes, timeout=3000)
        cursor = notes.textCursor()
        cursor.setPosition(2)
        notes.setTextCursor(cursor)
        assert feature.add_to_notes("满299元包邮。")
        assert notes.toPlainText() == "客户要求退货\n满299元包邮。"
        assert QApplication.focusWidget() is notes and notes.textCursor().position() == 2
    finally:
        feature.shutdown()


def test_a_text_goes_to_the_call_under_way_not_to_the_wrap_up_of_an_earlier_call(shell, crm, qtbot) -> None:
    """Trial finding: with an earlier call's wrap-up still waiting in the form, a coaching text read out
    during the next call went into the earlier call's notes."""
    phone = PhoneEvents()
    shell.ctx.services.provide(CRM, crm)
    shell.ctx.services.provide(PHONE, phone)
    feature = screenpop_feature.install(shell.ctx, shell.window)
    notes = feature.wrap_up.notes_edit
    try:
        ring(phone, 3, "13800138000")
        shown(qtbot, feature.dock, 3)
        changed(phone, 3, CallState.ACTIVE)
        changed(phone, 3, CallState.DISCONNECTED)
        assert feature.wrap_up.call_id() == "3"
        notes.setPlainText("第一通：咨询发票")

        ring(phone, 4, "13900139000")
        shown(qtbot, feature.dock, 4)
        changed(phone, 4, CallState.ACTIVE)  # the agent talks to call 4; call 3's wrap-up waits
        assert feature.add_to_notes("满299元包邮。")
        feature.show_wrap_up_of("3")
        assert feature.wrap_up.call_id() == "3" and notes.toPlainText() == "第一通：咨询发票"

        changed(phone, 4, CallState.DISCONNECTED)
        feature.show_wrap_up_of("4")
        assert feature.wrap_up.call_id() == "4" and notes.toPlainText() == "满299元包邮。"
        feature.show_wrap_up_of("3")
        assert notes.toPlainText() == "第一通：咨询发票"  # what was typed there is kept
    finally:
        feature.shutdown()
