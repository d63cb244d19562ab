"""Installs the run's features after the window is shown and shuts them down in reverse order.

A feature is a package with a :class:`~agent_desktop.shell.feature_spec.FeatureSpec` (``SPEC`` in its
``__init__.py``) and a ``feature.py`` whose ``install(ctx, window)`` returns an object with
``shutdown()``. A feature whose required services no feature of the run provides is skipped (and
said so in the log); one that fails to install is logged and reported in the status bar, and the
others still start.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from agent_desktop.shell.feature_spec import FeatureSpec

if TYPE_CHECKING:
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow
    from agent_desktop.shell.services import ServiceKey

logger = logging.getLogger(__name__)


class Feature(Protocol):
    """What ``install(ctx, window)`` returns."""

    def shutdown(self) -> None: ...


class FeatureHost:
    """Installs features in order and shuts them down in reverse order, once."""

    def __init__(self, specs: Sequence[FeatureSpec] = ()) -> None:
        self.specs = tuple(specs)
        self.installed: list[tuple[str, Feature]] = []
        self.failed: dict[str, BaseException] = {}
        self.skipped: dict[str, str] = {}
        """Features not installed because a service they require has no provider: name -> service."""

    def install_all(self, ctx: AppContext, window: MainWindow) -> None:
        for spec in self.specs:
            self.install(spec, ctx, window)

    def missing(self, spec: FeatureSpec, ctx: AppContext) -> list[ServiceKey[Any]]:
        """The services ``spec`` requires that neither the shell nor a feature of this run provides."""
        offered = {key for other in self.specs for key in other.provides}
        return [key for key in spec.requires if key not in offered and key not in ctx.services]

    def install(self, spec: FeatureSpec, ctx: AppContext, window: MainWindow) -> bool:
        """Import feature ``spec`` and install it; False when it was skipped or failed."""
        missing = self.missing(spec, ctx)
        if missing:
            names = ", ".join(key.name for key in missing)
            logger.warning("feature %s skipped: nothing in this run provides %s", spec.name, names)
            self.skipped[spec.name] = names
            return False
        try:
            module = importlib.import_module(spec.module)
            feature: Feature = module.install(ctx, window)
        except Exception as exc:  # one broken feature must not take the shell down
            logger.exception("feature %s failed to install", spec.name)
            self.failed[spec.name] = exc
            return False
        self.installed.append((spec.name, feature))
        logger.info("feature %s installed", spec.name)
        return True

    def shutdown_all(self) -> None:
        while self.installed:
            name, feature = self.installed.pop()
            try:
                feature.shutdown()
                logger.info("feature %s shut down", name)
            except Exception:
                logger.exception("feature %s failed to shut down", name)
