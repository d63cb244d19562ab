"""Call recording's Qt-free parts: compressing a WAV to Ogg/Opus, the recordings a quit or a crash left
behind, the PBX's recording address, what the Record control says, and the settings' checks."""

from __future__ import annotations

import json
import os
import struct
import wave

import numpy as np
import pytest
import soundfile
from pydantic import ValidationError

from agent_desktop.features.recording.core.compress import compress
from agent_desktop.features.recording.core.control_state import RecordState, agent_can_toggle, record_state
from agent_desktop.features.recording.core.leftovers import find_leftovers
from agent_desktop.features.recording.core.pbx_link import pbx_url
from agent_desktop.settings.schema import RecordingSettings


def test_a_wav_recording_becomes_a_much_smaller_ogg_opus_file_of_the_same_audio(tmp_path):
    wav = tmp_path / "call.wav"
    t = np.arange(16000 * 3) / 16000
    with wave.open(str(wav), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes((np.sin(2 * np.pi * 1000 * t) * 12000).astype("<i2").tobytes())
    size = wav.stat().st_size
    result = compress(wav)
    assert result.media_type == "audio/ogg" and result.seconds == 3 and result.path.suffix == ".ogg"
    assert not wav.exists() and result.path.stat().st_size * 8 < size
    samples, rate = soundfile.read(str(result.path))
    peak = np.fft.rfftfreq(len(samples), 1 / rate)[np.argmax(np.abs(np.fft.rfft(samples)))]
    assert abs(peak - 1000) < 5 and abs(len(samples) / rate - 3) < 0.1


def test_the_pbx_address_is_filled_from_the_call_log():
    log = {
        "id": "5b1c",
        "direction": "inbound",
        "caller": "+8613800138000",
        "ring_at": "2026-12-07T09:05:03Z",
        "sip_call_id": "a84b4c76e66710@pbx",
    }
    assert pbx_url("https://pbx/rec/{call_id}.wav", log) == "https://pbx/rec/a84b4c76e66710@pbx.wav"
    assert pbx_url("https://pbx/{date}/{number}-{time}.wav", log) == "https://pbx/2026-12-07/+8613800138000-090503.wav"
    assert pbx_url("https://pbx/rec/{call_id}.wav", {**log, "sip_call_id": ""}) == ""  # nothing to link
    assert pbx_url("", log) == ""
    assert pbx_url("https://pbx/r?id={call_id}", {**log, "sip_call_id": "a b/c"}) == "https://pbx/r?id=a%20b%2Fc"


@pytest.mark.parametrize("template", ["ftp://pbx/{call_id}", "https://pbx/{caller}.wav", "https://pbx/a b"])
def test_a_pbx_template_is_checked(template):
    with pytest.raises(ValidationError):
        RecordingSettings(pbx_url_template=template)
    assert RecordingSettings(pbx_url_template=" https://pbx/rec/{call_id}.wav ").pbx_url_template.startswith("https")


def test_recordings_left_behind_are_found_and_an_unclosed_wav_is_repaired(tmp_path):
    now = 1_800_000_000.0
    pcm = (np.sin(2 * np.pi * 500 * np.arange(16000) / 16000) * 9000).astype("<i2").tobytes()
    header = b"RIFF" + b"\0" * 4 + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16)
    unclosed = tmp_path / "a.wav"  # the desktop died during the call: pjmedia never wrote the sizes
    unclosed.write_bytes(header + b"data" + b"\0" * 4 + pcm)
    (tmp_path / "a.json").write_text(json.dumps({"direction": "in", "number": "138", "started_at": now - 99}))
    queued = tmp_path / "b.ogg"
    queued.write_bytes(b"OggS")
    (tmp_path / "b.json").write_text("{}")
    (tmp_path / "c.json").write_text("{}")  # its recording was uploaded (and deleted)
    recording = tmp_path / "d.wav"
    recording.write_bytes(header)
    (tmp_path / "d.json").write_text("{}")
    for path in (unclosed, queued):
        os.utime(path, (now - 60, now - 60))
    os.utime(recording, (now - 1, now - 1))  # still being written

    found = find_leftovers(tmp_path, {str(queued)}, now)
    assert [(f.path.name, f.about.get("direction")) for f in found] == [("a.wav", "in")]
    assert not (tmp_path / "c.json").exists()
    with wave.open(str(unclosed), "rb") as wav:
        assert wav.getnframes() == 16000 and wav.getframerate() == 16000


@pytest.mark.parametrize(
    ("mode", "answered", "held", "dialled", "recording", "started", "state", "can"),
    [
        ("on_demand", False, False, False, False, False, RecordState.NO_CALL, False),
        ("off", True, False, False, False, False, RecordState.OFF, False),
        ("inbound", True, False, True, False, False, RecordState.NOT_THIS_CALL, False),
        ("all", True, False, True, False, False, RecordState.STARTING, False),
        ("all", True, True, False, True, True, RecordState.ON_HOLD, False),  # the policy's: not paused by hand
        ("on_demand", True, False, False, False, False, RecordState.READY, True),
        ("on_demand", True, False, False, True, True, RecordState.RECORDING, True),
        ("on_demand", True, False, False, False, True, RecordState.PAUSED, True),
        ("on_demand", True, True, False, True, True, RecordState.ON_HOLD, True),
    ],
)
def test_the_record_control_says_what_is_recorded_and_whether_the_agent_may_change_it(
    mode, answered, held, dialled, recording, started, state, can
):
    assert record_state(mode, answered, held, dialled, recording, started) == state
    assert agent_can_toggle(mode, state) is can
