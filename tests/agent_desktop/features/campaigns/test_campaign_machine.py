"""Answering machine or fax detection on a progressive call: when the campaign hangs up on machines, the
card waits for the verdict, a machine or fax is hung up at once and the record's result is ``machine``
(no card, no disposition asked) while a person answering gets the card and is left to the agent; when
the campaign passes machines to the agent, the agent gets every answered call."""

from __future__ import annotations

import uuid

import pytest

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


CUSTOMER = str(uuid.uuid4())


def _target(machine_action: str) -> ClaimedTarget:
    campaign = str(uuid.uuid4())
    record = {"id": str(uuid.uuid4()), "campaign_id": campaign, "phone": "13900000061", "number": "+8613900000061"}
    record |= {"time_zone": "Asia/Shanghai", "state": "claimed", "customer_id": CUSTOMER}
    body = {"record": record, "campaign_id": campaign, "campaign_name": "回访", "script": "", "mode": "progressive"}
    return ClaimedTarget.model_validate({**body, "ring_timeout_s": 20, "machine_action": machine_action})


def _answered_then_ended(dialler: Dialler, verdict: AmdVerdict, cards: list[tuple[int, str]]) -> None:
    dialler.call_changed(CallChanged(7, CallState.ACTIVE, "out", "sip:x", "+8613900000061"))
    cards_at_answer = list(cards)
    dialler.answered_by(AnsweredBy(7, verdict, 1800, "greeting"))
    if dialler.target is not None and dialler.target.machine_action.value == "hang_up":
        assert cards_at_answer == []  # the card waits for the verdict
    dialler.call_changed(
        CallChanged(7, CallState.DISCONNECTED, "out", "sip:x", "+8613900000061", 200, outcome=Outcome.ANSWERED)
    )


def _dialler(qtbot, phone: Phone, results: Results, machine_action: str) -> tuple[Dialler, list[tuple[int, str]]]:
    dock = CampaignDock()
    qtbot.addWidget(dock)
    dock.mode.setCurrentIndex(1)
    dialler = Dialler(dock, BackgroundTasks(), results, detect_machine=lambda: True)
    cards: list[tuple[int, str]] = []
    dialler.sig_dialling_customer.connect(lambda call, customer: cards.append((call, customer)))
    dialler.attach_phone(phone)
    dialler._claimed(_target(machine_action))  # what claim-next handed over (no further claim without a CRM)
    return dialler, cards


@pytest.mark.parametrize("verdict", [AmdVerdict.FAX, AmdVerdict.MACHINE])
def test_a_machine_is_hung_up_and_recorded_without_showing_the_agent(qtbot, verdict) -> None:
    phone, results = Phone(), Results()
    dialler, cards = _dialler(qtbot, phone, results, "hang_up")
    dialler.dock.work.setChecked(True)
    dialler.dial()
    assert phone.dialled == [("+8613900000061", 20.0, True)]  # the campaign's ring timeout, detection on
    _answered_then_ended(dialler, verdict, cards)
    assert phone.hung_up == [7] and cards == []
    assert [r for _id, r in results.reported] == [{"result": "machine", "sip_code": 200, "disposition": "machine"}]
    assert not dialler.dock.disposition.isVisibleTo(dialler.dock)


@pytest.mark.parametrize(
    ("machine_action", "verdict"), [("hang_up", AmdVerdict.HUMAN), ("pass_to_agent", AmdVerdict.MACHINE)]
)
def test_a_person_or_a_machine_the_campaign_passes_on_is_left_to_the_agent(qtbot, machine_action, verdict) -> None:
    phone, results = Phone(), Results()
    dialler, cards = _dialler(qtbot, phone, results, machine_action)
    dialler.dial()
    _answered_then_ended(dialler, verdict, cards)
    assert phone.hung_up == [] and results.reported == []
    assert cards == [(7, CUSTOMER)]  # the card popped for the agent
    assert dialler.dock.disposition.isVisibleTo(dialler.dock)
    dialler.dock.disposition.buttons["wrong_person"].click()
    assert [r for _id, r in results.reported] == [{"result": "answered", "disposition": "wrong_person"}]
