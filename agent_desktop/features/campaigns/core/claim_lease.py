"""Keeping a claimed campaign record: the back office gives a claim a short lifetime (five minutes past
its claim or last renewal, ``backoffice/campaigns/rules.py``) so that a record whose desktop died goes
to another agent soon; the desktop holding the record renews it this often while the record is in hand
(preview, dialling, the call, wrap-up), and sooner again after a renewal that did not get through."""

from __future__ import annotations

RENEW_EVERY_S = 60.0
"""A renewal this long after the claim or the last renewal: four can fail before the claim lapses."""
RETRY_S = 10.0
"""A renewal that did not reach the back office is tried again this much later."""
