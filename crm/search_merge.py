"""One customer search run page by page: the local store first, then what only the CRM has (no Qt).

The local matches come first (instant, offline-capable, sortable by any :data:`SORT_KEYS` column);
after them the CRM's answer to the same conditions (``GET /customers/search``), minus the customers the
local search already listed (dedup by id), so records not cached yet still show up. When the CRM cannot
be reached the search simply ends after the local part and :attr:`remote_error` says why.

:meth:`next_page` blocks (SQLite, HTTP): call it from a worker (``ctx.tasks``), one call at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from crm.client_errors import CrmError
from crm.schemas import CustomerSearch
from crm.search_query import to_params

if TYPE_CHECKING:
    from crm.client import CrmClient
    from crm.store.search import LocalCustomerSearch

logger = logging.getLogger(__name__)

LOCAL, CRM = "local", "crm"
SOURCE_KEY = "_source"
"""Key added to each result row: where it came from (LOCAL or CRM)."""


class MergedCustomerSearch:
    """State of one search; :meth:`next_page` returns the next rows until :attr:`more` is False."""

    def __init__(
        self,
        local: LocalCustomerSearch,
        client: CrmClient | None,
        q: CustomerSearch,
        *,
        sort: str = "created_at",
        descending: bool = True,
        page_size: int = 500,
        remote_page_size: int = 200,
        max_remote_pages: int = 25,
    ) -> None:
        self.local = local
        self.client = client
        self.q = q
        self.sort = sort
        self.descending = descending
        self.page_size = page_size
        self.remote_page_size = remote_page_size
        self.max_remote_pages = max_remote_pages
        self.local_total: int | None = None
        self.local_offset = 0
        self._keys: Any = None
        self.remote_offset = 0
        self.remote_total: int | None = None
        self.remote_added = 0
        self.remote_error: Any = None
        self._seen: set[str] = set()
        unusable_phone = bool(q.phone) and not local.store.phones.try_normalize(q.phone)
        self.remote_done = client is None or unusable_phone or not getattr(client, "signed_in", True)

    @property
    def local_done(self) -> bool:
        return self.local_total is not None and self.local_offset >= self.local_total

    @property
    def more(self) -> bool:
        """True while another :meth:`next_page` may return rows."""
        return not self.local_done or not self.remote_done

    def count_local(self) -> int:
        """How many local customers match (the ordered matches are read once, on the first call)."""
        if self._keys is None:
            self._keys = self.local.ordered_keys(self.q, sort=self.sort, descending=self.descending)
            self.local_total = len(self._keys)
        return self.local_total or 0

    def next_page(self) -> list[dict[str, Any]]:
        """The next rows (marked with :data:`SOURCE_KEY`); [] once nothing is left."""
        self.count_local()
        if not self.local_done:
            keys = self._keys[self.local_offset : self.local_offset + self.page_size]
            self.local_offset += len(keys)
            rows = self.local.rows(keys)
            for row in rows:
                row[SOURCE_KEY] = LOCAL
            return rows
        return self._remote_page()

    def _remote_page(self) -> list[dict[str, Any]]:
        for _ in range(self.max_remote_pages):
            if self.remote_done or self.client is None:  # no client: remote_done from the start
                return []
            try:
                page = self.client.search_customers(
                    **to_params(self.q, limit=self.remote_page_size, offset=self.remote_offset)
                )
            except CrmError as exc:
                logger.info("CRM part of the customer search failed: %s", exc)
                self.remote_error = exc.message
                self.remote_done = True
                return []
            items = [item.model_dump(mode="json") for item in page.items]
            self.remote_total = page.total
            self.remote_offset += len(items)
            if not items or self.remote_offset >= page.total:
                self.remote_done = True
            listed = self.local.matching_ids(self.q, [r["id"] for r in items])
            new = [r for r in items if r["id"] not in listed and r["id"] not in self._seen]
            if new:
                for row in new:
                    row[SOURCE_KEY] = CRM
                    self._seen.add(row["id"])
                self.remote_added += len(new)
                return new
        return []

    def all_rows(self) -> Iterator[dict[str, Any]]:
        """Every remaining row (for an export)."""
        while self.more:
            rows = self.next_page()
            if not rows and not self.more:
                break
            yield from rows
