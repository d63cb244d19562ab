"""Features find each other through the typed service registry without polling."""

from __future__ import annotations

import pytest

from agent_desktop.shell.services import ServiceKey, ServiceRegistry

CRM: ServiceKey[str] = ServiceKey("crm")
PHONE: ServiceKey[str] = ServiceKey("phone")


def test_subscriber_hears_of_a_service_provided_later_and_of_its_replacement() -> None:
    services = ServiceRegistry()
    seen: list[str] = []
    services.subscribe(CRM, seen.append)
    assert seen == [] and services.get(CRM) is None and CRM not in services
    services.provide(CRM, "first link")
    services.provide(CRM, "reconnected link")
    assert seen == ["first link", "reconnected link"] and services.get(CRM) == "reconnected link"


def test_subscriber_gets_an_existing_service_at_once_and_can_cancel() -> None:
    services = ServiceRegistry()
    services.provide(PHONE, "engine")
    seen: list[str] = []
    cancel = services.subscribe(PHONE, seen.append)
    assert seen == ["engine"]
    cancel()
    services.provide(PHONE, "new engine")
    assert seen == ["engine"]


def test_a_failing_subscriber_does_not_keep_the_others_from_hearing() -> None:
    services = ServiceRegistry()
    seen: list[str] = []

    def broken(_service: object) -> None:
        raise RuntimeError("bug in one feature")

    services.subscribe(CRM, broken)
    services.subscribe(CRM, seen.append)
    services.provide(CRM, "link")
    assert seen == ["link"] and services.get(CRM) == "link"


def test_a_feature_withdraws_only_its_own_service() -> None:
    services = ServiceRegistry()
    services.provide(CRM, "old link")
    services.provide(CRM, "new link")  # reconnected before the old one shut down
    services.withdraw(CRM, "old link")
    assert services.get(CRM) == "new link"
    services.withdraw(CRM, "new link")
    assert services.get(CRM) is None


def test_keys_with_the_same_name_are_different_services() -> None:
    services = ServiceRegistry()
    services.provide(CRM, "link")
    assert services.get(ServiceKey[str]("crm")) is None  # only the key object itself finds it
    with pytest.raises(TypeError, match="ServiceKey"):
        assert "crm" not in services  # a string is refused, not silently "absent"
