"""Feature: agent evaluation. Tools → Evaluate calls (supervisors, admins): the QA screen; Tools → My
evaluations (agents): their evaluated calls, read-only. The back office's live event ``qa_evaluation``
tells the agent at once (a status-bar message; the window, when open, reloads). Provides :data:`QUALITY`.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.quality.api import QUALITY
from agent_desktop.features.quality.texts import total_text
from agent_desktop.features.recording.api import RECORDINGS
from agent_desktop.shell.panel_window import PanelWindow
from crm.schemas.quality import LIVE_KIND

if TYPE_CHECKING:
    from agent_desktop.features.crm_link.api import LiveEvents
    from agent_desktop.features.quality.evaluate_view import EvaluateView
    from agent_desktop.features.quality.mine_view import MyEvaluationsView
    from agent_desktop.features.quality.scores_panel import ScoresPanel
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow

logger = logging.getLogger(__name__)

EVALUATORS = ("supervisor", "admin")


class QualityFeature(QObject):
    """The installed feature (provided as :data:`QUALITY`)."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.service: CrmService | None = None
        self.live: LiveEvents | None = None
        self.evaluate_view: EvaluateView | None = None
        self.evaluate_host: PanelWindow | None = None
        self.mine_view: MyEvaluationsView | None = None
        self.mine_host: PanelWindow | None = None
        self.evaluate_action = window.add_menu_action(
            "tools", lambda: self.tr("&Evaluate calls..."), "", self.open_evaluate
        )
        self.mine_action = window.add_menu_action("tools", lambda: self.tr("My e&valuations..."), "", self.open_mine)
        self.evaluate_action.setVisible(False)
        self.mine_action.setVisible(False)
        ctx.services.provide(QUALITY, self)
        self._cancel_crm = ctx.services.subscribe(CRM, self.attach)
        self._cancel_live = ctx.services.subscribe(LIVE, self._attach_live)

    @property
    def evaluating(self) -> bool:
        return self.service is not None and self.service.role in EVALUATORS

    def attach(self, service: CrmService) -> None:
        """The CRM is there (again): Evaluate calls for supervisors and admins, My evaluations for agents."""
        if self.service is not None and service is not self.service:
            self._close()
        self.service = service
        self.evaluate_action.setVisible(self.evaluating)
        self.mine_action.setVisible(service.role == "agent")

    def _attach_live(self, live: LiveEvents) -> None:
        self._detach_live()
        self.live = live
        live.sig_event.connect(self._live_event)

    def _detach_live(self) -> None:
        if self.live is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.live.sig_event.disconnect(self._live_event)
            self.live = None

    def _live_event(self, kind: str, data: dict[str, Any]) -> None:
        if kind != LIVE_KIND:
            return
        score = total_text(float(data.get("total") or 0), bool(data.get("failed")))
        by = str(data.get("evaluator") or "")
        self.window.transient(
            self.tr("%1 evaluated one of your calls: %2 (Tools → My evaluations).")
            .replace("%1", by)
            .replace("%2", score)
        )
        if self.mine_view is not None:
            self.mine_view.load()

    def open_evaluate(self) -> None:
        """The QA screen (made the first time)."""
        if self.service is None:
            self.window.transient(self.tr("The CRM is still starting; try again in a moment."))
            return
        if not self.evaluating:
            return
        if self.evaluate_host is None or self.evaluate_view is None:
            from agent_desktop.features.quality.evaluate_view import EvaluateView

            recordings = self.ctx.services.get(RECORDINGS)
            user = self.service.user or {}
            own_team = user.get("team") if user.get("role") == "supervisor" else None
            player = recordings.player() if recordings is not None else None
            self.evaluate_view = EvaluateView(self.service.client.sibling(), self.ctx.tasks, player, own_team or None)
            self.evaluate_host = PanelWindow(self.evaluate_view, lambda: self.tr("Evaluate calls"), self.window)
            self.evaluate_host.resize(1180, 680)
        self.evaluate_view.load()
        self.evaluate_host.show()
        self.evaluate_host.raise_()
        self.evaluate_host.activateWindow()

    def open_mine(self) -> None:
        """The signed-in agent's evaluations (read-only)."""
        if self.service is None:
            self.window.transient(self.tr("The CRM is still starting; try again in a moment."))
            return
        if self.mine_host is None or self.mine_view is None:
            from agent_desktop.features.quality.mine_view import MyEvaluationsView

            self.mine_view = MyEvaluationsView(self.service.client.sibling(), self.ctx.tasks)
            self.mine_host = PanelWindow(self.mine_view, lambda: self.tr("My evaluations"), self.window)
            self.mine_host.resize(900, 600)
        self.mine_view.load()
        self.mine_host.show()
        self.mine_host.raise_()
        self.mine_host.activateWindow()

    def scores_panel(self) -> ScoresPanel | None:
        """A panel of QA scores for the report window."""
        if self.service is None:
            return None
        from agent_desktop.features.quality.scores_panel import ScoresPanel

        return ScoresPanel(self.service.client.sibling(), self.ctx.tasks)

    def _close(self) -> None:
        if self.evaluate_view is not None:
            self.evaluate_view.stop()
        for host in (self.evaluate_host, self.mine_host):
            if host is not None:
                host.close()
                host.deleteLater()
        self.evaluate_host = self.mine_host = None
        self.evaluate_view = None
        self.mine_view = None

    def shutdown(self) -> None:
        self._cancel_crm()
        self._cancel_live()
        self._detach_live()
        self._close()
        self.ctx.services.withdraw(QUALITY, self)
        tools = self.window.menu("tools")
        tools.removeAction(self.evaluate_action)
        tools.removeAction(self.mine_action)


def install(ctx: AppContext, window: MainWindow) -> QualityFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return QualityFeature(ctx, window)
