"""The coaching messages the signed-in user has seen, kept current from reads and live events. No Qt.

Messages are kept by id (a re-read after a reconnect and a live event for the same message merge, the
receipt known last wins), in the order they were written. "Incoming" are those addressed to the user
(to them, or to their team as an agent) by somebody else; the unread ones among them wait for the
user's "seen" (:meth:`CoachingBook.unread`), which becomes a read receipt.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crm.schemas.coaching import CoachingKind, CoachingMessage, CoachingRead, CoachingReceipt

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Me:
    """The signed-in user as coaching needs them."""

    id: str
    role: str
    team: str = ""

    @property
    def coaches(self) -> bool:
        """A supervisor or an admin: writes to agents and teams."""
        return self.role in ("supervisor", "admin")

    @property
    def has_coaching(self) -> bool:
        """Agents, supervisors and admins (logistics has none)."""
        return self.coaches or self.role == "agent"


class CoachingBook:
    def __init__(self, me: Me) -> None:
        self.me = me
        self._messages: dict[str, CoachingMessage] = {}
        self._sorted: list[CoachingMessage] | None = None

    def __len__(self) -> int:
        return len(self._messages)

    def get(self, message_id: str) -> CoachingMessage | None:
        return self._messages.get(message_id)

    def add(self, message: CoachingMessage) -> bool:
        """Keep ``message`` (new, or a newer copy of one kept); True when it was not kept before."""
        old = self._messages.get(message.id)
        if old is not None:
            read_at = message.read_at or old.read_at
            read_by = _merged(old.read_by, message.read_by)
            message = message.model_copy(update={"read_at": read_at, "read_by": read_by})
        self._messages[message.id] = message
        self._sorted = None
        return old is None

    def receipt(self, receipt: CoachingReceipt) -> CoachingMessage | None:
        """A recipient read one of the user's messages: the message as it now stands (None: not kept)."""
        old = self._messages.get(receipt.message_id)
        if old is None:
            return None
        read = CoachingRead(user_id=receipt.user_id, read_at=receipt.read_at)
        update: dict[str, Any]
        if old.to_team is None:
            update = {"read_at": old.read_at or receipt.read_at}
        else:
            update = {"read_by": _merged(old.read_by, [read])}
        self._messages[old.id] = new = old.model_copy(update=update)
        self._sorted = None
        return new

    def mark_read(self, message_id: str, at: datetime) -> None:
        """The user read ``message_id`` (their receipt is on its way)."""
        old = self._messages.get(message_id)
        if old is not None and old.read_at is None:
            self._messages[message_id] = old.model_copy(update={"read_at": at})
            self._sorted = None

    def all(self) -> list[CoachingMessage]:
        """Every message kept, oldest first."""
        if self._sorted is None:
            self._sorted = sorted(self._messages.values(), key=lambda m: (m.created_at, m.id))
        return self._sorted

    def incoming(self, message: CoachingMessage) -> bool:
        """``message`` is addressed to the user by somebody else."""
        if message.from_user == self.me.id:
            return False
        if message.to_user is not None:
            return message.to_user == self.me.id
        return not self.me.coaches and message.to_team == self.me.team

    def unread(self) -> list[CoachingMessage]:
        """The incoming messages the user has not read yet, oldest first."""
        return [m for m in self.all() if m.read_at is None and self.incoming(m)]

    def standard_texts(self) -> list[CoachingMessage]:
        """The newest standard text of each title, by title."""
        latest: dict[str, CoachingMessage] = {}
        for message in self.all():
            if message.kind is CoachingKind.STANDARD_TEXT:
                latest[(message.title or "").casefold()] = message
        return sorted(latest.values(), key=lambda m: (m.title or "").casefold())

    def with_user(self, user_id: str, team: str = "") -> list[CoachingMessage]:
        """The conversation with ``user_id`` (and the broadcasts to their team ``team``), oldest first."""
        return [
            m
            for m in self.all()
            if user_id in (m.from_user, m.to_user) or (team and m.to_team == team and m.from_user != user_id)
        ]

    def with_team(self, team: str) -> list[CoachingMessage]:
        """The broadcasts to ``team`` and the replies to them, oldest first."""
        ids = {m.id for m in self.all() if m.to_team == team}
        return [m for m in self.all() if m.id in ids or m.reply_to in ids]

    def newest_time(self) -> datetime | None:
        """When the newest kept message was written (the ``since`` of a catch-up read)."""
        messages = self.all()
        return messages[-1].created_at if messages else None


def _merged(old: list[CoachingRead], new: list[CoachingRead]) -> list[CoachingRead]:
    by_user = {r.user_id: r for r in old}
    for read in new:
        by_user.setdefault(read.user_id, read)
    return sorted(by_user.values(), key=lambda r: r.read_at)
