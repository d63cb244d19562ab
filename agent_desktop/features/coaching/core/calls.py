"""The coaching calls of the CRM (``crm.schemas.coaching``), blocking: run them through ctx.tasks."""

from __future__ import annotations

import logging
from datetime import datetime

from agent_desktop.features.coaching.core.recipients import Recipient, recipients
from crm.client import CrmClient
from crm.schemas import UserRead, new_id
from crm.schemas.coaching import CoachingKind, CoachingMessage, CoachingMessages

logger = logging.getLogger(__name__)

USERS_PAGE = 500


class CoachingCalls:
    """Send, read receipts and history over one signed-in client."""

    def __init__(self, client: CrmClient) -> None:
        self.client = client

    def send(
        self,
        body: str,
        *,
        to: Recipient | None = None,
        reply_to: str | None = None,
        kind: CoachingKind = CoachingKind.TEXT,
        title: str | None = None,
    ) -> CoachingMessage:
        """Write to ``to`` (an agent or a team), or reply to message ``reply_to``."""
        data: dict[str, object] = {"body": body, "kind": kind.value}
        if reply_to is not None:
            data["reply_to"] = reply_to
        elif to is not None and to.team is not None:
            data["to_team"] = to.team
        elif to is not None:
            data["to_user"] = to.user_id
        if title:
            data["title"] = title
        answer = self.client.request("POST", "/coaching/messages", json=data, idempotency_key=new_id())
        return CoachingMessage.model_validate(answer.json())

    def mark_read(self, message_id: str) -> CoachingMessage:
        answer = self.client.request("POST", f"/coaching/messages/{message_id}/read", idempotency_key=new_id())
        return CoachingMessage.model_validate(answer.json())

    def message(self, message_id: str) -> CoachingMessage:
        return CoachingMessage.model_validate(self.client.request("GET", f"/coaching/messages/{message_id}").json())

    def history(self, with_user: str | None = None, since: datetime | None = None) -> list[CoachingMessage]:
        """The user's messages (with ``with_user``; created at or after ``since``), oldest first."""
        params: dict[str, str] = {}
        if with_user is not None:
            params["with"] = with_user
        if since is not None:
            params["since"] = since.isoformat()
        answer = self.client.request("GET", "/coaching/messages", params=params)
        return CoachingMessages.model_validate(answer.json()).items

    def recipients(self, me_id: str) -> list[Recipient]:
        """The agents (and their teams) the signed-in supervisor may write to."""
        users: list[UserRead] = []
        while True:
            page = self.client.list("users", limit=USERS_PAGE, offset=len(users))
            users.extend(page.items)
            if not page.items or len(users) >= page.total:
                break
        return recipients(users, me_id)
