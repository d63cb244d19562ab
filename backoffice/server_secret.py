"""The server's HMAC secrets (the idempotency store's request hashes).

Configured ones (``BACKOFFICE_SECRET``: comma-separated, the first signs, all are accepted) win;
without them a random secret is generated once and kept in the database (``server_secrets``), so every
worker process and every restart uses the same one. A stored secret stays accepted after secrets are
configured, so switching to configured ones loses no replay.
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, timezone

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from backoffice.auth_tables import server_secrets
from backoffice.db import Database

logger = logging.getLogger(__name__)

IDEMPOTENCY = "idempotency"


def _stored(db: Database, *, create: bool) -> str | None:
    with db.read.connect() as conn:
        value = conn.execute(select(server_secrets.c.value).where(server_secrets.c.name == IDEMPOTENCY)).scalar()
    if value is not None or not create:
        return value
    try:
        with db.write.begin() as conn:
            conn.execute(
                insert(server_secrets).values(
                    name=IDEMPOTENCY, value=secrets.token_hex(32), created_at=datetime.now(timezone.utc)
                )
            )
        logger.info("generated the server's idempotency secret")
    except IntegrityError:  # another worker made it first
        pass
    return _stored(db, create=False)


def hmac_secrets(db: Database, configured: tuple[str, ...]) -> tuple[bytes, ...]:
    """The secrets to accept, the signing one first."""
    stored = _stored(db, create=not configured)
    found = [*configured, *([stored] if stored else [])]
    return tuple(dict.fromkeys(s.encode() for s in found))
