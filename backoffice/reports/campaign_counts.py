"""The campaign figures' counts of attempts in SQL, one definition for the campaign report
(:mod:`.campaigns`), its roll-up (:mod:`.campaign_rollup`) and a campaign's live progress
(:mod:`backoffice.campaigns.progress`): what is an attempt, a contact, a sale, and which attempt finished
its record (:mod:`crm.campaign_kpis` says it for people and derives the rates)."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import and_, case, func
from sqlalchemy.sql.elements import ColumnElement

from backoffice.campaigns.tables import campaign_attempts, campaign_records
from crm.campaign_kpis import FINISHED_STATES, MACHINE, RESULT_SUMS, SALE

logger = logging.getLogger(__name__)

_A = campaign_attempts.c
_R = campaign_records.c
SKIPPED = "skipped"
"""A record skipped in preview: kept with its reason, but not an attempt (left out of every figure)."""


def finished() -> ColumnElement[bool]:
    """The attempt ended its record (joined by :func:`ended`: the record's last attempt, the record now in
    a final state)."""
    return _R.id.is_not(None)


def contact() -> ColumnElement[bool]:
    """Answered by a person: answered, and not set to fax/machine by the agent afterwards."""
    return and_(_A.result == "answered", func.coalesce(_A.disposition, "") != MACHINE)


def sale() -> ColumnElement[bool]:
    return and_(_A.result == "answered", _A.disposition == SALE)


def ended() -> ColumnElement[bool]:
    """The record (``campaign_records``) ended with the attempt: it is the record's last, and the record
    is now in a final state."""
    return and_(_R.id == _A.record_id, _R.last_attempt_at == _A.at, _R.state.in_(FINISHED_STATES))


def count_of(condition: ColumnElement[bool]) -> Any:
    """SQL: how many rows of a group match ``condition``."""
    return func.sum(case((condition, 1), else_=0))


def attempt_counts() -> list[Any]:
    """SQL: the sums :data:`crm.campaign_kpis.SUMS` of a group of attempts (skips left out by the caller)
    but ``records_finished``."""
    return [
        func.count().label("attempts"),
        count_of(contact()).label("contacts"),
        count_of(sale()).label("sales"),
        *(count_of(_A.result == result).label(name) for result, name in RESULT_SUMS.items()),
    ]
