"""crm/records.py (the records' TypedDicts) is generated from crm.schemas and must match it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location("make_record_types", ROOT / "scripts" / "make_record_types.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_record_types_are_generated_from_the_current_schemas(tmp_path: Path) -> None:
    rendered = tmp_path / "records.py"
    rendered.write_text(_generator().render(), encoding="utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    subprocess.run([str(ruff), "format", "--quiet", str(rendered)], cwd=ROOT, check=True, timeout=60)
    assert rendered.read_text(encoding="utf-8") == (ROOT / "crm" / "records.py").read_text(encoding="utf-8"), (
        "crm/records.py is out of date: run .venv/bin/python scripts/make_record_types.py"
    )


def test_a_record_the_server_serves_has_the_fields_its_typed_dict_names() -> None:
    from crm.records import OrderRecord, TodoRecord
    from crm.schemas.activity import TodoRead
    from crm.schemas.orders import OrderRead

    for record, model in ((TodoRecord, TodoRead), (OrderRecord, OrderRead)):
        assert set(record.__annotations__) == set(model.model_fields)
