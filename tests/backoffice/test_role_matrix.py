"""The role × endpoint matrix, generated from ``/openapi.json``: every operation the server documents has
a rule in :data:`RULES` (which roles may call it), and each role gets exactly that answer, so a new
endpoint without a rule fails here.

A role the rule allows must get past sign-in and the role check (any answer but 401 and 403: its
request may still be refused further on, e.g. 404, 412 or 422); any other role gets 403, and a request
without a token 401 (but for :data:`PUBLIC`). The requests are chosen to get past validation to the
role check without changing shared data: real records in the path, a stale ``If-Match`` (412 for
whoever may write), valid bodies (:func:`minimal_body` from the schema, or :data:`BODIES`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests

from backoffice.seed import DEMO_TEAM, demo_id
from tests.backoffice.conftest import create, new_customer, new_order
from tests.fixtures.backoffice import BackofficeProcess

ROLES = ("agent", "supervisor", "logistics", "admin")
ALL = frozenset(ROLES)
STAFF = frozenset({"agent", "supervisor", "admin"})
MANAGERS = frozenset({"supervisor", "admin"})
ADMIN = frozenset({"admin"})
SHIPPERS = frozenset({"logistics", "supervisor", "admin"})
CAMPAIGN_WORKERS = frozenset({"agent", "supervisor", "admin"})
AGENT = frozenset({"agent", "admin"})  # the agent the path names (admin may do everything)
PUBLIC = frozenset({"GET /health", "POST /auth/login"})
"""Answered without a token (the rule then says nothing about roles)."""

_READ = {
    "users": ALL,
    "customers": ALL,
    "contacts": STAFF,
    "complaints": ALL,
    "products": ALL,
    "orders": ALL,
    "todos": ALL,
    "callbacks": STAFF,
    "call_logs": STAFF,
    "blocklist": ALL,
    "media_sources": ALL,
    "audit_events": MANAGERS,
}
_CREATE = {
    "users": ADMIN,
    "customers": STAFF,
    "contacts": STAFF,
    "complaints": STAFF,
    "products": MANAGERS,
    "orders": STAFF,
    "todos": ALL,
    "callbacks": STAFF,
    "call_logs": STAFF,
    "blocklist": STAFF,
    "media_sources": MANAGERS,
}
_PATCH = {**_CREATE, "blocklist": MANAGERS}


def _collections() -> dict[str, frozenset[str]]:
    rules: dict[str, frozenset[str]] = {}
    for name, roles in _READ.items():
        rules[f"GET /{name}"] = roles
        rules[f"GET /{name}/changes"] = roles
        rules[f"GET /{name}/{{record_id}}"] = roles
    for name, roles in _CREATE.items():
        rules[f"POST /{name}"] = roles
    for name, roles in _PATCH.items():
        rules[f"PATCH /{name}/{{record_id}}"] = roles
    return rules


RULES: dict[str, frozenset[str]] = {
    **_collections(),
    "DELETE /blocklist/{record_id}": MANAGERS,
    "GET /health": ALL,
    "POST /auth/login": ALL,
    "GET /auth/me": ALL,
    "POST /auth/logout": ALL,
    "POST /auth/password": ALL,
    "GET /auth/lockouts": ADMIN,
    "DELETE /auth/lockouts/{kind}/{name}": ADMIN,
    "GET /customers/search": ALL,
    "GET /blocklist/check": ALL,
    "POST /orders/{record_id}/cancel": STAFF,
    "POST /orders/{record_id}/sort": SHIPPERS,
    "POST /orders/{record_id}/ship": SHIPPERS,
    "POST /orders/{record_id}/deliver": SHIPPERS,
    "POST /orders/{record_id}/return": SHIPPERS,
    "POST /callbacks/{record_id}/claim": STAFF,
    "POST /callbacks/{record_id}/release": STAFF,
    "POST /callbacks/{record_id}/attempt": STAFF,
    "GET /changes": ALL,
    "GET /changes/watch": ALL,
    "GET /logistics/rules": ALL,
    "PUT /logistics/rules": SHIPPERS,
    "GET /logistics/orders": ALL,
    "POST /logistics/sort": SHIPPERS,
    "POST /presence/events": ALL,
    "GET /presence/board": MANAGERS,
    "GET /presence/watch": MANAGERS,
    "GET /presence/history/{user_id}": MANAGERS | {"agent"},  # an agent: their own
    "GET /events/stream": ALL,
    "POST /coaching/messages": MANAGERS,
    "GET /coaching/messages": STAFF,
    "POST /coaching/messages/{message_id}/read": frozenset({"agent"}),  # its recipient only
    "GET /coaching/messages/{message_id}": STAFF,
    "POST /screenview/{agent_id}/watch": MANAGERS,
    "DELETE /screenview/{agent_id}/watch": MANAGERS,
    "PUT /screenview/{agent_id}/frame": frozenset({"agent"}),  # only that agent's own desktop
    "GET /screenview/{agent_id}/frame": MANAGERS,
    "GET /screenview/{agent_id}/kept": MANAGERS,
    "GET /screenview/{agent_id}/kept/{frame_id}": MANAGERS,
    "POST /trail/events": ALL,
    "PUT /recordings/{recording_id}": STAFF,  # a call recorded by the user's desktop
    "PUT /recordings/{recording_id}/content": STAFF,  # its bytes (the recording is looked up after the role)
    "GET /recordings": STAFF,  # what the user may hear: own calls, a supervisor's team's
    "GET /recordings/{recording_id}/content": STAFF,
    "GET /recordings/settings": STAFF,  # how long the centre keeps recordings
    "PUT /recordings/settings": ADMIN,
    "GET /trail/{agent_id}": MANAGERS | {"agent"},  # an agent: their own
    "GET /quality/forms": MANAGERS,
    "POST /quality/forms": MANAGERS,
    "PUT /quality/forms/{form_key}": MANAGERS,  # a new version
    "DELETE /quality/forms/{form_key}": MANAGERS,  # retired (no such form: 404 for whoever may)
    "GET /quality/calls": MANAGERS,  # a team's agent's recorded calls to evaluate
    "PUT /quality/evaluations/{evaluation_id}": MANAGERS,  # their team's agents' calls
    "GET /quality/evaluations": STAFF,  # an agent: their own
    "GET /quality/evaluations/{evaluation_id}": STAFF,
    "GET /quality/scores": STAFF,  # an agent: their own
    "GET /reports/definitions": STAFF,  # an agent: their own figures
    "GET /reports/settings": STAFF,
    "PUT /reports/settings": ADMIN,
    "GET /reports/kpis": STAFF,
    "GET /reports/calls": STAFF,
    "GET /reports/calls.csv": STAFF,
    "GET /reports/orders": STAFF,  # an agent: their own orders
    "GET /reports/export.xlsx": STAFF,
    "GET /reports/campaigns": STAFF,  # an agent: their own attempts
    "GET /reports/campaigns/attempts": STAFF,
    "POST /monitor/{agent_id}": MANAGERS,
    "GET /price-approvals": STAFF,
    "POST /price-approvals": STAFF,
    "GET /price-approvals/{approval_id}": STAFF,
    "POST /price-approvals/{approval_id}/approve": MANAGERS,
    "POST /price-approvals/{approval_id}/decline": MANAGERS,
    "GET /dnc": STAFF,
    "POST /dnc": STAFF,
    "GET /dnc/check": STAFF,
    "DELETE /dnc/{entry_id}": MANAGERS,
    "GET /campaigns": CAMPAIGN_WORKERS,  # an agent: their team's (the demo agent is in one)
    "POST /campaigns": MANAGERS,
    "GET /campaigns/progress": MANAGERS,
    "GET /campaigns/{campaign_id}": CAMPAIGN_WORKERS,  # an agent: one of their team's
    "PATCH /campaigns/{campaign_id}": MANAGERS,
    "GET /campaigns/{campaign_id}/explain": MANAGERS,
    "GET /campaigns/{campaign_id}/progress": MANAGERS,
    "GET /campaigns/{campaign_id}/records": MANAGERS,
    "POST /campaigns/{campaign_id}/records/import": MANAGERS,
    "POST /campaigns/{campaign_id}/records/from-search": MANAGERS,
    "POST /campaigns/claim-next": AGENT,
    "POST /campaigns/records/{record_id}/result": CAMPAIGN_WORKERS,
    "POST /campaigns/records/{record_id}/renew": CAMPAIGN_WORKERS,  # only the claim's holder succeeds
    "POST /campaigns/records/{record_id}/release": CAMPAIGN_WORKERS,  # only the claim's holder succeeds
}
"""Per operation (method and path below ``/api/v1``): the roles that may call it; the others get 403."""

SKIPPED = {"GET /events/stream": "an endless stream: its roles are in tests/backoffice/test_live_events.py"}
LOOKED_UP_FIRST = {"POST /campaigns/records/{record_id}/result", "GET /price-approvals/{approval_id}"}
"""Operations that look the record up before the role (the probe makes no campaign record): a role the
rule refuses may get 404, saying nothing more than 403 would."""


@dataclass
class Fixture:
    """Real records for the paths, and what else a probe needs."""

    ids: dict[str, str]
    agent_id: str
    message_id: str
    rules: dict[str, Any]


def _path_value(name: str, path: str, f: Fixture) -> str:
    if name == "record_id" and path.split("/")[1] in f.ids:
        return f.ids[path.split("/")[1]]
    return {
        "campaign_id": f.ids["campaigns"],
        "approval_id": f.ids["price-approvals"],
        "agent_id": f.agent_id,
        "user_id": f.agent_id,
        "message_id": f.message_id,
        "kind": "account",
        "name": "nobody-" + uuid.uuid4().hex[:8],
        "frame_id": "1",
    }.get(name, str(uuid.uuid4()))


def _nobody() -> str:
    return str(uuid.uuid4())


_PRICE = {"lines": [{"sku": "MC-1001", "unit_price_cents": 100}]}
_CAMPAIGN = {
    "name": "矩阵",
    "starts_at": "2026-01-01T00:00:00Z",
    "deadline_at": "2030-01-01T00:00:00Z",
    "teams": [DEMO_TEAM],  # the demo supervisor's: they manage it, the demo agent works it
}

_QA_FORM = {"name": "矩阵", "criteria": [{"key": "greeting", "name": "问候", "weight": 100}]}


BODIES: dict[str, Callable[[Fixture], Any]] = {
    "POST /users": lambda f: {"username": "agent", "display_name": "x", "password": "password-123-long"},
    "POST /contacts": lambda f: {"customer_id": _nobody(), "channel": "note"},
    "POST /orders": lambda f: {
        "customer_id": _nobody(),
        "lines": [{"sku": "MC-1001", "quantity": 1}],
        "delivery_address": {},
    },
    "POST /callbacks": lambda f: {"number": "13800138000", "customer_id": _nobody()},
    "POST /call_logs": lambda f: {"direction": "inbound", "ring_at": "2026-01-01T00:00:00Z", "customer_id": _nobody()},
    "POST /blocklist": lambda f: {"number": "17000000000"},
    "POST /media_sources": lambda f: {"dnis": "400-810-8888", "channel": "x"},
    "POST /orders/{record_id}/ship": lambda f: {"courier": "顺丰", "tracking_number": "SF0001"},
    "PUT /logistics/rules": lambda f: f.rules,  # the rules as they are: nothing changes
    "POST /logistics/sort": lambda f: {"items": [{"order_id": _nobody(), "version": 1, "courier": "顺丰"}]},
    "POST /coaching/messages": lambda f: {"to_user": f.agent_id, "body": "矩阵"},
    "POST /campaigns": lambda f: _CAMPAIGN,
    "POST /quality/forms": lambda f: _QA_FORM,
    "PUT /quality/forms/{form_key}": lambda f: _QA_FORM,  # no such form: 404 for whoever may
    "POST /price-approvals": lambda f: _PRICE,
    "POST /dnc": lambda f: {"number": "13900139000"},
    "PUT /screenview/{agent_id}/frame": lambda f: (b"\x89PNG\r\n\x1a\n", "image/png"),
    "PUT /recordings/{recording_id}": lambda f: {
        "direction": "inbound",
        "started_at": "2026-01-01T00:00:00Z",
        "seconds": 1,
        "media_type": "audio/ogg",
        "size": 1,
        "sha256": "0" * 64,
        "retention_days": 1,
    },
    "PUT /recordings/{recording_id}/content": lambda f: (b"x", "application/octet-stream"),
    "POST /campaigns/{campaign_id}/records/import": lambda f: (b"phone\n13900139000\n", "text/csv"),
    "POST /customers": lambda f: {"name": "矩阵测试"},
    "POST /complaints": lambda f: {"customer_id": _nobody(), "category": "other", "summary": "x"},
    "POST /products": lambda f: {"sku": "MC-1001", "name": "x", "price_cents": 1},
    "POST /todos": lambda f: {"title": "x", "customer_id": _nobody()},
    "POST /auth/password": lambda f: {},  # 422 for whoever is signed in: no password is tried
}


PARAMS: dict[str, dict[str, Any]] = {
    "POST /campaigns/{campaign_id}/records/import": {"phone": "phone", "dry_run": "true"},
    "GET /quality/calls": {"agent_id": demo_id("user:agent")},
}


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def minimal_body(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    """The smallest value ``schema`` accepts (required fields only), for bodies the tables do not give."""
    schema = _resolve(spec, schema)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [o for o in schema[key] if _resolve(spec, o).get("type") != "null"]
            return minimal_body(spec, options[0])
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {name: minimal_body(spec, props[name]) for name in schema.get("required", [])}
    if kind == "array":
        return [minimal_body(spec, schema["items"])] * schema.get("minItems", 0)
    if kind == "integer" or kind == "number":
        return max(schema.get("minimum", 1), 1)
    if kind == "boolean":
        return False
    if kind == "string":
        text = {"date-time": "2026-01-01T00:00:00Z", "date": "2026-01-01", "uuid": _nobody()}.get(
            schema.get("format", ""), "矩阵测试"
        )
        return text + "x" * max(0, schema.get("minLength", 0) - len(text))
    return None


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    prefix = "/api/v1"
    out = {}
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            out[f"{method.upper()} {path.removeprefix(prefix)}"] = operation
    return out


def _probe(
    bo: BackofficeProcess, spec: dict[str, Any], label: str, operation: dict[str, Any], f: Fixture
) -> dict[str, Any]:
    method, path = label.split(" ", 1)
    url = path
    for param in operation.get("parameters", []):
        if param["in"] == "path":
            url = url.replace("{" + param["name"] + "}", _path_value(param["name"], path, f))
    headers = {"If-Match": '"999999"'} if any(p["name"] == "if-match" for p in operation.get("parameters", [])) else {}
    kwargs: dict[str, Any] = {"headers": headers}
    for param in operation.get("parameters", []):
        if param["in"] == "query" and param.get("required"):
            kwargs.setdefault("params", {})[param["name"]] = minimal_body(spec, param["schema"])
        if param["in"] == "query" and param["name"] == "timeout":  # a long poll: answer at once
            kwargs.setdefault("params", {})["timeout"] = 0
    kwargs.setdefault("params", {}).update(PARAMS.get(label, {}))
    if label in BODIES:
        body = BODIES[label](f)
        if isinstance(body, tuple):
            kwargs["data"], headers["Content-Type"] = body
        else:
            kwargs["json"] = body
    elif "requestBody" in operation:
        content = operation["requestBody"]["content"]
        if "application/json" in content:
            kwargs["json"] = minimal_body(spec, content["application/json"]["schema"])
    return {"method": method, "url": url, **kwargs}


def _fixture(bo: BackofficeProcess) -> Fixture:
    agent, sup = bo.session("agent"), bo.session("supervisor")
    customer = new_customer(agent)
    ids = {
        "customers": customer["id"],
        "orders": new_order(agent, customer["id"])["id"],
        "callbacks": create(agent, "callbacks", {"number": "13800138000", "reason": "矩阵"})["id"],
        "todos": create(agent, "todos", {"title": "矩阵"})["id"],
        "contacts": create(agent, "contacts", {"customer_id": customer["id"], "channel": "note"})["id"],
        "complaints": create(agent, "complaints", {"customer_id": customer["id"], "category": "other", "summary": "x"})[
            "id"
        ],
        "call_logs": create(agent, "call_logs", {"direction": "inbound", "ring_at": "2026-01-01T00:00:00Z"})["id"],
        "blocklist": create(agent, "blocklist", {"number": f"170{uuid.uuid4().int % 10**8:08d}"})["id"],
        "users": demo_id("user:agent"),
    }
    for name in ("products", "media_sources", "audit_events"):
        ids[name] = sup.get(f"/{name}", params={"limit": 1}).json()["items"][0]["id"]
    ids["campaigns"] = create(bo.session("admin"), "campaigns", _CAMPAIGN)["id"]
    ids["price-approvals"] = create(agent, "price-approvals", _PRICE)["id"]
    message = sup.post("/coaching/messages", json={"to_user": demo_id("user:agent"), "body": "矩阵"})
    assert message.status_code == 201, message.text
    rules = sup.get("/logistics/rules").json()
    return Fixture(ids, demo_id("user:agent"), message.json()["id"], rules)


def test_every_documented_operation_has_a_rule(bo: BackofficeProcess) -> None:
    documented = set(_operations(requests.get(bo.url + "/openapi.json", timeout=10).json()))
    assert sorted(documented - set(RULES)) == [], "operations without a rule in RULES"
    assert sorted(set(RULES) - documented) == [], "rules for operations the server no longer has"


def test_each_role_reaches_exactly_the_operations_its_rule_gives(bo: BackofficeProcess) -> None:
    spec = requests.get(bo.url + "/openapi.json", timeout=10).json()
    f = _fixture(bo)
    sessions = {role: bo.session(role) for role in ROLES}
    anonymous = bo.session(None)
    problems: list[str] = []
    for label, operation in sorted(_operations(spec).items()):
        if label in SKIPPED or label not in RULES:
            continue
        for role in (None, *ROLES):
            if label == "POST /auth/logout":  # a session of its own, not the one the other probes use
                session = bo.session(None)
                if role is not None:
                    session.headers["Authorization"] = "Bearer " + _fresh_token(bo, role)
            else:
                session = anonymous if role is None else sessions[role]
            status = session.request(**_probe(bo, spec, label, operation, f)).status_code
            if label in PUBLIC:  # anyone: no role is refused
                if status in (401, 403) and role is not None and label != "POST /auth/login":
                    problems.append(f"{role or 'anonymous'} refused public {label}: {status}")
            elif role is None:
                if status != 401:
                    problems.append(f"anonymous {label}: {status}")
            elif role in RULES[label] and status in (401, 403):
                problems.append(f"{role} refused {label}: {status}")
            elif role not in RULES[label] and status != 403 and not (label in LOOKED_UP_FIRST and status == 404):
                problems.append(f"{role} reached {label}: {status}")
    assert problems == [], "\n".join(problems)


def _fresh_token(bo: BackofficeProcess, role: str) -> str:
    r = requests.post(bo.api + "/auth/login", json={"username": role, "password": bo.credentials[role]}, timeout=10)
    r.raise_for_status()
    return str(r.json()["token"])
