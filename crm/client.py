"""HTTP client of the CRM API (docs/api-conventions.md), returning the contract's models.

* HTTP through :mod:`crm.transport` (``requests``, one session per thread: one client may be shared),
  connect/read timeouts and urllib3's ``Retry``. Reads are retried; POST, PATCH and DELETE only when
  they carry an ``Idempotency-Key`` (then a repeat is harmless: the server replays its first answer).
  ``Retry-After`` is honoured; TLS is verified (``verify_tls``: True for the system's CAs, a CA file,
  or False); the environment's proxies are used, except for a loopback CRM.
* Sign-in: :meth:`CrmClient.login` with the user name and the password/token the caller fetched from
  the keyring; the bearer token is kept in memory only. With ``credentials`` (a callable returning
  ``(username, secret)``) an expired token is renewed once, transparently. Secrets are never logged.
* Errors become the exceptions of :mod:`crm.client_errors` (401/403/404/409/412 with the current
  record/422 with field messages/network down).
"""

from __future__ import annotations

import builtins
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from crm.client_errors import (
    AuthenticationFailed,
    CrmError,
    CrmUnavailable,
    error_for,
)
from crm.feed_page import decode_page
from crm.i18n import QT_TRANSLATE_NOOP
from crm.records import UserRecord
from crm.schemas import API_PREFIX, ENTITIES, Changes, CustomerRead, LoginResponse, Page, ReadModel
from crm.schemas.presence import PresenceBoard
from crm.schemas.prices import PriceApprovalRequest
from crm.transport import Transport

if TYPE_CHECKING:
    from requests import Response

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClientConfig:
    """Where the CRM is and how patient to be."""

    base_url: str
    timeout_s: float = 10.0
    connect_timeout_s: float = 3.0
    retries: int = 2
    backoff_factor: float = 0.2
    verify_tls: bool | str = True
    """True: the system's trusted CAs; a path: a CA certificate file (or directory); False: no check."""


class CrmClient:
    """Typed access to one CRM server."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        credentials: Callable[[], tuple[str, str]] | None = None,
        token: str | None = None,
    ) -> None:
        self.config = config
        self._base = config.base_url.rstrip("/") + API_PREFIX
        self._credentials = credentials
        self._token = token
        self._http = Transport(retries=config.retries, backoff_factor=config.backoff_factor, verify=config.verify_tls)
        self.user: UserRecord | None = None
        """The signed-in user as the CRM described it; None before sign-in."""

    # -- plumbing -----------------------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        content: tuple[bytes, str] | None = None,
        if_match: int | None = None,
        idempotency_key: str | None = None,
        auth: bool = True,
        read_timeout_s: float | None = None,
        stream: bool = False,
        _renewed: bool = False,
    ) -> Response:
        """Send one request; returns the response of a 2xx answer, raises a CrmError otherwise.
        ``content``: a raw body and its media type (an image), instead of ``json``."""
        headers = {"Accept": "application/json"}
        if content is not None:
            headers["Content-Type"] = content[1]
        if if_match is not None:
            headers["If-Match"] = f'"{if_match}"'
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        try:
            resp = self._http.request(
                method,
                self._base + path,
                params=params,
                json=json,
                data=content[0] if content is not None else None,
                headers=headers,
                token=self._token if auth else None,
                timeout=(self.config.connect_timeout_s, read_timeout_s or self.config.timeout_s),
                stream=stream,
            )
        except OSError as exc:  # requests' errors, a missing CA file
            logger.info("CRM %s %s unreachable: %s", method, path, type(exc).__name__)
            raise CrmUnavailable(QT_TRANSLATE_NOOP("CrmClient", "The CRM cannot be reached")) from exc
        logger.debug("CRM %s %s -> %s", method, path, resp.status_code)
        if resp.status_code < 400:
            return resp
        try:
            body: Any = resp.json()
        except ValueError:
            body = resp.text
        error = error_for(resp.status_code, body)
        if isinstance(error, AuthenticationFailed) and auth and not _renewed and self._credentials is not None:
            try:
                self.login(*self._credentials())
            except AuthenticationFailed:
                # refused (changed password, throttled): not tried again by itself, which would count
                # as guessing and lock the account, until a new sign-in sets them (set_credentials)
                self._credentials = None
                raise
            return self.request(
                method,
                path,
                params=params,
                json=json,
                content=content,
                if_match=if_match,
                idempotency_key=idempotency_key,
                auth=auth,
                read_timeout_s=read_timeout_s,
                stream=stream,
                _renewed=True,
            )
        raise error

    def _json(self, *args: Any, **kwargs: Any) -> Any:
        resp = self.request(*args, **kwargs)
        return resp.json() if resp.content else None

    def _json_object(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """:meth:`_json` of an answer that is a JSON object (a record, a feed page)."""
        data: dict[str, Any] = self._json(*args, **kwargs)
        return data

    @staticmethod
    def _read_model(entity: str) -> type[ReadModel]:
        if entity not in ENTITIES:
            raise ValueError(f"unknown entity {entity!r}")
        return ENTITIES[entity].read

    # -- auth -----------------------------------------------------------------------------------
    def login(self, username: str, password: str) -> LoginResponse:
        """Sign in; keeps the bearer token (in memory) for the following requests."""
        data = self._json("POST", "/auth/login", json={"username": username, "password": password}, auth=False)
        answer = LoginResponse.model_validate(data)
        self._token = answer.token
        self.user = cast(UserRecord, answer.user.model_dump(mode="json"))
        logger.info("signed in to the CRM as %s (%s)", answer.user.username, answer.user.role.value)
        return answer

    def logout(self, read_timeout_s: float | None = None) -> bool:
        """End this session on the server (its token is refused from then on) and forget the token and
        the means to renew it. False when the server could not be reached (the session then ends at
        its expiry); a session the server had ended already counts as ended."""
        self._credentials = None  # a refused request must not sign in again
        token, self._token = self._token, None
        if token is None:
            return True
        try:
            answer = self._http.request(
                "POST",
                self._base + "/auth/logout",
                headers={"Accept": "application/json"},
                token=token,
                timeout=(self.config.connect_timeout_s, read_timeout_s or self.config.timeout_s),
            )
        except OSError as exc:
            logger.info("CRM sign-out: the CRM cannot be reached (%s)", type(exc).__name__)
            return False
        if answer.status_code >= 500:
            logger.info("CRM sign-out: the CRM answered %s", answer.status_code)
            return False
        logger.info("signed out of the CRM")
        return True

    def set_credentials(self, credentials: Callable[[], tuple[str, str]] | None) -> None:
        """Replace the ``(username, secret)`` source used to renew the token (after a new sign-in)."""
        self._credentials = credentials

    @property
    def signed_in(self) -> bool:
        return self._token is not None

    # -- raw records (dicts, used by the sync engine) -------------------------------------------
    def create_raw(self, entity: str, body: dict[str, Any], *, key: str) -> dict[str, Any]:
        return self._json_object("POST", f"/{entity}", json=body, idempotency_key=key)

    def update_raw(
        self, entity: str, record_id: str, changes: dict[str, Any], *, version: int, key: str
    ) -> dict[str, Any]:
        return self._json_object("PATCH", f"/{entity}/{record_id}", json=changes, if_match=version, idempotency_key=key)

    def delete_raw(self, entity: str, record_id: str, *, version: int, key: str) -> None:
        self.request("DELETE", f"/{entity}/{record_id}", if_match=version, idempotency_key=key)

    def action_raw(
        self, entity: str, record_id: str, action: str, body: dict[str, Any] | None, *, version: int | None, key: str
    ) -> dict[str, Any]:
        return self._json_object(
            "POST", f"/{entity}/{record_id}/{action}", json=body or {}, if_match=version, idempotency_key=key
        )

    def get_raw(self, entity: str, record_id: str) -> dict[str, Any]:
        return self._json_object("GET", f"/{entity}/{record_id}")

    def changes_raw(self, entity: str, cursor: str | None = None, limit: int = 1000) -> dict[str, Any]:
        """One page of the delta feed as decoded JSON (the fast path of the first sync)."""
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self._json_object("GET", f"/{entity}/changes", params=params)

    def changes_all_raw(
        self, cursor: str | None, entities: list[str] | tuple[str, ...], limit: int = 5000
    ) -> dict[str, Any]:
        """One page of the global delta feed (``GET /changes``) over ``entities``, as decoded JSON:
        ``{"changes": {entity: {"items", "deleted", "texts"}}, "cursor", "has_more"}`` (``texts``: each
        item's JSON text, see :mod:`crm.feed_page`)."""
        params: dict[str, Any] = {"limit": limit, "entities": ",".join(entities)}
        if cursor:
            params["cursor"] = cursor
        resp = self.request("GET", "/changes", params=params)
        return decode_page(resp.content.decode("utf-8"))  # JSON is UTF-8; keeps each record's text

    def watch_changes(self, since: int | None, timeout_s: float = 25.0) -> int:
        """Long poll (``GET /changes/watch``): the server's newest change sequence, answered as soon
        as it is beyond ``since`` or after ``timeout_s``; at once when ``since`` is None."""
        params: dict[str, Any] = {"timeout": timeout_s}
        if since is not None:
            params["since"] = since
        return int(
            self._json("GET", "/changes/watch", params=params, read_timeout_s=timeout_s + self.config.timeout_s)[
                "latest"
            ]
        )

    def total(self, entity: str) -> int:
        """How many records of ``entity`` the server holds (for progress estimates)."""
        return int(self._json("GET", f"/{entity}", params={"limit": 1, "offset": 0})["total"])

    # -- typed ------------------------------------------------------------------------------------
    def get(self, entity: str, record_id: str) -> ReadModel:
        return self._read_model(entity).model_validate(self.get_raw(entity, record_id))

    def list(self, entity: str, *, limit: int = 100, offset: int = 0) -> Page[Any]:
        model = self._read_model(entity)
        data = self._json("GET", f"/{entity}", params={"limit": limit, "offset": offset})
        return Page[model].model_validate(data)  # type: ignore[valid-type]

    def create(self, entity: str, data: dict[str, Any], *, key: str | None = None) -> ReadModel:
        """POST a record (validated with the Create model first). Without ``key`` it is not retried."""
        spec = ENTITIES[entity]
        if spec.create is None:
            raise ValueError(f"{entity} cannot be created")
        body = spec.create.model_validate(data).model_dump(mode="json", exclude_unset=True)
        answer = self._json("POST", f"/{entity}", json=body, idempotency_key=key)
        return spec.read.model_validate(answer)

    def update(
        self, entity: str, record_id: str, changes: dict[str, Any], *, version: int, key: str | None = None
    ) -> ReadModel:
        """PATCH with ``If-Match: version``; a stale version raises VersionMismatch (with current)."""
        spec = ENTITIES[entity]
        if spec.update is None:
            raise ValueError(f"{entity} cannot be edited")
        body = spec.update.model_validate(changes).model_dump(mode="json", exclude_unset=True)
        answer = self._json("PATCH", f"/{entity}/{record_id}", json=body, if_match=version, idempotency_key=key)
        return spec.read.model_validate(answer)

    def delete(self, entity: str, record_id: str, *, version: int, key: str | None = None) -> None:
        self.request("DELETE", f"/{entity}/{record_id}", if_match=version, idempotency_key=key)

    def action(
        self,
        entity: str,
        record_id: str,
        action: str,
        body: dict[str, Any] | None = None,
        *,
        version: int | None = None,
        key: str | None = None,
    ) -> ReadModel:
        answer = self._json(
            "POST", f"/{entity}/{record_id}/{action}", json=body or {}, if_match=version, idempotency_key=key
        )
        return self._read_model(entity).model_validate(answer)

    def changes(self, entity: str, cursor: str | None = None, limit: int = 1000) -> Changes[Any]:
        model = self._read_model(entity)
        return Changes[model].model_validate(self.changes_raw(entity, cursor, limit))  # type: ignore[valid-type]

    def search_customers(self, **conditions: Any) -> Page[CustomerRead]:
        """``GET /customers/search`` with any of the CustomerSearch conditions (AND)."""
        params = {k: v for k, v in conditions.items() if v is not None}
        data = self._json("GET", "/customers/search", params=params)
        return Page[CustomerRead].model_validate(data)

    # -- presence (supervisors) -------------------------------------------------------------------
    def presence_board(self) -> PresenceBoard:
        """``GET /presence/board``: every agent the signed-in supervisor may watch, with the cursor for
        :meth:`presence_watch` and the server's time (403 for an agent)."""
        return PresenceBoard.model_validate(self._json("GET", "/presence/board"))

    def presence_watch(self, since: int, timeout_s: float = 25.0) -> PresenceBoard:
        """Long poll (``GET /presence/watch``): the lines that changed after cursor ``since``, answered
        as soon as one does or after ``timeout_s`` (then with none)."""
        data = self._json(
            "GET",
            "/presence/watch",
            params={"since": since, "timeout": timeout_s},
            read_timeout_s=timeout_s + self.config.timeout_s,
        )
        return PresenceBoard.model_validate(data)

    # -- price approvals --------------------------------------------------------------------------
    def ask_price_approval(self, request: dict[str, Any], *, key: str | None = None) -> dict[str, Any]:
        """``POST /price-approvals``: ask the supervisors of one's team to approve prices off the
        catalogue (``crm.schemas.prices.PriceApprovalRequest``); returns the pending request."""
        body = PriceApprovalRequest.model_validate(request).model_dump(mode="json")
        return self._json_object("POST", "/price-approvals", json=body, idempotency_key=key or str(uuid.uuid4()))

    def price_approval(self, approval_id: str) -> dict[str, Any]:
        """``GET /price-approvals/{id}``: the request and, once decided, the decision."""
        return self._json_object("GET", f"/price-approvals/{approval_id}")

    def pending_price_approvals(self) -> builtins.list[dict[str, Any]]:
        """The requests waiting for the signed-in supervisor (their team's), newest first."""
        answer = self._json_object("GET", "/price-approvals", params={"status": "pending"})
        items: builtins.list[dict[str, Any]] = answer["items"]
        return items

    def price_approval_limit(self) -> float:
        """The discount (%) an agent may give without a supervisor's approval (``GET /price-approvals``)."""
        return float(self._json_object("GET", "/price-approvals", params={"limit": 1})["max_discount_pct"])

    def decide_price_approval(self, approval_id: str, approve: bool) -> dict[str, Any]:
        """A supervisor approves (or declines) a request of an agent of their team."""
        return self._json_object("POST", f"/price-approvals/{approval_id}/{'approve' if approve else 'decline'}")

    def sibling(self) -> CrmClient:
        """A client for the same CRM and user with connections of its own: its :meth:`close` ends only
        what it is doing (e.g. a live event stream), not this client's requests."""
        twin = CrmClient(self.config, credentials=self._credentials, token=self._token)
        twin.user = self.user
        return twin

    def close(self) -> None:
        """Close the connections of every thread (any thread may call it): a request under way, such
        as a long poll, ends at once with CrmUnavailable. The client stays usable afterwards."""
        self._http.close()


__all__ = ["ClientConfig", "CrmClient", "CrmError"]
