"""Display labels for the CRM's codes, in one place for the desktop and the back office's exports: order
and complaint statuses, complaint categories and severities, and dispositions (also those of dialled calls nobody
answered) as the customer card shows them (context ``Codes``); a call's direction and outcome as the
report screens show them (context ``Reports``). Codes without a label are shown as they are. No Qt:
the desktop translates a label with Qt's translator, the back office with the translation files
(``backoffice.reports.labels``)."""

from __future__ import annotations

from crm.i18n import QT_TRANSLATE_NOOP, Msg

_LABELS: dict[str, Msg] = {
    # order statuses
    "ordered": QT_TRANSLATE_NOOP("Codes", "ordered"),
    "sorted": QT_TRANSLATE_NOOP("Codes", "sorted"),
    "shipped": QT_TRANSLATE_NOOP("Codes", "shipped"),
    "delivered": QT_TRANSLATE_NOOP("Codes", "delivered"),
    "returned": QT_TRANSLATE_NOOP("Codes", "returned"),
    "cancelled": QT_TRANSLATE_NOOP("Codes", "cancelled"),
    # complaint statuses
    "open": QT_TRANSLATE_NOOP("Codes", "open"),
    "in_progress": QT_TRANSLATE_NOOP("Codes", "in progress"),
    "resolved": QT_TRANSLATE_NOOP("Codes", "resolved"),
    "closed": QT_TRANSLATE_NOOP("Codes", "closed"),
    # complaint categories
    "quality": QT_TRANSLATE_NOOP("Codes", "Quality"),
    "delivery": QT_TRANSLATE_NOOP("Codes", "Delivery"),
    "service": QT_TRANSLATE_NOOP("Codes", "Service"),
    "billing": QT_TRANSLATE_NOOP("Codes", "Billing"),
    "refund": QT_TRANSLATE_NOOP("Codes", "Refund"),
    "other": QT_TRANSLATE_NOOP("Codes", "Other"),
    # complaint severities
    "low": QT_TRANSLATE_NOOP("Codes", "Low"),
    "medium": QT_TRANSLATE_NOOP("Codes", "Medium"),
    "high": QT_TRANSLATE_NOOP("Codes", "High"),
    "critical": QT_TRANSLATE_NOOP("Codes", "Critical"),
    # default dispositions, as the wrap-up form offers them
    "order_placed": QT_TRANSLATE_NOOP("Codes", "Order placed"),
    "enquiry": QT_TRANSLATE_NOOP("Codes", "Enquiry"),
    "complaint": QT_TRANSLATE_NOOP("Codes", "Complaint"),
    "follow_up": QT_TRANSLATE_NOOP("Codes", "Follow-up needed"),
    "no_sale": QT_TRANSLATE_NOOP("Codes", "No sale"),
    "wrong_number": QT_TRANSLATE_NOOP("Codes", "Wrong number"),
    # dispositions of a campaign's calls (crm.schemas.campaigns.Disposition)
    "sale": QT_TRANSLATE_NOOP("Codes", "sale"),
    "call_back": QT_TRANSLATE_NOOP("Codes", "Call back later"),  # also the wrap-up's (it asks when)
    "not_interested": QT_TRANSLATE_NOOP("Codes", "not interested"),
    "wrong_person": QT_TRANSLATE_NOOP("Codes", "wrong person"),
    "machine": QT_TRANSLATE_NOOP("Codes", "answering machine or fax"),
    # an answered call whose wrap-up was never submitted (screenpop.core.call_log.NOT_WRAPPED_UP)
    "not_wrapped_up": QT_TRANSLATE_NOOP("Codes", "not wrapped up"),
    # dispositions of dialled calls nobody answered (screenpop.core.call_log.NOT_REACHED)
    "busy": QT_TRANSLATE_NOOP("Codes", "busy"),
    "no_answer": QT_TRANSLATE_NOOP("Codes", "no answer"),
    "invalid_number": QT_TRANSLATE_NOOP("Codes", "invalid number"),
    "rejected": QT_TRANSLATE_NOOP("Codes", "rejected"),
    "network_error": QT_TRANSLATE_NOOP("Codes", "network error"),
    # dispositions of incoming calls nobody answered (screenpop.core.call_log.UNANSWERED)
    "missed": QT_TRANSLATE_NOOP("Codes", "missed"),
}


def code_label(code: str) -> str:
    """The translatable label of a CRM code (a :class:`Msg`), or the code itself."""
    if isinstance(code, Msg):
        return code
    return _LABELS.get(code, code)


CALL_LABELS: dict[str, Msg] = {
    "inbound": QT_TRANSLATE_NOOP("Reports", "Incoming"),
    "outbound": QT_TRANSLATE_NOOP("Reports", "Outgoing"),
    "answered": QT_TRANSLATE_NOOP("Reports", "Answered"),
    "abandoned": QT_TRANSLATE_NOOP("Reports", "Abandoned"),
    "short_abandoned": QT_TRANSLATE_NOOP("Reports", "Short abandon"),
    "rejected": QT_TRANSLATE_NOOP("Reports", "Rejected"),
    "connected": QT_TRANSLATE_NOOP("Reports", "Connected"),
    "not_connected": QT_TRANSLATE_NOOP("Reports", "Not connected"),
}
"""A call's directions and outcomes (the report's calls) as the agent reads them."""


def call_label(code: str) -> str:
    """The translatable label of a call's direction or outcome (a :class:`Msg`), or the code itself."""
    return CALL_LABELS.get(code, code)
