"""The packaged app's command-line switch to its embedded back office.

``main.py`` reads it before anything else loads, so this module imports nothing (the rest of
:mod:`~agent_desktop.features.crm_link.core.embedded_backoffice` is not needed before the window).
"""

FROZEN_FLAG = "--backoffice"
"""``agent-desktop --backoffice ARGS`` runs ``python -m backoffice ARGS`` in a packaged app (main.py)."""
