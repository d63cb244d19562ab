"""The card's writes through the local store's outbox, in the background (SQLite commits fsync): a
customer created from the card, a call marked abnormal (and the call log already written corrected), a
number blocked once, and any record the feature writes (call logs, follow-up to-dos).

Nothing is dropped without a word: each body is checked against the CRM's contract before it is queued,
and a write that fails tells the agent, in a warning box, what was not saved and what to do. A call log
is never lost: times out of order are put in order and a value the contract refuses goes to its notes
(:func:`~screenpop.core.call_log.checked_call_log`; logged, and said in the status bar); one the store
still does not take is kept as a wrap-up draft, which the next start saves (:mod:`.wrap_draft`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from pydantic import ValidationError

from agent_desktop.features.screenpop.wrap_draft import KIND as DRAFT_KIND
from agent_desktop.features.screenpop.write_notices import (
    CallLogNotSaved,
    NotSavedNotice,
    corrected_text,
    not_saved_text,
)
from crm.phones import mask_number
from crm.records import CustomerRecord
from crm.schemas import ENTITIES
from crm.store.drafts import DraftStore
from forms.wrapup_result import FollowUp
from screenpop.core.call_log import blocklist_body, checked_call_log
from screenpop.core.models import CardModel
from screenpop.core.session import marks_block

if TYPE_CHECKING:
    from agent_desktop.features.screenpop.feature import ScreenPopFeature
    from agent_desktop.shell.main_window import MainWindow
    from crm.store import Store

logger = logging.getLogger("agent_desktop.features.screenpop.feature")

KEPT_PREFIX = "unsaved-"
"""The draft id of a call log the store did not take (apart from the open wrap-up's own draft)."""


class CardWrites:
    """Writes for :class:`ScreenPopFeature` (its tasks are owned by the feature: cancelled at its shutdown)."""

    def __init__(self, feature: ScreenPopFeature) -> None:
        self.feature = feature
        self.window = cast("MainWindow", feature.parent())
        self.notice = NotSavedNotice(self.window)
        self._waiting: list[tuple[dict[str, Any], Callable[[dict[str, Any]], object] | None]] = []
        """Call logs written before the local store was there: queued once it is (:meth:`attached`)."""

    def attached(self) -> None:
        """The local store is there: queue the call logs that waited for it."""
        waiting, self._waiting = self._waiting, []
        for body, on_done in waiting:
            self._write_call_log(body, on_done)

    def write(
        self, entity: str, body: dict[str, Any], on_done: Callable[[dict[str, Any]], object] | None = None
    ) -> None:
        """Queue the create of ``body``; checked first, and the agent told if it cannot be saved."""
        if entity == "call_logs":
            self._write_call_log(body, on_done)
            return
        if self.feature.crm is None:
            self._not_saved(entity, body, None)
            return
        create = ENTITIES[entity].create
        try:
            if create is not None:
                create.model_validate(body)  # refused here, before anything is queued
        except ValidationError as exc:
            self._not_saved(entity, body, exc)
            return
        store = self.feature.crm.store
        self.feature.ctx.tasks.write(
            lambda: store.create(entity, body),
            on_done,
            lambda exc: self._not_saved(entity, body, exc),
            owner=self.feature,
        )

    def _write_call_log(self, body: dict[str, Any], on_done: Callable[[dict[str, Any]], object] | None) -> None:
        party = self._party(str(body.get("id", "")), body)
        try:
            body, changed = checked_call_log(body)
        except ValidationError as exc:  # its direction or ring time: the store refuses it too, and it is kept
            logger.error("call log %s refused before queueing: %s", body.get("id", ""), exc)
            changed = []
        if changed:
            self.window.transient(corrected_text(party, changed))
        crm = self.feature.crm
        if crm is None:  # the CRM link is still starting: it waits for it
            logger.warning("no CRM store yet; call log %s waits for it", body.get("id", ""))
            self._waiting.append((body, on_done))
            return
        store = crm.store

        def op() -> dict[str, Any]:
            try:
                return store.create("call_logs", body)
            except Exception as exc:
                raise CallLogNotSaved(exc, _keep(store, body)) from exc

        self.feature.ctx.tasks.write(
            op, on_done, lambda exc: self._not_saved("call_logs", body, exc, party), owner=self.feature
        )

    def _party(self, log_id: str, body: dict[str, Any]) -> str:
        """Who the call of a call log was with, as the agent knows them: the customer's name, else the number."""
        for session in self.feature.history.sessions():
            if log_id and log_id in (session.call_log_id, session.reserved_log_id):
                customer = session.card.customer
                if customer is not None and customer.name:
                    return customer.name
                break
        return str(body.get("callee" if body.get("direction") == "outbound" else "caller", ""))

    def _not_saved(self, entity: str, body: dict[str, Any], exc: BaseException | None, party: str = "") -> None:
        if exc is None:
            logger.error("no CRM store yet; %s not saved", entity)
        else:
            logger.error("saving %s failed", entity, exc_info=exc)
        if not self.feature._closed:
            self.notice.tell(not_saved_text(entity, body, exc, party))

    def create_customer(self, data: dict[str, Any], card: CardModel) -> None:
        def created(record: dict[str, Any]) -> None:
            customer = cast(CustomerRecord, record)  # the store's create returns any entity's record
            self.feature.controller.choose_customer(card.call_id, customer["id"])

        self.write("customers", data, created)

    def marked_abnormal(self, kind: str, card: CardModel) -> None:
        if marks_block(kind):
            self.block(card, kind)
        session = self.feature.history.get(card.call_id)
        if session is not None and session.call_log_id:
            # marked from the recent pops after the wrap-up: correct the call log already written
            self.update_call_log(session.call_log_id, {"abnormal": True, "abnormal_reason": kind}, "call_log_mark")

    def update_call_log(
        self, log_id: str, change: dict[str, Any], what: str = "call_logs", then: Callable[[], object] | None = None
    ) -> None:
        """Queue an update of the call log ``log_id`` already written, then ``then`` (in the same write,
        only once the update is saved); the agent is told if it cannot be saved."""
        if self.feature.crm is None:
            self._not_saved(what, change, None)
            return
        store = self.feature.crm.store

        def op() -> None:
            store.update("call_logs", log_id, change)
            if then is not None:
                then()

        self.feature.ctx.tasks.write(op, None, lambda exc: self._not_saved(what, change, exc), owner=self.feature)

    def follow_up(self, follow_up: FollowUp, log_id: str, customer_id: str) -> None:
        """Create the follow-up to-do of a wrap-up, linked to the call's log (and customer)."""
        todo = {"title": follow_up.title, "due_at": follow_up.due_at.isoformat().replace("+00:00", "Z")}
        todo["call_log_id"] = log_id
        if customer_id:
            todo["customer_id"] = customer_id
        self.write("todos", todo)

    def block(self, card: CardModel, reason: str) -> None:
        """Put the caller's number on the blocklist, once: a number already there (a harassment mark,
        then Block; a second click) writes nothing, since the CRM refuses a second entry for it."""
        session = self.feature.history.get(card.call_id)
        body = blocklist_body(session, reason) if session else None
        if body is None:
            return
        if self.feature.crm is None:
            self._not_saved("blocklist", body, None)
            return
        store, number = self.feature.crm.store, str(body["number"])
        shown = mask_number(number, self.feature._log_digits()) or "the number"

        def block() -> None:  # in the ordered writes: an entry queued just before is seen here
            if store.is_blocked(number):
                logger.info("%s is already blocked: no second blocklist entry", shown)
                return
            store.create("blocklist", body)

        self.feature.ctx.tasks.write(
            block, None, lambda exc: self._not_saved("blocklist", body, exc), owner=self.feature
        )


def _keep(store: Store, body: dict[str, Any]) -> bool:
    """Put a call log the store did not take aside as a wrap-up draft (saved at the next start)."""
    try:
        DraftStore(store.db).save(f"{KEPT_PREFIX}{body.get('id', '')}", DRAFT_KIND, body)
    except Exception:
        logger.exception("call log %s could not even be kept as a draft", body.get("id", ""))
        return False
    logger.warning("call log %s kept as a draft: saved at the next start", body.get("id", ""))
    return True
