"""When to call a customer back (plain Python, no Qt): their preferred call window and its next slot.

The customer card's ``call_window`` (``crm.schemas.customers.CallWindow``) names hours of the day in the
agent's local time: morning 09-12, afternoon 12-18, evening 18-21, the weekend (Saturday and Sunday,
09-21), or any time. :func:`next_slot` is the first moment from ``now`` inside the window (``now``
itself when it is inside), what the call-back question proposes; :func:`in_window` says whether a
chosen time is inside it (outside: the agent is warned, not stopped).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

WINDOW_HOURS: dict[str, tuple[int, int]] = {
    "morning": (9, 12),
    "afternoon": (12, 18),
    "evening": (18, 21),
    "weekend": (9, 21),
}
"""Each call window's hours (from, to) in local time; "anytime" (or none) has no limit."""

WEEKEND = (5, 6)  # Saturday, Sunday (datetime.weekday)
DAYS_AHEAD = 8
"""A window comes round within a week: the days looked at for the next slot."""


def in_window(window: str, moment: datetime) -> bool:
    """True when ``moment`` (aware) is inside the call window in local time (always for any time)."""
    hours = WINDOW_HOURS.get(window)
    if hours is None:
        return True
    local = moment.astimezone()
    if window == "weekend" and local.weekday() not in WEEKEND:
        return False
    return hours[0] <= local.hour < hours[1]


def next_slot(window: str, now: datetime) -> datetime:
    """The first moment from ``now`` (aware) in the call window: ``now`` when it is inside (or the window
    is any time), else the window's next opening in local time."""
    if in_window(window, now):
        return now
    start_hour = WINDOW_HOURS[window][0]
    local = now.astimezone()
    for days in range(DAYS_AHEAD):
        day = local.date() + timedelta(days=days)
        opening = datetime.combine(day, time(start_hour)).astimezone()
        if opening > local and in_window(window, opening):
            return opening
    return now  # not reached: every window opens within a week
