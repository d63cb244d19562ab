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

An ordinary start (the database already at the newest revision) does not load Alembic (≈ 10 MiB
resident for the server's whole run): :func:`upgrade` first compares the database's
``alembic_version`` with the newest revision the shipped scripts name (:func:`newest_script_revision`,
read from their ``revision``/``down_revision`` lines); anything else goes through Alembic.

To change a table: change it in code (:mod:`backoffice.tables` and its siblings), then write a revision
(``python -m backoffice revision --db URL -m "what changed"`` compares the code with a database at the
newest revision and writes one to check and complete).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, MetaData, inspect, select, text, update
from sqlalchemy.engine import Connection

from backoffice import tables as t

if TYPE_CHECKING:
    from alembic.config import Config

logger = logging.getLogger(__name__)

ALEMBIC_DIR = Path(__file__).with_name("alembic")
VERSION_ROW = 3
REVISION_OF_VERSION = {1: "0001", 2: "0002"}
"""Schema versions from before Alembic and the revision each equals."""


class SchemaTooNew(RuntimeError):
    """The database was written by a newer back office."""


_REVISION_LINE = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:["']([^"']+)["']|None)\s*$""", re.M)


def newest_script_revision() -> str | None:
    """The head of the shipped revision scripts, read from their ``revision = "…"`` and
    ``down_revision = "…"`` lines without loading Alembic; None unless that gives exactly one head
    (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (ALEMBIC_DIR / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found or "down_revision" not in found:
            return None  # a form this reader does not know
        revisions.add(found["revision"])
        if found["down_revision"]:
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _recorded_revisions(conn: Connection) -> list[str] | None:
    """The revisions ``alembic_version`` holds, None without that table."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return [str(row[0]) for row in conn.execute(text("SELECT version_num FROM alembic_version"))]


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built in code: the scripts shipped in this package, run on ``connection``."""
    from alembic.config import Config

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
    newest_script = newest_script_revision()
    if newest_script is not None:
        with engine.connect() as conn:
            if _recorded_revisions(conn) == [newest_script]:
                return newest_script  # an ordinary start: nothing to do, Alembic not loaded
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError

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
    from alembic import command

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
    from alembic import command

    with engine.connect() as conn:
        config = alembic_config(conn)
        config.attributes["target_metadata"] = target_metadata()
        return command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
