"""Field-by-field three-way merge of a local edit against the server's current record.

A local edit is kept as a *patch* (the fields the agent changed, with their new values) plus the values
those fields had when the agent started editing (*before*, taken from the local copy). When the server
answers 412 (someone else changed the record meanwhile) the sync engine calls :func:`merge_patch` with
the server's current record:

* a field the server did not change (current == before) keeps the local value and is re-sent;
* a field the server changed to the very same value needs nothing;
* a field both sides changed differently is a real conflict: it is *not* sent; the caller keeps it for
  the agent to resolve. Nothing is ever silently overwritten.

Nested objects (an address) merge key by key, so one agent changing the city and another the street
of the same address both win.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)

_MISSING = object()


@dataclass(frozen=True)
class FieldConflict:
    """One field both sides changed differently (``path`` is dotted for nested objects)."""

    path: str
    base: Any
    local: Any
    remote: Any


@dataclass
class MergeResult:
    """What to re-send (``patch``) and what the agent must decide (``conflicts``)."""

    patch: dict[str, Any] = field(default_factory=dict)
    conflicts: list[FieldConflict] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """True when every changed field merged automatically."""
        return not self.conflicts


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Top-level fields whose value differs between two versions of a record."""
    keys = set(before) | set(after)
    return {k: after.get(k) for k in keys if before.get(k, _MISSING) != after.get(k, _MISSING)}


def merge_patch(before: dict[str, Any], patch: dict[str, Any], remote: dict[str, Any]) -> MergeResult:
    """Merge a local ``patch`` (made against ``before``) into the server's ``remote`` record."""
    result = MergeResult()
    for name, local_value in patch.items():
        base_value = before.get(name)
        remote_value = remote.get(name)
        merged, conflicts = _merge_value(name, base_value, local_value, remote_value)
        result.conflicts.extend(conflicts)
        if merged is not _MISSING:
            result.patch[name] = merged
    return result


def _merge_value(path: str, base: Any, local: Any, remote: Any) -> tuple[Any, list[FieldConflict]]:
    """Return (value to send or _MISSING when nothing to send, conflicts) for one field."""
    if local == remote:
        return _MISSING, []
    if remote == base:
        return local, []
    if local == base:
        return _MISSING, []
    if isinstance(base, dict) and isinstance(local, dict) and isinstance(remote, dict):
        merged = dict(remote)
        conflicts: list[FieldConflict] = []
        changed = False
        for key in set(base) | set(local) | set(remote):
            sub, sub_conflicts = _merge_value(f"{path}.{key}", base.get(key), local.get(key), remote.get(key))
            conflicts.extend(sub_conflicts)
            if sub is not _MISSING:
                merged[key] = sub
                changed = True
        return (merged if changed else _MISSING), conflicts
    return _MISSING, [FieldConflict(path, base, local, remote)]


def apply_patch(record: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``record`` with ``patch`` applied (top-level replace)."""
    merged = dict(record)
    merged.update(patch)
    return merged
