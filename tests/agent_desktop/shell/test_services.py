"""Features find each other through the service registry without polling."""

from __future__ import annotations

from agent_desktop.shell.services import ServiceRegistry


def test_subscriber_hears_of_a_service_registered_later_and_of_its_replacement() -> None:
    services = ServiceRegistry()
    seen: list[str] = []
    services.subscribe("crm", seen.append)
    assert seen == []
    services["crm"] = "first link"
    services["crm"] = "reconnected link"
    assert seen == ["first link", "reconnected link"]


def test_subscriber_gets_an_existing_service_at_once_and_can_cancel() -> None:
    services = ServiceRegistry(phone="engine")
    seen: list[str] = []
    cancel = services.subscribe("phone", seen.append)
    assert seen == ["engine"]
    cancel()
    services["phone"] = "new engine"
    assert seen == ["engine"]


def test_a_failing_subscriber_does_not_keep_the_others_from_hearing() -> None:
    services = ServiceRegistry()
    seen: list[str] = []

    def broken(_service: object) -> None:
        raise RuntimeError("bug in one feature")

    services.subscribe("crm", broken)
    services.subscribe("crm", seen.append)
    services["crm"] = "link"
    assert seen == ["link"] and services["crm"] == "link"
