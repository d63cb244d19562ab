"""The calls behind a figure as the drill-down lists them: columns, how each cell reads. No Qt.

Column names are the Excel export's (context ``ReportExport``: one translation for both) but for the
times, which read as the report tables write a time (m:ss or h:mm:ss) where the export gives seconds;
codes read as the card shows them and as the export writes them (:mod:`crm.code_labels`); times of day
are on the centre's clock as the back office gave them, never moved to the client's.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from agent_desktop.features.reports.core.figures import duration
from crm.code_labels import call_label, code_label
from crm.i18n import QT_TRANSLATE_NOOP, Msg

logger = logging.getLogger(__name__)

COLUMNS: tuple[tuple[str, Msg], ...] = (
    ("ring_at", QT_TRANSLATE_NOOP("ReportExport", "Rang at")),
    ("direction", QT_TRANSLATE_NOOP("ReportExport", "Direction")),
    ("outcome", QT_TRANSLATE_NOOP("ReportExport", "Outcome")),
    ("number", QT_TRANSLATE_NOOP("Reports", "Number")),
    ("customer_name", QT_TRANSLATE_NOOP("Reports", "Customer")),
    ("agent", QT_TRANSLATE_NOOP("ReportExport", "Agent")),
    ("media_source", QT_TRANSLATE_NOOP("ReportExport", "Media source")),
    ("wait_s", QT_TRANSLATE_NOOP("Reports", "Wait")),
    ("handling_s", QT_TRANSLATE_NOOP("Reports", "Handling time")),
    ("disposition", QT_TRANSLATE_NOOP("ReportExport", "Disposition")),
)
"""(field of a :class:`crm.schemas.reports.CallRow`, header) of the drill-down's columns; ``number``
is the other party's: the caller of an incoming call, the number dialled of an outgoing one."""


def cell(call: Mapping[str, Any], field: str) -> str | Msg:
    """How the drill-down writes ``field`` of ``call`` (a :class:`Msg` to translate for a code)."""
    if field == "number":
        field = "callee" if call.get("direction") == "outbound" else "caller"
    value = call.get(field)
    if value is None or value == "":
        return ""
    if field in ("direction", "outcome"):
        return call_label(str(value))
    if field == "ring_at":
        return str(value)[:19].replace("T", " ")
    if field in ("wait_s", "handling_s"):
        return duration(float(value))
    if field == "disposition":
        return code_label(str(value))
    return str(value)


ATTEMPT_COLUMNS: tuple[tuple[str, Msg], ...] = (
    ("at", QT_TRANSLATE_NOOP("Reports", "Result at")),
    ("campaign", QT_TRANSLATE_NOOP("ReportExport", "Campaign")),
    ("phone", QT_TRANSLATE_NOOP("Reports", "Number")),
    ("agent", QT_TRANSLATE_NOOP("ReportExport", "Agent")),
    ("result", QT_TRANSLATE_NOOP("Reports", "Result")),
    ("disposition", QT_TRANSLATE_NOOP("ReportExport", "Disposition")),
    ("sip_code", QT_TRANSLATE_NOOP("Reports", "SIP code")),
)
"""(field of a :class:`crm.schemas.reports.AttemptRow`, header) of a campaign figure's drill-down."""


def attempt_cell(attempt: Mapping[str, Any], field: str) -> str | Msg:
    """How the drill-down writes ``field`` of a campaign ``attempt`` (codes as the card shows them)."""
    value = attempt.get(field)
    if value is None or value == "":
        return ""
    if field == "at":
        return str(value)[:19].replace("T", " ")
    if field == "result":
        return call_label(str(value)) if value == "answered" else code_label(str(value))
    if field == "disposition":
        return code_label(str(value))
    return str(value)
