"""Feature: the supervisor's live wallboard (Tools → Wallboard, Ctrl+Shift+W), in a window of its own.

The menu entry is there for supervisors and admins only, once :data:`CRM` says who signed in (a new
sign-in as somebody else is followed; an agent's client never asks for the board). The board follows
the back office's live events (:data:`LIVE`, a shared CRM) and the long poll without them. Provides
:data:`WALLBOARD`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.presence.api import reasons_of
from agent_desktop.features.wallboard.api import WALLBOARD
from agent_desktop.settings import Settings
from agent_desktop.shell.panel_window import PanelWindow
from agent_desktop.shell.role_gate import allowed_service

if TYPE_CHECKING:
    from agent_desktop.features.wallboard.feed import LiveSource
    from agent_desktop.features.wallboard.view import WallboardView
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow

logger = logging.getLogger(__name__)

WALLBOARD_ROLES = ("supervisor", "admin")


class WallboardFeature(QObject):
    """The installed feature (provided as :data:`WALLBOARD`)."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.service: CrmService | None = None
        self.view: WallboardView | None = None
        self.host: PanelWindow | None = None
        self.live: LiveSource | None = None
        self.action = window.add_menu_action("tools", lambda: self.tr("&Wallboard..."), "Ctrl+Shift+W", self.open)
        self.action.setVisible(False)
        ctx.services.provide(WALLBOARD, self)
        self._cancel_crm = ctx.services.subscribe(CRM, self.attach)
        self._cancel_live = ctx.services.subscribe(LIVE, self.attach_live)
        ctx.settings_manager.sig_settings_changed.connect(self._settings_changed)

    @property
    def allowed(self) -> bool:
        return self.service is not None and self.service.role in WALLBOARD_ROLES

    def attach(self, service: CrmService) -> None:
        """The CRM is there (again): the menu entry for supervisors and admins; a board open for
        somebody else is closed."""
        if self.service is not None and service is not self.service:
            self._close()
        self.service = service
        self.action.setVisible(self.allowed)

    def attach_live(self, live: LiveSource) -> None:
        """The shared CRM's live events are there (again): an open board follows them."""
        self.live = live
        if self.view is not None:
            self.view.feed.follow(live)

    def open(self) -> None:
        self.open_wallboard()

    def open_wallboard(self) -> WallboardView | None:
        """Show the wallboard (None while the CRM is not there, or for a user who may not see it)."""
        service = allowed_service(self.service, WALLBOARD_ROLES, self.window, "the wallboard")
        if service is None:
            return None
        if self.host is None or self.view is None:
            from agent_desktop.features.wallboard.agent_menu import AgentMenu
            from agent_desktop.features.wallboard.core.board import Board
            from agent_desktop.features.wallboard.view import WallboardView

            # each line carries its reason's name and maximum as the agent's desktop has them; this
            # desktop's own reasons name those of older desktops, which send neither
            board = Board(reasons=reasons_of(self.ctx.settings.presence.not_ready_reasons))
            self.view = WallboardView(service.client, self.ctx.tasks, board, live=self.live, own_team=service.own_team)
            AgentMenu(self.view, self.ctx.services)  # an agent's line: View screen, ...
            self.host = PanelWindow(self.view, lambda: self.tr("Wallboard"), self.window)
            self.host.resize(1240, 680)  # every column at 1280 x 720 (fitted to a smaller screen)
        self.host.show()
        self.host.raise_()
        return self.view

    def _settings_changed(self, settings: Settings) -> None:
        if self.view is not None:
            self.view.board.set_reasons(reasons_of(settings.presence.not_ready_reasons))
            self.view.model.retranslate()  # the reasons' names
            self.view.model.refresh()  # who is over a maximum now

    def _close(self) -> None:
        if self.view is not None:
            self.view.feed.unfollow()
        if self.host is not None:
            self.host.close()
            self.host.deleteLater()
        self.host = self.view = None

    def shutdown(self) -> None:
        self._cancel_crm()
        self._cancel_live()
        self.ctx.settings_manager.sig_settings_changed.disconnect(self._settings_changed)
        self._close()
        self.ctx.services.withdraw(WALLBOARD, self)
        self.window.menu("tools").removeAction(self.action)


def install(ctx: AppContext, window: MainWindow) -> WallboardFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return WallboardFeature(ctx, window)
