"""A call's durations as every screen writes them: ``m:ss``, ``h:mm:ss`` from an hour (the banner's
talk and hold times, the softphone's timer and its recent calls). No Qt."""

from __future__ import annotations


def clock(seconds: float) -> str:
    """``seconds`` (whole ones; a negative one as 0) as ``m:ss``, or ``h:mm:ss`` from an hour."""
    minutes, secs = divmod(max(0, int(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
