"""SIP results as the back office's result kinds (docs/softphone.md → docs/backoffice.md)."""

from __future__ import annotations

from crm.schemas.campaigns import CallResult

_RESULTS = {
    "answered": CallResult.ANSWERED,
    "busy": CallResult.BUSY,
    "no_answer": CallResult.NO_ANSWER,
    "rejected": CallResult.REJECTED,
    "network_error": CallResult.NETWORK_ERROR,
    "invalid_number": CallResult.INVALID_NUMBER,
}

WRAP_UP_DISPOSITIONS = {
    "sale": "order_placed",
    "call_back": "follow_up",
    "not_interested": "no_sale",
    "wrong_person": "wrong_number",
}
"""The campaign's disposition of an answered call → the call log's (the wrap-up form's codes): the one the
agent gives in the Campaign dock pre-sets the wrap-up's, so the campaign and the reports agree. An
answering machine has no call log code: the agent chooses it in the wrap-up."""

MACHINE_VERDICTS = frozenset({"machine", "fax"})
"""Answering machine detection's verdicts that end the attempt as ``machine``."""


def result_for(outcome: str | None) -> CallResult | None:
    """The result kind of an outgoing call's outcome; None when it is no result of the number (the
    agent hung up before an answer: ``cancelled``)."""
    return _RESULTS.get(outcome or "")


def is_machine(verdict: str) -> bool:
    return verdict in MACHINE_VERDICTS
