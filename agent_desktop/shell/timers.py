"""Limits of Qt's timers that features arming long single-shot timers must respect."""

MAX_TIMER_MS = 2**31 - 1
"""The longest a QTimer can be armed for (a signed 32-bit count of milliseconds, about 24.8 days):
a later due time is armed for this long and re-armed when it fires."""
