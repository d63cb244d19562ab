"""Table model of customer search results, filled on demand (canFetchMore/fetchMore) off the GUI thread.

The view asks for more rows as the agent scrolls; each page is read by a
:class:`crm.search_merge.MergedCustomerSearch` in the background (``tasks.run``) and appended when it
arrives, so the GUI never waits on SQLite or the CRM whatever the number of matches. Sorting by a
column starts the search again with the store ordering by that column. A newer search or sort
discards the pages of the older one still in flight (generation counter).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from crm.phones import DEFAULT_REGION, format_phone
from crm.schemas import CustomerSearch
from crm.search_merge import CRM, SOURCE_KEY, MergedCustomerSearch
from crm.store.search import LocalCustomerSearch

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("name", "name"),
    ("phones", None),
    ("city", "city"),
    ("vip_level", "vip_level"),
    ("tags", None),
    ("last_contact_at", "last_contact_at"),
    ("source", None),
)
"""(column key, sort key of the store or None when the column cannot be sorted)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchResultsModel(QAbstractTableModel):
    """Rows = customers found; append-only pages; ``search()`` starts over."""

    sig_counts_changed = Signal(int, int, bool)
    """(rows loaded, local matches, whether more may come)."""

    sig_remote_failed = Signal(str)
    """The CRM part of the search failed (offline, refused): only local results are shown."""

    sig_busy_changed = Signal(bool)
    """A page is being fetched (True) or the model is idle (False)."""

    def __init__(
        self,
        tasks: Any,
        local: LocalCustomerSearch,
        client_fn: Callable[[], Any] | None = None,
        *,
        page_size: int = 500,
        region: str = DEFAULT_REGION,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.region = region  # numbers of this region in national form: 138 0013 8000
        self.local = local
        self.client_fn = client_fn or (lambda: None)
        self.page_size = page_size
        self._rows: list[tuple[str, ...]] = []  # (id, source, column texts...): few GC-tracked objects
        self._run: MergedCustomerSearch | None = None
        self._generation = 0
        self._fetching = False
        self._query: CustomerSearch | None = None
        self._sort = ("created_at", True)
        self._headers: tuple[str, ...] = ()
        self._source_names: tuple[str, str] = ("", "")
        self.retranslate()

    def retranslate(self) -> None:
        """Headers and the Source column in the current language; views repaint (a language switch)."""
        self._headers = (
            self.tr("Name"),
            self.tr("Phones"),
            self.tr("City"),
            self.tr("VIP"),
            self.tr("Tags"),
            self.tr("Last contact"),
            self.tr("Source"),
        )
        self._source_names = (self.tr("Local"), self.tr("CRM"))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    # -- public ---------------------------------------------------------------------------------
    def search(self, q: CustomerSearch) -> None:
        """Start a new search (the first page arrives asynchronously)."""
        self._query = q
        self._restart()

    @property
    def query(self) -> CustomerSearch | None:
        return self._query

    @property
    def local_total(self) -> int:
        return self._run.local_total or 0 if self._run else 0

    @property
    def busy(self) -> bool:
        return self._fetching

    def customer_id(self, row: int) -> str:
        return self._rows[row][0]

    def new_run(self) -> MergedCustomerSearch | None:
        """A fresh run of the current search and sort (e.g. for an export of every row)."""
        if self._query is None:
            return None
        return MergedCustomerSearch(
            self.local,
            self.client_fn(),
            self._query,
            sort=self._sort[0],
            descending=self._sort[1],
            page_size=self.page_size,
        )

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if COLUMNS[index.column()][0] == "source":  # named at display time: follows a language switch
                return self._source_names[row[1] == CRM]
            return row[2 + index.column()]
        if role == ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.ForegroundRole and row[1] == CRM:
            return QBrush(QColor("#1f5fa8"))
        return None

    def _line(self, record: dict[str, Any]) -> tuple[str, ...]:
        """A record as a flat tuple of strings (built in the worker)."""
        return (record["id"], record.get(SOURCE_KEY, ""), *(self._display(record, key) for key, _sort in COLUMNS))

    def _display(self, row: dict[str, Any], key: str) -> str:
        if key == "phones":
            return ", ".join(format_phone(p.get("number", ""), self.region) for p in row.get("phones") or ())
        if key == "city":
            address = row.get("address") or {}
            return " ".join(x for x in (address.get("city"), address.get("district")) if x)
        if key == "tags":
            return ", ".join(row.get("tags") or ())
        if key == "vip_level":
            return str(row.get("vip_level") or 0)
        if key == "last_contact_at":
            return (row.get("last_contact_at") or "")[:16].replace("T", " ")
        if key == "source":
            return self._source_names[row.get(SOURCE_KEY) == CRM]
        return str(row.get(key) or "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort_key = COLUMNS[column][1]
        if sort_key is None:
            return
        self._sort = (sort_key, order == Qt.SortOrder.DescendingOrder)
        if self._query is not None:
            self._restart()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._run is not None and not self._fetching and self._run.more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        run, generation = self._run, self._generation
        if run is None:  # canFetchMore said there is a run
            return
        self._set_busy(True)
        self.tasks.run(
            lambda: [self._line(r) for r in run.next_page()],
            lambda rows: self._on_page(generation, rows),
            lambda exc: self._on_failed(generation, exc),
            owner=self,
        )

    # -- internals ------------------------------------------------------------------------------
    def _restart(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._run = self.new_run()
        self._fetching = False
        self.endResetModel()
        self.fetchMore()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._fetching:
            self._fetching = busy
            self.sig_busy_changed.emit(busy)

    def _on_page(self, generation: int, rows: list[tuple[str, ...]]) -> None:
        if generation != self._generation:
            return
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        run = self._run
        self._set_busy(False)
        if run is not None and run.remote_error is not None:
            error, run.remote_error = run.remote_error, None
            self.sig_remote_failed.emit(str(error))
        self.sig_counts_changed.emit(len(self._rows), self.local_total, bool(run and run.more))
        if run is not None and run.more and not rows:
            self.fetchMore()  # nothing new in this page (all listed already): keep looking

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        logger.error("customer search page failed", exc_info=exc)
        if self._run is not None:
            self._run.remote_done = True
            self._run.local_total = self._run.local_offset
        self._set_busy(False)
        self.sig_remote_failed.emit(str(exc))
        self.sig_counts_changed.emit(len(self._rows), self.local_total, False)
