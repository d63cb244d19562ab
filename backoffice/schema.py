"""The back-office database schema, under Alembic (revisions in ``backoffice/alembic/versions``).

* :func:`upgrade` brings a database to the newest revision (``alembic upgrade head``), each revision in
  its own transaction: a new database gets every table that way, an older one is upgraded in place.
  The server does it when it starts; ``python -m backoffice migrate`` does it ahead.
* A database at a revision this back office does not know was written by a newer one: refused with
  :class:`SchemaTooNew` rather than written by code that does not know its shape.
* A database from before Alembic recorded its schema version in ``counters`` row
  :data:`VERSION_ROW` (1: before feed documents, 2: after; none: 1). It is taken over: revision 0001
  creates the tables it may lack, the database is stamped at the revision of its version, then
  upgraded. That row keeps telling releases from before Alembic which version they face: 2 while the
  database is at revision 0002, 3 beyond, which they refuse.

To change a table: change it in code (:mod:`backoffice.tables` and its siblings), then write a revision
(``python -m backoffice revision --db URL -m "what changed"`` compares the code with a database at the
newest revision and writes one to check and complete).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from sqlalchemy import Engine, MetaData, inspect, select, update
from sqlalchemy.engine import Connection

from backoffice import tables as t

logger = logging.getLogger(__name__)

ALEMBIC_DIR = Path(__file__).with_name("alembic")
VERSION_ROW = 3
REVISION_OF_VERSION = {1: "0001", 2: "0002"}
"""Schema versions from before Alembic and the revision each equals."""


class SchemaTooNew(RuntimeError):
    """The database was written by a newer back office."""


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built in code: the scripts shipped in this package, run on ``connection``."""
    config = Config()
    config.set_main_option("script_location", str(ALEMBIC_DIR))
    config.set_main_option("file_template", "r%%(rev)s_%%(slug)s")
    config.attributes["connection"] = connection
    return config


def target_metadata() -> MetaData:
    """Every table the back office's code defines (some modules add theirs to the shared metadata)."""
    import backoffice.app  # noqa: F401 - imports each module that defines tables

    return t.metadata


def upgrade(engine: Engine) -> str | None:
    """Bring the database to the newest revision; returns the revision it had before (None: a new
    database; a database from before Alembic: the revision of its schema version)."""
    scripts = ScriptDirectory.from_config(alembic_config())
    newest = scripts.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_heads()
        old_version = None if current or not inspect(conn).has_table(t.customers.name) else _old_version(conn)
    if current == (newest,):
        return newest
    try:
        scripts.revision_map.get_revisions(current)
    except RevisionError as exc:  # a revision of a newer back office
        raise SchemaTooNew(
            f"the database has schema revision {', '.join(current)}, unknown to this back office"
            f" (it knows up to {newest}). Update the back office."
        ) from exc
    before = current[0] if current else None
    with engine.connect() as conn:
        config = alembic_config(conn)
        if old_version is not None:
            before = _take_over(config, old_version)
        command.upgrade(config, "head")
        _record_version(conn, newest)
    logger.info("back-office database upgraded from revision %s to %s", before or "(new)", newest)
    return before


def _old_version(conn: Connection) -> int:
    value = conn.execute(select(t.counters.c.value).where(t.counters.c.id == VERSION_ROW)).scalar()
    return 1 if value is None else int(value)


def _take_over(config: Config, version: int) -> str:
    """Put a database from before Alembic under it: stamped at the revision of its schema version."""
    if version not in REVISION_OF_VERSION:
        raise SchemaTooNew(
            f"the database has schema version {version}; this back office knows up to 2. Update the back office."
        )
    revision = REVISION_OF_VERSION[version]
    command.upgrade(config, "0001")  # only the tables it lacks
    if revision != "0001":
        command.stamp(config, revision)
    logger.info("back-office database of schema version %d now under Alembic at revision %s", version, revision)
    return revision


def _record_version(conn: Connection, revision: str | None) -> None:
    """Counters row :data:`VERSION_ROW` as releases from before Alembic read it."""
    version = {rev: v for v, rev in REVISION_OF_VERSION.items()}.get(revision or "", 3)
    row = t.counters.c.id == VERSION_ROW
    if conn.execute(update(t.counters).where(row).values(value=version)).rowcount == 0:
        conn.execute(t.counters.insert().values(id=VERSION_ROW, value=version))
    conn.commit()


def revision(engine: Engine, message: str, rev_id: str | None = None) -> Any:
    """Write a new revision from what the code's tables have and the database (at the newest revision)
    lacks: a draft to check and complete."""
    with engine.connect() as conn:
        config = alembic_config(conn)
        config.attributes["target_metadata"] = target_metadata()
        return command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
