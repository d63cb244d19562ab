"""Customer search over the local store: any combination of :class:`CustomerSearch` conditions (AND).

Works on the indexed side tables of :mod:`crm.store.search_index`; every value is a bound parameter
(a condition typed as ``' OR 1=1 --`` is just text that matches nobody). The semantics are the back
office's (``backoffice.search``): name = substring of the name or prefix of its pinyin initials; city
= prefix; region = prefix of province, city or district; a date ``_to`` includes that whole UTC day;
a product counts when a non-cancelled order has a line of that SKU.

Also here: saved searches (local to this desktop, not synced) and the complaints list query.
"""

from __future__ import annotations

import json
import logging
from array import array
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from crm.outbox import now_iso
from crm.pinyin import initials
from crm.records import ComplaintRecord, CustomerRecord
from crm.schemas import CustomerSearch
from crm.schemas.day_or_time import bound
from crm.search_query import dumps, loads
from crm.store.search_index import ensure_search_index

logger = logging.getLogger(__name__)


class ComplaintListRow(ComplaintRecord, total=False):
    """A complaint as :meth:`LocalCustomerSearch.complaints` lists it: the stored record with its
    customer's name and whether it is overdue (computed by the query, not stored)."""

    customer_name: str
    overdue: bool


_TOP = "\U0010ffff"
_SORT_COLUMNS = {
    "name": "c.name",
    "city": "(SELECT p.city FROM search_places p WHERE p.id = c.place)",
    "vip_level": "c.vip",
    "last_contact_at": "c.last_contact",
    "created_at": "c.created",
}


def _stamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.strftime("%Y-%m-%d %H:%M:%S.") + f"{value.microsecond // 1000:03d}"


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _prefix(column: str, text: str, params: list[Any]) -> str:
    params += [text, text + _TOP]
    return f"({column} >= ? AND {column} < ?)"


def _share(condition: str, share: float) -> str:
    """``condition``, telling SQLite that it keeps about ``share`` of the customers. The planner has no
    statistics on the search tables and takes any equality on an index for a selective one: for a VIP
    level or a flag the hint lets a name prefix or a phone lead instead."""
    return f"likelihood({condition}, {share})"


def _places(condition: str) -> str:
    """The customers whose place (a row of the small ``search_places``) meets ``condition``: a short
    list of place ids, each one a seek in the place indexes."""
    return f"c.place IN (SELECT id FROM search_places WHERE {condition})"


class LocalCustomerSearch:
    """Search the customers of one :class:`crm.store.Store` (any thread; reads only)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._initials_ready: set[int] = set()
        ensure_search_index(store.db)

    def _with_initials(self) -> None:
        """Give this thread's reader ``pinyin_initials(text)`` (crm.pinyin): customers created offline
        have no initials from the CRM yet, so a name search computes theirs on the fly."""
        conn = self.store.db.reader()
        if id(conn) not in self._initials_ready:
            conn.create_function("pinyin_initials", 1, initials, deterministic=True)
            self._initials_ready.add(id(conn))

    # -- conditions -----------------------------------------------------------------------------
    def keys_sql(
        self, q: CustomerSearch, *, sort: str | None = None, extra: tuple[str, list[Any]] | None = None
    ) -> tuple[str, list[Any]] | None:
        """``SELECT`` of the matching ``search_customers`` keys (column ``k``; with ``sort``, the sort
        value as column ``s``) and its parameters; None when nothing can match. A name condition
        becomes a UNION ALL of disjoint queries (:meth:`_name`), each one led by its own index."""
        where = self.where(q)
        if where is None:
            return None
        sql, params = where
        if extra is not None:
            sql, params = f"{extra[0]} AND {sql}", [*extra[1], *params]
        columns = "c.rowid AS k" + (f", {self._column(sort)} AS s" if sort else "")
        select = f"SELECT {columns} FROM search_customers c"
        if not q.name:
            return f"{select} WHERE {sql}", params
        parts, all_params = [], []
        for index, condition, branch in self._name(q.name):
            parts.append(f"{select}{index} WHERE {condition} AND {sql}")
            all_params += branch + params
        return " UNION ALL ".join(parts), all_params

    def _name(self, text: str) -> list[tuple[str, str, list[Any]]]:
        """The name condition as three disjoint alternatives (index hint, condition, parameters): the
        pinyin initials start with ``text``; else the name contains it (when ``text`` has a Latin
        letter only a name with one can, and those few are indexed apart: ``ix_sc_latin``); else the
        customer was created offline (no initials from the CRM yet) and its computed initials start with it."""
        self._with_initials()
        lowered, like = text.lower(), "c.name LIKE ? ESCAPE '\\'"
        starts_params: list[Any] = []
        starts = _prefix("c.initials", lowered, starts_params)
        contains, index = f"{like} AND NOT {starts}", ""
        if any(ch.isascii() and ch.isalpha() for ch in text):
            contains, index = f"lower(c.name) != upper(c.name) AND {contains}", " INDEXED BY ix_sc_latin"
        offline = f"c.initials = '' AND NOT ifnull({like}, 0) AND substr(pinyin_initials(c.name), 1, ?) = ?"
        return [
            ("", starts, starts_params),
            (index, contains, [_like(text), *starts_params]),
            ("", offline, [_like(text), len(text), lowered]),
        ]

    def where(self, q: CustomerSearch) -> tuple[str, list[Any]] | None:
        """SQL condition over ``search_customers c`` and its parameters, all but the name (see
        :meth:`keys_sql`); None when nothing can match (e.g. a phone condition that is not a phone number)."""
        out: list[str] = []
        params: list[Any] = []
        if q.phone:
            number = self.store.phones.try_normalize(q.phone)
            if not number:
                return None
            out.append("c.id IN (SELECT customer_id FROM phones WHERE e164 = ?)")
            params.append(number)
        if q.city:
            out.append(_places(_prefix("city", q.city, params)))
        if q.region:
            out.append(_places(" OR ".join(_prefix(col, q.region, params) for col in ("province", "city", "district"))))
        if q.tag:
            out.append("instr(c.tags, ?) > 0")
            params.append("|" + q.tag + "|")
        for value, sql in (
            (q.vip_level, _share("c.vip = ?", 0.2)),
            (q.vip_min, "c.vip >= ?"),
            (q.accepts_samples, _share("c.samples = ?", 0.5)),
            (q.follow_up_opt_in, _share("c.follow_up = ?", 0.5)),
        ):
            if value is not None:
                out.append(sql)
                params.append(int(value))
        if q.call_window is not None:
            out.append(_share("c.call_window = ?", 0.2))
            params.append(q.call_window.value)
        low, high = _stamp(bound(q.last_contact_from, False)), _stamp(bound(q.last_contact_to, True))
        if low:
            out.append("c.last_contact >= ?")
            params.append(low)
        if high:
            out.append("c.last_contact < ?")
            params.append(high)
        self._related(q, out, params)
        return " AND ".join(out) or "1", params

    @staticmethod
    def _related(q: CustomerSearch, out: list[str], params: list[Any]) -> None:
        low, high = _stamp(bound(q.order_from, False)), _stamp(bound(q.order_to, True))
        if low or high:
            inner = ["o.customer_id = c.id"]
            for value, sql in ((low, "o.created >= ?"), (high, "o.created < ?")):
                if value:
                    inner.append(sql)
                    params.append(value)
            out.append("EXISTS (SELECT 1 FROM search_orders o WHERE " + " AND ".join(inner) + ")")
        if q.product_sku:
            out.append(
                "EXISTS (SELECT 1 FROM search_order_lines l JOIN search_orders o ON o.id = l.order_id"
                " WHERE l.sku = ? AND l.customer_id = c.id AND o.status != 'cancelled')"
            )
            params.append(q.product_sku)
        if q.complaint_status is not None:
            out.append("c.id IN (SELECT customer_id FROM search_complaints WHERE status = ?)")
            params.append(q.complaint_status.value)

    # -- queries ----------------------------------------------------------------------------------
    def count(self, q: CustomerSearch) -> int:
        """How many local customers match."""
        keys = self.keys_sql(q)
        if keys is None:
            return 0
        n: int
        (n,) = self.store.db.reader().execute(f"SELECT COUNT(*) FROM ({keys[0]})", keys[1]).fetchone()
        return n

    def page(
        self, q: CustomerSearch, *, offset: int = 0, limit: int = 200, sort: str = "created_at", descending: bool = True
    ) -> list[CustomerRecord]:
        """One page of matching customer records (local copies), sorted by ``sort`` then key."""
        keys = self.keys_sql(q, sort=sort)
        if keys is None:
            return []
        direction = "DESC" if descending else "ASC"
        rows = self.store.db.reader().execute(
            f"SELECT d.data FROM ({keys[0]}) m JOIN search_customers c ON c.rowid = m.k"
            f" JOIN customers d ON d.id = c.id ORDER BY m.s {direction}, m.k {direction} LIMIT ? OFFSET ?",
            [*keys[1], limit, offset],
        )
        return [json.loads(r[0]) for r in rows]

    def ordered_keys(self, q: CustomerSearch, *, sort: str = "created_at", descending: bool = True) -> array[int]:
        """Index keys of every match in display order (compact: 8 bytes a row), read in one query;
        :meth:`rows` turns a slice of them into records. The length is the number of matches."""
        keys = self.keys_sql(q, sort=sort)
        if keys is None:
            return array("q")
        direction = "DESC" if descending else "ASC"
        cursor = self.store.db.reader().execute(
            f"SELECT k FROM ({keys[0]}) ORDER BY s {direction}, k {direction}", keys[1]
        )
        return array("q", (r[0] for r in cursor))

    def rows(self, keys: Sequence[int]) -> list[dict[str, Any]]:
        """The records of ``keys`` (from :meth:`ordered_keys`) in that order; a customer changed or
        removed since is left out."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        found = dict(
            self.store.db.reader()
            .execute(
                f"SELECT c.rowid, d.data FROM search_customers c JOIN customers d ON d.id = c.id"
                f" WHERE c.rowid IN ({marks})",
                list(keys),
            )
            .fetchall()
        )
        return [json.loads(found[k]) for k in keys if k in found]

    @staticmethod
    def _column(sort: str) -> str:
        column = _SORT_COLUMNS.get(sort)
        if column is None:
            raise ValueError(f"cannot sort by {sort!r}")
        return column

    def matching_ids(self, q: CustomerSearch, ids: list[str]) -> set[str]:
        """Those of ``ids`` that match ``q`` locally (to drop CRM results already listed)."""
        if not ids:
            return set()
        keys = self.keys_sql(q, extra=(f"c.id IN ({','.join('?' * len(ids))})", list(ids)))
        if keys is None:
            return set()
        rows = self.store.db.reader().execute(
            f"SELECT c.id FROM search_customers c WHERE c.rowid IN ({keys[0]})", keys[1]
        )
        return {r[0] for r in rows}

    # -- saved searches -----------------------------------------------------------------------------
    def save(self, name: str, q: CustomerSearch) -> None:
        """Save (or overwrite) a named search on this desktop."""
        name = name.strip()
        if not name:
            raise ValueError("a saved search needs a name")
        with self.store.db.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO saved_searches (name, conditions, updated_at) VALUES (?, ?, ?)",
                (name, dumps(q), now_iso()),
            )

    def saved(self) -> dict[str, CustomerSearch]:
        """Saved searches by name (alphabetical)."""
        rows = self.store.db.reader().execute("SELECT name, conditions FROM saved_searches ORDER BY name")
        return {name: loads(text) for name, text in rows}

    def forget(self, name: str) -> None:
        with self.store.db.write() as conn:
            conn.execute("DELETE FROM saved_searches WHERE name = ?", (name,))

    # -- complaints -----------------------------------------------------------------------------------
    def complaints(
        self, *, status: str | None = None, overdue_only: bool = False, now: datetime | None = None, limit: int = 2000
    ) -> list[ComplaintListRow]:
        """Complaints (with ``customer_name``, ``overdue``), open ones first then by due time."""
        clauses: list[str] = ["1"]
        params: list[Any] = []
        if status:
            clauses.append("s.status = ?")
            params.append(status)
        now_text = _stamp(now) or _stamp(bound(datetime.now().astimezone(), False))
        if overdue_only:
            clauses.append("s.status IN ('open', 'in_progress') AND s.due IS NOT NULL AND s.due < ?")
            params.append(now_text)
        rows = self.store.db.reader().execute(
            "SELECT p.data, json_extract(d.data, '$.name'), s.due FROM search_complaints s"
            " JOIN complaints p ON p.id = s.id LEFT JOIN customers d ON d.id = s.customer_id"
            f" WHERE {' AND '.join(clauses)}"
            " ORDER BY s.status IN ('resolved', 'closed'), s.due IS NULL, s.due, s.created DESC LIMIT ?",
            [*params, limit],
        )
        out: list[ComplaintListRow] = []
        for data, customer_name, due in rows:
            record: ComplaintListRow = json.loads(data)
            record["customer_name"] = customer_name or ""
            record.setdefault("status", "open")  # created offline: the CRM sets it on delivery
            record["overdue"] = bool(due and due < now_text and record.get("status") in ("open", "in_progress"))
            out.append(record)
        return out
