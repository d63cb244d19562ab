"""Screen-pop configuration: which headers carry what. The shell builds it from the settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PopConfig:
    """What the screen-pop reads from an INVITE and how it normalises numbers.

    Header names are case-insensitive. ``dnis_header`` (empty = none) is tried before Diversion and To.
    """

    region: str = "CN"
    dnis_header: str = ""
    customer_id_header: str = "X-Customer-ID"
    order_number_header: str = "X-Order-Number"
    ivr_path_header: str = "X-IVR-Path"
    queue_header: str = "X-Queue"
    honour_privacy: bool = True
    """When the caller asked for privacy, show no number and do not look the number up."""
    history_limit: int = 200
    orders_limit: int = 20
