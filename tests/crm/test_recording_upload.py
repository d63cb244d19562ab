"""Uploading recordings survives the back office being down: what was queued stays queued (in the
store file, across a restart of the desktop), is sent once the back office is back, goes on where a
cut-off upload stopped, and a repeat changes nothing."""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timezone

import pytest

from crm.client import ClientConfig, CrmClient
from crm.client_errors import CrmUnavailable
from crm.recording_upload import RecordingUploads, sha256_of
from crm.store.db import Database

pytestmark = pytest.mark.e2e


CALL_LOG = str(uuid.uuid4())


def declaration() -> dict[str, object]:
    return {
        "call_log_id": CALL_LOG,
        "direction": "outbound",
        "number": "13800138000",
        "started_at": datetime.now(timezone.utc).isoformat(),
        "seconds": 3,
        "media_type": "audio/ogg",
        "retention_days": 30,
    }


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def client_of(url: str) -> CrmClient:
    return CrmClient(ClientConfig(url, timeout_s=5, retries=0), credentials=lambda: ("agent", "agent-demo"))


def test_an_upload_waits_for_the_back_office_and_resumes(backoffice_server, tmp_path):
    down = client_of(f"http://127.0.0.1:{closed_port()}")  # nothing answers there: the back office is down
    audio = os.urandom(10_000)
    first, second = tmp_path / "one.ogg", tmp_path / "two.ogg"
    first.write_bytes(audio)
    second.write_bytes(audio[::-1])
    ids = str(uuid.uuid4()), str(uuid.uuid4())

    store = tmp_path / "store.db"
    uploads = RecordingUploads(Database(store), chunk_bytes=4096)
    uploads.add(ids[0], first, declaration())
    with pytest.raises(CrmUnavailable):
        uploads.send(down)
    assert uploads.waiting() == 1 and first.exists()

    uploads = RecordingUploads(Database(store), chunk_bytes=4096)  # the desktop restarted meanwhile
    assert uploads.waiting() == 1
    client = client_of(backoffice_server.url)  # the back office answers again
    client.login("agent", "agent-demo")
    # the second recording's upload was cut off after its first piece
    body = {**declaration(), "size": 10_000, "sha256": sha256_of(second)}
    assert client.request("PUT", f"/recordings/{ids[1]}", json=body).json()["received"] == 0
    piece = (second.read_bytes()[:4096], "application/octet-stream")
    client.request("PUT", f"/recordings/{ids[1]}/content", params={"offset": 0}, content=piece)
    uploads.add(ids[1], second, declaration())

    assert uploads.send(client) == 2
    assert uploads.waiting() == 0 and not first.exists() and not second.exists()
    assert client.request("GET", f"/recordings/{ids[0]}/content").content == audio
    assert client.request("GET", f"/recordings/{ids[1]}/content").content == audio[::-1]

    first.write_bytes(audio)  # the same recording queued twice (an acknowledgement lost): no second copy
    uploads.add(ids[0], first, declaration())
    assert uploads.send(client) == 1
    listed = client.request("GET", "/recordings", params={"call_log_id": CALL_LOG}).json()["items"]
    assert sorted(r["id"] for r in listed) == sorted(ids) and all(r["size"] == 10_000 for r in listed)
    client.close()
    down.close()
