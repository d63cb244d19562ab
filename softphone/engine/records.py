"""The SIP thread's bookkeeping for one call."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)


@dataclass
class CallRecord:
    """The SIP thread's bookkeeping for one call."""

    key: int
    call: Any
    direction: str
    remote_uri: str = ""
    number: str = ""
    headers: dict = field(default_factory=dict)
    state: str = ""
    held: bool = False
    answered: bool = False
    rejected_by_us: bool = False
    cancelled_by_us: bool = False
    remote_responded: bool = False
    connected_at: float | None = None
    no_answer_deadline: float | None = None
    audio: Any = None
    media_index: int = 0
    bridged: bool = False
