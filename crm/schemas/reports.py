"""Reports: the centre's report settings, the KPI report and the calls behind a figure.

* ``GET /api/v1/reports/definitions``: every KPI (:mod:`crm.kpis`) with its unit and formula, and the
  settings in force.
* ``GET|PUT /api/v1/reports/settings``: the centre's time zone, short-abandon threshold, service-level
  target and denominator, first-contact-resolution window (admins change them).
* ``GET /api/v1/reports/kpis?from=&to=&interval=&group_by=&team=&agent=``: a :class:`KpiReport`.
* ``GET /api/v1/reports/calls?...&bucket=&key=&calls=``: a page of :class:`CallRow` (drill-down);
  ``/reports/calls.csv`` all of them; ``/reports/export.xlsx`` the whole report as a workbook.

Times in reports are ISO 8601 with the centre's offset (``2026-01-05T09:00:00+08:00``).
"""

from __future__ import annotations

import logging
from datetime import datetime
from enum import Enum
from typing import Annotated, Any

from pydantic import AfterValidator, ConfigDict, Field

from crm.kpis import GroupBy, Interval, ReportSettings, SlVariant, Source, Unit, centre_zone
from crm.schemas.common import Contract

logger = logging.getLogger(__name__)


def _check_zone(value: str) -> str:
    centre_zone(value)
    return value.strip()


ZoneName = Annotated[str, Field(min_length=1, max_length=64), AfterValidator(_check_zone)]
ShortAbandonS = Annotated[int, Field(ge=0, le=600)]
TargetS = Annotated[int, Field(ge=1, le=3600)]
FcrDays = Annotated[int, Field(ge=1, le=90)]


class ReportSettingsRead(Contract):
    """The choices every report of the centre is computed with (:class:`crm.kpis.ReportSettings`)."""

    time_zone: str = Field(description="IANA zone (Asia/Shanghai) or UTC±HH:MM: the clock of every interval")
    short_abandon_s: int = Field(description="Unanswered calls ending sooner after ringing are short abandons")
    sl_target_s: int = Field(description="Service level: answered with a wait of at most this")
    sl_variant: SlVariant
    fcr_days: int = Field(description="First-contact resolution: no new call from the customer within N days")
    updated_at: datetime | None = None
    updated_by: str | None = None

    def settings(self) -> ReportSettings:
        return ReportSettings(
            time_zone=self.time_zone,
            short_abandon_s=self.short_abandon_s,
            sl_target_s=self.sl_target_s,
            sl_variant=self.sl_variant,
            fcr_days=self.fcr_days,
        )


class ReportSettingsUpdate(Contract):
    """``PUT /reports/settings`` (admins): the fields sent change, the others stay."""

    model_config = ConfigDict(extra="forbid")

    time_zone: ZoneName | None = None
    short_abandon_s: ShortAbandonS | None = None
    sl_target_s: TargetS | None = None
    sl_variant: SlVariant | None = None
    fcr_days: FcrDays | None = None


class KpiDefinition(Contract):
    id: str
    name: str = Field(description="English; the desktop translates it (context Kpis)")
    unit: Unit
    formula: str
    source: Source
    groupings: list[GroupBy] = Field(description="The groupings the figure exists for (else null)")


class Definitions(Contract):
    kpis: list[KpiDefinition]
    settings: ReportSettingsRead


class ReportRow(Contract):
    bucket: str | None = Field(description="Local start of the interval (null: the whole period)")
    key: str = Field(description="The group: agent id, team, dialled number, media source id ('' none)")
    label: str = Field(
        description="The group's name: the agent's, the team's, the media source's; a dialled number, "
        "followed by the name of the media source on it"
    )
    values: dict[str, Any] = Field(description="KPI id → figure (null: nothing to divide by, or n/a)")


class KpiReport(Contract):
    start: str = Field(alias="from")
    end: str = Field(alias="to")
    interval: Interval
    group_by: GroupBy
    team: str | None
    agent: str | None
    settings: ReportSettingsRead
    buckets: list[str | None] = Field(description="Every interval of the period, in order")
    rows: list[ReportRow] = Field(description="The intervals and groups with anything to count")
    total: dict[str, Any]
    generated_at: str


class CallClass(str, Enum):
    """The calls behind a figure (``/reports/calls?calls=``)."""

    ALL = "all"
    OFFERED = "offered"
    ANSWERED = "answered"
    ANSWERED_IN_TARGET = "answered_in_target"
    ABANDONED = "abandoned"
    SHORT_ABANDONED = "short_abandoned"
    REJECTED = "rejected"
    HANDLED = "handled"
    OUTBOUND = "outbound"
    FCR_RESOLVED = "fcr_resolved"
    FCR_REPEATED = "fcr_repeated"


class CallRow(Contract):
    """One call as the reports count it."""

    id: str
    ring_at: str
    answer_at: str | None
    end_at: str | None
    bucket: str | None
    direction: str
    outcome: str = Field(description="answered, abandoned, short_abandoned, rejected, connected, not_connected")
    caller: str
    callee: str
    dnis: str
    media_source_id: str | None
    media_source: str
    agent_id: str | None
    agent: str
    team: str
    customer_id: str | None
    customer_name: str = Field("", description="The customer's name ('' without a customer)")
    wait_s: float | None = Field(description="Ringing to answer (answered) or to hang-up (unanswered)")
    talk_seconds: int
    hold_seconds: int
    wrapup_seconds: int
    handling_s: int
    disposition: str
    repeat_within_days: bool | None = Field(description="The customer called again within the FCR window")


class CallPage(Contract):
    items: list[CallRow]
    total: int
    limit: int
    offset: int


class AttemptClass(str, Enum):
    """The campaign attempts behind a figure (``/reports/campaigns/attempts?attempts=``)."""

    ALL = "all"
    CONTACTS = "contacts"
    SALES = "sales"
    FINISHED = "finished"
    ANSWERED = "answered"
    BUSY = "busy"
    NO_ANSWER = "no_answer"
    INVALID_NUMBER = "invalid_number"
    REJECTED = "rejected"
    NETWORK_ERROR = "network_error"
    MACHINE = "machine"


class CampaignRow(Contract):
    """One interval, campaign and group of :class:`CampaignReport`."""

    bucket: str | None = Field(description="Local start of the interval (null: the whole period)")
    campaign_id: str
    campaign: str = Field(description="The campaign's name")
    key: str = Field(description="The group: agent id, team ('' not grouped)")
    label: str = Field(description="The group's name: the agent's, the team's")
    values: dict[str, Any] = Field(
        description="Campaign KPI id (crm.campaign_kpis) → figure (null: nothing to divide by)"
    )


class CampaignTotal(Contract):
    campaign_id: str
    campaign: str
    values: dict[str, Any] = Field(description="The campaign's figures over the whole period")


class CampaignReport(Contract):
    """``GET /reports/campaigns``: the outbound campaigns' figures (``crm.campaign_kpis``)."""

    start: str = Field(alias="from")
    end: str = Field(alias="to")
    interval: Interval
    group_by: GroupBy = Field(description="none, agent or team (within each campaign)")
    team: str | None
    agent: str | None
    campaign: str | None
    settings: ReportSettingsRead
    buckets: list[str | None] = Field(description="Every interval of the period, in order")
    rows: list[CampaignRow] = Field(description="The intervals, campaigns and groups with attempts")
    campaigns: list[CampaignTotal] = Field(description="Each campaign with attempts, over the whole period")
    total: dict[str, Any]
    generated_at: str


class AttemptRow(Contract):
    """One campaign attempt behind a figure."""

    id: str
    at: str = Field(description="When its result was recorded, with the centre's offset")
    bucket: str | None
    campaign_id: str
    campaign: str
    agent_id: str | None
    agent: str
    phone: str
    customer_id: str | None
    result: str = Field(description="answered, busy, no_answer, invalid_number, rejected, network_error, machine")
    disposition: str | None
    sip_code: int | None
    finished: bool = Field(description="This attempt ended its record")


class AttemptPage(Contract):
    items: list[AttemptRow]
    total: int
    limit: int
    offset: int
