"""Feature: agent evaluation. Tools → Evaluate calls (supervisors, admins): the QA screen; Tools → QA
forms (supervisors, admins): the form editor; Tools → My evaluations (agents): their evaluated calls,
read-only, with the evaluated call's recording to play. A half-scored evaluation or a changed form is
not lost: closing its window, opening another call or form, or quitting asks Save / Discard / Cancel.
The back office's live event ``qa_evaluation`` tells the agent at once and until they see it: a notice
over the window's corner (Open: My evaluations on that evaluation; Dismiss), the count of new ones on
the Tools menu's entry until My evaluations is opened, and the tray message (:data:`DUE_ALERTS`; the
window, when open, reloads). Provides :data:`QUALITY`.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.quality.api import QUALITY
from agent_desktop.features.quality.notice import EvaluationNotice
from agent_desktop.features.quality.unsaved import Settle
from agent_desktop.features.recording.api import RECORDINGS
from agent_desktop.shell.keys import DUE_ALERTS, QUIT_GUARDS
from agent_desktop.shell.panel_window import PanelWindow
from agent_desktop.shell.role_gate import allowed_service
from agent_desktop.shell.unsaved_work import CloseGuard
from crm.schemas.quality import LIVE_KIND

if TYPE_CHECKING:
    from agent_desktop.features.crm_link.api import LiveEvents
    from agent_desktop.features.quality.evaluate_view import EvaluateView
    from agent_desktop.features.quality.forms_view import FormsView
    from agent_desktop.features.quality.mine_view import MyEvaluationsView
    from agent_desktop.features.quality.scores_panel import ScoresPanel
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow

logger = logging.getLogger(__name__)

EVALUATORS = ("supervisor", "admin")
EVALUATED = ("agent",)


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
        self.forms_view: FormsView | None = None
        self.forms_host: PanelWindow | None = None
        self._guards: list[Settle] = []
        self.evaluate_action = window.add_menu_action(
            "tools", lambda: self.tr("&Evaluate calls..."), "", self.open_evaluate
        )
        self.forms_action = window.add_menu_action("tools", lambda: self.tr("&QA forms..."), "", self.open_forms)
        self.notice = EvaluationNotice(window)
        self.notice.sig_open.connect(self.open_mine)
        self.mine_action = window.add_menu_action("tools", self._mine_label, "", self.open_mine)
        self.evaluate_action.setVisible(False)
        self.forms_action.setVisible(False)
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
        self.forms_action.setVisible(self.evaluating)
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

    def _mine_label(self) -> str:
        """The Tools entry, with how many evaluations came since My evaluations was last opened."""
        new = len(self.notice.evaluations)
        return self.tr("My e&valuations (%n new)...", "", new) if new else self.tr("My e&valuations...")

    def _live_event(self, kind: str, data: dict[str, Any]) -> None:
        if kind != LIVE_KIND or self.service is None or self.service.role not in EVALUATED:
            return
        evaluation_id = str(data.get("id") or "")
        total, failed = float(data.get("total") or 0), bool(data.get("failed"))
        by = str(data.get("evaluator") or "")
        self.notice.add(evaluation_id, by, total, failed)
        self.mine_action.setText(self._mine_label())
        alerts = self.ctx.services.get(DUE_ALERTS)
        if alerts is not None:
            alerts.alert(
                None,
                [evaluation_id],
                self.notice.heading.text(),
                self.notice.body.text(),
                on_open=self.open_mine,
            )
        if self.mine_view is not None:
            self.mine_view.load()

    def open_evaluate(self) -> None:
        """The QA screen (made the first time)."""
        service = allowed_service(self.service, EVALUATORS, self.window, "the QA screen")
        if service is None:
            return
        if self.evaluate_host is None or self.evaluate_view is None:
            from agent_desktop.features.quality.evaluate_view import EvaluateView

            recordings = self.ctx.services.get(RECORDINGS)
            player = recordings.player() if recordings is not None else None
            view = EvaluateView(
                service.client.sibling(), self.ctx.tasks, player, service.own_team, self.ctx.settings.crm.phone_region
            )
            self.evaluate_view = view
            self.evaluate_host = PanelWindow(view, lambda: self.tr("Evaluate calls"), self.window)
            self.evaluate_host.resize(1180, 680)
            self._guard(self.evaluate_host, view.pending, view.settle)
        self.evaluate_view.load()
        self._show(self.evaluate_host)

    def open_forms(self) -> None:
        """The QA form editor (made the first time)."""
        service = allowed_service(self.service, EVALUATORS, self.window, "the QA form editor")
        if service is None:
            return
        if self.forms_host is None or self.forms_view is None:
            from agent_desktop.features.quality.forms_view import FormsView

            forms = FormsView(service.client.sibling(), self.ctx.tasks)
            forms.sig_forms_changed.connect(self._forms_changed)
            self.forms_view = forms
            self.forms_host = PanelWindow(forms, lambda: self.tr("QA forms"), self.window)
            self.forms_host.resize(1180, 620)
            self._guard(self.forms_host, lambda: forms.dirty, forms.settle)
        self.forms_view.load()
        self._show(self.forms_host)

    def _forms_changed(self) -> None:
        if self.evaluate_view is not None:
            self.evaluate_view.load()

    def _guard(self, host: PanelWindow, pending: Callable[[], bool], settle: Settle) -> None:
        """Closing ``host`` and quitting the app ask first while ``pending()``."""
        CloseGuard(host, pending, settle)

        def before_quit(proceed: Callable[[], None], cancel: Callable[[], None]) -> None:
            if pending():
                self._show(host)
            settle(proceed, cancel)

        guards = self.ctx.services.get(QUIT_GUARDS)
        if guards is not None:
            guards.add(before_quit)
            self._guards.append(before_quit)

    @staticmethod
    def _show(host: PanelWindow) -> None:
        host.show()
        host.raise_()
        host.activateWindow()

    def open_mine(self, evaluation_id: str = "") -> None:
        """The signed-in agent's evaluations (read-only), on ``evaluation_id`` when given; the new
        ones are seen then."""
        service = allowed_service(self.service, EVALUATED, self.window, "My evaluations")
        if service is None:
            return
        if self.mine_host is None or self.mine_view is None:
            from agent_desktop.features.quality.mine_view import MyEvaluationsView

            recordings = self.ctx.services.get(RECORDINGS)
            player = recordings.player() if recordings is not None else None
            self.mine_view = MyEvaluationsView(
                service.client.sibling(), self.ctx.tasks, player, region=self.ctx.settings.crm.phone_region
            )
            self.mine_host = PanelWindow(self.mine_view, lambda: self.tr("My evaluations"), self.window)
            self.mine_host.resize(900, 640)
        self.notice.clear()
        self.mine_action.setText(self._mine_label())
        self.mine_view.show_evaluation(evaluation_id)
        self._show(self.mine_host)

    def scores_panel(self) -> ScoresPanel | None:
        """A panel of QA scores for the report window."""
        if self.service is None:
            return None
        from agent_desktop.features.quality.scores_panel import ScoresPanel

        return ScoresPanel(self.service.client.sibling(), self.ctx.tasks)

    def _close(self) -> None:
        """The windows go (another user signed in, or quitting: what was typed was asked about then)."""
        if self.evaluate_view is not None:
            self.evaluate_view.stop()
        if self.mine_view is not None and self.mine_view.player is not None:
            self.mine_view.player.stop_playing()
        self.notice.clear()
        self.mine_action.setText(self._mine_label())
        guards = self.ctx.services.get(QUIT_GUARDS)
        for guard in self._guards:
            if guards is not None:
                guards.remove(guard)
        self._guards.clear()
        for host in (self.evaluate_host, self.mine_host, self.forms_host):
            if host is not None:
                host.hide()  # not close(): its guard would ask
                host.deleteLater()
        self.evaluate_host = self.mine_host = self.forms_host = None
        self.evaluate_view = None
        self.mine_view = None
        self.forms_view = None

    def shutdown(self) -> None:
        self._cancel_crm()
        self._cancel_live()
        self._detach_live()
        self._close()
        self.ctx.services.withdraw(QUALITY, self)
        tools = self.window.menu("tools")
        tools.removeAction(self.evaluate_action)
        tools.removeAction(self.mine_action)
        tools.removeAction(self.forms_action)


def install(ctx: AppContext, window: MainWindow) -> QualityFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return QualityFeature(ctx, window)
