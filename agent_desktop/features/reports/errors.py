"""A failed report request as the user reads it, in the language in use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_desktop.shell.i18n import crm_reason
from crm.client_errors import CrmError, PermissionDenied

PREPARING = "reports_preparing"
"""The back office's code while it prepares the reports' roll-ups (503, ``backoffice.reports.preparation``)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


def error_text(exc: BaseException) -> str:
    """Why a report request failed: the CRM's reason translated (a refused field named as the back office
    named it), or a plain sentence for anything else."""
    if isinstance(exc, PermissionDenied):
        return _tr("Your role may not see these figures.")
    if isinstance(exc, CrmError) and isinstance(exc.body, dict) and exc.body.get("code") == PREPARING:
        return _tr(
            "The back office is still preparing the reports (it counts every call once after an upgrade "
            "or a change of threshold). Try again in a minute."
        )
    reason = crm_reason(exc)
    if reason is not None:
        return reason
    if isinstance(exc, OSError):
        return _tr("The file could not be written: %1").replace("%1", exc.strerror or type(exc).__name__)
    return _tr("An unexpected error (%1).").replace("%1", type(exc).__name__)
