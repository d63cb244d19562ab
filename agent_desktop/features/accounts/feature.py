"""Feature: accounts. File → Sign out, with a shared CRM: what quitting would lose asks first
(``QUIT_GUARDS``: a form not saved, a wrap-up not submitted), then the app stops as at a quit (presence
tells the back office the agent logged out), the CRM link ends the session on the server and forgets
the stored password, and the app starts again at the sign-in. Tools → User accounts (admins): the
users window (:mod:`agent_desktop.features.accounts.users_view`). Provides :data:`ACCOUNTS`.

Why a new start rather than a sign-in in the same run: every feature holds the signed-in agent's
state (the card, the docks, the phone's registration, presence, the local store of that user); a new
run starts them all clean through the same path as any start, and the quit path is the one a quit
takes, so nothing of the previous agent stays on screen or in memory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from agent_desktop.features.accounts.api import ACCOUNTS
from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.shell.keys import QUIT_GUARDS
from agent_desktop.shell.panel_window import PanelWindow
from agent_desktop.shell.role_gate import allowed_service
from agent_desktop.shell.unsaved_work import CloseGuard

if TYPE_CHECKING:
    from agent_desktop.features.accounts.users_view import UsersView
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow

logger = logging.getLogger(__name__)

ADMINS = ("admin",)


class AccountsFeature(QObject):
    """The installed feature (provided as :data:`ACCOUNTS`)."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.service: CrmService | None = None
        self.users_view: UsersView | None = None
        self.users_host: PanelWindow | None = None
        self._quit_guard: Callable[[Callable[[], None], Callable[[], None]], None] | None = None
        self.signing_out = False
        self.sign_out_action = window.add_menu_action("file", lambda: self.tr("Sign &out"), "", self.sign_out)
        self.users_action = window.add_menu_action("tools", lambda: self.tr("User &accounts..."), "", self.open_users)
        self.sign_out_action.setVisible(False)
        self.users_action.setVisible(False)
        ctx.services.provide(ACCOUNTS, self)
        self._cancel_crm = ctx.services.subscribe(CRM, self.attach)

    def attach(self, service: CrmService) -> None:
        """The CRM is there (again): Sign out with a shared CRM, User accounts for admins."""
        if self.service is not None and service is not self.service:
            self._close()
        self.service = service
        self.sign_out_action.setVisible(not service.embedded)  # the embedded CRM signs its one agent in
        self.users_action.setVisible(service.role in ADMINS)

    # -- sign out -----------------------------------------------------------------------------------
    def sign_out(self) -> None:
        """Ask what quitting asks, then end the session and start again at the sign-in."""
        service = self.service
        if service is None or service.embedded or self.signing_out:
            return
        guards = self.ctx.services.get(QUIT_GUARDS)

        def proceed() -> None:
            if self.service is not service:  # another sign-in meanwhile: nothing to sign out of
                return
            logger.info("signing out of the CRM (%s)", service.username)
            self.signing_out = True
            service.end_session_on_close = True  # the CRM link does it once everybody else stopped
            self.window.sig_restart_requested.emit()

        if guards is None:
            proceed()
        else:
            guards.ask(proceed, signing_out=True)  # the questions speak of signing out

    # -- user accounts ------------------------------------------------------------------------------
    def open_users(self) -> None:
        """The User accounts window (made the first time), its list read again."""
        service = allowed_service(self.service, ADMINS, self.window, "User accounts")
        if service is None:
            return
        if self.users_host is None or self.users_view is None:
            from agent_desktop.features.accounts.users_view import UsersView

            redactor = self.ctx.redactor
            keep_secret = redactor.add_secret if redactor is not None else (lambda _secret: None)
            view = UsersView(service.client.sibling(), self.ctx.tasks, keep_secret)
            self.users_view = view
            self.users_host = PanelWindow(view, lambda: self.tr("User accounts"), self.window)
            self.users_host.resize(1120, 620)
            CloseGuard(self.users_host, lambda: view.form.dirty, view.settle)
            self._guard_quit(self.users_host, view)
        self.users_view.load()
        self.users_host.show()
        self.users_host.raise_()
        self.users_host.activateWindow()

    def _guard_quit(self, host: PanelWindow, view: UsersView) -> None:
        """Quitting (and signing out) asks first while the user form holds changes not saved."""

        def before_quit(proceed: Callable[[], None], cancel: Callable[[], None]) -> None:
            if view.form.dirty:
                host.show()
                host.raise_()
            view.settle(proceed, cancel)

        guards = self.ctx.services.get(QUIT_GUARDS)
        if guards is not None:
            guards.add(before_quit)
            self._quit_guard = before_quit

    def _close(self) -> None:
        """The window goes (another user signed in, or quitting: what was typed was asked about then)."""
        guards = self.ctx.services.get(QUIT_GUARDS)
        if guards is not None and self._quit_guard is not None:
            guards.remove(self._quit_guard)
        self._quit_guard = None
        if self.users_host is not None:
            self.users_host.hide()  # not close(): its guard would ask
            self.users_host.deleteLater()
        self.users_host = None
        self.users_view = None

    def shutdown(self) -> None:
        self._cancel_crm()
        self._close()
        self.ctx.services.withdraw(ACCOUNTS, self)
        self.window.menu("file").removeAction(self.sign_out_action)
        self.window.menu("tools").removeAction(self.users_action)


def install(ctx: AppContext, window: MainWindow) -> AccountsFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return AccountsFeature(ctx, window)
