"""Agent evaluation end to end against the real back office over HTTP: a supervisor opens an agent's
recorded call on the QA screen, scores it (the total follows each score live, a fail-all criterion at
0 makes it 0), a failed save keeps everything typed, a save reaches the agent's desktop as a live
event (a notice that stays until the agent opens or dismisses it, and the count on the Tools menu's
entry), and the agent opens My evaluations from it on that evaluation, reads it with its comments and
plays the evaluated call; the average shows in the QA scores of the reports."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.crm_link.live import LiveEvents
from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.features.quality.feature import install
from agent_desktop.features.recording import feature as recording_feature
from agent_desktop.features.reports import feature as reports_feature
from agent_desktop.shell.keys import DUE_ALERTS
from crm.client import ClientConfig, CrmClient
from crm.kpis import centre_zone
from softphone.engine.audio_io import PacedDevice
from tests.agent_desktop.features.recording.test_player import recording
from tests.backoffice.test_recordings import uploaded
from tests.fixtures.backoffice import BackofficeProcess
from tests.screens.clipping import clipped_texts, unreachable_cells

SHOTS = os.environ.get("QA_SCREENSHOTS", "")
"""A folder to save the QA screen's pictures in (to look at; nothing is saved without it)."""

pytestmark = pytest.mark.e2e


def listening(shell: Any) -> list[Any]:
    """The phone and the recording feature, whose player the QA screen and My evaluations use (one
    desk at a time has them: pjsua2 has one endpoint per process)."""
    phone = phone_feature.PhoneFeature(shell.ctx, shell.window, audio_device=PacedDevice(sink=lambda _pcm: None))
    return [recording_feature.install(shell.ctx, shell.window), phone]


def desk(
    make_shell, qtbot, server: BackofficeProcess, username: str, live: bool = False, extra: list[Any] | None = None
) -> tuple[Any, Any, Any]:
    password = server.credentials[username]  # a demo user's, or one a test made
    client = CrmClient(ClientConfig(server.url, timeout_s=5, retries=0), credentials=lambda: (username, password))
    client.login(username, password)
    shell = make_shell(overrides={"sip.local_port": 0})
    shell.ctx.services.provide(CRM, CrmService(client, None, None, server.url, username))  # type: ignore[arg-type]
    if extra is not None:
        extra += listening(shell)
    events = None
    if live:
        events = LiveEvents(client.sibling(), shell.window)
        shell.ctx.services.provide(LIVE, events)
        events.start()
        qtbot.waitUntil(lambda: events.connected, timeout=10000)
    return shell, install(shell.ctx, shell.window), events


def choose(view: Any, key: str, score: int | None) -> None:
    box = next(row.score for row in view.rows if row.criterion.key == key)
    box.setCurrentIndex(box.findData(score) if score is not None else 0)


def fits_and_follows_the_language(
    qtbot,
    shell: Any,
    host: Any,
    button: Any,
    texts: tuple[str, str] = ("Save evaluation", "保存评分"),
    name: str = "qa_screen",
) -> None:
    """On a 1280 × 720 screen (the window below the title bar), and narrower, no text of a QA window is
    cut (a list's cell that a narrow window cuts shows its whole text as a tooltip), in English and in
    Chinese, and a language switch reaches it live (``button`` reads ``texts``)."""
    host.show()
    qtbot.waitExposed(host)
    translations = shell.ctx.translations
    try:
        for width in (1280, 800):
            host.resize(width, 720 - 40)
            for lang, save_text in zip(("en", "zh_CN"), texts, strict=True):
                translations.set_language(lang)
                qtbot.waitUntil(lambda: button.text() == save_text, timeout=3000)  # noqa: B023
                QApplication.processEvents()
                assert host.width() == width
                assert clipped_texts(host) == [], (width, lang)
                assert unreachable_cells(host) == [], (width, lang)
                if SHOTS:
                    host.grab().save(f"{SHOTS}/{name}_{width}_{lang}.png")
    finally:
        translations.set_language("en")


def test_a_supervisor_scores_a_recorded_call_and_the_agent_reads_it(
    make_shell, qtbot, backoffice_server, tmp_path
) -> None:
    zone = backoffice_server.session("agent").get("/reports/settings").json()["time_zone"]
    midnight = datetime.now(centre_zone(zone)).replace(hour=0, minute=0, second=0, microsecond=0)
    # an hour ago, but on the centre's today (the day the reports' QA scores show first)
    started = max(datetime.now(timezone.utc) - timedelta(hours=1), midnight + timedelta(seconds=1))
    audio = recording(tmp_path, 1.0).read_bytes()  # a real Ogg/Opus recording, as the desktop uploads them
    rid = uploaded(backoffice_server.session("agent"), audio, started_at=started.isoformat(), number="13800138000")
    agent_shell, agent, events = desk(make_shell, qtbot, backoffice_server, "agent", live=True)
    features: list[Any] = []
    alerted: list[tuple[str, str, str]] = []
    agent_shell.ctx.services.get(DUE_ALERTS).sig_alerted.connect(lambda *args: alerted.append(args))
    boss_shell, boss, _ = desk(make_shell, qtbot, backoffice_server, "supervisor", extra=features)
    try:
        assert (boss.evaluate_action.isVisible(), boss.mine_action.isVisible()) == (True, False)
        assert (agent.evaluate_action.isVisible(), agent.mine_action.isVisible()) == (False, True)
        boss.open_evaluate()
        view = boss.evaluate_view
        qtbot.waitUntil(lambda: view.agent.count() > 0 and bool(view.forms), timeout=5000)
        assert view.call_hint.showing() == "Choose an agent and the dates, then Show calls lists their calls here."
        agent_id = backoffice_server.session("agent").get("/auth/me").json()["id"]
        view.agent.setCurrentIndex(view.agent.findData(agent_id))
        view.start.setDate(QDate.currentDate().addDays(-1))
        view.end.setDate(QDate.currentDate())
        view.show_calls.click()
        qtbot.waitUntil(lambda: any(c["recording_id"] == rid for c in view.calls), timeout=5000)
        item = view.call_list.topLevelItem([c["recording_id"] for c in view.calls].index(rid))
        assert item.text(1) == "In: 138 0013 8000"  # numbers as the rest of the app writes them
        view.call_list.setCurrentItem(item)
        view.open_selected()
        qtbot.waitUntil(lambda: len(view.rows) == 5, timeout=5000)
        player = view.player  # the recording feature's: fetches the recording and plays it
        qtbot.waitUntil(lambda: bool(player.playing_file), timeout=10000)
        assert Path(player.playing_file).read_bytes() == audio and player.loaded.recording_id == rid
        assert player.title.text().startswith("Inbound call, 138 0013 8000 · ")
        assert view.total.text() == "Total: —" and not view.save_button.isEnabled()

        for key, score in {"greeting": 5, "needs": 4, "product": 3, "compliance": 5, "closing": 2}.items():
            choose(view, key, score)
        assert view.total.text() == "Total: 76.0 %"  # hand-computed: 10 + 16 + 12 + 30 + 8
        choose(view, "product", None)
        assert view.total.text() == "Total: 80.0 %"  # left out: (10 + 16 + 30 + 8) ÷ 80
        choose(view, "compliance", 0)
        assert view.total.text() == "Total: 0.0 % (failed)"
        choose(view, "compliance", 5)
        choose(view, "product", 3)
        next(r.comment for r in view.rows if r.criterion.key == "closing").setText("没有确认地址")
        view.comment.setText("整体不错")

        good_client = view.client
        view.client = CrmClient(ClientConfig("http://127.0.0.1:9", timeout_s=1, retries=0))  # nobody there
        view.save_button.click()
        qtbot.waitUntil(lambda: view.error.isVisible(), timeout=5000)
        assert "Nothing you typed is lost" in view.error.text()
        assert view.total.text() == "Total: 76.0 %" and view.comment.text() == "整体不错"
        assert next(r.comment for r in view.rows if r.criterion.key == "closing").text() == "没有确认地址"
        view.client = good_client
        view.save_button.click()
        qtbot.waitUntil(lambda: "Saved (76.0 %)" in view.status.text(), timeout=5000)
        assert not view.error.isVisible()
        assert next(c for c in view.calls if c["recording_id"] == rid)["total"] == 76.0

        fits_and_follows_the_language(qtbot, boss_shell, boss.evaluate_host, view.save_button)
        qtbot.waitUntil(lambda: view.total.text() == "Total: 76.0 %", timeout=3000)

        for feature in features:  # the supervisor's phone goes; the agent's comes
            feature.shutdown()
        features[:] = listening(agent_shell)
        heard: list[bytes] = []
        features[0].playback_device = PacedDevice(sink=heard.append)
        notice = agent.notice  # stays until the agent opens or dismisses it
        qtbot.waitUntil(notice.isVisible, timeout=5000)
        assert notice.text().startswith("A call of yours was evaluated\n") and "scored it 76.0 %." in notice.text()
        assert agent.mine_action.text() == "My e&valuations (1 new)..."
        assert alerted and alerted[-1][1] == "A call of yours was evaluated"  # the tray message, the taskbar
        agent_shell.window.transient("Something else")  # the status bar moves on; the notice does not
        assert notice.isVisible() and notice.isVisibleTo(agent_shell.window)
        for lang in ("en", "zh_CN") if SHOTS else ():
            agent_shell.ctx.translations.set_language(lang)
            QApplication.processEvents()
            agent_shell.window.grab().save(f"{SHOTS}/notice_{lang}.png")
        agent_shell.ctx.translations.set_language("en")
        notice.open_button.click()  # My evaluations, on that evaluation
        mine = agent.mine_view
        assert mine is not None and agent.mine_host.isVisible() and not notice.isVisible()
        assert agent.mine_action.text() == "My e&valuations..."
        qtbot.waitUntil(lambda: mine.list.topLevelItemCount() > 0, timeout=5000)
        ours = next(i for i, ev in enumerate(mine.evaluations) if ev["recording_id"] == rid)
        assert mine.list.currentIndex().row() == ours
        row = mine.list.topLevelItem(ours)  # with whom and how long, before anything is fetched
        assert [row.text(i) for i in (1, 2, 3)] == ["In: 138 0013 8000", "0:12", "76.0 %"]
        mine_player = mine.player  # the evaluated call, ready to play; the agent may keep a copy of their own
        assert mine_player.loaded.recording_id == rid and mine_player.save_button.isEnabled()
        assert mine_player.title.text().startswith("Inbound call, 138 0013 8000 · ")
        assert mine_player.time.text() == "0:00 / 0:12", mine_player.time.text()
        mine_player.play_button.click()
        qtbot.waitUntil(lambda: mine_player.playing, timeout=10000)
        assert Path(mine_player.playing_file).read_bytes() == audio
        qtbot.waitUntil(lambda: sum(map(len, heard)) > 16000 * 2 * 0.3, timeout=5000)  # heard on the agent's device
        mine_player.stop_button.click()
        rows = [mine.detail.topLevelItem(i) for i in range(mine.detail.topLevelItemCount())]
        assert [(r.text(1), r.text(2)) for r in rows][-1] == ("2 / 5", "没有确认地址")
        assert mine.overall.text() == "Overall: 整体不错"
        assert "Your average QA score in the week of" in mine.average.text()
        fits_and_follows_the_language(
            qtbot, agent_shell, agent.mine_host, mine.refresh_button, ("Refresh", "刷新"), "mine"
        )

        for shell in (boss_shell, agent_shell):  # Reports, and the agent's My day
            reports = reports_feature.install(shell.ctx, shell.window)
            try:
                window = reports.open_reports()
                assert window is not None
                title, panel = window.extras[0]
                assert title() == "QA scores"
                qtbot.waitUntil(lambda: panel.table.topLevelItemCount() > 0, timeout=10000)  # noqa: B023
                rows = [panel.table.topLevelItem(i) for i in range(panel.table.topLevelItemCount())]
                assert [(r.text(2), r.text(3)) for r in rows] == [("1", "76.0 %")]
            finally:
                reports.shutdown()
    finally:
        boss.shutdown()
        agent.shutdown()
        for feature in features:
            feature.shutdown()
        if events is not None:
            events.close()
