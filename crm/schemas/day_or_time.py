"""A range bound that is either a whole day (``2026-08-13``) or an exact time (``2026-08-13T10:00:00Z``).

Pydantic's plain ``datetime | date`` union turns the text ``2026-08-13`` (as a query parameter) into
midnight of that day, so a ``_to`` bound would exclude the very day the agent picked; and
``date | datetime`` turns ``...T00:00:00Z`` into a whole day. Text without a time part is a day,
anything else a time.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta, timezone
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator

logger = logging.getLogger(__name__)


def _day_or_time(value: Any) -> Any:
    if isinstance(value, str):
        text = value.strip()
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T"))
    return value


def _in_range(value: datetime | date) -> datetime | date:
    """Both bounds the value may become exist in UTC (9999-12-31 as a ``_to`` day ends after year 9999)."""
    try:
        bound(value, False)
        bound(value, True)
    except OverflowError:
        raise ValueError("the date is out of range") from None
    return value


DayOrTime = Annotated[datetime | date, BeforeValidator(_day_or_time), AfterValidator(_in_range)]


def bound(value: datetime | date | None, upper: bool) -> datetime | None:
    """A range bound as an aware UTC datetime: a day starts at its UTC midnight, and as an upper bound
    (``_to``) covers that whole day (exclusive end = next midnight); a time is taken as it is."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=value.tzinfo or timezone.utc).astimezone(timezone.utc)
    start = datetime.combine(value, time(0), tzinfo=timezone.utc)
    return start + timedelta(days=1) if upper else start
