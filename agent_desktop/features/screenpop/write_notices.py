"""What the agent is told when one of the card's writes did not go as asked: a record that could not be
saved (what it was, why, and what became of it), or a call log whose times had to be put in order.

A record that could not be saved is said in one warning box that stays until the agent closes it; a
second failure meanwhile is added to it. The box is not modal: the calls go on behind it."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

logger = logging.getLogger("agent_desktop.features.screenpop.feature")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardWrites", text)


class CallLogNotSaved(Exception):
    """A call log the local store did not take; ``kept``: it was put aside to be saved at the next start."""

    def __init__(self, cause: BaseException, kept: bool) -> None:
        super().__init__(str(cause))
        self.cause, self.kept = cause, kept


def why(exc: BaseException) -> str:
    """Why a write failed, in the agent's words."""
    cause = exc.cause if isinstance(exc, CallLogNotSaved) else exc
    if isinstance(cause, ValidationError):
        fields = sorted({str(e["loc"][0]) for e in cause.errors() if e.get("loc")})
        return _tr("the record has a value the CRM does not accept ({0})").format(", ".join(fields) or "?")
    return _tr("it could not be written to this computer's copy of the CRM")


def not_saved_text(entity: str, body: dict[str, Any], exc: BaseException | None, party: str) -> str:
    """The sentence telling the agent that a record of ``entity`` was not saved, and what to do."""
    reason = _tr("the CRM is not connected yet") if exc is None else why(exc)
    if entity == "call_logs":
        if isinstance(exc, CallLogNotSaved) and exc.kept:
            text = _tr(
                "The log of the call with {0} could not be saved: {1}. It is kept on this computer and "
                "saved again when Agent Desktop next starts."
            )
        else:
            text = _tr(
                "The log of the call with {0} could not be saved: {1}. Please note its outcome and tell "
                "your supervisor."
            )
        return text.format(party or _tr("an unknown number"), reason)
    if entity == "todos":
        return _tr('The follow-up to-do "{0}" could not be saved: {1}. Please add it again.').format(
            str(body.get("title", "")), reason
        )
    if entity == "customers":
        return _tr("The new customer {0} could not be saved: {1}. Please enter them again.").format(
            str(body.get("name", "")), reason
        )
    if entity == "blocklist":
        return _tr("The number could not be added to the blocklist: {0}. Please block it again.").format(reason)
    if entity == "call_log_wrap_up":
        return _tr(
            "The wrap-up could not be saved: {0}. It is kept on this computer and comes back when Agent "
            "Desktop next starts."
        ).format(reason)
    if entity == "call_log_mark":
        return _tr("The call could not be marked as abnormal: {0}. Please mark it again.").format(reason)
    return _tr("A record could not be saved: {0}.").format(reason)


def corrected_text(party: str, changed: list[str]) -> str:
    """Said (for a while, in the status bar) when a call log was saved with some of its fields put right:
    times out of order moved to the call's start, values the CRM does not accept moved to its notes."""
    who = party or _tr("an unknown number")
    if set(changed) <= {"answer_at", "end_at"}:
        return _tr("The call with {0} was logged with its answer or end time moved to the call's start.").format(who)
    return _tr("The call with {0} was logged; values the CRM does not accept ({1}) were moved to its notes.").format(
        who, ", ".join(name for name in changed if name not in ("answer_at", "end_at"))
    )


class NotSavedNotice:
    """The one warning box that says which of the card's records could not be saved."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.box: QMessageBox | None = None

    def tell(self, text: str) -> None:
        box = self.box
        if box is not None and box.isVisible():  # one box: a second failure is added to it
            box.setText(f"{box.text()}\n\n{text}")
            return
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Not saved"), text, QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("card_not_saved")
        box.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable: calls go on
        box.show()  # not exec() or open(): nothing waits for the agent to close it
        self.box = box
