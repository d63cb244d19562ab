"""The Campaign dock as wide as a right-hand dock at 1280×720 (about 400 px) and as tall as it is there
(about 560 px), with a record in hand and the disposition asked: every text whole, in English and
Chinese, and following a live language switch."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QCoreApplication

from agent_desktop.features.campaigns.dock import CampaignDock
from crm.schemas.campaigns import CampaignRead, ClaimedTarget
from tests.screens.clipping import clipped_texts

NOW = datetime.now(timezone.utc)


def _target() -> ClaimedTarget:
    campaign_id = str(uuid.uuid4())
    record = {"id": str(uuid.uuid4()), "campaign_id": campaign_id, "phone": "13912345678", "number": "+8613912345678"}
    record |= {"customer_id": str(uuid.uuid4()), "time_zone": "Asia/Shanghai", "state": "claimed"}
    return ClaimedTarget.model_validate(
        {
            "record": record,
            "campaign_id": campaign_id,
            "campaign_name": "颈椎按摩仪新品回访（华东区老客户）",
            "script": "您好，这里是健康购物频道……" * 8,
            "mode": "preview",
            "ring_timeout_s": 30,
        }
    )


def _campaign(name: str, mode: str) -> CampaignRead:
    return CampaignRead.model_validate(
        {
            "id": str(uuid.uuid4()),
            "name": name,
            "starts_at": NOW,
            "deadline_at": NOW + timedelta(days=3),
            "mode": mode,
            "status": "running",
            "version": 1,
            "created_at": NOW,
            "updated_at": NOW,
        }
    )


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_text_is_whole_in_a_right_hand_dock(qtbot, chinese, language) -> None:
    dock = CampaignDock()
    qtbot.addWidget(dock)
    dock.resize(400, 560)
    dock.set_campaigns([_campaign("颈椎按摩仪新品回访", "preview"), _campaign("Sample trial follow-up", "progressive")])
    dock.show_target(_target())
    dock.set_status(lambda: QCoreApplication.translate("Dialler", "Read the script, then dial or skip."))
    dock.disposition.ask()
    dock.show()
    qtbot.waitExposed(dock)
    chinese.set_language(language)
    expected = "开始" if language == "zh_CN" else "Start"
    qtbot.waitUntil(lambda: dock.work.text() == expected)
    if language == "zh_CN":
        assert dock.status_text() == "请阅读话术，然后拨打或跳过。"
        assert "预览式" in dock.campaign_list.item(0).text()

    def nothing_clipped() -> None:
        assert clipped_texts(dock) == []

    qtbot.waitUntil(nothing_clipped, timeout=5000)  # once laid out in the new language
