"""Order entry benchmark: "New order" to a ready form, and product lookup over 50,000 SKUs.

Builds a local store with N products (Chinese names, random SKUs), a customer and the demo media
sources; starts the real shell window (offscreen) with the orders feature on that store; then

* ``order_form_ready_ms``: from triggering New order (``open_new_order`` with the customer and the
  media source, i.e. what the card's button does) until the form window is exposed, prefilled;
* ``product_lookup_p99_ms``: one :meth:`ProductCatalog.search` per keystroke of realistic queries
  (SKU prefixes, name fragments, pinyin initials), 99th percentile;
* ``catalog_load_ms``: reading the products into the lookup index (first start computes the pinyin
  initials, later starts reuse them; reported for the second load).

    .venv/bin/python benchmarks/order_entry.py [--products 50000] [--forms 20]

Prints ``order_entry order_form_ready_ms=… order_form_ready_p95_ms=… product_lookup_p99_ms=…
product_lookup_p50_ms=… catalog_load_ms=… products=…``.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHARS = (
    "按摩椅仪盆料理锅破壁机空气炸不粘刀具补水套装抗皱精华美容鱼油软胶囊蛋白质粉钙片蚕丝被乳胶枕四件黄金吊坠"
    "和田玉手镯珍珠项链老人手机扫地机器人除螨净水羊绒大衣保暖内衣健步鞋西湖龙井礼盒普洱茶饼"
)


def products(n: int, rng: random.Random) -> list[dict]:
    stamp = "2026-11-01T08:00:00Z"
    out = []
    for i in range(n):
        name = "".join(rng.choice(CHARS) for _ in range(rng.randint(4, 9))) + rng.choice(("", " Pro", " 2代", "(大)"))
        out.append(
            {
                "id": f"00000000-0000-4000-8000-{i:012d}",
                "version": 1,
                "created_at": stamp,
                "updated_at": stamp,
                "sku": f"{rng.choice(('MC', 'HK', 'BT', 'HL', 'HM', 'JW', 'EL', 'CL', 'TE'))}-{i:06d}",
                "name": name,
                "price_cents": rng.randint(100, 2_000_000),
                "stock": rng.randint(0, 5000),
                "category": "",
                "active": True,
            }
        )
    return out


def keystrokes(catalog_items: list, rng: random.Random, count: int) -> list[str]:
    """Queries as typed, one entry per keystroke (prefixes of SKUs, initials, name fragments)."""
    out: list[str] = []
    while len(out) < count:
        hit = rng.choice(catalog_items)
        kind = rng.random()
        word = hit.sku.lower() if kind < 0.4 else hit.initials[: rng.randint(2, 5)] if kind < 0.8 else hit.name[:3]
        out.extend(word[:k] for k in range(1, len(word) + 1))
    return out[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--products", type=int, default=50000)
    parser.add_argument("--forms", type=int, default=20)
    parser.add_argument("--queries", type=int, default=3000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="order-bench-"))
    (tmp / "empty-policy.toml").write_text("")  # a missing file the variable names is an error
    os.environ["AGENT_DESKTOP_POLICY"] = str(tmp / "empty-policy.toml")

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from agent_desktop.features import catalogue
    from agent_desktop.features.crm_link.api import CRM, CrmService
    from agent_desktop.features.orders.feature import install
    from agent_desktop.settings import SettingsManager, load_policy
    from agent_desktop.shell.app import RunOptions, Shell, make_context
    from agent_desktop.shell.paths import AppPaths
    from crm.client import ClientConfig, CrmClient
    from crm.store.products import ProductCatalog
    from crm.sync import SyncEngine
    from tests.forms.order_support import ZHANG, demo_store

    rng = random.Random(6)
    store = demo_store(tmp / "store.db")
    store.bulk_load("products", products(args.products, rng))
    ProductCatalog(store.db).refresh()  # first start: pinyin initials computed and cached
    catalog = ProductCatalog(store.db)
    started = time.perf_counter()
    count = catalog.refresh()
    load_ms = (time.perf_counter() - started) * 1000

    queries = keystrokes(catalog._hits, rng, args.queries)
    timings = []
    for q in queries:
        t0 = time.perf_counter()
        catalog.search(q, 20)
        timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    paths = AppPaths.for_profile(tmp / "profile").ensure()
    ctx = make_context(app, SettingsManager(paths.settings_file, load_policy()), paths)
    shell = Shell(ctx, RunOptions(features=False), catalogue())
    shell.start()
    client = CrmClient(ClientConfig("http://127.0.0.1:9"))
    ctx.services.provide(CRM, CrmService(client, store, SyncEngine(client, store), "", "agent"))
    feature = install(ctx, shell.window)
    deadline = time.monotonic() + 120
    while not feature.ready() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    media = store.list("media_sources", limit=1)[0]["id"]
    ready = []
    for _ in range(args.forms):
        t0 = time.perf_counter()
        form = feature.open_new_order(ZHANG, media)
        host = feature.windows[-1]
        QTest.qWaitForWindowExposed(host, 5000)
        app.processEvents()
        ready.append((time.perf_counter() - t0) * 1000)
        assert form.customer_picker.customer()["id"] == ZHANG and form.media_combo.currentData() == media
        form.request_cancel()  # untouched: closes at once
        app.processEvents()
    ready.sort()
    p95 = ready[min(len(ready) - 1, int(len(ready) * 0.95))]
    print(
        f"order_entry order_form_ready_ms={statistics.median(ready):.1f} order_form_ready_p95_ms={p95:.1f} "
        f"product_lookup_p99_ms={timings[int(len(timings) * 0.99)]:.2f} "
        f"product_lookup_p50_ms={statistics.median(timings):.2f} catalog_load_ms={load_ms:.0f} products={count}",
        flush=True,
    )
    feature.shutdown()
    shell.shutdown()
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
