"""User accounts managed outside the HTTP API (first run of the embedded back office, admin scripts)."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from sqlalchemy import insert, select, update

from backoffice import tables as t
from backoffice.db import Database, write_tx
from backoffice.security import end_sessions, hash_password
from crm.schemas import Role, new_id

logger = logging.getLogger(__name__)


def ensure_user(
    db: Database | str,
    username: str,
    password: str,
    role: Role | str | None = Role.AGENT,
    display_name: str | None = None,
) -> str:
    """Create the user, or reset its password (and re-activate it, ending its sessions) when it exists;
    returns its id. ``role`` None: an existing user keeps theirs, a new one is an agent."""
    database = db if isinstance(db, Database) else Database(db)
    database.create_schema()
    now = datetime.now(timezone.utc)
    try:
        with write_tx(database) as ctx:
            row = ctx.conn.execute(select(t.users).where(t.users.c.username == username)).first()
            if row is None:
                user_id = new_id()
                ctx.conn.execute(
                    insert(t.users).values(
                        id=user_id,
                        version=1,
                        created_at=now,
                        updated_at=now,
                        username=username,
                        display_name=display_name or username,
                        role=Role(role or Role.AGENT).value,
                        password_hash=hash_password(password),
                        active=True,
                    )
                )
            else:
                user_id = row.id
                end_sessions(ctx.conn, user_id)  # the old password's sessions end with it
                ctx.conn.execute(
                    update(t.users)
                    .where(t.users.c.id == user_id)
                    .values(
                        password_hash=hash_password(password),
                        active=True,
                        role=Role(role or row.role).value,
                        version=row.version + 1,
                        updated_at=now,
                    )
                )
            ctx.touch(t.users, user_id)
    finally:
        if database is not db:
            database.dispose()
    logger.info("user %s ready", username)
    return user_id
