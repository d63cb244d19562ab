"""The answers every operation can give, written into ``/openapi.json`` from what each route depends on.

FastAPI documents a route's success answer and its 422; the rest of the API's answers
(docs/api-conventions.md, "Errors") follow from what the route takes, so they are added here once,
for every route, instead of by hand on each:

| the route | documents |
| --- | --- |
| any | 413 (the body limit, :mod:`backoffice.edge`), 422 |
| needs a signed-in user (its operation names the bearer ``security`` scheme) | 401, 403 |
| has a path parameter (a record, a user, a message) | 404 |
| writes (POST, PUT, PATCH, DELETE) as a signed-in user | 409, 503 (database busy) |
| takes ``If-Match`` | 412, 428, and the header is *required*, with its format |
| takes ``Idempotency-Key`` | the key's format (8 to 200 characters) |
| takes ``cursor`` | the cursor's format (what a previous page returned: 0 to 18 digits) |

Answers particular to one route (429 on sign-in, 415 on a screen frame) are declared on the route
itself with ``responses=``; those win over the ones here.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts

logger = logging.getLogger(__name__)

ERROR_SCHEMA = "ApiError"
ERROR_BODY: dict[str, Any] = {
    "title": ERROR_SCHEMA,
    "type": "object",
    "required": ["detail"],
    "properties": {
        "detail": {"type": "string", "description": "What went wrong, for a person"},
        "code": {"type": "string", "description": "A machine code, e.g. not_found, version_mismatch"},
        "current": {"type": "object", "description": "412: the record as it is now"},
    },
}
STATUS_TEXT = {
    "401": "Not signed in, or the session has ended (`not_authenticated`)",
    "403": "Your role may not do this (`forbidden`)",
    "404": "No such record, or not one you may see (`not_found`)",
    "409": "A conflict with the record's state or another record (e.g. `duplicate_id`, `invalid_transition`)",
    "412": "`If-Match` names an older version (`version_mismatch`); `current` is the record as it is now",
    "413": "The request body is over the limit (`too_large`); refused before it is read",
    "422": "Invalid input; `loc` names the field (a NUL character anywhere is refused too)",
    "428": "`If-Match` is missing (`precondition_required`)",
    "503": "The database is busy; retry after `Retry-After` seconds (`busy`)",
}
IF_MATCH_FORMAT = '^(W/)?"?[0-9]{1,9}"?$'
IF_MATCH_TEXT = 'The record\'s version as its ETag gave it, e.g. `"3"`: 1 to 9 digits (quotes and `W/` allowed)'
IDEMPOTENCY_TEXT = (
    "Any 8 to 200 characters (a UUID recommended). A repeat of the same request with the same key replays "
    "the first answer (header `Idempotent-Replay: true`); the same key with a different request is 422."
)
CURSOR_FORMAT = "^[0-9]{0,18}$"
CURSOR_TEXT = "The `cursor` of the previous page (a change sequence, up to 18 digits); absent or empty: from the start"
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _dependencies(dependant: Dependant) -> Iterator[Dependant]:
    yield dependant
    for sub in dependant.dependencies:
        yield from _dependencies(sub)


def _headers(route: Any) -> set[str]:
    return {p.alias.lower() for d in _dependencies(route.dependant) for p in d.header_params}


def statuses(route: Any, method: str, signs_in: bool) -> set[str]:
    """The answers ``route`` (an :class:`APIRoute` or FastAPI's context of one) may give to ``method``
    besides its success; ``signs_in``: it needs a bearer token (its operation names a ``security``)."""
    out = {"413", "422"}
    if signs_in:
        out |= {"401", "403"}
        if method in WRITES:
            out |= {"409", "503"}
    if route.dependant.path_params:
        out.add("404")
    if "if-match" in _headers(route):
        out |= {"412", "428"}
    return out


def answer(status: int, description: str) -> dict[int | str, dict[str, Any]]:
    """A route's own error answer for its ``responses=``, e.g. ``responses=answer(429, "Too many ...")``."""
    schema = {"$ref": f"#/components/schemas/{ERROR_SCHEMA}"}
    return {status: {"description": description, "content": {"application/json": {"schema": schema}}}}


def _error_response(status: str) -> dict[str, Any]:
    schema = "HTTPValidationError" if status == "422" else ERROR_SCHEMA
    return {
        "description": STATUS_TEXT[status],
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


def _document_parameters(operation: dict[str, Any]) -> None:
    for param in operation.get("parameters", []):
        name, where = param["name"].lower(), param["in"]
        if where == "header" and name == "if-match":
            param["required"] = True
            param["description"] = IF_MATCH_TEXT
            param["schema"] = {"type": "string", "pattern": IF_MATCH_FORMAT, "title": "If-Match"}
        elif where == "header" and name == "idempotency-key":
            param["description"] = IDEMPOTENCY_TEXT
            param["schema"] = {"type": "string", "minLength": 8, "maxLength": 200, "title": "Idempotency-Key"}
        elif where == "query" and name == "cursor":
            param["description"] = CURSOR_TEXT
            param["schema"] = {"type": "string", "pattern": CURSOR_FORMAT, "title": "Cursor"}


def document(app: FastAPI, schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` (FastAPI's) with every route's answers and header formats added (in place)."""
    paths = schema.get("paths", {})
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.setdefault(ERROR_SCHEMA, ERROR_BODY)
    for route in iter_route_contexts(app.routes):
        if not isinstance(route.original_route, APIRoute) or not route.include_in_schema:
            continue
        path = paths.get(route.path_format or "", {})
        for method in route.methods or ():
            operation = path.get(method.lower())
            if operation is None:
                continue
            responses = operation.setdefault("responses", {})
            for status in sorted(statuses(route, method, bool(operation.get("security")))):
                responses.setdefault(status, _error_response(status))
            _document_parameters(operation)
    return schema


def install(app: FastAPI) -> None:
    """Make ``app.openapi()`` (``/openapi.json``) the documented schema."""
    build = app.openapi
    documented: list[int] = []  # the id of the schema documented last (FastAPI rebuilds it when routes change)

    def openapi() -> dict[str, Any]:
        schema = build()
        if documented != [id(schema)]:
            document(app, schema)
            documented[:] = [id(schema)]
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
