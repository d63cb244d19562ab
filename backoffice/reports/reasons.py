"""Not-ready reasons as the workbook names them: the name the centre gave each reason, in the reader's
language.

The centre configures its reasons on the desktops (``presence.not_ready_reasons``, :mod:`crm.presence_reasons`)
and every presence change a desktop sends carries the reason's name as it has it (a built-in reason's
English name, which each reader's language translates; a reason of the centre's own as the centre
wrote it). The roll-ups keep only the reason's id, so the export looks each reason's name up once, in
``presence_events``: its latest name within the report's period, else the latest in the day before it
(the change that started not-ready time carried into the period). A reason no desktop named there
(older desktops sent no names) is a built-in reason's name, else its id.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Connection

from backoffice.presence import presence_events
from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.kpis import NO_REASON
from crm.reason_names import reason_label, shown_name

logger = logging.getLogger(__name__)

NO_REASON_NAME = QT_TRANSLATE_NOOP("ReportExport", "No reason given")


LOOK_BACK = timedelta(days=1)
"""How far before the period a reason's name is looked for (not-ready time carried into the period)."""


def sent_names(conn: Connection, reasons: Iterable[str], start: datetime, end: datetime) -> dict[str, str]:
    """The name the desktops last sent for each of ``reasons`` in ``[start, end)``, else in the day
    before (none for a reason not sent with a name there): one row per reason, read on the index of the
    changes that carry a name (``ix_presence_events_reason_named``)."""
    out: dict[str, str] = {}
    ev = presence_events.c
    for reason in sorted(set(reasons) - {NO_REASON, ""}):
        latest = (
            select(ev.reason_name)
            .where(ev.reason == reason, ev.reason_name.is_not(None), ev.at >= start - LOOK_BACK, ev.at < end)
            .order_by(ev.at.desc())
            .limit(1)
        )
        name = conn.execute(latest).scalar()
        if name:
            out[reason] = name
    return out


def reason_namer(names: dict[str, str], tr: Callable[[str], str]) -> Callable[[str], str]:
    """``name(reason)``: a not-ready reason in ``tr``'s language: the name the desktops sent
    (:func:`sent_names`; a built-in reason's English name translated), else a built-in reason's name,
    "No reason given" for :data:`crm.kpis.NO_REASON`, else the id."""

    def name(reason: str) -> str:
        sent = names.get(reason)
        if reason == NO_REASON:
            label: Msg | str = NO_REASON_NAME
        elif sent:
            label = shown_name(reason, sent)
        else:
            label = reason_label((), reason)
        return tr(label) if isinstance(label, Msg) else label

    return name
