"""The centre's report settings: one row, read by every report, changed by admins."""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from backoffice.reports.tables import SETTINGS_ROW, report_settings
from backoffice.resources.base import now_utc
from crm.kpis import ReportSettings
from crm.schemas.reports import ReportSettingsRead, ReportSettingsUpdate

logger = logging.getLogger(__name__)


def read_settings(conn: Connection) -> ReportSettingsRead:
    """The saved settings, or the defaults of :class:`crm.kpis.ReportSettings`."""
    row = conn.execute(select(report_settings).where(report_settings.c.id == SETTINGS_ROW)).first()
    if row is None:
        return ReportSettingsRead(**asdict(ReportSettings()))
    return ReportSettingsRead.model_validate(dict(row._mapping))


def write_settings(conn: Connection, change: ReportSettingsUpdate, user_id: str) -> ReportSettingsRead:
    """Apply the fields of ``change`` (in the caller's transaction); returns the settings now."""
    current = read_settings(conn)
    values: dict[str, Any] = current.model_dump(exclude={"updated_at", "updated_by"})
    values.update({k: getattr(v, "value", v) for k, v in change.model_dump(exclude_none=True).items()})
    values["sl_variant"] = getattr(values["sl_variant"], "value", values["sl_variant"])
    values.update(updated_at=now_utc(), updated_by=user_id)
    table = report_settings
    if conn.execute(update(table).where(table.c.id == SETTINGS_ROW).values(**values)).rowcount == 0:
        conn.execute(insert(table).values(id=SETTINGS_ROW, **values))
    return read_settings(conn)
