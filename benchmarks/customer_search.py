"""Benchmark: customer search with three combined conditions on the local store.

    .venv/bin/python benchmarks/customer_search.py --customers 1000000

Builds a local store (crm.store.Store, with the search index of crm.store.search_index) of N generated
customers, then runs searches of three combined conditions (city + VIP level at least + tag, region +
follow-up opt-in + call window, pinyin initials + VIP + samples, ...) the way the search form does:
every match's key in display order (the row count) plus the first page of 100 rows. Prints the build time and ``search p50_ms=… p95_ms=…``.
``--db FILE`` keeps the store (and reuses it when it already holds N customers).
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crm.search_query import make_conditions
from crm.store import Store
from crm.store.search import LocalCustomerSearch
from crm.store.search_index import ensure_search_index, suspend_search_index

logger = logging.getLogger(__name__)

SURNAMES = [
    ("王", "w"),
    ("李", "l"),
    ("张", "z"),
    ("刘", "l"),
    ("陈", "c"),
    ("杨", "y"),
    ("黄", "h"),
    ("赵", "z"),
    ("吴", "w"),
    ("周", "z"),
    ("徐", "x"),
    ("孙", "s"),
    ("马", "m"),
    ("朱", "z"),
    ("胡", "h"),
    ("郭", "g"),
    ("何", "h"),
    ("高", "g"),
    ("林", "l"),
    ("罗", "l"),
]
GIVEN = [
    ("伟", "w"),
    ("芳", "f"),
    ("娜", "n"),
    ("敏", "m"),
    ("静", "j"),
    ("丽", "l"),
    ("强", "q"),
    ("磊", "l"),
    ("军", "j"),
    ("洋", "y"),
    ("勇", "y"),
    ("艳", "y"),
    ("杰", "j"),
    ("娟", "j"),
    ("涛", "t"),
    ("明", "m"),
    ("超", "c"),
    ("秀英", "xy"),
    ("霞", "x"),
    ("平", "p"),
]
PLACES = [
    ("浙江省", "杭州市", "西湖区"),
    ("浙江省", "宁波市", "鄞州区"),
    ("北京市", "北京市", "海淀区"),
    ("上海市", "上海市", "浦东新区"),
    ("广东省", "广州市", "天河区"),
    ("广东省", "深圳市", "南山区"),
    ("江苏省", "南京市", "鼓楼区"),
    ("江苏省", "苏州市", "姑苏区"),
    ("四川省", "成都市", "武侯区"),
    ("湖北省", "武汉市", "洪山区"),
    ("山东省", "济南市", "历下区"),
    ("陕西省", "西安市", "雁塔区"),
]
TAGS = ["tv_buyer", "health", "elderly", "repeat", "price_sensitive", "night_owl", "gift", "wholesale"]
WINDOWS = ["anytime", "morning", "afternoon", "evening", "weekend"]


def customer(rng: random.Random, i: int) -> dict:
    (sur, si), (giv, gi) = rng.choice(SURNAMES), rng.choice(GIVEN)
    province, city, district = rng.choice(PLACES)
    day = rng.randrange(1, 700)
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "version": 1,
        "created_at": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T08:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "name": sur + giv,
        "name_initials": si + gi,
        "phones": [
            {
                "number": f"1{rng.choice('3578')}{i:09d}",
                "type": "mobile",
                "normalized": f"+861{rng.choice('3578')}{i:09d}",
            }
        ],
        "address": {"province": province, "city": city, "district": district, "street": "", "postal_code": ""},
        "tags": rng.sample(TAGS, rng.randrange(0, 3)),
        "vip_level": min(5, int(rng.expovariate(0.8))),
        "preferences": {
            "accepts_samples": rng.random() < 0.3,
            "follow_up_opt_in": rng.random() < 0.5,
            "call_window": rng.choice(WINDOWS),
        },
        "notes": "",
        "owner_id": None,
        "last_contact_at": f"2025-{1 + day % 12:02d}-{1 + day % 28:02d}T{day % 24:02d}:00:00Z",
    }


def build(store: Store, n: int, seed: int = 8) -> float:
    rng = random.Random(seed)
    # a bulk fill nobody waits on: give the writer a large page cache (the store's default is small)
    store.db._writer.execute("PRAGMA cache_size = -1000000")
    started = time.perf_counter()
    suspend_search_index(store.db)  # as a first sync does: one set-based index build at the end
    chunk = 20000
    for start in range(0, n, chunk):
        store.bulk_load("customers", (customer(rng, i) for i in range(start, min(n, start + chunk))), fresh=True)
    ensure_search_index(store.db)
    return time.perf_counter() - started


def queries(rng: random.Random) -> dict:
    province, city, district = rng.choice(PLACES)
    kind = rng.randrange(4)
    return kind, _query(kind, rng, province, city)


def _query(kind: int, rng: random.Random, province: str, city: str) -> dict:
    if kind == 0:
        return {"city": city[:2], "vip_min": rng.randrange(1, 4), "tag": rng.choice(TAGS)}
    if kind == 1:
        return {"region": province[:2], "follow_up_opt_in": True, "call_window": rng.choice(WINDOWS)}
    if kind == 2:
        (_s, si), (_g, gi) = rng.choice(SURNAMES), rng.choice(GIVEN)
        return {"name": si + gi, "vip_level": rng.randrange(0, 3), "accepts_samples": True}
    return {"tag": rng.choice(TAGS), "last_contact_from": "2025-03-01", "city": city[:2]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=100000)
    parser.add_argument("--searches", type=int, default=200)
    parser.add_argument("--page", type=int, default=100)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="search-bench-")
        args.db = Path(tmp.name) / "store.db"
    store = Store(args.db)
    t0 = time.perf_counter()
    search = LocalCustomerSearch(store)
    (have,) = store.db.reader().execute("SELECT COUNT(*) FROM search_customers").fetchone()  # small index
    build_s = 0.0
    if have != args.customers:
        build_s = build(store, args.customers - have) if have < args.customers else 0.0
    print(
        f"search_build customers={max(have, args.customers)} build_s={build_s:.1f} "
        f"index_s={time.perf_counter() - t0 - build_s:.1f}",
        flush=True,
    )
    rng = random.Random(1)
    timings, hits, cpu_ms = [], [], []
    by_kind: dict[int, list[float]] = {}
    for _ in range(args.searches):
        kind, conditions = queries(rng)
        q = make_conditions(**conditions)
        started, cpu = time.perf_counter(), time.process_time()
        keys = search.ordered_keys(q)  # every match in display order: the row count
        rows = search.rows(keys[: args.page])  # the first page the table shows
        total = len(keys)
        timings.append((time.perf_counter() - started) * 1000)
        cpu_ms.append((time.process_time() - cpu) * 1000)
        hits.append(total)
        by_kind.setdefault(kind, []).append(timings[-1])
        assert len(rows) == min(total, args.page)
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
    print(
        f"search customers={args.customers} searches={args.searches} p50_ms={statistics.median(timings):.1f} "
        f"p95_ms={p95:.1f} max_ms={timings[-1]:.1f} cpu_p50_ms={statistics.median(cpu_ms):.1f} "
        f"cpu_p95_ms={sorted(cpu_ms)[min(len(cpu_ms) - 1, int(len(cpu_ms) * 0.95))]:.1f} "
        f"median_hits={int(statistics.median(hits))} load1={os.getloadavg()[0]:.1f}"
    )
    print(
        "search_by_kind " + " ".join(f"kind{k}_p50_ms={statistics.median(v):.1f}" for k, v in sorted(by_kind.items()))
    )
    store.close()
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
