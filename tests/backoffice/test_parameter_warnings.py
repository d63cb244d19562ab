"""The back office prints no pydantic "'alias' attribute ... has no effect" warning (trial finding: one
per route with a body or a query model, at its first request) and its parameters still take what they
took: a JSON body, a query model, and ``from``/``to`` for ``start``/``end``."""

from __future__ import annotations

import warnings
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
import requests

from tests.backoffice.test_presence import event, new_user

pytestmark = pytest.mark.e2e

NO_EFFECT = "which has no effect in the context it was used"


def test_requests_print_no_alias_warning_and_the_aliases_still_work(backoffice_factory: Any) -> None:
    bo = backoffice_factory(seed_customers=3, env={"PYTHONWARNINGS": "always::UserWarning"})
    agent, desk = new_user(bo, "agent", "warnings")  # POST /users and POST /auth/login: bodies
    admin = bo.session("admin")
    assert desk.post("/presence/events", json={"events": [event(1, "ready", minutes_ago=30)]}).status_code == 200
    assert desk.post("/presence/events", json={"events": [event(2, "on_call", minutes_ago=5)]}).status_code == 200
    found = admin.get("/customers/search", params={"limit": 2})  # a query model
    assert found.status_code == 200 and len(found.json()["items"]) == 2
    assert requests.get(bo.url + "/openapi.json", timeout=30).status_code == 200

    now = datetime.now(timezone.utc)
    history = f"/presence/history/{agent['id']}"

    def states(**params: str) -> list[str]:
        r = admin.get(history, params=params)
        assert r.status_code == 200, r.text
        return [item["state"] for item in r.json()["items"]]

    assert states() == ["ready", "on_call"]
    assert states(**{"from": (now - timedelta(minutes=10)).isoformat()}) == ["on_call"]
    assert states(to=(now - timedelta(minutes=10)).isoformat()) == ["ready"]
    assert admin.get(history, params={"from": "not a time"}).status_code == 422

    log = (bo.workdir / "server.log").read_text(errors="replace")
    assert NO_EFFECT not in log


def test_building_the_app_and_its_schema_warns_of_nothing(tmp_path: Any) -> None:
    from backoffice.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        app = create_app(f"sqlite:///{tmp_path / 'crm.db'}")
        assert app.openapi()["paths"]
