"""Call Back queue rules of the contract: where an entry came from, attempt outcomes, retry rules.

An attempt (``POST /api/v1/callbacks/{id}/attempt``, body :class:`CallbackAttemptCreate`, ``If-Match``)
is made by the agent holding the claim. :func:`after_attempt` says what the entry becomes: a reached
customer or a wrong number leaves the queue (``done`` / ``failed``); no answer or busy puts it back as
``pending`` with ``due_at = now + retry_spacing_s`` until ``max_attempts`` is used up (then ``failed``,
"given up"). Both sides use this one function, so the desktop can show what will happen.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from pydantic import ConfigDict, Field

from crm.schemas.common import Contract, LongText, UtcDatetime

logger = logging.getLogger(__name__)

CLAIM_TTL = timedelta(minutes=10)
"""A claim older than this may be taken over by another agent (the holder's desktop may have died)."""
DEFAULT_MAX_ATTEMPTS = 3
DEFAULT_RETRY_SPACING_S = 900
MaxAttempts = Field(default=DEFAULT_MAX_ATTEMPTS, ge=1, le=20, description="Attempts before giving up")
RetrySpacing = Field(
    default=DEFAULT_RETRY_SPACING_S, ge=0, le=7 * 86400, description="Seconds between a failed attempt and the next one"
)


CALLED_IN = "called_in"
"""``last_outcome`` of a call back closed because the customer called in and was answered (the call is
linked in its attempt log)."""


class CallbackSource(str, Enum):
    """Why the entry exists."""

    UNANSWERED = "unanswered"  # rang at the agent, nobody answered
    ABANDONED = "abandoned"  # the caller hung up while it rang
    LINES_BUSY = "lines_busy"  # refused: every line of the agent was busy
    NOT_READY = "not_ready"  # refused: the agent was not ready
    MANUAL = "manual"  # created by hand (customer card)
    CAMPAIGN = "campaign"  # handed to an outbound call list (search results); reason = list name


class AttemptOutcome(str, Enum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    WRONG_NUMBER = "wrong_number"


class CallbackAttemptCreate(Contract):
    """Body of ``POST /callbacks/{id}/attempt``."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    outcome: AttemptOutcome
    notes: LongText = ""
    call_log_id: str | None = None


class CallbackAttempt(Contract):
    """One recorded attempt (``CallbackRead.attempt_log``)."""

    model_config = ConfigDict(extra="ignore")

    at: UtcDatetime
    agent_id: str | None = None
    outcome: AttemptOutcome
    notes: str = ""
    call_log_id: str | None = None


@dataclass(frozen=True)
class AttemptResult:
    status: str  # "pending", "done" or "failed"
    due_at: datetime | None  # next try (pending only)


def claim_expired(claimed_at: datetime | None, now: datetime) -> bool:
    """True when a claim made at ``claimed_at`` no longer protects the entry."""
    return claimed_at is not None and now - claimed_at > CLAIM_TTL


def after_attempt(
    outcome: AttemptOutcome, attempts_done: int, max_attempts: int, spacing_s: int, now: datetime
) -> AttemptResult:
    """What an entry becomes after its ``attempts_done``-th attempt ended with ``outcome``."""
    if outcome is AttemptOutcome.REACHED:
        return AttemptResult("done", None)
    if outcome is AttemptOutcome.WRONG_NUMBER or attempts_done >= max_attempts:
        return AttemptResult("failed", None)
    return AttemptResult("pending", now + timedelta(seconds=spacing_s))
