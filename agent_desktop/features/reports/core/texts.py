"""Texts the report screens share (context ``Reports``), marked here so Qt-free code and several
widgets can use one translation. No Qt."""

from __future__ import annotations

from crm.i18n import QT_TRANSLATE_NOOP
from crm.report_names import NONE_LABEL as NONE_LABEL  # a group without a name (shared with the exports)

INTERVAL = QT_TRANSLATE_NOOP("Reports", "Interval")
AGENT = QT_TRANSLATE_NOOP("Reports", "Agent")
MEDIA_SOURCE = QT_TRANSLATE_NOOP("Reports", "Media source")
CAMPAIGN = QT_TRANSLATE_NOOP("Reports", "Campaign")
FIGURE = QT_TRANSLATE_NOOP("Reports", "Figure")
VALUE = QT_TRANSLATE_NOOP("Reports", "Value")
DRILL_TIP = QT_TRANSLATE_NOOP("Reports", "Double-click for the calls behind this figure")
NO_DRILL_TIP = QT_TRANSLATE_NOOP("Reports", "No list of calls is kept behind this figure")
