"""The sorting list as a spreadsheet (.xlsx, openpyxl) or text (CSV / TSV), with progress. No Qt.

Runs in a worker (``ctx.tasks``); ``progress(done, total)`` is called every few hundred rows, so a
Qt progress bar can follow through a queued signal. Text files are UTF-8 with a BOM, so Excel opens
Chinese text correctly; the .xlsx is written in openpyxl's write-only mode (flat memory). Delivery
methods and statuses are written as their labels in the language of the :class:`Labels` given.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from agent_desktop.features.logistics.core.labels import Labels
from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.records import LogisticsOrderRecord

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

COLUMNS: tuple[tuple[str, Msg], ...] = (
    ("number", QT_TRANSLATE_NOOP("LogisticsExport", "Order number")),
    ("created", QT_TRANSLATE_NOOP("LogisticsExport", "Created")),
    ("recipient", QT_TRANSLATE_NOOP("LogisticsExport", "Recipient")),
    ("phone", QT_TRANSLATE_NOOP("LogisticsExport", "Phone")),
    ("province", QT_TRANSLATE_NOOP("LogisticsExport", "Province")),
    ("city", QT_TRANSLATE_NOOP("LogisticsExport", "City")),
    ("district", QT_TRANSLATE_NOOP("LogisticsExport", "District")),
    ("street", QT_TRANSLATE_NOOP("LogisticsExport", "Street")),
    ("postal_code", QT_TRANSLATE_NOOP("LogisticsExport", "Postal code")),
    ("delivery_method", QT_TRANSLATE_NOOP("LogisticsExport", "Delivery")),
    ("courier", QT_TRANSLATE_NOOP("LogisticsExport", "Courier")),
    ("sort_date", QT_TRANSLATE_NOOP("LogisticsExport", "Sorting date")),
    ("handover_date", QT_TRANSLATE_NOOP("LogisticsExport", "Hand-over date")),
    ("items", QT_TRANSLATE_NOOP("LogisticsExport", "Items")),
    ("total", QT_TRANSLATE_NOOP("LogisticsExport", "Total (CNY)")),
    ("rush", QT_TRANSLATE_NOOP("LogisticsExport", "Rush")),
    ("status", QT_TRANSLATE_NOOP("LogisticsExport", "Status")),
    ("tracking_number", QT_TRANSLATE_NOOP("LogisticsExport", "Tracking number")),
)
"""(key, English header) of the exported columns, in order."""


def sorting_row(order: LogisticsOrderRecord, labels: Labels | None = None) -> dict[str, Any]:
    """One export row from a logistics order (``/logistics/orders`` item); codes as ``labels``."""
    labels = labels or Labels()
    address = order.get("delivery_address") or {}
    return {
        "number": order.get("number", ""),
        "created": str(order.get("created_at") or "")[:10],
        "recipient": order.get("recipient_name", ""),
        "phone": order.get("recipient_phone") or "",
        "province": address.get("province", ""),
        "city": address.get("city", ""),
        "district": address.get("district", ""),
        "street": address.get("street", ""),
        "postal_code": address.get("postal_code", ""),
        "delivery_method": labels.delivery_label(order.get("delivery_method", "")),
        "courier": order.get("courier", ""),
        "sort_date": order.get("sort_date") or "",
        "handover_date": order.get("handover_date") or "",
        "items": "; ".join(
            f"{ln.get('sku')} {ln.get('name', '')} x{ln.get('quantity')}" for ln in order.get("lines") or ()
        ),
        "total": f"{Decimal(int(order.get('total_cents') or 0)) / 100:.2f}",
        "rush": labels.rush if order.get("rush") else "",
        "status": labels.status_label(order.get("status", "")),
        "tracking_number": order.get("tracking_number", ""),
    }


def _every(total: int) -> int:
    return max(1, min(500, total // 100 or 1))


def write_delimited(
    path: Path,
    rows: Sequence[dict[str, Any]],
    headers: Sequence[str],
    *,
    delimiter: str = ",",
    progress: Progress | None = None,
) -> int:
    """CSV (``,``) or TSV (``\\t``) with a header row; returns the number of data rows."""
    keys = [k for k, _ in COLUMNS]
    total, step = len(rows), _every(len(rows))
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(headers)
        for i, row in enumerate(rows, 1):
            writer.writerow([row.get(k, "") for k in keys])
            if progress is not None and (i % step == 0 or i == total):
                progress(i, total)
    return total


def write_xlsx(
    path: Path,
    rows: Sequence[dict[str, Any]],
    headers: Sequence[str],
    *,
    title: str = "Sorting list",
    progress: Progress | None = None,
) -> int:
    """An .xlsx workbook with one sheet (bold header, frozen first row); totals as numbers."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    keys = [k for k, _ in COLUMNS]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title[:31])
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    total, step = len(rows), _every(len(rows))
    for i, row in enumerate(rows, 1):
        ws.append([Decimal(row[k]) if k == "total" and row.get(k) else row.get(k, "") for k in keys])
        if progress is not None and (i % step == 0 or i == total):
            progress(i, total)
    wb.save(path)
    return total


def export(
    path: Path,
    orders: Sequence[LogisticsOrderRecord],
    headers: Sequence[str],
    *,
    labels: Labels | None = None,
    progress: Progress | None = None,
) -> int:
    """Write ``orders`` to ``path``; the format follows the suffix (.xlsx, .tsv/.txt, else CSV).
    ``headers`` and ``labels`` are in the language the file is for (English when not given)."""
    labels = labels or Labels()
    rows = [sorting_row(o, labels) for o in orders]
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        count = write_xlsx(path, rows, headers, progress=progress)
    else:
        count = write_delimited(
            path, rows, headers, delimiter="\t" if suffix in (".tsv", ".txt") else ",", progress=progress
        )
    logger.info("exported %d orders to %s", count, path.name)
    return count
