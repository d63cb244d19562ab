"""API errors and their JSON bodies (see docs/api-conventions.md)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

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


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)
