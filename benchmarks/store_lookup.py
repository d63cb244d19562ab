"""Ring-time phone lookup in the local store (crm.store.Store, SQLite) over N customers.

Fills the store directly (bulk insert, as the first sync does) with N customers of one or two phones
each, then times ``Store.customers_by_phone`` for numbers typed in assorted forms (``138 0013 8000``,
``+86-138…``, landlines with area code); 1 lookup in 10 is an unknown number. The timing includes
normalising the number (crm.phones), the index probe and decoding the customer record.

    .venv/bin/python benchmarks/store_lookup.py --customers 1000000 [--lookups 20000] [--db FILE]

Prints ``lookup p50_us=… p99_us=… max_us=… customers=N lookups=M fill_s=…``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crm.store import Store

BATCH = 20_000


def mobile(n: int) -> str:
    return f"+86138{n:08d}"


def landline(n: int) -> str:
    return f"+86571{8 * 10**7 + n % 10**7:08d}"


def customer(n: int) -> dict:
    phones = [{"number": f"138{n:08d}", "type": "mobile", "normalized": mobile(n)}]
    if n % 3 == 0:
        phones.append({"number": f"0571-{8 * 10**7 + n % 10**7:08d}", "type": "home", "normalized": landline(n)})
    return {
        "id": str(uuid.UUID(int=n + 1)),
        "version": 1,
        "name": f"客户{n}",
        "name_initials": "kh",
        "phones": phones,
        "address": {
            "province": "浙江省",
            "city": "杭州市",
            "district": "西湖区",
            "street": f"文一路 {n % 999} 号",
            "postal_code": "310000",
        },
        "tags": ["电视购物"] if n % 2 else [],
        "vip_level": n % 6,
        "preferences": {"accepts_samples": bool(n % 2), "follow_up_opt_in": True, "call_window": "anytime"},
        "notes": "",
        "owner_id": None,
        "last_contact_at": None,
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
    }


def fill(store: Store, customers: int) -> float:
    started = time.perf_counter()
    have = store.count("customers")
    for start in range(have, customers, BATCH):
        store.bulk_load("customers", (customer(n) for n in range(start, min(customers, start + BATCH))), fresh=True)
    return time.perf_counter() - started


def typed_forms(n: int, rng: random.Random) -> str:
    digits = f"138{n:08d}"
    return rng.choice(
        (
            digits,
            f"+86 {digits[:3]} {digits[3:7]} {digits[7:]}",
            f"0086-{digits}",
            f"{digits[:3]}-{digits[3:7]}-{digits[7:]}",
        )
    )


def percentile(sorted_values: list[float], q: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=20_000)
    parser.add_argument("--db", type=Path, default=None, help="keep/reuse the filled store here")
    args = parser.parse_args()
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory()
        args.db = Path(tmp.name) / "store.db"
    store = Store(args.db)
    fill_s = fill(store, args.customers)
    rng = random.Random(42)
    timings: list[float] = []
    misses = 0
    for i in range(args.lookups + 500):
        known = rng.random() < 0.9
        n = rng.randrange(args.customers)
        if known and n % 3 == 0 and rng.random() < 0.3:
            raw = f"(0571) {8 * 10**7 + n % 10**7:08d}"
        elif known:
            raw = typed_forms(n, rng)
        else:
            raw = f"139{rng.randrange(10**8):08d}"
        t0 = time.perf_counter_ns()
        found = store.customers_by_phone(raw)
        elapsed = (time.perf_counter_ns() - t0) / 1000
        if i >= 500:  # the first lookups warm the page cache
            timings.append(elapsed)
            misses += known and not found
    timings.sort()
    store.close()
    if tmp is not None:
        tmp.cleanup()
    if misses:
        print(f"store_lookup: {misses} known numbers not found", file=sys.stderr)
        sys.exit(1)
    print(
        f"lookup p50_us={percentile(timings, 0.5):.0f} p99_us={percentile(timings, 0.99):.0f} "
        f"max_us={timings[-1]:.0f} customers={args.customers} lookups={args.lookups} fill_s={fill_s:.1f}"
    )


if __name__ == "__main__":
    main()
