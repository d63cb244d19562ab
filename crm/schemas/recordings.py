"""Call recordings: what a desktop recorded, uploaded in pieces, listened to from the call log.

A desktop records a call (policy ``recording.mode``), compresses the file and uploads it in the
background: ``PUT /api/v1/recordings/{id}`` declares it (the id is the client's, so a repeat is
harmless: the answer is the recording as the back office has it), then
``PUT /api/v1/recordings/{id}/content?offset=N`` sends the bytes from ``N`` on in pieces of at most
:data:`MAX_CHUNK_BYTES`; each answer says how many bytes the back office holds (``received``), so an
upload cut off goes on where it stopped, and a piece sent twice is ignored. The last piece is
checked against the declared SHA-256. ``GET /api/v1/recordings?customer_id=&call_log_id=`` lists the
recordings the caller may hear, ``GET /api/v1/recordings/{id}/content`` gives the file: agents their
own calls, supervisors their team's (everybody's without a team), admins all. Each recording is
kept for the centre's retention (``GET``/``PUT /api/v1/recordings/settings``, set by an admin), or
longer when its desktop asked (``retention_days``), then the back office deletes it.
"""

from __future__ import annotations

import logging
from typing import Literal

from pydantic import Field

from crm.schemas.common import Contract, Id, UtcDatetime

logger = logging.getLogger(__name__)

MAX_CHUNK_BYTES = 512 * 1024
"""The largest piece of a recording one request carries (under the back office's body limit)."""
MAX_RECORDING_BYTES = 200 * 1024 * 1024
MEDIA_TYPES = ("audio/ogg", "audio/wav")


class RecordingDeclare(Contract):
    """Body of ``PUT /recordings/{id}``: what is about to be uploaded."""

    call_log_id: Id | None = None
    customer_id: Id | None = None
    direction: Literal["inbound", "outbound"]
    number: str = Field(default="", max_length=40)
    started_at: UtcDatetime
    seconds: int = Field(ge=0, le=86400)
    media_type: Literal["audio/ogg", "audio/wav"]
    size: int = Field(ge=1, le=MAX_RECORDING_BYTES)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    retention_days: int = Field(
        default=0, ge=0, le=3650, description="Keep it at least this long (0: the centre's retention alone)"
    )


class RecordingRead(Contract):
    """A recording as the back office holds it; ``complete`` once every byte arrived and checked."""

    id: str
    agent_id: str
    call_log_id: str | None
    customer_id: str | None
    direction: str
    number: str
    started_at: UtcDatetime
    seconds: int
    media_type: str
    size: int
    received: int
    complete: bool
    expires_at: UtcDatetime


class RecordingList(Contract):
    items: list[RecordingRead]


class RecordingSettingsRead(Contract):
    """The centre's recording settings (``GET /recordings/settings``)."""

    retention_days: int = Field(description="A recording is deleted this many days after its call")
    updated_at: UtcDatetime | None = None
    updated_by: str | None = None


class RecordingSettingsUpdate(Contract):
    """``PUT /recordings/settings`` (admins)."""

    retention_days: int = Field(ge=1, le=3650)
