"""Pydantic's false "'alias' has no effect" warning for the routes' body and query models, hidden.

The contract's models defer building their validators (:class:`crm.schemas.common.Contract`: a
desktop imports them all and uses few). FastAPI builds a parameter's validator from the model with the
parameter's name as an ``alias`` and silences pydantic's "'alias' has no effect" warning while it does;
a deferred model is built later (at its first request, or for ``/openapi.json``), outside that, and
pydantic printed the warning once per route. Building every validator with the app would cost the
back office's start (the desktop's embedded one too) half a second of CPU; instead exactly that
warning — its category and its message about ``alias`` — is hidden in the back office's processes,
as FastAPI hides it. The aliases and what a request may send stay as they were.
"""

from __future__ import annotations

import warnings

from pydantic.warnings import UnsupportedFieldAttributeWarning

ALIAS_WARNING = r"The 'alias' attribute with value .* was provided to the `Field\(\)` function"


def hide_parameter_alias_warnings() -> None:
    """Hide pydantic's "'alias' has no effect" warning for this process (idempotent)."""
    warnings.filterwarnings("ignore", message=ALIAS_WARNING, category=UnsupportedFieldAttributeWarning)
