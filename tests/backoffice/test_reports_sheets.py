"""The workbook's times: every time on the calls sheet is the Excel serial number of the centre's
clock, also across its zone's daylight-saving changes and in zones off the whole hour, however the
zone's offset is looked up (:class:`backoffice.reports.sheets.SerialClock`)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from backoffice.reports.sheets import SerialClock, excel_serial


@pytest.mark.parametrize(
    ("zone", "change"),
    [
        ("Europe/Berlin", datetime(2026, 3, 29, 1, tzinfo=timezone.utc)),  # 02:00 → 03:00
        ("Europe/Berlin", datetime(2026, 10, 25, 1, tzinfo=timezone.utc)),  # 03:00 → 02:00
        ("Australia/Lord_Howe", datetime(2026, 4, 4, 15, tzinfo=timezone.utc)),  # half an hour back
        ("Asia/Kathmandu", datetime(2026, 6, 1, tzinfo=timezone.utc)),  # +05:45
        ("Asia/Shanghai", datetime(2026, 1, 5, 16, tzinfo=timezone.utc)),  # midnight on the centre's clock
    ],
)
def test_times_around_a_change_of_the_zones_offset_read_as_the_centres_clock(zone: str, change: datetime) -> None:
    centre = ZoneInfo(zone)
    serial = SerialClock(centre)
    when = change - timedelta(hours=2)
    while when < change + timedelta(hours=2):  # every 7.000123 s over four hours: 2,057 times
        assert serial(when) == excel_serial(when, centre), when
        local = when.astimezone(centre).replace(tzinfo=None)
        shown = datetime(1899, 12, 30) + timedelta(days=serial(when) or 0)
        assert abs(shown - local) < timedelta(milliseconds=1), (when, shown, local)
        when += timedelta(seconds=7, microseconds=123)
    assert serial(None) is None
