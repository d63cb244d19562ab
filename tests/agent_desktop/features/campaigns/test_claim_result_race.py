"""A claim answered while the last record's result was still on its way gives that record back (the
back office still held it for the agent). When the result arrives between the back office's answer and
the desktop reading it, the record must not be dialled a second time: the dialler asks again later."""

from __future__ import annotations

import uuid

from agent_desktop.features.campaigns.dialler import Dialler
from agent_desktop.features.campaigns.dock import CampaignDock
from agent_desktop.shell.tasks import BackgroundTasks
from crm.schemas.campaigns import ClaimedTarget

RECORD = str(uuid.uuid4())


def _target() -> ClaimedTarget:
    campaign = str(uuid.uuid4())
    record = {"id": RECORD, "campaign_id": campaign, "phone": "13900000062", "number": "+8613900000062"}
    record |= {"time_zone": "Asia/Shanghai", "state": "claimed"}
    body = {"record": record, "campaign_id": campaign, "campaign_name": "回访", "script": "", "mode": "progressive"}
    return ClaimedTarget.model_validate({**body, "ring_timeout_s": 20, "machine_action": "pass_to_agent"})


class Results:
    """The last record's result is queued; it is delivered while the claim is under way."""

    def __init__(self) -> None:
        self.queued = {RECORD}
        self.flushes = 0

    def report(self, record_id, report) -> None:
        self.queued.add(record_id)

    def waiting_records(self) -> set[str]:
        return set(self.queued)

    def flush(self) -> None:
        self.flushes += 1


class Remote:
    def __init__(self, results: Results) -> None:
        self.results = results
        self.claims = 0

    def claim_next(self) -> ClaimedTarget:
        self.claims += 1
        target = _target()  # the back office answers before the result reached it: the held record
        self.results.queued.clear()  # ... and the result is delivered right after
        return target

    def renew(self, record_id: str) -> None:
        pass


class Phone:
    def __init__(self) -> None:
        self.dialled: list[str] = []

    def dial(self, target, headers=None, no_answer_timeout_s=None, detect_machine=False) -> int:
        self.dialled.append(target)
        return 7

    def hangup(self, call_id=None) -> None:
        pass


def test_a_record_whose_result_was_on_its_way_at_the_claim_is_not_dialled_again(qtbot) -> None:
    dock = CampaignDock()
    qtbot.addWidget(dock)
    dock.mode.setCurrentIndex(1)  # progressive
    results, phone = Results(), Phone()
    remote = Remote(results)
    dialler = Dialler(dock, BackgroundTasks(), results)
    dialler.attach_phone(phone)
    dialler.attach(remote)  # type: ignore[arg-type]
    dock.work.setChecked(True)  # working and Ready: the next record is claimed
    qtbot.waitUntil(lambda: remote.claims >= 1 and results.flushes >= 1, timeout=5000)
    qtbot.wait(100)
    assert phone.dialled == [] and dialler.target is None  # asked again later, not dialled twice
    dialler.stop()
