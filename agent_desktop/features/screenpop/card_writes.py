"""The card's writes through the local store's outbox, in the background (SQLite commits fsync): a
customer created from the card, a call marked abnormal (and the call log already written corrected), a
number blocked once, and any record the feature writes (call logs, follow-up to-dos)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from crm.phones import mask_number
from crm.records import CustomerRecord
from screenpop.core.call_log import blocklist_body
from screenpop.core.models import CardModel
from screenpop.core.session import marks_block

if TYPE_CHECKING:
    from agent_desktop.features.screenpop.feature import ScreenPopFeature

logger = logging.getLogger("agent_desktop.features.screenpop.feature")


class CardWrites:
    """Writes for :class:`ScreenPopFeature` (its tasks are owned by the feature: cancelled at its shutdown)."""

    def __init__(self, feature: ScreenPopFeature) -> None:
        self.feature = feature

    def write(
        self, entity: str, body: dict[str, Any], on_done: Callable[[dict[str, Any]], object] | None = None
    ) -> None:
        if self.feature.crm is None:
            logger.warning("no CRM store yet; %s not saved", entity)
            return
        store = self.feature.crm.store
        self.feature.ctx.tasks.write(
            lambda: store.create(entity, body),
            on_done,
            lambda exc: logger.error("saving %s failed", entity, exc_info=exc),
            owner=self.feature,
        )

    def create_customer(self, data: dict[str, Any], card: CardModel) -> None:
        def created(record: dict[str, Any]) -> None:
            customer = cast(CustomerRecord, record)  # the store's create returns any entity's record
            self.feature.controller.choose_customer(card.call_id, customer["id"])

        self.write("customers", data, created)

    def marked_abnormal(self, kind: str, card: CardModel) -> None:
        if marks_block(kind):
            self.block(card, kind)
        session = self.feature.history.get(card.call_id)
        if session is not None and session.call_log_id and self.feature.crm is not None:
            # marked from the recent pops after the wrap-up: correct the call log already written
            store, log_id = self.feature.crm.store, session.call_log_id
            change = {"abnormal": True, "abnormal_reason": kind}
            self.feature.ctx.tasks.write(
                lambda: store.update("call_logs", log_id, change),
                None,
                lambda exc: logger.error("marking the call log failed", exc_info=exc),
                owner=self.feature,
            )

    def block(self, card: CardModel, reason: str) -> None:
        """Put the caller's number on the blocklist, once: a number already there (a harassment mark,
        then Block; a second click) writes nothing, since the CRM refuses a second entry for it."""
        session = self.feature.history.get(card.call_id)
        body = blocklist_body(session, reason) if session else None
        if body is None:
            return
        if self.feature.crm is None:
            logger.warning("no CRM store yet; blocklist not saved")
            return
        store, number = self.feature.crm.store, str(body["number"])
        shown = mask_number(number, self.feature._log_digits()) or "the number"

        def block() -> None:  # in the ordered writes: an entry queued just before is seen here
            if store.is_blocked(number):
                logger.info("%s is already blocked: no second blocklist entry", shown)
                return
            store.create("blocklist", body)

        self.feature.ctx.tasks.write(
            block, None, lambda exc: logger.error("saving blocklist failed", exc_info=exc), owner=self.feature
        )
