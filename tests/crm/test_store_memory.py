"""The local store's memory over a shift: its connections keep small page caches however big the store
grows (the file's pages stay in the OS's cache; the app's resident memory does not grow with them)."""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
import uuid

import pytest

from crm.store import Store
from crm.store.db import READER_CACHE_KIB, WRITER_CACHE_KIB


def _sqlite_library() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("sqlite3")
    try:
        lib = ctypes.CDLL(name or "libsqlite3.so.0")
        lib.sqlite3_memory_used.restype = ctypes.c_int64
    except (OSError, AttributeError):
        return None
    return lib


SQLITE = _sqlite_library()


def _customer(n: int) -> dict:
    return {
        "id": str(uuid.UUID(int=n + 1)),
        "version": 1,
        "name": f"客户{n}",
        "name_initials": "kh",
        "phones": [{"number": f"138{n:08d}", "type": "mobile", "normalized": f"+86138{n:08d}"}],
        "address": {"province": "浙江省", "city": "杭州市", "district": "西湖区", "street": f"文一路 {n} 号"},
        "tags": [],
        "vip_level": n % 6,
        "notes": "备注" * 400,  # ≈ 2.4 KB: the store is ≈ 8 MB
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
    }


@pytest.mark.skipif(SQLITE is None, reason="needs the shared SQLite library Python's sqlite3 uses")
def test_the_writer_and_each_threads_reader_keep_small_page_caches_however_big_the_store(tmp_path):
    sqlite = SQLITE
    assert sqlite is not None
    store = Store(tmp_path / "crm.db")
    customers = 3000
    opened = sqlite.sqlite3_memory_used()
    for start in range(0, customers, 300):  # pages of a sync, one transaction each
        store.bulk_load("customers", (_customer(n) for n in range(start, start + 300)), fresh=True)
    written_mib = (sqlite.sqlite3_memory_used() - opened) / 2**20
    assert sum(f.stat().st_size for f in tmp_path.glob("crm.db*")) > 6 * 2**20  # the file and its WAL
    assert written_mib < WRITER_CACHE_KIB / 1024 + 1.0  # the writer's pages: its cache, not the store
    store.db.release_memory()
    held: dict[str, float] = {}

    def read_all() -> None:  # a background task's thread: every customer, then a lookup by phone of each
        before = sqlite.sqlite3_memory_used()
        held["listed"] = len(store.list("customers", limit=customers))
        held["found"] = sum(bool(store.customers_by_phone(f"138{n:08d}")) for n in range(0, customers, 7))
        held["mib"] = (sqlite.sqlite3_memory_used() - before) / 2**20

    reader = threading.Thread(target=read_all)
    reader.start()
    reader.join(60)
    store.close()
    assert held["listed"] == customers and held["found"] == len(range(0, customers, 7))
    # the reader's pages, its statements and schema: about its cache's size, not the store's ≈ 8 MB
    assert held["mib"] < READER_CACHE_KIB / 1024 + 1.0, held


@pytest.mark.skipif(SQLITE is None, reason="needs the shared SQLite library Python's sqlite3 uses")
def test_reading_a_growing_queues_records_keeps_no_statement_per_length(tmp_path):
    """The call-back dock reads its first 200 entries by id at every change: as the queue grew from 1 to
    200 entries each reading thread kept a statement for each length (≈ 4 MB)."""
    sqlite = SQLITE
    assert sqlite is not None
    store = Store(tmp_path / "crm.db")
    store.bulk_load("customers", (_customer(n) for n in range(300)), fresh=True)
    ids = [str(uuid.UUID(int=n + 1)) for n in range(300)]
    held: dict[str, float] = {}

    def read_growing() -> None:
        store.get_many("customers", ids[:1])
        before = sqlite.sqlite3_memory_used()
        held["found"] = sum(len(store.get_many("customers", [*ids[:n], "no-such-id"])) == n for n in range(1, 201))
        held["mib"] = (sqlite.sqlite3_memory_used() - before) / 2**20

    reader = threading.Thread(target=read_growing)
    reader.start()
    reader.join(60)
    store.close()
    assert held["found"] == 200  # every length read its records, and only those
    assert held["mib"] < READER_CACHE_KIB / 1024 + 0.5, held
