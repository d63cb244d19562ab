"""Call recordings over HTTP: a resumable, idempotent upload; who may hear a recording (the agent,
a supervisor of their team, an admin; not another agent nor a supervisor of another team); the
centre's retention, which no desktop can shorten, and its purge on a timer."""

from __future__ import annotations

import hashlib
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from backoffice import recordings as rec
from backoffice import tables as t
from backoffice.db import Database, write_tx
from backoffice.recording_retention import RecordingPurger, write_retention
from tests.backoffice.test_presence import new_user
from tests.fixtures.backoffice import ApiSession, BackofficeProcess

AUDIO = bytes(range(256)) * 40  # 10,240 bytes standing in for an Ogg file


def declaration(data: bytes = AUDIO, **fields: Any) -> dict[str, Any]:
    return {
        "direction": "inbound",
        "number": "13800138000",
        "started_at": datetime.now(timezone.utc).isoformat(),
        "seconds": 12,
        "media_type": "audio/ogg",
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "retention_days": 30,
        **fields,
    }


def piece(desk: ApiSession, rid: str, offset: int, data: bytes) -> Any:
    return desk.put(
        f"/recordings/{rid}/content",
        params={"offset": offset},
        data=data,
        headers={"Content-Type": "application/octet-stream"},
    )


def uploaded(desk: ApiSession, data: bytes = AUDIO, **fields: Any) -> str:
    rid = str(uuid.uuid4())
    assert desk.put(f"/recordings/{rid}", json=declaration(data, **fields)).status_code == 200
    assert piece(desk, rid, 0, data).json()["complete"]
    return rid


def test_an_upload_resumes_where_it_stopped_and_repeats_change_nothing(bo: BackofficeProcess) -> None:
    _agent, desk = new_user(bo, "agent", f"team-{uuid.uuid4().hex[:6]}")
    rid = str(uuid.uuid4())
    first = desk.put(f"/recordings/{rid}", json=declaration()).json()
    assert (first["received"], first["complete"]) == (0, False)
    assert desk.put(f"/recordings/{rid}", json=declaration()).json()["received"] == 0  # declared again: same

    assert piece(desk, rid, 0, AUDIO[:4000]).json()["received"] == 4000
    assert piece(desk, rid, 0, AUDIO[:4000]).json()["received"] == 4000  # the answer was lost: sent again
    gap = piece(desk, rid, 6000, AUDIO[6000:])
    assert gap.status_code == 409 and gap.json()["code"] == "offset_gap"
    assert gap.json()["current"]["received"] == 4000  # where to go on
    assert piece(desk, rid, 2000, AUDIO[2000:8000]).json()["received"] == 8000  # overlapping: the new part only
    done = piece(desk, rid, 8000, AUDIO[8000:]).json()
    assert done["complete"] and done["received"] == len(AUDIO)
    assert desk.put(f"/recordings/{rid}", json=declaration()).json()["complete"]  # a late repeat of the declaration
    got = desk.get(f"/recordings/{rid}/content")
    assert got.content == AUDIO and got.headers["content-type"] == "audio/ogg"

    other = str(uuid.uuid4())
    desk.put(f"/recordings/{other}", json=declaration())
    bad = piece(desk, other, 0, AUDIO[::-1])
    assert bad.status_code == 422  # not the bytes declared: nothing kept, send again
    assert desk.put(f"/recordings/{other}", json=declaration()).json()["received"] == 0
    taken = desk.put(f"/recordings/{rid}", json=declaration(b"other file"))
    assert taken.status_code == 409 and taken.json()["code"] == "recording_id_taken"


def test_who_may_hear_a_recording(bo: BackofficeProcess) -> None:
    team, other_team = f"team-{uuid.uuid4().hex[:6]}", f"team-{uuid.uuid4().hex[:6]}"
    _agent, desk = new_user(bo, "agent", team)
    _colleague, colleague = new_user(bo, "agent", team)
    _boss, boss = new_user(bo, "supervisor", team)
    _stranger, stranger = new_user(bo, "supervisor", other_team)
    customer = str(uuid.uuid4())
    rid = uploaded(desk, customer_id=customer)
    assert piece(colleague, rid, 0, AUDIO).status_code == 404  # nobody adds to another's recording

    def hears(session: ApiSession) -> bool:
        listed = [r["id"] for r in session.get("/recordings", params={"customer_id": customer}).json()["items"]]
        status = session.get(f"/recordings/{rid}/content").status_code
        assert (rid in listed) == (status == 200), (listed, status)
        return status == 200

    assert hears(desk) and hears(boss) and hears(bo.session("admin"))
    assert not hears(colleague) and not hears(stranger)


def test_the_centres_retention_applies_at_once_and_a_desktop_cannot_shorten_it(bo: BackofficeProcess) -> None:
    _agent, desk = new_user(bo, "agent", f"team-{uuid.uuid4().hex[:6]}")
    admin = bo.session("admin")
    assert desk.get("/recordings/settings").json()["retention_days"] == 90  # the default
    assert desk.put("/recordings/settings", json={"retention_days": 1}).status_code == 403  # admins only
    assert admin.put("/recordings/settings", json={"retention_days": 7}).json()["retention_days"] == 7
    try:
        now = datetime.now(timezone.utc)

        def aged(days: float, asked: int) -> str:
            started = (now - timedelta(days=days)).isoformat()
            return uploaded(desk, started_at=started, retention_days=asked, customer_id=customer)

        customer = str(uuid.uuid4())
        recent_asked_one = aged(3, 1)  # the desktop asks for 1 day: the centre keeps it 7
        old_asked_thirty = aged(10, 30)  # asks to keep it longer: kept
        old_asked_nothing = str(uuid.uuid4())  # past the centre's 7 days
        started = (now - timedelta(days=10)).isoformat()
        body = declaration(started_at=started, retention_days=0, customer_id=customer)
        assert desk.put(f"/recordings/{old_asked_nothing}", json=body).status_code == 200
        assert piece(desk, old_asked_nothing, 0, AUDIO).status_code in (200, 404)  # 404: the purge was quicker

        def listed() -> set[str]:
            items = desk.get("/recordings", params={"customer_id": customer}).json()["items"]
            return {item["id"] for item in items}

        assert listed() == {recent_asked_one, old_asked_thirty}
        assert desk.get(f"/recordings/{old_asked_nothing}/content").status_code == 404
        assert desk.get(f"/recordings/{recent_asked_one}/content").status_code == 200
        admin.put("/recordings/settings", json={"retention_days": 2})  # shorter: at once, for every recording
        assert listed() == {old_asked_thirty}
        assert desk.get("/recordings/settings").json()["retention_days"] == 2
    finally:
        admin.put("/recordings/settings", json={"retention_days": 90})


def test_recordings_past_their_retention_are_purged_on_a_timer_without_requests(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'crm.db'}")
    db.create_schema()
    now = datetime.now(timezone.utc)
    with write_tx(db) as ctx:
        agent = str(uuid.uuid4())
        ctx.conn.execute(
            insert(t.users).values(
                id=agent,
                version=1,
                created_at=now,
                updated_at=now,
                username="a1",
                display_name="A",
                role="agent",
                team="",
                password_hash="x",
                active=True,
            )
        )
        write_retention(ctx.conn, 7, agent)
        # past the retention; expiring in a second; within the centre's 7 days though its desktop asked 1
        for age_days, keep_days in ((10, 7), (7 - 1 / 86_400, 0), (3, 1)):
            rid = str(uuid.uuid4())
            started = now - timedelta(days=age_days)
            ctx.conn.execute(
                insert(rec.recordings).values(
                    id=rid,
                    agent_id=agent,
                    direction="inbound",
                    number="",
                    started_at=started,
                    seconds=1,
                    media_type="audio/ogg",
                    size=3,
                    sha256="0" * 64,
                    received=3,
                    complete=True,
                    created_at=started,
                    expires_at=started + timedelta(days=keep_days),
                )
            )
            ctx.conn.execute(insert(rec.recording_chunks).values(recording_id=rid, offset=0, data=b"abc"))
    purger = RecordingPurger(db, min_gap_s=0.2).start()
    try:

        def left() -> int:
            with db.read.connect() as conn:
                return int(conn.execute(select(func.count()).select_from(rec.recordings)).scalar() or 0)

        deadline = time.monotonic() + 15
        while left() > 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert left() == 1 and purger.purged == 2
        with db.read.connect() as conn:
            assert conn.execute(select(func.count()).select_from(rec.recording_chunks)).scalar() == 1
        runs = purger.runs
        assert runs <= 3  # the first expiry, the second (and none while nothing was due)
        time.sleep(1.0)
        assert purger.runs == runs  # the next expiry is days away: the thread sleeps
    finally:
        purger.stop()
        db.dispose()
