"""The CRM's status-bar presence: the "crm" indicator, a progress bar during the first sync and, when
no system password store keeps the CRM password, the "crm_password" indicator saying so."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QProgressBar, QStatusBar

from agent_desktop.shell.i18n import translate_msg
from crm.i18n import QT_TRANSLATE_NOOP
from crm.sync_events import AUTH_FAILED, OFFLINE, ONLINE, SYNCING, SyncProgress, SyncStatus

if TYPE_CHECKING:
    from agent_desktop.shell.status_indicator import StatusIndicator

logger = logging.getLogger(__name__)

PASSWORD_NOT_KEPT = QT_TRANSLATE_NOOP("CrmStatus", "Password not saved")
PASSWORD_NOT_KEPT_WHY = QT_TRANSLATE_NOOP(
    "CrmStatus",
    "No system password store (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain) is "
    "available, so the CRM password is kept only until you quit and is asked for again at the next start.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrmStatus", text)


def describe_restart(exit_code: int, gave_up: bool, pending: int) -> tuple[str, str]:
    """(text, tooltip) of the indicator while the built-in CRM is down (restarting, or ``gave_up``)."""
    queue = f" ({_tr('{0} to send').format(pending)})" if pending else ""
    if gave_up:
        return (
            _tr("CRM stopped") + queue,
            _tr(
                "The built-in CRM stopped (exit code {0}) and could not be started again; restart Agent Desktop. "
                "Changes stay on this computer until then."
            ).format(exit_code),
        )
    return (
        _tr("CRM restarting") + queue,
        _tr(
            "The built-in CRM stopped (exit code {0}) and is being started again; changes are sent when it is back."
        ).format(exit_code),
    )


def describe(status: SyncStatus) -> tuple[str, str, str]:
    """(text, level, tooltip) of the indicator for a sync status."""
    queue = ""
    if status.pending:
        queue = _tr("{0} to send").format(status.pending)
    if status.conflicts:
        queue = (queue + ", " if queue else "") + _tr("{0} to resolve").format(status.conflicts)
    error = translate_msg(status.error) if status.error else ""
    if status.state == ONLINE:
        text = _tr("CRM online") + (f" ({queue})" if queue else "")
        return text, "warn" if status.conflicts else "ok", _tr("Synchronised with the CRM")
    if status.state == SYNCING:
        return (
            _tr("CRM syncing") + (f" ({queue})" if queue else ""),
            "ok",
            _tr("Sending changes and fetching updates"),
        )
    if status.state == OFFLINE:
        text = _tr("CRM offline") + (f" ({queue})" if queue else "")
        return (
            text,
            "error",
            _tr("Working from the local copy; changes are sent when the CRM is back.")
            + (f"\n{error}" if error else ""),
        )
    if status.state == AUTH_FAILED:
        return _tr("CRM sign-in failed"), "error", error
    return _tr("CRM stopped"), "off", ""


class FirstSyncBar(QProgressBar):
    """How far the first sync is ("First CRM sync: 120 / 480"), in the current language."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("CrmSyncProgress")
        self.setMaximumWidth(220)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setFormat(_tr("First CRM sync: %v / %m"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class CrmStatusView(QObject):
    """Drives ``indicator`` (window.status_indicator("crm")), a progress bar in ``status_bar`` and the
    optional ``password_indicator`` (hidden while the password is in a password store)."""

    def __init__(
        self,
        indicator,
        status_bar: QStatusBar,
        parent: QObject | None = None,
        password_indicator: StatusIndicator | None = None,
    ) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self.status_bar = status_bar
        self.progress_bar: QProgressBar | None = None
        self.password_indicator = password_indicator
        if password_indicator is not None:
            password_indicator.hide()
        self._pending = 0
        self._down: tuple[int, bool] | None = None
        """(exit code, gave up) while the built-in CRM is down; None while it runs."""

    def show_backoffice_down(self, exit_code: int, gave_up: bool) -> None:
        """The built-in CRM's process died: say it is being restarted (or could not be)."""
        self._down = (exit_code, gave_up)
        self._show_down()

    def show_backoffice_back(self) -> None:
        """The built-in CRM serves again: the sync status speaks from now on."""
        self._down = None

    def _show_down(self) -> None:
        assert self._down is not None
        exit_code, gave_up = self._down
        pending = self._pending
        self.indicator.set_state(
            lambda: describe_restart(exit_code, gave_up, pending)[0],
            "error",
            lambda: describe_restart(exit_code, gave_up, pending)[1],
        )

    def show_password_kept(self, kept: bool) -> None:
        """Say in the status bar, for as long as it is true, that the CRM password is not remembered."""
        if self.password_indicator is None:
            return
        if not kept:
            self.password_indicator.set_state(PASSWORD_NOT_KEPT, "warn", PASSWORD_NOT_KEPT_WHY)
        self.password_indicator.setVisible(not kept)

    def show_connecting(self) -> None:
        self.indicator.set_state(
            QT_TRANSLATE_NOOP("CrmStatus", "CRM connecting"),
            "warn",
            QT_TRANSLATE_NOOP("CrmStatus", "Starting the CRM connection"),
        )

    def show_sign_in_needed(self) -> None:
        self.indicator.set_state(
            QT_TRANSLATE_NOOP("CrmStatus", "CRM sign-in needed"),
            "warn",
            QT_TRANSLATE_NOOP("CrmStatus", "Enter your CRM password in the sign-in window."),
        )

    def show_error(self, message: str) -> None:
        self.indicator.set_state(QT_TRANSLATE_NOOP("CrmStatus", "CRM unavailable"), "error", message)

    def on_status(self, status: SyncStatus) -> None:
        self._pending = status.pending
        if self._down is not None and status.state not in (ONLINE, SYNCING):
            self._show_down()  # "offline" says less than "restarting"
            return
        self._down = None
        _text, level, _tooltip = describe(status)  # the texts are described anew on a language switch
        self.indicator.set_state(lambda: describe(status)[0], level, lambda: describe(status)[2])

    def on_progress(self, progress: SyncProgress) -> None:
        if not progress.first:
            return
        if progress.finished:
            self._remove_bar()
            return
        if self.progress_bar is None:
            bar = FirstSyncBar()
            self.status_bar.addPermanentWidget(bar)
            self.progress_bar = bar
        self.progress_bar.setMaximum(max(progress.total, 1))
        self.progress_bar.setValue(min(progress.done, self.progress_bar.maximum()))

    def _remove_bar(self) -> None:
        if self.progress_bar is not None:
            self.status_bar.removeWidget(self.progress_bar)
            self.progress_bar.deleteLater()
            self.progress_bar = None
