"""API errors and their JSON bodies (see docs/api-conventions.md)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import StatementError
from starlette.exceptions import HTTPException

logger = logging.getLogger(__name__)


class ApiError(Exception):
    """An error response: ``detail`` is a message (or FastAPI's 422 list), ``code`` a machine code."""

    def __init__(
        self,
        status: int,
        detail: Any,
        code: str | None = None,
        *,
        current: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.code = code
        self.current = current
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"detail": self.detail}
        if self.code:
            body["code"] = self.code
        if self.current is not None:
            body["current"] = self.current
        return body


def not_found(entity: str) -> ApiError:
    return ApiError(404, f"no such record in {entity}", "not_found")


def forbidden(message: str = "your role may not do this") -> ApiError:
    return ApiError(403, message, "forbidden")


def conflict(message: str, code: str) -> ApiError:
    return ApiError(409, message, code)


def field_error(loc: tuple[str | int, ...], msg: str, kind: str = "value_error") -> ApiError:
    """A 422 in FastAPI's shape for one field, e.g. ``("body", "customer_id")``."""
    return ApiError(422, [{"loc": list(loc), "msg": msg, "type": kind}])


UNPARSED_BODY = "There was an error parsing the body"
"""FastAPI's 400 for a body it cannot decode (not UTF-8): answered as the 422 of any other bad JSON."""


def _out_of_range(request: Request) -> JSONResponse:
    """A date or number valid in itself but out of range once converted (a time in year 1 at +03:00 is
    in year 0 in UTC): the request's fault, wherever it surfaced (the field is named where a model
    checks it first)."""
    where = "query" if request.url.query else "body"
    body = {"detail": [{"loc": [where], "msg": "a date or number is out of range", "type": "value_error"}]}
    return JSONResponse(body, status_code=422)


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(OverflowError)
    async def _overflow(request: Request, _exc: OverflowError) -> JSONResponse:
        return _out_of_range(request)

    @app.exception_handler(StatementError)
    async def _statement(request: Request, exc: StatementError) -> JSONResponse:
        if isinstance(exc.orig, OverflowError):  # a parameter could not be converted for the database
            return _out_of_range(request)
        raise exc

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 400 and exc.detail == UNPARSED_BODY:
            return JSONResponse(
                {"detail": [{"loc": ["body"], "msg": "the body is not JSON in UTF-8", "type": "json_invalid"}]},
                status_code=422,
            )
        return await http_exception_handler(request, exc)
