"""The question asked before couriers or tracking numbers that are typed but not confirmed would be
lost (a reload, another queue, closing the window): confirm them, discard them, or go back."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from agent_desktop.shell.unsaved_work import Choice, ask_keep_discard_cancel

logger = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnconfirmedBox", text)


def ask_unconfirmed(
    parent: QWidget,
    count: int,
    confirm_text: str,
    on_confirm: Callable[[], None],
    on_discard: Callable[[], None],
    on_cancel: Callable[[], None],
) -> QMessageBox:
    """Ask window-modally (the box does not block: exactly one of the three callbacks runs once the
    agent answers; Escape or closing the box is Cancel). ``confirm_text`` names the confirmation
    (sorting or shipment)."""
    return ask_keep_discard_cancel(
        parent,
        "unconfirmed_box",
        _tr("Unconfirmed changes"),
        _tr("%1 orders have a courier or tracking number that is not confirmed yet.").replace("%1", str(count)),
        Choice(confirm_text, "confirm_button", on_confirm),
        Choice(_tr("&Discard"), "discard_button", on_discard),
        Choice(_tr("&Cancel"), "cancel_button", on_cancel),
        detail=_tr("Confirm them now, discard them, or cancel and go on editing?"),
    )
