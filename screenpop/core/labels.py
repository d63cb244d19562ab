"""Display labels for the CRM's codes shown on the card (order and complaint statuses, complaint
categories, dispositions): :mod:`crm.code_labels`, which the back office's exports share."""

from __future__ import annotations

from crm.code_labels import code_label as code_label

__all__ = ["code_label"]
