"""Coaching messages: a supervisor's text to an agent or a whole team, the agent's reply, read receipts.

* ``POST /coaching/messages`` (:class:`CoachingSend`) → the :class:`CoachingMessage` written. A
  supervisor writes to an agent of their team (``to_user``) or to the team (``to_team``, a broadcast);
  an admin, or a supervisor without a team, to any agent or team. An agent only replies
  (``reply_to``) to a message addressed to them; a reply goes to the message's sender.
  ``kind: standard_text`` is an after-sales text (return policy, delivery fees) with a ``title``, which
  the agent may put into the call's notes or read out.
* ``POST /coaching/messages/{id}/read`` → the message with ``read_at``: the read receipt, by a
  recipient only (once; a repeat changes nothing).
* ``GET /coaching/messages?with=<user id>&since=<time>&limit=`` → :class:`CoachingMessages`: the
  caller's messages with that user, oldest first (``since``: created at or after it). A supervisor
  asking about an agent of their team sees all of that agent's coaching, whoever sent it.
* Live events (``GET /events/stream``): ``coaching`` (data: the :class:`CoachingMessage`) to the
  recipient, or to every member of the team; ``coaching_read`` (data: :class:`CoachingReceipt`) to
  the sender when a recipient reads it. A message too big for one event arrives as
  ``{"id": ..., "partial": true}``: read it with ``GET /coaching/messages/{id}``.
"""

from __future__ import annotations

import logging
from datetime import datetime
from enum import Enum

from pydantic import ConfigDict, Field, ValidationInfo, field_validator

from crm.schemas.common import Contract

logger = logging.getLogger(__name__)

MAX_BODY = 2000
MAX_TITLE = 200


class CoachingKind(str, Enum):
    TEXT = "text"
    STANDARD_TEXT = "standard_text"
    """An after-sales text the agent reads to customers (has a title)."""


class CoachingSend(Contract):
    """A new message: ``to_user`` or ``to_team``, or a reply (``reply_to``; it goes to that message's
    sender)."""

    model_config = ConfigDict(extra="forbid")

    reply_to: str | None = Field(None, max_length=36, description="The message this one answers")
    to_user: str | None = Field(None, max_length=36, description="The agent (user id)")
    to_team: str | None = Field(None, min_length=1, max_length=64, description="Every agent of this team")
    kind: CoachingKind = CoachingKind.TEXT
    title: str | None = Field(None, max_length=MAX_TITLE, validate_default=True, description="For standard texts")
    body: str = Field(min_length=1, max_length=MAX_BODY)

    @field_validator("to_team")
    @classmethod
    def _one_recipient(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is not None and info.data.get("to_user") is not None:
            raise ValueError("give to_user or to_team, not both")
        return value

    @field_validator("title")
    @classmethod
    def _titled(cls, value: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("kind") is CoachingKind.STANDARD_TEXT and not (value or "").strip():
            raise ValueError("a standard text needs a title")
        return value.strip() if value else None

    @field_validator("body")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the message is empty")
        return value


class CoachingRead(Contract):
    user_id: str
    read_at: datetime


class CoachingMessage(Contract):
    """One message as its reader sees it."""

    id: str
    from_user: str
    from_name: str = Field(description="The sender's display name")
    to_user: str | None
    to_name: str | None = Field(description="The recipient's display name (None for a team)")
    to_team: str | None
    kind: CoachingKind
    title: str | None
    body: str
    created_at: datetime
    reply_to: str | None
    read_at: datetime | None = Field(
        None, description="Read by its recipient (a broadcast: by the caller, when they received it)"
    )
    read_by: list[CoachingRead] = Field(
        default_factory=list, description="A broadcast's readers (for its sender and supervisors)"
    )


class CoachingMessages(Contract):
    items: list[CoachingMessage]
    server_time: datetime


class CoachingReceipt(Contract):
    """The ``coaching_read`` event: ``user_id`` read message ``message_id`` at ``read_at``."""

    message_id: str
    user_id: str
    user_name: str
    read_at: datetime
