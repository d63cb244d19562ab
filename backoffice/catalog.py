"""Every collection of the API, as one list of resources (the app's routes, the seeder's documents)."""

from __future__ import annotations

from backoffice.complaint_history import with_history
from backoffice.resources.base import Resource
from backoffice.resources.customers import customer_resource
from backoffice.resources.orders import order_resource
from backoffice.resources.simple import simple_resources


def all_resources() -> list[Resource]:
    """A fresh resource per collection, complaints with their history, each knowing the others."""
    resources = with_history([customer_resource(), order_resource(), *simple_resources()])
    peers = {r.table.name: r for r in resources}
    for resource in resources:
        resource.peers = peers
    return resources
