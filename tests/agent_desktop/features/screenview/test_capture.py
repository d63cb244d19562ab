"""The agent's desktop captures its main window only while a supervisor watches (grabs counted): it
starts on the back office's word, stops on it, stops by itself when the lease is not renewed, says
"Being viewed" per policy, and each frame is a JPEG of at most 150 KB and 1280 × 720."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.screenview import capture as capture_module
from agent_desktop.features.screenview import feature as screenview_feature
from agent_desktop.features.screenview.core.watch import Watchers
from agent_desktop.features.screenview.encode import MAX_BYTES


class FakeLive(QObject):
    sig_event = Signal(str, object)
    sig_connected = Signal(bool)
    connected = True


class Answer:
    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body

    def json(self) -> dict[str, Any]:
        return self.body


class FakeBackOffice:
    """Takes frames like ``PUT /screenview/{me}/frame`` and answers whether anybody watches."""

    def __init__(self) -> None:
        self.frames: list[tuple[str, bytes, str]] = []
        self.until = time.monotonic() + 15  # when the supervisor's lease runs out
        self.user = {"id": "agent-1", "username": "agent", "role": "agent"}

    def request(self, method: str, path: str, content: tuple[bytes, str] | None = None, **_kw: Any) -> Answer:
        assert method == "PUT" and content is not None
        self.frames.append((path, *content))
        left = max(0.0, self.until - time.monotonic())
        return Answer({"agent_id": "agent-1", "watching": left > 0, "lease_s": left})


@pytest.fixture
def agent_desk(make_shell, qtbot, monkeypatch):
    monkeypatch.setattr(capture_module, "FRAME_MS", 100)
    monkeypatch.setattr(capture_module, "RESEND_S", 0.5)

    def make(**overrides: Any) -> tuple[Any, FakeBackOffice, FakeLive]:
        shell = make_shell(overrides=overrides)
        shell.window.resize(1280, 720)
        office, live = FakeBackOffice(), FakeLive()
        shell.ctx.services.provide(CRM, CrmService(office, None, None, "http://bo", "agent"))  # type: ignore[arg-type]
        shell.ctx.services.provide(LIVE, live)  # type: ignore[arg-type]
        feature = screenview_feature.install(shell.ctx, shell.window)
        # shut down with the shell, before its background tasks, as the app does: a capture still
        # running when the window closes at the test's end would tick into closed tasks
        shell.features.installed.append(("screenview", feature))
        return feature, office, live

    return make


def start(live: FakeLive, lease_s: float = 15) -> None:
    live.sig_event.emit("screenview_start", {"watcher_id": "boss-1", "watcher_name": "王班长", "lease_s": lease_s})


def test_frames_are_taken_only_while_a_supervisor_watches(agent_desk, qtbot) -> None:
    feature, office, live = agent_desk()
    qtbot.wait(250)
    assert feature.capture.grabs == 0 and not feature.capture.running and office.frames == []
    assert not feature.indicator.isVisible()

    live.sig_event.emit("presence", {"user_id": "x"})  # other events change nothing
    start(live)
    assert feature.capture.running and feature.capture.grabs == 1  # the first frame at once
    qtbot.waitUntil(lambda: len(office.frames) >= 1, timeout=3000)
    path, data, media_type = office.frames[0]
    assert path == "/screenview/agent-1/frame" and media_type == "image/jpeg"
    image = QImage.fromData(data)
    assert data[:2] == b"\xff\xd8" and len(data) <= MAX_BYTES and (image.width(), image.height()) == (1280, 720)
    assert feature.indicator.isVisible() and feature.indicator.text() == "Being viewed"
    assert "王班长" in feature.indicator.toolTip()

    # an unchanged window is not drawn again (its last frame is sent again now and then); a change is.
    # First the repaint the indicator caused is drawn and sent, however long that takes under load.
    capture = feature.capture
    qtbot.waitUntil(lambda: not capture._busy and not capture._changed, timeout=5000)
    grabs, sent = feature.capture.grabs, len(office.frames)
    qtbot.waitUntil(lambda: len(office.frames) > sent, timeout=2000)  # RESEND_S
    assert feature.capture.grabs == grabs and office.frames[-1][1] == office.frames[sent - 1][1]
    feature.window.statusBar().showMessage("客户资料已保存")
    qtbot.waitUntil(lambda: feature.capture.grabs == grabs + 1, timeout=2000)

    live.sig_event.emit("screenview_stop", {"watcher_id": "boss-1", "watching": False})
    assert not feature.capture.running and not feature.indicator.isVisible()
    grabs, sent = feature.capture.grabs, len(office.frames)
    qtbot.wait(350)
    assert feature.capture.grabs == grabs and len(office.frames) <= sent + 1  # one may have been on its way


def test_capture_stops_when_the_back_office_says_nobody_watches_or_the_lease_lapses(agent_desk, qtbot) -> None:
    feature, office, live = agent_desk()
    start(live)
    office.until = 0  # the supervisor's window closed, its stop event lost
    qtbot.waitUntil(lambda: not feature.capture.running, timeout=2000)

    office.until = time.monotonic() + 0.3
    start(live, lease_s=0.3)  # then the supervisor's desktop crashes: no renewal
    assert feature.capture.running
    qtbot.waitUntil(lambda: not feature.capture.running, timeout=2000)
    grabs = feature.capture.grabs
    qtbot.wait(300)
    assert feature.capture.grabs == grabs


def test_the_agent_is_not_told_when_the_policy_says_so(agent_desk, qtbot) -> None:
    feature, office, live = agent_desk(**{"screenview.notify_agent": False})
    start(live)
    qtbot.waitUntil(lambda: len(office.frames) >= 1, timeout=2000)
    assert feature.capture.running and not feature.indicator.isVisible()


def test_watchers_follow_starts_stops_and_answers() -> None:
    now = [100.0]
    watchers = Watchers(lambda: now[0])
    assert not watchers.active
    assert watchers.started("a", "Ann", 15) is True
    assert watchers.started("b", "Bob", 15) is False and watchers.names() == ["Ann", "Bob"]
    watchers.stopped("a", others_watch=True)
    assert watchers.active and watchers.names() == ["Bob"]
    now[0] += 16
    assert not watchers.active  # Bob's lease lapsed
    watchers.started("b", "Bob", 15)
    watchers.answered(True, 30)
    now[0] += 20
    assert watchers.active and watchers.names() == []  # the back office knows a longer lease
    watchers.answered(False, 0)
    assert not watchers.active
