"""A number dialled by hand (the softphone's dial pad and redial) is checked against the back office's
do-not-call list first, off the GUI thread with a short timeout: allowed → dialled; on the list → the
agent is warned and confirms (``warn``) or the dial is refused with the reason (``forbidden``, the back
office's policy); no answer → dialled, with a note that the list was not checked."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from agent_desktop.features.campaigns.labels import dnc_source_label
from crm.phones import format_phone
from crm.schemas.campaigns import DialCheck, DialVerdict

if TYPE_CHECKING:
    from agent_desktop.features.campaigns.core.remote import CampaignRemote
    from agent_desktop.shell.tasks import BackgroundTasks

logger = logging.getLogger(__name__)


class ManualDialGuard(QObject):
    def __init__(
        self,
        window: QWidget,
        tasks: BackgroundTasks,
        remote: Callable[[], CampaignRemote | None],
        note: Callable[[str], object],
    ) -> None:
        super().__init__(window)
        self.window, self.tasks, self.remote, self.note = window, tasks, remote, note
        self.box: QMessageBox | None = None
        """The warning or refusal on screen (None: none)."""

    def check(self, target: str, proceed: Callable[[], None]) -> None:
        """``phone.set_manual_dial_check``: ``proceed()`` when ``target`` may be dialled."""
        remote = self.remote()
        if remote is None or "@" in target or not any(c.isdigit() for c in target):
            proceed()  # no CRM yet, or a SIP address rather than a number
            return
        self.tasks.run(
            lambda: remote.dnc_check(target),
            lambda check: self._checked(target, check, proceed),
            lambda exc: self._unchecked(exc, proceed),
            owner=self,
        )

    def _unchecked(self, exc: BaseException, proceed: Callable[[], None]) -> None:
        logger.info("do-not-call check failed (%s): dialled unchecked", type(exc).__name__)
        self.note(self.tr("Dialled without the do-not-call check: the back office did not answer."))
        proceed()

    def _entries(self, check: DialCheck) -> str:
        return "\n".join(
            self.tr("• {0}, {1}{2}").format(
                dnc_source_label(e.source.value),
                e.created_at.astimezone().strftime("%Y-%m-%d"),
                f" ({e.note})" if e.note else "",
            )
            for e in check.entries
        )

    def _checked(self, target: str, check: DialCheck, proceed: Callable[[], None]) -> None:
        if check.verdict is DialVerdict.ALLOWED:
            proceed()
            return
        number = format_phone(target)
        if self.box is not None:
            self.box.close()
        box = QMessageBox(self.window)
        self.box = box
        box.setWindowTitle(self.tr("Do-not-call list"))
        box.setInformativeText(self._entries(check))
        if check.verdict is DialVerdict.FORBIDDEN:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setText(self.tr("{0} is on the do-not-call list: it may not be dialled.").format(number))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(self.tr("{0} is on the do-not-call list. Dial it anyway?").format(number))
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Dial anyway"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("Do not dial"))

        def answered(button: object) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
                proceed()
            if self.box is box:
                self.box = None
            box.deleteLater()

        box.buttonClicked.connect(answered)
        box.open()
