"""A leak hunt for ``benchmarks/sip_soak.py --objects``: what Python holds after the warm-up and at the end.

Three views: the objects the collector tracks by type (a type whose count grows with the calls:
widgets not deleted, a record per call kept), Qt's objects by class (timers, models, documents no
Python object holds), and the containers (dicts, lists, sets, deques)
alive at both samples whose length grew, each named by who holds it (``PhoneFeature.history``), which
counts cannot show (a dict of call ids to numbers grows without a new tracked object per call).
"""

from __future__ import annotations

import gc
from collections import Counter, deque
from typing import Any

CONTAINERS = (dict, list, set, deque)


def type_counts() -> Counter[str]:
    """Live Python objects (those the collector tracks) by type name."""
    gc.collect()
    return Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in gc.get_objects())


def qobject_counts() -> Counter[str]:
    """Live Qt objects by class: the application's and every top-level widget's children (timers,
    models, text documents, animations that no Python object holds)."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return Counter()
    seen: Counter[str] = Counter()
    for root in [app, *QApplication.topLevelWidgets()]:
        for child in root.findChildren(QObject):
            seen[child.metaObject().className()] += 1
    return seen


def container_sizes() -> dict[int, tuple[type, int]]:
    """Every tracked container's length, by its id."""
    gc.collect()
    return {id(o): (type(o), len(o)) for o in gc.get_objects() if type(o) in CONTAINERS}


def _holder(container: object) -> str:
    """Who holds ``container``: ``Class.attribute`` of an object, or the container's type."""
    for ref in gc.get_referrers(container):
        if isinstance(ref, dict):
            key = next((k for k, v in ref.items() if v is container), "?")
            for owner in gc.get_referrers(ref):
                if getattr(owner, "__dict__", None) is ref:
                    return f"{type(owner).__module__}.{type(owner).__qualname__}.{key}"
    return type(container).__name__


def grown_containers(before: dict[int, tuple[type, int]], at_least: int, top: int = 12) -> list[str]:
    """Containers alive at both samples (same id and type) that grew by ``at_least`` or more:
    ``holder=+growth(length)``, the most grown first."""
    gc.collect()
    grown: list[tuple[int, Any]] = []
    for o in gc.get_objects():
        kind = type(o)
        if kind in CONTAINERS and id(o) in before and before[id(o)][0] is kind:
            growth = len(o) - before[id(o)][1]
            if growth >= at_least:
                grown.append((growth, o))
    grown.sort(key=lambda item: item[0], reverse=True)
    return [f"{_holder(o)}=+{growth}({len(o)})" for growth, o in grown[:top]]
