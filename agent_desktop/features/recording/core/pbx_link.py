"""The address of a call's recording on a PBX that records (setting ``recording.pbx_url_template``)."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any
from urllib.parse import quote

logger = logging.getLogger(__name__)

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def pbx_url(template: str, log: Mapping[str, Any]) -> str:
    """``template`` filled from the call log ``log``: {call_id} (its SIP Call-ID), {call_log_id},
    {number} (the customer's side), {date} and {time} (of the ring, UTC). "" without a template,
    or when a field the template needs is empty."""
    if not template:
        return ""
    ring = _utc(log.get("ring_at"))
    outbound = log.get("direction") == "outbound"
    fields = {
        "call_id": str(log.get("sip_call_id") or ""),
        "call_log_id": str(log.get("id") or ""),
        "number": str(log.get("callee") if outbound else log.get("caller") or ""),
        "date": ring.strftime("%Y-%m-%d") if ring else "",
        "time": ring.strftime("%H%M%S") if ring else "",
    }
    needed = _PLACEHOLDER.findall(template)
    if any(not fields.get(name) for name in needed):
        return ""
    return _PLACEHOLDER.sub(lambda m: quote(fields[m[1]], safe="@+-._~"), template)


def _utc(value: object) -> datetime | None:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
