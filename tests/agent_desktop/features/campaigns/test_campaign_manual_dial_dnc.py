"""A number dialled by hand on the softphone's dial pad is checked against the real back office's
do-not-call list first: on the list, the agent is warned and confirms (or not); with the policy
``forbid`` the dial is refused with the reason; with the back office down it is dialled with a note.
The dialled calls reach a real sipp callee."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QMessageBox

from agent_desktop.features.phone.api import PHONE
from softphone.engine.events import CallState
from softphone.qt.adapter import PhoneAdapter
from softphone.qt.softphone_dock import SoftphoneDock
from tests.softphone.conftest import make_engine  # noqa: F401 - fixture

pytestmark = pytest.mark.e2e

LISTED = "13900000051"


def _dial(dock: SoftphoneDock, number: str) -> None:
    dock.pad.number.setText(number)
    dock.pad.call_button.click()


def test_a_manual_dial_of_a_listed_number_warns_then_forbids_and_goes_unchecked_offline(
    desk, team, make_engine, sipp, qtbot, live_backoffice, monkeypatch
):
    team.request("POST", "/dnc", json={"number": LISTED, "note": "客户要求"}, idempotency_key=uuid.uuid4().hex)
    callee = sipp("uas_200.xml", calls=2)
    engine, _log = make_engine(proxy=f"127.0.0.1:{callee.port}")
    d = desk("agent1")
    phone = PhoneAdapter(engine, parent=d.shell.window)
    d.shell.ctx.services.provide(PHONE, phone)
    soft = SoftphoneDock(phone)
    qtbot.addWidget(soft)
    guard = d.feature.dnc_guard
    calls: list[int] = []
    phone.sig_call_changed.connect(lambda e: calls.append(e.call_id) if e.state == CallState.ACTIVE else None)
    try:
        qtbot.waitUntil(lambda: d.feature.remote is not None, timeout=5000)
        # 1. warned: the agent does not dial
        _dial(soft, LISTED)
        qtbot.waitUntil(lambda: guard.box is not None and guard.box.isVisible(), timeout=5000)
        assert "do-not-call list. Dial it anyway?" in guard.box.text()
        assert "customer's request" in guard.box.informativeText() and "客户要求" in guard.box.informativeText()
        guard.box.button(QMessageBox.StandardButton.No).click()
        qtbot.wait(300)
        assert not phone.board.lines  # nothing dialled
        # 2. warned: the agent confirms, the call goes out
        _dial(soft, LISTED)
        qtbot.waitUntil(lambda: guard.box is not None and guard.box.isVisible(), timeout=5000)
        guard.box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: len(calls) == 1, timeout=10000)
        phone.hangup(calls[0])
        qtbot.waitUntil(lambda: not phone.board.lines, timeout=10000)
        # 3. the back office forbids it: refused with the reason
        live_backoffice.stop()
        monkeypatch.setenv("BACKOFFICE_DNC_MANUAL_DIAL", "forbid")
        live_backoffice.start()
        _dial(soft, LISTED)
        qtbot.waitUntil(lambda: guard.box is not None and guard.box.isVisible(), timeout=5000)
        assert "it may not be dialled" in guard.box.text()
        assert guard.box.button(QMessageBox.StandardButton.Yes) is None  # no way round it
        guard.box.button(QMessageBox.StandardButton.Ok).click()
        qtbot.wait(300)
        assert not phone.board.lines
        # 4. the back office does not answer: dialled, with a note
        live_backoffice.stop()
        _dial(soft, "13900000052")
        qtbot.waitUntil(lambda: len(calls) == 2, timeout=15000)
        assert "without the do-not-call check" in d.shell.window.statusBar().currentMessage()
        phone.hangup(calls[1])
        assert callee.wait(15) == 0, callee.output()
    finally:
        d.feature.shutdown()
        phone.shutdown(10)
