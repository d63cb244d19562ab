"""Classify how a call ended from its final SIP status, as an agent would put it."""

from __future__ import annotations

import logging

from softphone.engine.events import Outcome

logger = logging.getLogger(__name__)

_BUSY = {486, 600}
_INVALID = {404, 410, 414, 416, 484, 485, 604}
_NO_ANSWER = {480, 487}
_REJECTED = {401, 403, 407, 488, 603, 606}
_NETWORK = {408, 500, 502, 503, 504, 477, 478, 479, 171060}


def classify_outgoing(
    code: int,
    answered: bool,
    remote_responded: bool,
    cancelled_by_us: bool,
    timed_out: bool = False,
    heard: bool = True,
) -> Outcome:
    """The outcome of an outgoing call from its final status code (the mapping: docs/softphone.md).

    ``remote_responded``: the far end rang (a 18x), which tells a 408 after ringing (nobody
    answered) from one before (the request got nowhere: network). ``timed_out``: the dial's ring
    timeout ended it (we cancelled); ``heard``: any response had come back, even a 100 Trying;
    a timeout without one is a network error, not "no answer".
    """
    if answered:
        # 488 after a 200: the media could not be set up (e.g. encryption required but not offered)
        return Outcome.REJECTED if code == 488 else Outcome.ANSWERED
    if cancelled_by_us:
        return Outcome.CANCELLED
    if timed_out:
        return Outcome.NO_ANSWER if heard else Outcome.NETWORK_ERROR
    if code in _BUSY:
        return Outcome.BUSY
    if code in _INVALID:
        return Outcome.INVALID_NUMBER
    if code in _NO_ANSWER or (code == 408 and remote_responded):
        return Outcome.NO_ANSWER
    if code in _REJECTED:
        return Outcome.REJECTED
    if code in _NETWORK or code == 0 or code >= 500:
        return Outcome.NETWORK_ERROR
    return Outcome.REJECTED


def classify_incoming(answered: bool, rejected_by_us: bool) -> Outcome:
    """The outcome of an incoming call: answered, rejected by the agent, or missed."""
    if answered:
        return Outcome.ANSWERED
    return Outcome.REJECTED if rejected_by_us else Outcome.MISSED
