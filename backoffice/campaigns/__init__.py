"""Outbound campaigns in the back office: tables, rules (windows, retries), list import, allocation,
the do-not-call list and deadline pacing. Qt-free; the routes are in :mod:`backoffice.routes_campaigns`."""
