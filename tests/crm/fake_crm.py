"""An in-memory stand-in for the CRM's HTTP API, used ONLY by the property-based test of the
outbox/sync state machine (tests/crm/test_sync_property.py), where failures must be injected at exact
points (request lost, response lost). Every other CRM test talks to the real back office over HTTP.

It keeps the rules of docs/api-conventions.md that the sync engine depends on: idempotency replay per
key (2xx only), versions with 412 + current, duplicate id → 409, a change-sequence delta feed.
"""

from __future__ import annotations

import copy
from collections import deque

from crm.client_errors import CrmUnavailable, NotFound, StateConflict, ValidationFailed, VersionMismatch
from crm.schemas import ENTITIES

OK, LOSE_REQUEST, LOSE_RESPONSE = "ok", "lose_request", "lose_response"


class FakeCrm:
    def __init__(self) -> None:
        self.records: dict[str, dict] = {}
        self.seq = 0
        self.changed: dict[str, int] = {}
        self.replies: dict[str, tuple[dict, dict]] = {}
        self.faults: deque[str] = deque()
        self.created_twice = 0

    # -- fault injection --------------------------------------------------------------------
    def _before(self) -> str:
        fault = self.faults.popleft() if self.faults else OK
        if fault == LOSE_REQUEST:
            raise CrmUnavailable("request lost")
        return fault

    @staticmethod
    def _after(fault: str, answer):
        if fault == LOSE_RESPONSE:
            raise CrmUnavailable("response lost")
        return copy.deepcopy(answer)

    def _bump(self, record: dict) -> None:
        self.seq += 1
        self.changed[record["id"]] = self.seq

    def _replay(self, key: str, body: dict):
        if key in self.replies:
            sent, answer = self.replies[key]
            if sent != body:
                raise ValidationFailed("key reused", errors={"*": "key reused with another body"})
            return answer
        return None

    # -- the client's raw API ---------------------------------------------------------------
    def create_raw(self, entity, body, *, key):
        fault = self._before()
        answer = self._replay(key, body)
        if answer is None:
            if body["id"] in self.records:
                self.created_twice += 1
                raise StateConflict("duplicate", code="duplicate_id")
            full = ENTITIES[entity].create.model_validate(body).model_dump(mode="json")
            answer = {**full, "version": 1}
            self.records[body["id"]] = answer
            self._bump(answer)
            self.replies[key] = (copy.deepcopy(body), copy.deepcopy(answer))
        return self._after(fault, answer)

    def update_raw(self, entity, record_id, changes, *, version, key):
        fault = self._before()
        answer = self._replay(key, changes)
        if answer is None:
            record = self.records.get(record_id)
            if record is None:
                raise NotFound("no such record")
            if record["version"] != version:
                raise VersionMismatch("stale", current=copy.deepcopy(record))
            record.update(copy.deepcopy(changes))
            record["version"] += 1
            self._bump(record)
            answer = copy.deepcopy(record)
            self.replies[key] = (copy.deepcopy(changes), answer)
        return self._after(fault, answer)

    def get_raw(self, entity, record_id):
        fault = self._before()
        if record_id not in self.records:
            raise NotFound("no such record")
        return self._after(fault, self.records[record_id])

    def total(self, entity):
        return self._after(self._before(), len(self.records))

    def changes_raw(self, entity, cursor=None, limit=1000):
        fault = self._before()
        since = int(cursor or 0)
        ids = sorted((s, i) for i, s in self.changed.items() if s > since)
        page = ids[:limit]
        new_cursor = str(page[-1][0]) if page else str(since)
        answer = {
            "items": [self.records[i] for _, i in page],
            "deleted": [],
            "cursor": new_cursor,
            "has_more": len(ids) > limit,
        }
        return self._after(fault, answer)

    def changes_all_raw(self, cursor, entities, limit=5000):
        page = self.changes_raw("customers", cursor, limit)
        return {
            "changes": {"customers": {"items": page["items"], "deleted": []}},
            "cursor": page["cursor"],
            "has_more": page["has_more"],
        }

    # -- another agent --------------------------------------------------------------------------
    def remote_edit(self, record_id: str, field: str, value) -> None:
        record = self.records[record_id]
        record[field] = value
        record["version"] += 1
        self._bump(record)
