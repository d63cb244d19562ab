"""What the logistics screen and its export show for the CRM's codes (delivery methods, order
statuses): translatable labels, never the codes themselves. No Qt: the UI translates them."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from crm.i18n import QT_TRANSLATE_NOOP, Msg

logger = logging.getLogger(__name__)

DELIVERY_METHODS: dict[str, Msg] = {
    "express": QT_TRANSLATE_NOOP("LogisticsLabels", "Express courier"),
    "courier": QT_TRANSLATE_NOOP("LogisticsLabels", "Standard courier"),
    "post": QT_TRANSLATE_NOOP("LogisticsLabels", "Post (China Post)"),
    "pickup": QT_TRANSLATE_NOOP("LogisticsLabels", "Self-pickup"),
}
"""Delivery method code → label, in the order the rules dialog offers them."""

ORDER_STATUSES: dict[str, Msg] = {
    "ordered": QT_TRANSLATE_NOOP("LogisticsLabels", "Waiting for sorting"),
    "sorted": QT_TRANSLATE_NOOP("LogisticsLabels", "Sorted"),
    "shipped": QT_TRANSLATE_NOOP("LogisticsLabels", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("LogisticsLabels", "Delivered"),
    "returned": QT_TRANSLATE_NOOP("LogisticsLabels", "Returned"),
    "cancelled": QT_TRANSLATE_NOOP("LogisticsLabels", "Cancelled"),
}
"""Order status code → label."""

RUSH = QT_TRANSLATE_NOOP("LogisticsLabels", "Rush")
"""The mark of a rush order in the export's Rush column."""

Translate = Callable[[str, str], str]
"""``(context, English source) -> text``, e.g. ``QCoreApplication.translate``."""


def _untranslated(_context: str, text: str) -> str:
    return str(text)


@dataclass(frozen=True)
class Labels:
    """The labels in one language, looked up without Qt (an export runs them in a worker)."""

    delivery: Mapping[str, str] = field(default_factory=lambda: {k: str(v) for k, v in DELIVERY_METHODS.items()})
    status: Mapping[str, str] = field(default_factory=lambda: {k: str(v) for k, v in ORDER_STATUSES.items()})
    rush: str = str(RUSH)

    @classmethod
    def translated(cls, translate: Translate = _untranslated) -> Labels:
        """Every label through ``translate`` (call it on the GUI thread, hand the result on)."""
        return cls(
            delivery={k: translate(v.context, v) for k, v in DELIVERY_METHODS.items()},
            status={k: translate(v.context, v) for k, v in ORDER_STATUSES.items()},
            rush=translate(RUSH.context, RUSH),
        )

    def delivery_label(self, code: str) -> str:
        """The label of a delivery method (an unknown code is shown as it is)."""
        return self.delivery.get(code, code)

    def status_label(self, code: str) -> str:
        """The label of an order status (an unknown code is shown as it is)."""
        return self.status.get(code, code)
