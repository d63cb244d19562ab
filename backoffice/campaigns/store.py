"""Campaign rows in and out: the contract's models ↔ the ``campaigns`` and ``campaign_teams`` rows."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from backoffice.campaigns.rules import CampaignRules
from backoffice.campaigns.tables import campaign_records, campaign_teams, campaigns
from crm.schemas.campaigns import CallingWindow, CampaignStatus, Disposition, RetrySpacing

logger = logging.getLogger(__name__)

_WINDOWS = TypeAdapter(list[CallingWindow])
_JSON_FIELDS = ("windows", "retry", "ending_dispositions")


def to_row(values: dict[str, Any]) -> dict[str, Any]:
    """Contract fields (``model_dump(mode="python")``) → column values (``teams`` left out)."""
    row = {k: v for k, v in values.items() if k != "teams"}
    for name in _JSON_FIELDS:
        if name in row:
            row[name] = json.dumps(_plain(row[name]), ensure_ascii=False)
    for name in ("mode", "status", "machine_action"):
        if name in row and hasattr(row[name], "value"):
            row[name] = row[name].value
    return row


def _plain(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "value"):
        return value.value
    return value


def read(conn: Connection, campaign_id: str, lock: bool = False) -> dict[str, Any] | None:
    """The campaign as :class:`crm.schemas.campaigns.CampaignRead` fields; None when there is none."""
    query = select(campaigns).where(campaigns.c.id == campaign_id)
    if lock and conn.dialect.name == "postgresql":
        query = query.with_for_update()
    row = conn.execute(query).first()
    if row is None:
        return None
    return from_row(row, teams_of(conn, [campaign_id]).get(campaign_id, []))


def from_row(row: Any, teams: list[str]) -> dict[str, Any]:
    out = dict(row._mapping)
    for name in _JSON_FIELDS:
        out[name] = json.loads(out[name])
    out["teams"] = teams
    return out


def teams_of(conn: Connection, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {i: [] for i in ids}
    if ids:
        query = select(campaign_teams.c.campaign_id, campaign_teams.c.team).where(campaign_teams.c.campaign_id.in_(ids))
        for campaign_id, team in conn.execute(query.order_by(campaign_teams.c.team)):
            out[campaign_id].append(team)
    return out


def set_teams(conn: Connection, campaign_id: str, teams: list[str]) -> None:
    conn.execute(delete(campaign_teams).where(campaign_teams.c.campaign_id == campaign_id))
    unique = sorted(set(teams))
    if unique:
        conn.execute(insert(campaign_teams), [{"campaign_id": campaign_id, "team": team} for team in unique])


def listing(conn: Connection, team: str | None, status: CampaignStatus | None) -> list[dict[str, Any]]:
    """Campaigns (of ``team`` when given), newest first."""
    query = select(campaigns)
    if team is not None:
        query = query.where(
            campaigns.c.id.in_(select(campaign_teams.c.campaign_id).where(campaign_teams.c.team == team))
        )
    if status is not None:
        query = query.where(campaigns.c.status == status.value)
    rows = conn.execute(query.order_by(campaigns.c.created_at.desc(), campaigns.c.id)).all()
    teams = teams_of(conn, [r.id for r in rows])
    return [from_row(r, teams[r.id]) for r in rows]


def rules(campaign: dict[str, Any]) -> CampaignRules:
    return CampaignRules(
        status=CampaignStatus(campaign["status"]),
        starts_at=campaign["starts_at"],
        deadline_at=campaign["deadline_at"],
        windows=tuple(_WINDOWS.validate_python(campaign["windows"])),
        max_attempts=campaign["max_attempts"],
        max_attempts_24h=campaign["max_attempts_24h"],
    )


def retry(campaign: dict[str, Any]) -> RetrySpacing:
    return RetrySpacing.model_validate(campaign["retry"])


def ending(campaign: dict[str, Any]) -> list[Disposition]:
    return [Disposition(d) for d in campaign["ending_dispositions"]]


def record_row(conn: Connection, record_id: str, lock: bool = False) -> Any:
    query = select(campaign_records).where(campaign_records.c.id == record_id)
    if lock and conn.dialect.name == "postgresql":
        query = query.with_for_update()
    return conn.execute(query).first()


def record_out(row: Any) -> dict[str, Any]:
    """A ``campaign_records`` row as :class:`crm.schemas.campaigns.TargetRecord` fields."""
    out = dict(row._mapping)
    out["number"] = out.pop("normalized")
    out.pop("created_at", None)
    out.pop("updated_at", None)
    return out


def touch(values: dict[str, Any], now: datetime) -> dict[str, Any]:
    return {**values, "updated_at": now}
