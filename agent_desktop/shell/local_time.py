"""A moment as the agent reads it in a list, in the PC's time zone: the time alone today, else the date
and the time (:func:`local_time`); where room is short, the date without the year in the current year
(:func:`short_local_time`)."""

from __future__ import annotations

from datetime import datetime


def local_time(moment: datetime, today: datetime | None = None) -> str:
    """``HH:MM`` on ``today``'s date (by default now), ``YYYY-MM-DD HH:MM`` on another day."""
    local = moment.astimezone()
    today = (today or datetime.now()).astimezone()
    return local.strftime("%H:%M" if local.date() == today.date() else "%Y-%m-%d %H:%M")


def short_local_time(moment: datetime, today: datetime | None = None) -> str:
    """As :func:`local_time`, with ``MM-DD HH:MM`` on another day of ``today``'s year."""
    local = moment.astimezone()
    today = (today or datetime.now()).astimezone()
    if local.date() != today.date() and local.year == today.year:
        return local.strftime("%m-%d %H:%M")
    return local_time(local, today)
