"""Quitting during a call or before its wrap-up is submitted asks first (a ``QUIT_GUARDS`` guard):
Finish the wrap-up (back to the card's form) / Quit anyway / Cancel. Whatever the answer, no call log is
lost: Quit anyway writes each unsettled call's log into the store's outbox before the app goes on
quitting (the CRM link finishes the writes before the store closes; the sync sends them now or at the
next start), with its times, the notes typed so far and the disposition chosen, else
:data:`~screenpop.core.call_log.NOT_WRAPPED_UP`. A call still up counts as ended at the quit. Asked for
File > Sign out, the question speaks of signing out (Sign out anyway).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from agent_desktop.features.screenpop.wrap_draft import typed_so_far
from agent_desktop.shell.keys import QUIT_GUARDS
from screenpop.core.session import PopSession

if TYPE_CHECKING:
    from agent_desktop.features.screenpop.feature import ScreenPopFeature

logger = logging.getLogger(__name__)

QUESTION_NAME = "wrap_up_quit_question"
"""The question box's object name (tests find it by it)."""


class WrapUpQuitGuard(QObject):
    """``guard(proceed, cancel)`` for the quit (see :mod:`agent_desktop.shell.quit_guards`)."""

    def __init__(self, feature: ScreenPopFeature, window: QWidget) -> None:
        super().__init__(feature)
        self.feature, self.window = feature, window

    def unsettled(self) -> list[PopSession]:
        """Answered calls still up, and ended calls whose wrap-up is not submitted (no log yet)."""
        f = self.feature
        waiting = [s for s in f.history.pending_wrap_up() if not s.call_log_id and not s.without_call]
        talking = [s for s in map(f.history.get, sorted(f.talking_calls())) if s is not None and not s.ended]
        return talking + waiting

    def __call__(self, proceed: Callable[[], None], cancel: Callable[[], None]) -> None:
        self.feature.drafts.save_now()  # a wrap-up brought back after a crash comes back once more as typed
        sessions = self.unsettled()
        if not sessions:
            proceed()
            return
        wrapping = [s for s in sessions if s.ended]
        text = (
            self.tr("A call is still under way.")
            if len(wrapping) < len(sessions)
            else self.tr("The wrap-up of the last call is not finished.")
        )
        guards = self.feature.ctx.services.get(QUIT_GUARDS)
        signing_out = guards is not None and guards.signing_out
        title, anyway, detail = (
            (
                self.tr("Sign out"),
                self.tr("Sign out anyway"),
                self.tr(
                    "Sign out anyway saves the call's log with what is known so far (times, notes typed), "
                    "marked as not wrapped up; it reaches the CRM now or at the next sign-in."
                ),
            )
            if signing_out
            else (
                self.tr("Quit"),
                self.tr("Quit anyway"),
                self.tr(
                    "Quit anyway saves the call's log with what is known so far (times, notes typed), marked "
                    "as not wrapped up; it reaches the CRM now or at the next start."
                ),
            )
        )
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
        box.setParent(self.window, box.windowFlags())
        box.setObjectName(QUESTION_NAME)
        box.setInformativeText(detail)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        finish = box.addButton(self.tr("Finish the wrap-up"), QMessageBox.ButtonRole.AcceptRole) if wrapping else None
        if finish is not None:
            finish.setObjectName("wrap_up_quit_finish")
        quit_anyway = box.addButton(anyway, QMessageBox.ButtonRole.DestructiveRole)
        quit_anyway.setObjectName("wrap_up_quit_anyway")
        stay = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("wrap_up_quit_cancel")
        box.setDefaultButton(finish or stay)
        box.setEscapeButton(stay)

        def answered() -> None:
            clicked = box.clickedButton()
            if clicked is quit_anyway:
                self.log_unsettled()
                proceed()
                return
            if clicked is finish and wrapping:
                self._back_to(wrapping[0])
            cancel()

        box.finished.connect(lambda _result: answered())
        box.open()

    def log_unsettled(self) -> None:
        """Write the log of every unsettled call with what is known (into the outbox, in order)."""
        f = self.feature
        now = f.clock()
        for session in self.unsettled():
            if not session.ended:
                f.history.ended(session.call_id, now)  # quitting hangs it up
            fields = typed_so_far(f, session, now)
            fields["notes"] = "\n".join(part for part in (fields["notes"], *f.take_notes_for(session.call_id)) if part)
            f.log_call(session, **fields)
            session.wrapped_up = True
            logger.info(
                "quit before the wrap-up of call %s: its log is kept as %s", session.call_id, fields["disposition"]
            )

    def _back_to(self, session: PopSession) -> None:
        """Finish the wrap-up: the window forward, the call's card and its form, the focus in it."""
        window = self.window.window()
        window.show()
        window.raise_()
        window.activateWindow()
        self.feature.show_wrap_up_of(session.call_id)
