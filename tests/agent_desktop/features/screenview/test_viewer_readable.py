"""The supervisor's screen view on a 1280 × 720 screen, in English and Chinese, against the real back
office over HTTP: before the agent does anything the trail says why it is empty; then every operation
reads whole (wrapped onto more lines, never "Answered a c…"), the heading too."""

from __future__ import annotations

import os
import uuid

import pytest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from agent_desktop.features.screenview.viewer import ScreenViewer
from tests.agent_desktop.features.wallboard.test_wallboard_e2e import signed_in
from tests.backoffice.test_presence import new_user
from tests.backoffice.test_screenview import trail_event
from tests.fixtures.backoffice import BackofficeProcess
from tests.screens.clipping import clipped_texts, unreachable_cells

SHOTS = os.environ.get("SCREEN_SHOTS", "")
"""A folder to save the view's pictures in (to look at; nothing is saved without it)."""

pytestmark = pytest.mark.e2e

LONG_NAME = "张伟（北京市朝阳区建国路88号SOHO现代城A座1501室，按摩椅VIP客户，周末勿扰）"


def test_the_trail_explains_its_emptiness_then_shows_each_operation_whole(
    make_shell, qtbot, backoffice_server: BackofficeProcess
) -> None:
    team = f"trail-{uuid.uuid4().hex[:6]}"
    agent, desk = new_user(backoffice_server, "agent", team)
    boss, _ = new_user(backoffice_server, "supervisor", team)
    client = signed_in(backoffice_server, boss["username"])
    shell = make_shell()
    host = QWidget()
    qtbot.addWidget(host)
    viewer = ScreenViewer(client, shell.ctx.tasks, agent["id"], agent["display_name"])
    QVBoxLayout(host).addWidget(viewer)
    host.resize(1280, 720 - 40)  # a 1280 × 720 screen less the window's title bar
    translations = shell.ctx.translations
    try:
        host.show()
        qtbot.waitExposed(host)
        qtbot.waitUntil(lambda: viewer.trail_last is not None, timeout=5000)  # the trail was read: empty
        assert viewer.trail.topLevelItemCount() == 0
        assert viewer.trail_hint.showing() == (
            f"Nothing yet: {agent['display_name']}'s operations appear here as they do them."
        )
        if SHOTS:
            host.grab().save(f"{SHOTS}/screen_view_empty.png")

        call = {"call_ref": "c-1"}
        events = [
            trail_event("call_answered", "张伟 13800138000", 40, **call),
            trail_event("customer_opened", LONG_NAME, 35, entity="customers", **call),
            trail_event("created", "SO20261206-000002", 30, entity="orders", **call),
            trail_event("call_ended", "13800138000", 20, **call),
        ]
        assert desk.post("/trail/events", json={"events": events}).status_code == 200
        qtbot.waitUntil(lambda: viewer.trail.topLevelItemCount() == 4, timeout=8000)
        assert viewer.trail_hint.showing() == ""
        for language, opened in (("en", "Opened customer"), ("zh_CN", "")):
            translations.set_language(language)
            QApplication.processEvents()
            rows = [viewer.trail.topLevelItem(i) for i in range(4)]
            texts = [row.text(2) for row in rows if row is not None]
            assert any(opened in text for text in texts)
            assert unreachable_cells(host, tooltips=False) == [], language  # whole on screen, no tooltip needed
            assert clipped_texts(host) == [], language
            if SHOTS:
                host.grab().save(f"{SHOTS}/screen_view_{language}.png")
    finally:
        translations.set_language("en")
        viewer.stop()
        client.close()
