"""Read models as JSON-ready dicts straight from database rows, without building pydantic models.

What the database holds was validated when it was written, so the delta feed (which serialises every
record of a big CRM on a first sync) can skip re-validating it: a dict whose datetimes are written as
pydantic writes them (ISO 8601, ``Z`` for UTC) gives the same JSON as ``model_dump(mode="json")``.
``tests/backoffice/test_plain_dump.py`` holds the two equal.
"""
from __future__ import annotations

import logging
from datetime import date, datetime
from enum import Enum
from typing import Any

logger = logging.getLogger(__name__)


def plain(value: Any) -> Any:
    """``value`` with datetimes, dates and enums as pydantic's JSON mode writes them (recursively)."""
    if isinstance(value, datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def plain_rows(fields: Any, rows: list[Any]) -> list[dict[str, Any]]:
    """The ``fields`` (names of a flat read model, all of them columns) of each row, JSON-ready."""
    names = tuple(fields)
    out = []
    for row in rows:
        m = row._mapping
        out.append({name: plain(m[name]) for name in names})
    return out
