"""The names the report screens give an interval and a group without a name, in one place for the
desktop's report screens and the back office's exports (context ``Reports``). No Qt: the desktop
translates them with Qt's translator, the back office with the translation files
(``backoffice.reports.labels``)."""

from __future__ import annotations

from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.kpis import Interval

INTERVALS: tuple[tuple[Interval, Msg], ...] = (
    (Interval.MIN15, QT_TRANSLATE_NOOP("Reports", "15 minutes")),
    (Interval.HOUR, QT_TRANSLATE_NOOP("Reports", "Hour")),
    (Interval.DAY, QT_TRANSLATE_NOOP("Reports", "Day")),
    (Interval.WEEK, QT_TRANSLATE_NOOP("Reports", "Week")),
    (Interval.MONTH, QT_TRANSLATE_NOOP("Reports", "Month")),
)
"""The intervals the filters offer, in order, with their names."""

WHOLE_PERIOD = QT_TRANSLATE_NOOP("Reports", "Whole period")
"""A report without intervals (``Interval.NONE``): the period as one row."""

INTERVAL_NAMES: dict[Interval, Msg] = {**dict(INTERVALS), Interval.NONE: WHOLE_PERIOD}

NONE_LABEL = QT_TRANSLATE_NOOP("Reports", "(none)")
"""A group without a name: calls of no media source, of no agent."""


def interval_name(code: str) -> Msg | str:
    """The translatable name of an interval's code (a :class:`Msg`), or the code itself."""
    try:
        return INTERVAL_NAMES[Interval(code)]
    except ValueError:
        return code
