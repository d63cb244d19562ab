"""The outbound campaigns' figures in the KPI dictionary: attempts, contacts, sales and what they come
to, per campaign over a period and by interval (and per agent or team on a campaign).

They are counted from the campaigns' attempts (``campaign_attempts``: one row for each result an agent's
desktop reported; a record skipped in preview is kept there with its reason but is not an attempt), not
from the call log, which does not record a campaign. An attempt belongs to the interval, on the centre's clock, in which the back
office recorded its result (the call's end, give or take the wrap-up), and to the agent who reported it.
Names and formulas are marked for translation (context ``"Kpis"``); :func:`derive_campaign` is the
one place their formulas live. ``docs/kpis.md`` explains them for people. Qt-free.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from crm.i18n import QT_TRANSLATE_NOOP
from crm.kpis import GroupBy, Kpi, Source, Unit

logger = logging.getLogger(__name__)

CAMPAIGN_GROUPINGS = frozenset({GroupBy.NONE, GroupBy.AGENT, GroupBy.TEAM})
"""Within a campaign, its figures may be split by agent (who reported the attempt) or by their team."""

RESULT_SUMS: dict[str, str] = {
    "answered": "attempts_answered",
    "busy": "attempts_busy",
    "no_answer": "attempts_no_answer",
    "invalid_number": "attempts_invalid",
    "rejected": "attempts_rejected",
    "network_error": "attempts_network_error",
    "machine": "attempts_machine",
}
"""An attempt's result (``crm.schemas.campaigns.CallResult``) → the figure counting it."""
SALE = "sale"
"""The disposition of an answered call that made a sale (``crm.schemas.campaigns.Disposition.SALE``)."""
MACHINE = "machine"
"""The disposition of an answered call that reached a fax or answering machine, not a person."""
FINISHED_STATES = ("done", "invalid", "exhausted")
"""The states an attempt can end a record in (``crm.schemas.campaigns.RecordState``; a record put on
the do-not-call list ends without an attempt)."""

_K = Source.CAMPAIGNS

CAMPAIGN_KPIS: tuple[Kpi, ...] = (
    Kpi(
        "attempts",
        QT_TRANSLATE_NOOP("Kpis", "Attempts"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP(
            "Kpis",
            "Campaign calls whose result an agent reported in the interval, whatever the result (a record"
            " skipped in preview is not an attempt).",
        ),
        _K,
    ),
    Kpi(
        "contacts",
        QT_TRANSLATE_NOOP("Kpis", "Contacts"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP(
            "Kpis",
            "Attempts answered by a person: answered, and not set to fax/machine by the agent afterwards."
            " An answering machine or fax detected by the dialler is not a contact.",
        ),
        _K,
    ),
    Kpi(
        "contact_rate",
        QT_TRANSLATE_NOOP("Kpis", "Contact rate"),
        Unit.RATIO,
        QT_TRANSLATE_NOOP("Kpis", "Contacts ÷ attempts."),
        _K,
    ),
    Kpi(
        "sales",
        QT_TRANSLATE_NOOP("Kpis", "Sales"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Contacts the agent closed with the disposition sale."),
        _K,
    ),
    Kpi(
        "sales_conversion",
        QT_TRANSLATE_NOOP("Kpis", "Conversion"),
        Unit.RATIO,
        QT_TRANSLATE_NOOP("Kpis", "Sales ÷ contacts."),
        _K,
    ),
    Kpi(
        "attempts_answered",
        QT_TRANSLATE_NOOP("Kpis", "Answered attempts"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP(
            "Kpis", "Attempts with the result answered: contacts and the answered calls set to fax/machine."
        ),
        _K,
    ),
    Kpi(
        "attempts_busy",
        QT_TRANSLATE_NOOP("Kpis", "Busy"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Attempts with the result busy (SIP 486 or 600)."),
        _K,
    ),
    Kpi(
        "attempts_no_answer",
        QT_TRANSLATE_NOOP("Kpis", "No answer"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Attempts that rang out (the campaign's ring timeout)."),
        _K,
    ),
    Kpi(
        "attempts_invalid",
        QT_TRANSLATE_NOOP("Kpis", "Invalid number"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Attempts to an invalid or vacant number (SIP 404, 410, 484 or 604)."),
        _K,
    ),
    Kpi(
        "attempts_rejected",
        QT_TRANSLATE_NOOP("Kpis", "Rejected by the callee"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Attempts the callee declined (SIP 603)."),
        _K,
    ),
    Kpi(
        "attempts_network_error",
        QT_TRANSLATE_NOOP("Kpis", "Network error"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Attempts that failed in the network or a server (SIP 408 or 5xx)."),
        _K,
    ),
    Kpi(
        "attempts_machine",
        QT_TRANSLATE_NOOP("Kpis", "Machine detected"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP("Kpis", "Attempts the dialler found an answering machine or fax on."),
        _K,
    ),
    Kpi(
        "records_finished",
        QT_TRANSLATE_NOOP("Kpis", "Records finished"),
        Unit.COUNT,
        QT_TRANSLATE_NOOP(
            "Kpis",
            "Records whose last attempt fell in the interval and ended them: an ending disposition, an invalid"
            " number, the attempts used up or a call back handed to the Call Back queue.",
        ),
        _K,
    ),
)
CAMPAIGN_KPI_BY_ID: dict[str, Kpi] = {k.id: k for k in CAMPAIGN_KPIS}
SUMS = ("attempts", "contacts", "sales", "records_finished", *RESULT_SUMS.values())
"""The raw sums of a campaign report's cell (counts of attempts)."""


def derive_campaign(sums: Mapping[str, Any]) -> dict[str, Any]:
    """The campaign figures of one row from its raw sums (:data:`SUMS`; a missing one counts 0). A ratio
    is rounded to 6 decimals; with nothing to divide by it is None."""
    g = sums.get
    out: dict[str, Any] = {name: int(g(name, 0)) for name in SUMS}
    attempts, contacts = out["attempts"], out["contacts"]
    out["contact_rate"] = round(contacts / attempts, 6) if attempts else None
    out["sales_conversion"] = round(out["sales"] / contacts, 6) if contacts else None
    return out
