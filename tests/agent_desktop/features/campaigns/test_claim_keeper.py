"""The claim keeper's timer runs only while a record is held; a renewal that does not reach the back
office is tried again until one does; one the back office refuses (the claim lapsed and went to another
agent) stops the renewals and lets the record in hand go."""

from __future__ import annotations

import uuid

from agent_desktop.features.campaigns.claim_keeper import ClaimKeeper
from agent_desktop.features.campaigns.dialler import Dialler
from agent_desktop.features.campaigns.dock import CampaignDock
from agent_desktop.shell.tasks import BackgroundTasks
from crm.client_errors import CrmUnavailable, StateConflict
from crm.schemas.campaigns import ClaimedTarget
from tests.agent_desktop.features.campaigns.test_campaign_machine import Results


class Remote:
    """The back office's renew endpoint: answers in ``answers`` order (an exception is raised)."""

    def __init__(self, *answers: BaseException | None) -> None:
        self.answers = list(answers)
        self.renewed: list[str] = []

    def renew(self, record_id: str) -> None:
        self.renewed.append(record_id)
        answer = self.answers.pop(0) if self.answers else None
        if answer is not None:
            raise answer

    def claim_next(self) -> None:
        return None


def test_renewals_run_only_while_a_record_is_held_and_failures_are_retried(qtbot) -> None:
    keeper = ClaimKeeper(BackgroundTasks(), every_ms=50, retry_ms=50)
    remote = Remote(CrmUnavailable("down"), CrmUnavailable("down"), None)
    keeper.remote = remote  # type: ignore[assignment]
    assert not keeper.timer.isActive()  # nothing held: nothing ticks
    keeper.hold("r1")
    with qtbot.waitSignal(keeper.sig_renewed, timeout=5000) as renewed:
        pass
    assert renewed.args == ["r1"] and remote.renewed == ["r1", "r1", "r1"]  # two failures, tried again
    keeper.hold(None)
    assert not keeper.timer.isActive()
    qtbot.wait(150)
    assert remote.renewed == ["r1", "r1", "r1"]


def test_a_refused_renewal_lets_the_record_go_when_no_call_is_on(qtbot) -> None:
    dock = CampaignDock()
    qtbot.addWidget(dock)
    dialler = Dialler(dock, BackgroundTasks(), Results())
    dialler.keeper.every_ms = 50
    remote = Remote(StateConflict("gone", code="not_claimed"))
    dialler.attach(remote)  # type: ignore[arg-type]
    campaign = str(uuid.uuid4())
    record = {"id": str(uuid.uuid4()), "campaign_id": campaign, "phone": "13900000071", "number": "+8613900000071"}
    body = {"campaign_id": campaign, "campaign_name": "回访", "script": "", "mode": "preview", "ring_timeout_s": 20}
    dialler._claimed(
        ClaimedTarget.model_validate({**body, "record": {**record, "time_zone": "UTC", "state": "claimed"}})
    )
    assert dock.target is not None
    with qtbot.waitSignal(dialler.keeper.sig_lost, timeout=5000):
        pass
    assert dialler.target is None and dock.target is None  # not dialled now: it may be another agent's
    assert not dialler.keeper.timer.isActive()
