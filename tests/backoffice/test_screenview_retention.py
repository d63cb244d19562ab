"""What the screen view and the trail keep, and for how long: a lapsed lease stops the frames, frames
are kept only with the retention setting (and purged after it), the trail at least 90 days."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from backoffice import trail
from backoffice.accounts import ensure_user
from backoffice.db import Database, write_tx
from backoffice.screenview import (
    Frame,
    FrameKeeping,
    drop_lapsed,
    frame_store,
    lease_left,
    list_kept,
    renew_lease,
)
from crm.schemas.screenview import TrailEvent

NOW = datetime(2026, 12, 10, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'bo.db'}")
    database.create_schema()
    yield database
    database.dispose()


def users(db: Database) -> tuple[str, str]:
    agent = ensure_user(db, "agent-x", "agent-password-1")
    boss = ensure_user(db, "boss-x", "boss-password-12", role="supervisor")
    return agent, boss


def test_a_lease_not_renewed_lapses_and_a_new_watch_starts_again(db: Database) -> None:
    agent, boss = users(db)
    with write_tx(db) as ctx:
        assert renew_lease(ctx.conn, agent, boss, NOW) is True
        assert renew_lease(ctx.conn, agent, boss, NOW + timedelta(seconds=5)) is False  # a renewal
    with db.read.connect() as conn:
        assert lease_left(conn, agent, NOW + timedelta(seconds=10)) == pytest.approx(10)
        assert lease_left(conn, agent, NOW + timedelta(seconds=10), watcher_id=agent) == 0
        assert lease_left(conn, agent, NOW + timedelta(seconds=20)) == 0  # the viewer vanished
    with write_tx(db) as ctx:
        assert renew_lease(ctx.conn, agent, boss, NOW + timedelta(seconds=30)) is True  # audited again
        drop_lapsed(ctx.conn, agent, NOW + timedelta(seconds=60))
    with db.read.connect() as conn:
        assert lease_left(conn, agent, NOW + timedelta(seconds=31)) == 0


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'bo.db'}"
    else:
        url = request.getfixturevalue("postgres_cluster").create_database(f"frames{time.monotonic_ns()}")
    database = Database(url)
    database.create_schema()
    yield database
    database.dispose()


def test_only_the_newest_frame_is_held_its_number_grows_and_unwatched_ones_are_swept(any_db: Database) -> None:
    agent, boss = users(any_db)
    frames = frame_store(any_db)  # memory on SQLite (one process), the UNLOGGED table on PostgreSQL
    first = frames.put(agent, "image/jpeg", b"1", NOW)
    newer = frames.put(agent, "image/webp", b"2", NOW)
    assert newer.no > first.no and frames.get(agent) == newer  # written over, no history
    frames.drop(agent)
    assert frames.get(agent) is None
    assert frames.put(agent, "image/jpeg", b"3", NOW).no > newer.no  # a later watch: numbers go on
    frames.put(boss, "image/jpeg", b"4", NOW)  # nobody watches boss (both desktops went away)
    assert frames.sweep({agent}) == 1 and frames.get(boss) is None and frames.get(agent) is not None


def test_frames_are_kept_only_with_the_retention_setting_and_purged_after_it(db: Database) -> None:
    agent, _ = users(db)
    frame = Frame(1, NOW - timedelta(days=3), "image/jpeg", b"old")
    with write_tx(db) as ctx:
        FrameKeeping(0).keep(ctx.conn, agent, frame)  # the default: nothing kept
    with db.read.connect() as conn:
        assert list_kept(conn, agent, None, None) == []
    with write_tx(db) as ctx:
        FrameKeeping(2).keep(ctx.conn, agent, frame)
    with write_tx(db) as ctx:  # a worker's first frame purges what is older than 2 days
        FrameKeeping(2).keep(ctx.conn, agent, Frame(2, NOW, "image/webp", b"new"))
    with db.read.connect() as conn:
        kept = list_kept(conn, agent, None, None)
    assert [(f.frame_no, f.media_type, f.size) for f in kept] == [(2, "image/webp", 3)]


def event(at: datetime) -> TrailEvent:
    return TrailEvent(id=str(uuid.uuid4()), at=at, kind="searched", label="张")


def test_the_trail_is_kept_at_least_90_days(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    agent, _ = users(db)
    with write_tx(db) as ctx:
        ages = (400, 91, 89, 1)
        trail.add_events(ctx.conn, agent, [event(NOW - timedelta(days=d)) for d in ages], NOW)
    monkeypatch.setenv(trail.KEEP_ENV, "30")  # under the minimum: counts as 90
    assert trail.keep_days_from_env() == 90
    monkeypatch.setenv(trail.KEEP_ENV, "0")
    forever = trail.TrailPurge(trail.keep_days_from_env())
    assert not forever.due()
    with write_tx(db) as ctx:
        assert forever.purge(ctx.conn, NOW) == 0
    purge = trail.TrailPurge(90)
    assert purge.due()
    with write_tx(db) as ctx:
        assert purge.purge(ctx.conn, NOW) == 2
    assert not purge.due()  # at most once an hour
    with db.read.connect() as conn:
        items, _ = trail.read_trail(conn, agent, None, None, None, 100)
    assert [round((NOW - i.at).total_seconds() / 86400) for i in items] == [89, 1]
