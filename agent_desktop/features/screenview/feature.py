"""Feature: silent screen view.

**The agent's side.** The back office's live events (:data:`LIVE`) say when a supervisor starts
(``screenview_start``, repeated with every renewal of the lease) and stops (``screenview_stop``)
watching. While somebody watches, :class:`~agent_desktop.features.screenview.capture.ScreenCapture`
grabs the main window once a second, encodes it off the GUI thread and sends it
(``PUT /screenview/{me}/frame``); the answer says whether anybody still watches. A lease not renewed
lapses by itself. While nobody watches nothing runs: no timer, no grab. With ``screenview.notify_agent``
(default true, lockable by policy) the status bar says "Being viewed" and by whom.

**The supervisor's side.** :meth:`ScreenViewFeature.open_view` (the wallboard's "View screen") opens a
window per agent with their screen and operation trail (:mod:`~agent_desktop.features.screenview.viewer`).
Provides :data:`SCREENVIEW`.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.screenview.api import SCREENVIEW
from agent_desktop.features.screenview.capture import ScreenCapture
from agent_desktop.features.screenview.core.watch import Watchers
from agent_desktop.shell.panel_window import PanelWindow
from crm.schemas.screenview import ScreenWatch

if TYPE_CHECKING:
    from agent_desktop.features.crm_link.api import LiveEvents
    from agent_desktop.features.screenview.viewer import ScreenViewer
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow

logger = logging.getLogger(__name__)

VIEWER_ROLES = ("supervisor", "admin")


class ScreenViewFeature(QObject):
    """The installed feature (provided as :data:`SCREENVIEW`)."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.service: CrmService | None = None
        self.live: LiveEvents | None = None
        self.watchers = Watchers()
        self.capture = ScreenCapture(window, ctx.tasks, self._send, self.watchers)
        self.capture.sig_watched.connect(lambda _watched: self._show_indicator())
        self.indicator = window.status_indicator("screenview")
        self.indicator.hide()
        self.viewers: dict[str, tuple[PanelWindow, ScreenViewer]] = {}
        ctx.services.provide(SCREENVIEW, self)
        self._cancel = [
            ctx.services.subscribe(CRM, self._attach_crm),
            ctx.services.subscribe(LIVE, self._attach_live),
        ]

    # -- the agent's side ---------------------------------------------------------------------------

    def _attach_crm(self, service: CrmService) -> None:
        if self.service is not None and service is not self.service:
            self._close_viewers()
        self.service = service

    def _attach_live(self, live: LiveEvents) -> None:
        self._detach_live()
        self.live = live
        live.sig_event.connect(self._live_event)

    def _detach_live(self) -> None:
        if self.live is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # gone with the CRM link already
                self.live.sig_event.disconnect(self._live_event)
            self.live = None

    def _live_event(self, kind: str, data: dict[str, Any]) -> None:
        if kind == "screenview_start":
            self.watchers.started(str(data.get("watcher_id")), str(data.get("watcher_name") or ""), _seconds(data))
        elif kind == "screenview_stop":
            self.watchers.stopped(str(data.get("watcher_id")), bool(data.get("watching")))
        else:
            return
        self.capture.follow()
        self._show_indicator()

    def _send(self, data: bytes, media_type: str) -> ScreenWatch:
        """A pool thread: PUT the frame as the signed-in user's."""
        service = self.service
        user = service.user if service is not None else None
        if service is None or user is None:
            return ScreenWatch(agent_id="", watching=False, lease_s=0)
        answer = service.client.request("PUT", f"/screenview/{user['id']}/frame", content=(data, media_type))
        return ScreenWatch.model_validate(answer.json())

    def _show_indicator(self) -> None:
        if not (self.capture.running and self.ctx.settings.screenview.notify_agent):
            self.indicator.hide()
            return
        names = ", ".join(self.watchers.names())
        self.indicator.set_state(
            lambda: self.tr("Being viewed"),
            "warn",
            lambda: self.tr("%1 can see this window (not other programs)").replace(
                "%1", names or self.tr("A supervisor")
            ),
        )
        self.indicator.show()

    # -- the supervisor's side ----------------------------------------------------------------------

    def may_view(self) -> bool:
        return self.service is not None and self.service.role in VIEWER_ROLES

    def open_view(self, agent_id: str, agent_name: str) -> ScreenViewer | None:
        if self.service is None:
            self.window.transient(self.tr("The CRM is still starting; try again in a moment."))
            return None
        if not self.may_view():
            logger.info("screen view is for supervisors; signed in as %s", self.service.role)
            return None
        if agent_id not in self.viewers:
            from agent_desktop.features.screenview.viewer import ScreenViewer

            viewer = ScreenViewer(self.service.client, self.ctx.tasks, agent_id, agent_name)
            host = PanelWindow(viewer, lambda: self.tr("Screen of %1").replace("%1", agent_name), self.window)
            host.resize(1200, 700)
            host.finished.connect(lambda _result, key=agent_id: self._forget(key))
            self.viewers[agent_id] = (host, viewer)
        host, viewer = self.viewers[agent_id]
        host.show()
        host.raise_()
        return viewer

    def _forget(self, agent_id: str) -> None:
        """A viewer's window was closed (it stopped watching as it hid): let it go."""
        entry = self.viewers.pop(agent_id, None)
        if entry is not None:
            QTimer.singleShot(0, entry[0].deleteLater)

    def _close_viewers(self) -> None:
        for host, _viewer in list(self.viewers.values()):
            host.close()
            host.deleteLater()
        self.viewers.clear()

    def shutdown(self) -> None:
        for cancel in self._cancel:
            cancel()
        self._detach_live()
        self.watchers.ended()
        if self.capture.running:
            self.capture.stop()
        self._close_viewers()
        self.ctx.services.withdraw(SCREENVIEW, self)


def _seconds(data: dict[str, Any]) -> float:
    try:
        return float(data.get("lease_s") or 0)
    except (TypeError, ValueError):
        return 0.0


def install(ctx: AppContext, window: MainWindow) -> ScreenViewFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return ScreenViewFeature(ctx, window)
