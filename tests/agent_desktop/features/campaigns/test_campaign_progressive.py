"""Progressive dialling against the real back office and real sipp callees: records are dialled only
while the agent is Ready, and each callee's SIP answer (486, ringing until the campaign's ring timeout,
404) reaches the back office as its result (busy, no answer, invalid number)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent_desktop.shell.agent_state import NOT_READY, READY
from agent_desktop.shell.keys import AGENT_STATE
from softphone.qt.adapter import PhoneAdapter
from tests.agent_desktop.features.campaigns.conftest import new_campaign, records
from tests.fixtures.sip import DATA
from tests.softphone.conftest import make_engine  # noqa: F401 - fixture

pytestmark = pytest.mark.e2e


def _final(workdir: Path, code: int, reason: str) -> str:
    path = workdir / f"uas_final_{code}.xml"
    path.write_text((DATA / "uas_final.xml").read_text().replace("[code] [reason]", f"{code} {reason}"))
    return str(path)


class RoutedPhone:
    """The real phone, each campaign number routed to its own sipp callee (what a PBX's routes do)."""

    def __init__(self, phone: PhoneAdapter, routes: dict[str, str]) -> None:
        self.phone, self.routes = phone, routes
        self.dialled: list[str] = []

    def dial(self, target, headers=None, no_answer_timeout_s=None, detect_machine=False):
        self.dialled.append(target)
        return self.phone.dial(self.routes[target], headers, no_answer_timeout_s, detect_machine)

    def hangup(self, call_id=None):
        self.phone.hangup(call_id)


def test_progressive_dials_only_while_ready_and_records_the_sip_results(desk, team, make_engine, sipp, qtbot, tmp_path):
    numbers = ["+8613900000011", "+8613900000012", "+8613900000013"]
    campaign = new_campaign(
        team, [(n, "") for n in numbers], mode="progressive", ring_timeout_s=5, retry={"busy_s": 3600}
    )
    callees = [
        sipp(_final(tmp_path, 486, "Busy Here")),
        sipp("uas_ring_forever.xml"),
        sipp(_final(tmp_path, 404, "Not Found")),
    ]
    engine, _log = make_engine()
    d = desk("agent1")
    phone = PhoneAdapter(engine, parent=d.shell.window)
    routed = RoutedPhone(phone, {n: c.uri for n, c in zip(numbers, callees, strict=True)})
    d.feature.dialler.attach_phone(routed)
    phone.sig_call_changed.connect(d.feature.dialler.call_changed)
    state = d.shell.ctx.services.get(AGENT_STATE)
    state.set_state(NOT_READY)
    dock = d.feature.dock
    try:
        qtbot.waitUntil(lambda: d.feature.remote is not None, timeout=5000)
        dock.mode.setCurrentIndex(1)  # progressive
        dock.work.click()
        qtbot.waitUntil(lambda: "Ready" in dock.status_text(), timeout=5000)
        qtbot.wait(300)
        assert routed.dialled == []  # Not ready: nothing dialled
        # Ready: the first record is claimed and dialled; the agent goes Not ready as its result comes
        reported: list[tuple[str, str]] = []

        def result(record_id: str, kind: str) -> None:
            reported.append((record_id, kind))
            if len(reported) == 1:
                state.set_state(NOT_READY)

        d.feature.dialler.sig_reported.connect(result)
        state.set_state(READY)
        qtbot.waitUntil(lambda: len(reported) == 1, timeout=10000)
        assert routed.dialled == numbers[:1] and reported[0][1] == "busy"
        qtbot.wait(500)
        assert routed.dialled == numbers[:1]  # Not ready: no new record dialled
        assert "Not ready" in dock.status_text()
        state.set_state(READY)
        qtbot.waitUntil(lambda: "Ringing" in dock.status_text(), timeout=5000)  # progress while it rings
        qtbot.waitUntil(lambda: len(reported) == 3, timeout=15000)
        assert routed.dialled == numbers
        assert [kind for _id, kind in reported] == ["busy", "no_answer", "invalid_number"]
        qtbot.waitUntil(lambda: d.feature.results.waiting() == 0, timeout=5000)
        got = records(team, campaign["id"])
        assert [(got[n]["last_result"], got[n]["state"]) for n in numbers] == [
            ("busy", "pending"),
            ("no_answer", "pending"),
            ("invalid_number", "invalid"),
        ]
        for callee in callees:
            assert callee.wait(10) == 0, callee.output()
    finally:
        d.feature.shutdown()
        phone.shutdown(10)
