"""Call recording in the desktop, end to end: the agent dials a sipp callee that plays a 1 kHz tone
(their microphone sends 440 Hz), starts recording with F10 (policy: on demand), sees the status bar
say so, hangs up; the recording is compressed, linked to the call and its customer, uploaded to the
real back office, and the call's row on the customer's card plays it back on the output device
(PortAudio's path; a paced device here): the file holds the tone that was sent, and so does what the
device played."""

from __future__ import annotations

import io
import uuid
from typing import Any

import numpy as np
import pytest
import soundfile
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.features.recording import feature as recording_feature
from agent_desktop.features.screenpop import feature as screenpop_feature
from crm.client import ClientConfig, CrmClient
from crm.store import Store
from crm.sync import SyncEngine
from softphone.engine.audio_io import PacedDevice, tone_source
from tests.softphone.test_recording import AGENT_HZ, CALLEE_HZ, _callee_playing_tone

pytestmark = pytest.mark.e2e


@pytest.fixture
def agent_crm(backoffice_server: Any, tmp_path: Any) -> Any:
    """Signed in as the agent; a customer the back office and the local store both know."""
    client = CrmClient(ClientConfig(backoffice_server.url), credentials=lambda: ("agent", "agent-demo"))
    client.login("agent", "agent-demo")
    customer = client.create_raw(
        "customers", {"name": "张伟", "phones": [{"number": "13800138000"}]}, key=str(uuid.uuid4())
    )
    store = Store(tmp_path / "store.db")
    store.bulk_load("customers", [customer], fresh=True)
    yield customer["id"], CrmService(client, store, SyncEngine(client, store), backoffice_server.url, "agent")
    client.close()
    store.close()


def dominant_hz(ogg: bytes) -> float:
    samples, rate = soundfile.read(io.BytesIO(ogg), dtype="float64")
    power = np.abs(np.fft.rfft(samples * np.hanning(len(samples)))) ** 2
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[int(np.argmax(power))])


def test_record_on_demand_upload_and_play_back(make_shell, agent_crm, sipp, qtbot, tmp_path):
    customer_id, service = agent_crm
    shell = make_shell(overrides={"sip.local_port": 0, "recording.mode": "on_demand", "recording.retention_days": 30})
    window = shell.window
    shell.ctx.services.provide(CRM, service)
    mic = PacedDevice(source=tone_source(AGENT_HZ, amplitude=0.1), sink=lambda _pcm: None)
    phone = phone_feature.PhoneFeature(shell.ctx, window, audio_device=mic)
    card = screenpop_feature.install(shell.ctx, window)
    feature = recording_feature.install(shell.ctx, window)
    try:
        qtbot.waitUntil(lambda: phone.engine.local_port > 0, timeout=10_000)
        record = feature.action
        assert record.text() == "Record call" and record.shortcut().toString() == "F10"
        assert not feature.control.button.isEnabled()  # no call yet (F10 says so)

        callee = _callee_playing_tone(sipp, tmp_path)
        key = phone.phone.dial(callee.uri)
        card.dialling_customer(key, customer_id)
        qtbot.waitUntil(lambda: feature.control.button.isEnabled(), timeout=10_000)  # answered
        indicator = window.status_indicator("recording")
        assert not indicator.isVisible()
        QTest.keyClick(window, Qt.Key.Key_F10)
        qtbot.waitUntil(lambda: indicator.isVisible() and record.isChecked(), timeout=5000)
        assert "Recording" in indicator.text()
        assert "tell the caller" in window.statusBar().currentMessage()
        qtbot.wait(1500)
        phone.phone.hangup(key)
        qtbot.waitUntil(lambda: not phone.phone.board.lines, timeout=5000)
        qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=5000)

        client = service.client

        def uploaded() -> list[dict[str, Any]]:
            items = client.request("GET", "/recordings", params={"customer_id": customer_id}).json()["items"]
            return [i for i in items if i["direction"] == "outbound"]

        qtbot.waitUntil(lambda: len(uploaded()) == 1, timeout=15_000)
        item = uploaded()[0]
        assert item["media_type"] == "audio/ogg" and 1 <= item["seconds"] <= 4
        call_log_id, customer = card.call_link(key)
        assert item["call_log_id"] == call_log_id and customer == customer_id
        local = shell.ctx.paths.data_dir / "recordings"
        qtbot.waitUntil(lambda: not list(local.iterdir()), timeout=5000)  # uploaded: no local copy left

        heard: list[bytes] = []
        feature.playback_device = PacedDevice(sink=heard.append)
        card.requests.sig_call_recording_requested.emit(call_log_id)  # the call's row on the card, double-clicked
        panel = feature.panel
        assert panel is not None and feature.panel_window.isVisible()
        qtbot.waitUntil(lambda: bool(panel.player.playing_file), timeout=10_000)
        assert panel.selected().recording_id == item["id"] and panel.player.stop_button.isEnabled()
        with open(panel.player.playing_file, "rb") as played:
            peak = dominant_hz(played.read())
        assert abs(peak - CALLEE_HZ) < 15, peak  # the callee's tone (louder than the agent's 440 Hz)
        rate = soundfile.info(panel.player.playing_file).samplerate
        qtbot.waitUntil(lambda: sum(map(len, heard)) > rate * 2 * 0.6, timeout=5000)
        panel.player.stop_button.click()
        pcm = np.frombuffer(b"".join(heard), dtype="<i2").astype(np.float64)
        power = np.abs(np.fft.rfft(pcm * np.hanning(len(pcm)))) ** 2
        assert abs(np.fft.rfftfreq(len(pcm), 1 / rate)[int(np.argmax(power))] - CALLEE_HZ) < 15  # heard
        assert callee.wait(10) == 0, callee.output()
    finally:
        feature.shutdown()
        card.shutdown()
        phone.shutdown()
