"""Uploading call recordings to the back office: durable queue, resumable and idempotent.

A finished recording is queued (:meth:`RecordingUploads.add`: committed with an fsync before it
returns) with its file and what to declare (:class:`crm.schemas.recordings.RecordingDeclare`).
:meth:`RecordingUploads.send` uploads what waits, oldest first: it declares the recording under
its own id (a repeat answers what the back office holds) and sends the bytes from where the back
office's ``received`` says, in pieces; an upload cut off (the network, the back office going away,
the desktop quitting) goes on from there the next time. A recording is dropped from the queue, and
its local file (and the side file the engine wrote beside it) deleted, only once the back office
holds it complete. While the back office cannot be reached ``send`` raises
:class:`~crm.client_errors.CrmUnavailable` and everything stays queued.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm.client_errors import NotFound, PermissionDenied, StateConflict, ValidationFailed
from crm.schemas.recordings import MAX_CHUNK_BYTES
from crm.store.send_queue import SendQueue

if TYPE_CHECKING:
    from crm.client import CrmClient
    from crm.store.db import Database

logger = logging.getLogger(__name__)

QUEUE_TABLE = "recording_uploads"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def upload(client: CrmClient, recording_id: str, path: Path, declare: dict[str, Any], chunk: int) -> dict[str, Any]:
    """Declare the recording and send the bytes the back office does not hold yet; returns the
    recording as the back office holds it (complete)."""
    held: dict[str, Any] = client.request("PUT", f"/recordings/{recording_id}", json=declare).json()
    with path.open("rb") as f:
        while not held["complete"]:
            offset = int(held["received"])
            f.seek(offset)
            piece = f.read(chunk)
            if not piece:
                raise ValueError(f"{path.name} is shorter than the {declare['size']} bytes declared")
            try:
                held = client.request(
                    "PUT",
                    f"/recordings/{recording_id}/content",
                    params={"offset": offset},
                    content=(piece, "application/octet-stream"),
                ).json()
            except StateConflict as exc:  # the back office holds less than we thought: go on from there
                current = exc.body.get("current") if isinstance(exc.body, dict) else None
                if exc.code != "offset_gap" or not isinstance(current, dict):
                    raise
                held = current
    return held


class RecordingUploads:
    """The queue of recordings to upload, in the local store ``db``."""

    def __init__(self, db: Database, chunk_bytes: int = MAX_CHUNK_BYTES) -> None:
        self.queue = SendQueue(db, QUEUE_TABLE)
        self.chunk_bytes = chunk_bytes

    def add(self, recording_id: str, path: Path, declare: dict[str, Any]) -> int:
        """Queue the file ``path`` (durable when this returns); ``declare`` without size and
        checksum (they are taken from the file now)."""
        body = {**declare, "size": path.stat().st_size, "sha256": sha256_of(path)}
        return self.queue.add({"id": recording_id, "path": str(path), "declare": body})

    def waiting(self) -> int:
        return self.queue.count()

    def send(self, client: CrmClient) -> int:
        """Upload what waits, oldest first; returns how many were completed. Raises (and keeps the
        rest queued) when the back office cannot be reached or fails."""
        done = 0
        for seq, item in self.queue.oldest(20):
            path = Path(item["path"])
            try:
                if not path.exists():
                    raise FileNotFoundError(path.name)
                upload(client, item["id"], path, item["declare"], self.chunk_bytes)
            except (FileNotFoundError, ValueError, ValidationFailed, NotFound, PermissionDenied, StateConflict) as exc:
                # never accepted however often it is sent: do not hold the queue up (the file stays)
                logger.error("recording %s not uploaded, dropped from the queue: %s", item["id"], exc)
                self.queue.acknowledged(seq)
                continue
            self.queue.acknowledged(seq)
            path.unlink(missing_ok=True)
            path.with_suffix(".json").unlink(missing_ok=True)  # the engine's side file about it
            done += 1
        return done
