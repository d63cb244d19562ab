"""The database a report benchmark fills: a private PostgreSQL cluster, a SQLite file or a given URL."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

PG_INITDB = Path("/usr/lib/postgresql/15/bin/initdb")


@contextmanager
def bench_database(asked: str, name: str, sqlite_file: str = "") -> Iterator[tuple[str, str]]:
    """(URL, kind: "postgresql" or "sqlite") of the database to fill. ``asked``: "postgresql" (a private
    cluster, stopped afterwards), "sqlite" (``sqlite_file``, else a temporary file), a URL, or "" (PostgreSQL
    when this machine has it, as the test set-up does). ``name`` names the cluster's database."""
    kind = asked or ("postgresql" if PG_INITDB.exists() else "sqlite")
    cluster: Any = None
    workdir = tempfile.TemporaryDirectory(prefix=f"{name}-bench-")
    try:
        if kind == "postgresql":
            from tests.fixtures.backoffice import PostgresCluster

            cluster = PostgresCluster()
            url = cluster.create_database(name)
        elif kind == "sqlite":
            url = f"sqlite:///{sqlite_file or Path(workdir.name) / 'crm.db'}"
        else:
            url, kind = kind, kind.split(":")[0].split("+")[0]
        yield url, "postgresql" if kind.startswith("postgres") else kind
    finally:
        if cluster is not None:
            cluster.stop()
        workdir.cleanup()
