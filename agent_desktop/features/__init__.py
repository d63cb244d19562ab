"""One package per feature. Each has ``SPEC`` (its :class:`~agent_desktop.shell.feature_spec.FeatureSpec`)
in ``__init__.py``, ``api.py`` (what it offers the others), ``feature.py`` (``install(ctx, window)``),
its widgets, and Qt-free logic in ``core/``. docs/architecture.md says how to add one."""

from __future__ import annotations

import importlib
from collections.abc import Iterable

from agent_desktop.shell.feature_spec import FeatureSpec

INSTALL_ORDER = (
    "crm_link",
    "phone",
    "screenpop",
    "presence",  # after the card: the card's reaction to a call's end comes first
    "orders",
    "logistics",
    "todo",
    "callbacks",
    "campaigns",  # after the call backs: its dock is tabbed with theirs
    "search",
    "trail",  # after the features whose operations it records
    "complaints",
    "monitor",
    "recording",
    "wallboard",
    "reports",
    "quality",  # after recording: its player plays the call being evaluated
    "screenview",
    "coaching",
    "accounts",  # last: its sign-out stops every other feature first
)
"""Every feature, in the order they are installed (and shut down in reverse)."""


def catalogue(names: Iterable[str] = INSTALL_ORDER) -> tuple[FeatureSpec, ...]:
    """The specs of the features ``names`` (cheap: no feature module is imported)."""
    specs = []
    for name in names:
        if name not in INSTALL_ORDER:
            raise ValueError(f"no feature named {name!r}; features: {', '.join(INSTALL_ORDER)}")
        spec = importlib.import_module(f"{__name__}.{name}").SPEC
        assert isinstance(spec, FeatureSpec)
        specs.append(spec)
    return tuple(specs)
