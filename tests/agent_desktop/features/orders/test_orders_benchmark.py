"""The order entry benchmark still runs (small sizes) and prints its figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]


def test_order_entry_benchmark_runs(tmp_path) -> None:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    proc = subprocess.run(
        [sys.executable, "benchmarks/order_entry.py", "--products", "300", "--forms", "2", "--queries", "200"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("order_entry "))
    figures = dict(part.split("=") for part in line.split()[1:])
    assert int(figures["products"]) == 330  # 300 generated + the 30 demo products
    assert float(figures["order_form_ready_ms"]) > 0 and float(figures["product_lookup_p99_ms"]) >= 0
