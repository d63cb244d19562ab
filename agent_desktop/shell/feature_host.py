"""Optional features installed into the shell after the window is shown.

A feature is a module in :data:`FEATURES` with ``install(ctx, window) -> Feature`` where the returned
object has ``shutdown() -> None``. Modules that do not exist (yet) are skipped; one that fails to
install is logged and reported in the status bar, and the others still start.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from typing import Any, Protocol

logger = logging.getLogger(__name__)

FEATURES = (
    "agent_desktop.features.crm_link.feature",
    "agent_desktop.features.phone.feature",
    "agent_desktop.features.screenpop.feature",
    "agent_desktop.features.orders.feature",
    "agent_desktop.features.todo.feature",
    "agent_desktop.features.callbacks.feature",
    "agent_desktop.features.search.feature",
    "agent_desktop.features.complaints.feature",
)


class Feature(Protocol):
    def shutdown(self) -> None: ...


class FeatureHost:
    """Installs features in order and shuts them down in reverse order, once."""

    def __init__(self, names: tuple[str, ...] = FEATURES) -> None:
        self.names = names
        self.installed: list[tuple[str, Feature]] = []
        self.failed: dict[str, BaseException] = {}

    def install_all(self, ctx: Any, window: Any) -> None:
        for name in self.names:
            self.install(name, ctx, window)

    def install(self, name: str, ctx: Any, window: Any) -> bool:
        """Import feature ``name`` and install it; False when it is missing or failed."""
        try:
            if importlib.util.find_spec(name) is None:
                logger.info("feature %s is not available; skipped", name)
                return False
            module = importlib.import_module(name)
            feature = module.install(ctx, window)
        except Exception as exc:  # one broken feature must not take the shell down
            logger.exception("feature %s failed to install", name)
            self.failed[name] = exc
            return False
        self.installed.append((name, feature))
        logger.info("feature %s installed", name)
        return True

    def shutdown_all(self) -> None:
        while self.installed:
            name, feature = self.installed.pop()
            try:
                feature.shutdown()
                logger.info("feature %s shut down", name)
            except Exception:
                logger.exception("feature %s failed to shut down", name)
