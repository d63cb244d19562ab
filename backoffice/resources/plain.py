"""Read models as JSON-ready dicts straight from database rows, without building pydantic models.

What the database holds was validated when it was written, so the delta feed (which serialises every
record of a big CRM on a first sync) can skip re-validating it: a dict whose datetimes are written as
pydantic writes them (ISO 8601, ``Z`` for UTC) gives the same JSON as ``model_dump(mode="json")``.
``tests/backoffice/test_plain_dump.py`` holds the two equal.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Row

logger = logging.getLogger(__name__)


def _iso(value: datetime) -> str:
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def plain(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` with its datetimes written as pydantic's JSON mode writes them. Only top-level values
    are looked at: nested values (addresses, phones, order lines) hold no datetimes and are JSON-ready."""
    return {k: _iso(v) if isinstance(v, datetime) else v for k, v in record.items()}


def plain_rows(fields: Iterable[str], rows: Sequence[Row[Any]]) -> list[dict[str, Any]]:
    """The ``fields`` (names of a flat read model, all of them columns) of each row, JSON-ready."""
    names = tuple(fields)
    out = []
    for row in rows:
        m = row._mapping
        out.append({name: _iso(v) if isinstance(v := m[name], datetime) else v for name in names})
    return out
