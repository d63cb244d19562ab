"""Answering machine or fax detection on a progressive call: the call is hung up at once and the
record's result is ``machine`` (no disposition asked); a person answering leaves the call to the agent."""

from __future__ import annotations

import uuid

from agent_desktop.features.campaigns.dialler import Dialler
from agent_desktop.features.campaigns.dock import CampaignDock
from agent_desktop.shell.tasks import BackgroundTasks
from crm.schemas.campaigns import ClaimedTarget
from softphone.engine.events import AmdVerdict, AnsweredBy, CallChanged, CallState, Outcome


class Phone:
    def __init__(self) -> None:
        self.dialled: list[tuple[str, float | None, bool]] = []
        self.hung_up: list[int | None] = []

    def dial(self, target, headers=None, no_answer_timeout_s=None, detect_machine=False) -> int:
        self.dialled.append((target, no_answer_timeout_s, detect_machine))
        return 7

    def hangup(self, call_id=None) -> None:
        self.hung_up.append(call_id)


class Results:
    def __init__(self) -> None:
        self.reported: list[tuple[str, dict]] = []

    def report(self, record_id, report) -> None:
        self.reported.append((record_id, report))

    def waiting_records(self) -> set[str]:
        return set()

    def flush(self) -> None:
        pass


def _target() -> ClaimedTarget:
    campaign = str(uuid.uuid4())
    record = {"id": str(uuid.uuid4()), "campaign_id": campaign, "phone": "13900000061", "number": "+8613900000061"}
    record |= {"time_zone": "Asia/Shanghai", "state": "claimed"}
    body = {"record": record, "campaign_id": campaign, "campaign_name": "回访", "script": "", "mode": "progressive"}
    return ClaimedTarget.model_validate({**body, "ring_timeout_s": 20})


def _answered_then_ended(dialler: Dialler, verdict: AmdVerdict) -> None:
    dialler.call_changed(CallChanged(7, CallState.ACTIVE, "out", "sip:x", "+8613900000061"))
    dialler.answered_by(AnsweredBy(7, verdict, 1800, "greeting"))
    dialler.call_changed(
        CallChanged(7, CallState.DISCONNECTED, "out", "sip:x", "+8613900000061", 200, outcome=Outcome.ANSWERED)
    )


def _dialler(qtbot, phone: Phone, results: Results) -> Dialler:
    dock = CampaignDock()
    qtbot.addWidget(dock)
    dock.mode.setCurrentIndex(1)
    dialler = Dialler(dock, BackgroundTasks(), results, detect_machine=lambda: True)
    dialler.attach_phone(phone)
    dialler._claimed(_target())  # what claim-next handed over (working: no further claim without a CRM)
    return dialler


def test_a_machine_is_hung_up_and_recorded_without_asking_the_agent(qtbot) -> None:
    phone, results = Phone(), Results()
    dialler = _dialler(qtbot, phone, results)
    dialler.dock.work.setChecked(True)
    dialler.dial()
    assert phone.dialled == [("+8613900000061", 20.0, True)]  # the campaign's ring timeout, detection on
    _answered_then_ended(dialler, AmdVerdict.FAX)
    assert phone.hung_up == [7]
    assert [r for _id, r in results.reported] == [{"result": "machine", "sip_code": 200, "disposition": "machine"}]
    assert not dialler.dock.disposition.isVisibleTo(dialler.dock)


def test_a_person_is_left_to_the_agent_who_gives_the_disposition(qtbot) -> None:
    phone, results = Phone(), Results()
    dialler = _dialler(qtbot, phone, results)
    dialler.dial()
    _answered_then_ended(dialler, AmdVerdict.HUMAN)
    assert phone.hung_up == [] and results.reported == []
    assert dialler.dock.disposition.isVisibleTo(dialler.dock)
    dialler.dock.disposition.buttons["wrong_person"].click()
    assert [r for _id, r in results.reported] == [{"result": "answered", "disposition": "wrong_person"}]
