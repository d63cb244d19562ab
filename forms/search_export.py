"""Export of customer search results to .xlsx (openpyxl, write-only) or .csv (UTF-8 with BOM for Excel).

Plain functions that block: run them through ``ctx.tasks`` (BackgroundTasks), never on the GUI thread.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from crm.i18n import QT_TRANSLATE_NOOP
from crm.search_merge import SOURCE_KEY

logger = logging.getLogger(__name__)

HEADERS = (
    QT_TRANSLATE_NOOP("SearchExport", "Name"),
    QT_TRANSLATE_NOOP("SearchExport", "Phones"),
    QT_TRANSLATE_NOOP("SearchExport", "Province"),
    QT_TRANSLATE_NOOP("SearchExport", "City"),
    QT_TRANSLATE_NOOP("SearchExport", "District"),
    QT_TRANSLATE_NOOP("SearchExport", "Street"),
    QT_TRANSLATE_NOOP("SearchExport", "VIP level"),
    QT_TRANSLATE_NOOP("SearchExport", "Tags"),
    QT_TRANSLATE_NOOP("SearchExport", "Accepts samples"),
    QT_TRANSLATE_NOOP("SearchExport", "Follow-up opt-in"),
    QT_TRANSLATE_NOOP("SearchExport", "Call window"),
    QT_TRANSLATE_NOOP("SearchExport", "Last contact"),
    QT_TRANSLATE_NOOP("SearchExport", "Source"),
    QT_TRANSLATE_NOOP("SearchExport", "Customer id"),
)


def export_row(record: dict[str, Any]) -> list[Any]:
    """One customer as the export's cells (same order as :data:`HEADERS`)."""
    address = record.get("address") or {}
    prefs = record.get("preferences") or {}
    return [
        record.get("name", ""),
        ", ".join(p.get("number", "") for p in record.get("phones") or ()),
        address.get("province", ""),
        address.get("city", ""),
        address.get("district", ""),
        address.get("street", ""),
        int(record.get("vip_level") or 0),
        ", ".join(record.get("tags") or ()),
        bool(prefs.get("accepts_samples")),
        bool(prefs.get("follow_up_opt_in")),
        prefs.get("call_window", ""),
        record.get("last_contact_at") or "",
        record.get(SOURCE_KEY, ""),
        record.get("id", ""),
    ]


def export_customers(path: str | Path, records: Iterable[dict[str, Any]], headers: list[str] | None = None) -> int:
    """Write ``records`` to ``path`` (.xlsx or .csv by suffix); returns the number of rows written.
    ``headers`` are the (translated) column titles; the English ones by default."""
    path = Path(path)
    titles = list(headers or [str(h) for h in HEADERS])
    count = 0
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("customers")
        sheet.append(titles)
        for record in records:
            sheet.append(export_row(record))
            count += 1
        book.save(path)
    elif path.suffix.lower() == ".csv":
        with path.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(titles)
            for record in records:
                writer.writerow(export_row(record))
                count += 1
    else:
        raise ValueError(f"export to {path.suffix!r} is not supported (use .xlsx or .csv)")
    logger.info("exported %d customers", count)
    return count
