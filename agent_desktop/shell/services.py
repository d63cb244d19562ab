"""The registry through which features offer objects to each other ("phone", "crm", ...).

Features start in any order and some (the CRM link) finish starting in the background, so a feature
that needs another one subscribes to its name: the callback runs at once when the service is already
there, and again each time it is registered (a replaced engine, a CRM link reconnected after a
settings change). Nothing polls. Services are registered and callbacks run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

logger = logging.getLogger(__name__)


class ServiceRegistry(dict):
    """A dict of services that tells subscribers when a name is (re)registered."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._subscribers: dict[str, list[Callable[[Any], None]]] = {}

    def subscribe(self, name: str, callback: Callable[[Any], None]) -> Callable[[], None]:
        """Call ``callback(service)`` now if ``name`` is registered, and on every later registration.

        Returns a function that cancels the subscription.
        """
        self._subscribers.setdefault(name, []).append(callback)
        if name in self:
            callback(self[name])

        def cancel() -> None:
            callbacks = self._subscribers.get(name, [])
            if callback in callbacks:
                callbacks.remove(callback)

        return cancel

    def __setitem__(self, name: str, service: Any) -> None:
        super().__setitem__(name, service)
        for callback in list(self._subscribers.get(name, ())):
            try:
                callback(service)
            except Exception:  # one subscriber's bug must not stop the others hearing of it
                logger.exception("subscriber of service %r failed", name)


class ServiceWaiter(QObject):
    """Calls ``ready(service)`` once, when ``services[name]`` is first registered (or at once)."""

    def __init__(
        self, services: ServiceRegistry, name: str, ready: Callable[[Any], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.name = name
        self.ready = ready
        self.done = False
        self._cancel: Callable[[], None] | None = None

    def start(self) -> None:
        if self._cancel is None and not self.done:
            self._cancel = self.services.subscribe(self.name, self._registered)

    def _registered(self, service: Any) -> None:
        if self.done:
            return
        self.done = True
        self.ready(service)

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel()
            self._cancel = None
