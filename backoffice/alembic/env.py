"""Alembic's environment for the back office (``backoffice.schema`` builds the configuration in code).

Migrations run on the connection the back office hands over in ``config.attributes["connection"]``
(and compare with ``config.attributes["target_metadata"]`` to write a revision), each revision in its
own transaction (SQLite too: the back office's SQLite connections issue their own BEGIN, so its DDL is
transactional).
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.types import TypeDecorator


def render_item(kind: str, obj: Any, _context: AutogenContext) -> str | Literal[False]:
    """A written revision names a column type the back office decorates (``UtcDateTime``) by what the
    database stores, so revisions never import the back office's code."""
    if kind == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
    return False


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=context.config.attributes.get("target_metadata"),  # for autogenerate only
    transaction_per_migration=True,
    transactional_ddl=True,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_server_default=connection.dialect.name != "sqlite",  # SQLite reflects '' defaults as differing
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
