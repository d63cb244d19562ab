"""The back office's report calls (``/api/v1/reports``, see :mod:`crm.schemas.reports`), blocking: run
them through ``ctx.tasks``. No Qt."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from crm.client import CrmClient
from crm.kpis import centre_zone
from crm.schemas.reports import AttemptClass, CallClass

logger = logging.getLogger(__name__)

ExportKind = Literal["xlsx", "csv"]
CHUNK = 64 * 1024
PAGE = 500
EXPORT_TIMEOUT_S = 300.0
"""A workbook of a long period takes the back office a while to write."""


@dataclass(frozen=True)
class Drill:
    """The calls behind one figure: the report's query, the row's interval and group, the class of call."""

    params: dict[str, str]
    bucket: str | None
    key: str | None
    calls: CallClass

    def query(self) -> dict[str, str]:
        out = dict(self.params, calls=self.calls.value)
        if self.bucket is not None:
            out["bucket"] = self.bucket
        if self.key is not None:
            out["key"] = self.key
        return out


@dataclass(frozen=True)
class AttemptDrill:
    """The campaign attempts behind one figure: the report's query, the campaign, the class of attempt."""

    params: dict[str, str]
    campaign: str | None
    attempts: AttemptClass

    def query(self) -> dict[str, str]:
        out = dict(self.params, attempts=self.attempts.value)
        if self.campaign is not None:
            out["campaign"] = self.campaign
        return out


@dataclass(frozen=True)
class Person:
    """An agent the filters offer."""

    user_id: str
    name: str
    team: str


class ReportCalls:
    """Reports, drill-down and exports over one signed-in client."""

    def __init__(self, client: CrmClient) -> None:
        self.client = client

    def centre_today(self) -> date:
        """Today on the centre's clock (``GET /reports/settings``: its time zone), the day every report
        counts in, whatever this computer's clock says."""
        zone = self.client.request("GET", "/reports/settings").json()["time_zone"]
        return datetime.now(centre_zone(str(zone))).date()

    def kpis(self, params: dict[str, str]) -> dict[str, Any]:
        """``GET /reports/kpis``: a :class:`crm.schemas.reports.KpiReport` as JSON."""
        report: dict[str, Any] = self.client.request("GET", "/reports/kpis", params=params).json()
        return report

    def calls(self, drill: Drill, limit: int = 200, offset: int = 0) -> dict[str, Any]:
        """``GET /reports/calls``: a :class:`crm.schemas.reports.CallPage` as JSON."""
        params = dict(drill.query(), limit=str(limit), offset=str(offset))
        page: dict[str, Any] = self.client.request("GET", "/reports/calls", params=params).json()
        return page

    def campaigns(self, params: dict[str, str]) -> dict[str, Any]:
        """``GET /reports/campaigns``: a :class:`crm.schemas.reports.CampaignReport` as JSON."""
        report: dict[str, Any] = self.client.request("GET", "/reports/campaigns", params=params).json()
        return report

    def attempts(self, drill: AttemptDrill, limit: int = 200, offset: int = 0) -> dict[str, Any]:
        """``GET /reports/campaigns/attempts``: a :class:`crm.schemas.reports.AttemptPage` as JSON."""
        params = dict(drill.query(), limit=str(limit), offset=str(offset))
        page: dict[str, Any] = self.client.request("GET", "/reports/campaigns/attempts", params=params).json()
        return page

    def export(self, params: dict[str, str], kind: ExportKind, path: Path, lang: str | None = None) -> int:
        """Save ``/reports/export.xlsx`` (the whole report) or ``/reports/calls.csv`` (one row per call)
        to ``path`` (written beside it first, then put in its place); returns the bytes written."""
        endpoint = "/reports/export.xlsx" if kind == "xlsx" else "/reports/calls.csv"
        query = dict(params, lang=lang) if lang else dict(params)
        resp = self.client.request("GET", endpoint, params=query, stream=True, read_timeout_s=EXPORT_TIMEOUT_S)
        part = path.with_name(path.name + ".part")
        size = 0
        try:
            with open(part, "wb") as fh:
                for chunk in resp.iter_content(CHUNK):
                    fh.write(chunk)
                    size += len(chunk)
            os.replace(part, path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        finally:
            resp.close()
        logger.info("report exported (%s, %d bytes)", kind, size)
        return size

    def people(self, team: str | None = None) -> list[Person]:
        """The active agents (of ``team`` when given: a supervisor's own), by team and name (``/users``)."""
        people: list[Person] = []
        offset = 0
        while True:
            page = self.client.request("GET", "/users", params={"limit": PAGE, "offset": offset}).json()
            for user in page["items"]:
                if user.get("role") == "agent" and user.get("active", True) and (not team or user.get("team") == team):
                    people.append(Person(user["id"], user["display_name"] or user["username"], user.get("team") or ""))
            offset += len(page["items"])
            if offset >= page["total"] or not page["items"]:
                return sorted(people, key=lambda p: (p.team, p.name))

    def close(self) -> None:
        """End a request under way (another thread's too): it fails at once."""
        self.client.close()
