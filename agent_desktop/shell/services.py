"""The registry through which features offer typed services to each other.

A service is known by a :class:`ServiceKey`: a typed name defined next to the interface it stands
for (``agent_desktop/features/<name>/api.py``, or the shell's :mod:`agent_desktop.shell.keys`).
``services.get(CRM)`` is a ``CrmService | None`` to the type checker, never an ``Any`` looked up by
a string.

Features start in any order and some (the CRM link) finish starting in the background, so a feature
that needs another one subscribes to its key: the callback runs at once when the service is already
there, and again each time it is provided (a replaced engine, a CRM link reconnected after a settings
change). Nothing polls. Services are provided and callbacks run on the GUI thread. No Qt here: the
feature specs import the keys before any window exists, and so may processes without a GUI.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from crm.observers import Listeners

logger = logging.getLogger(__name__)

T = TypeVar("T")


class ServiceKey(Generic[T]):
    """The typed name of a service: ``CRM: ServiceKey[CrmService] = ServiceKey("crm")``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"ServiceKey({self.name!r})"


class ServiceRegistry:
    """The services features offer, and who waits for which."""

    def __init__(self) -> None:
        self._services: dict[ServiceKey[Any], Any] = {}
        self._subscribers: dict[ServiceKey[Any], Listeners[[Any]]] = {}

    def provide(self, key: ServiceKey[T], service: T) -> None:
        """Offer ``service`` under ``key`` (replacing an earlier one) and tell every subscriber."""
        self._services[key] = service
        listeners = self._subscribers.get(key)
        if listeners is not None:  # one subscriber's bug does not stop the others hearing of it
            listeners.emit(service)

    def withdraw(self, key: ServiceKey[T], service: T | None = None) -> None:
        """Take ``key`` away (only if it is still ``service``, when given): its feature shut down."""
        if service is None or self._services.get(key) is service:
            self._services.pop(key, None)

    def get(self, key: ServiceKey[T]) -> T | None:
        """The service under ``key``, or None while nobody offers it."""
        service: T | None = self._services.get(key)
        return service

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, ServiceKey):  # a plain name would silently never match
            raise TypeError(f"services are looked up by ServiceKey, not {key!r}")
        return key in self._services

    def subscribe(self, key: ServiceKey[T], callback: Callable[[T], None]) -> Callable[[], None]:
        """Call ``callback(service)`` now if ``key`` is provided, and on every later provision.

        Returns a function that cancels the subscription.
        """
        listeners = self._subscribers.setdefault(key, Listeners(f"subscribers of service {key.name}"))
        cancel = listeners.add(callback)
        if key in self._services:
            callback(self._services[key])
        return cancel


class ServiceWaiter(Generic[T]):
    """Calls ``ready(service)`` once, when ``key`` is first provided (or at once); ``stop()`` cancels."""

    def __init__(self, services: ServiceRegistry, key: ServiceKey[T], ready: Callable[[T], None]) -> None:
        self.services = services
        self.key = key
        self.ready = ready
        self.done = False
        self._cancel: Callable[[], None] | None = None

    def start(self) -> None:
        if self._cancel is None and not self.done:
            self._cancel = self.services.subscribe(self.key, self._provided)

    def _provided(self, service: T) -> None:
        if self.done:
            return
        self.done = True
        self.ready(service)

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel()
            self._cancel = None
