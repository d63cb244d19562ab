"""The report window: filters on top, a tab per screen (a chart and its table), progress with Cancel
while the back office works, and Export (the whole report as an Excel workbook, or one row per call as
CSV). Every request runs through ``ctx.tasks``; a failure is shown translated and the filters stay.
Export offers the folder used last (kept in the window state file), else the user's Documents, and a
file name with the report's days.

Supervisors and admins get volume and abandons, service level, agents, media sources and outbound
campaigns for a period, interval, team and agent; an agent ("My day") gets their own calls by hour,
their service level and their figures of the day. A double-click on a figure lists the calls behind it (:class:`DrillDialog`;
a campaign's figure, the campaign attempts), whose customer opens on the card.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.reports.campaign_charts import CampaignsPanel
from agent_desktop.features.reports.chart_panel import ChartPanel
from agent_desktop.features.reports.core.crm_calls import AttemptDrill, Drill, ExportKind, Person, ReportCalls
from agent_desktop.features.reports.core.figures import KPI, calls_behind
from agent_desktop.features.reports.core.order_list import OrderDrill
from agent_desktop.features.reports.core.query import AGENT_SCREENS, SUPERVISOR_SCREENS, Filters, Screen, views
from agent_desktop.features.reports.core.rows import Answer, Row, read_answer, read_campaigns, row_place
from agent_desktop.features.reports.drill_dialog import DrillDialog, attempts_dialog
from agent_desktop.features.reports.errors import error_text
from agent_desktop.features.reports.filter_bar import FilterBar
from agent_desktop.features.reports.group_charts import AgentsPanel, RankingPanel
from agent_desktop.features.reports.interval_charts import ServicePanel, VolumePanel
from agent_desktop.features.reports.loader import ReportLoader
from agent_desktop.features.reports.mine_panel import MyFiguresPanel
from agent_desktop.features.reports.order_dialog import OrdersDialog, orders_heading
from agent_desktop.shell.i18n import translate_msg
from agent_desktop.shell.tasks import BackgroundTasks
from crm.kpis import SL_VARIANT_NAMES, GroupBy, Interval, SlVariant
from crm.schemas.report_orders import OrderClass
from crm.schemas.reports import AttemptClass
from resources.colours import tint
from resources.file_dialogs import save_file_name
from resources.live_text import Retranslated

if TYPE_CHECKING:
    from agent_desktop.features.quality.api import QaScoresPanel

logger = logging.getLogger(__name__)

Panel = ChartPanel | MyFiguresPanel
PANELS: dict[str, Callable[[], Panel]] = {
    "volume": VolumePanel,
    "service": ServicePanel,
    "agents": AgentsPanel,
    "media": RankingPanel,
    "campaigns": CampaignsPanel,
    "mine": MyFiguresPanel,
}


class ReportsView(Retranslated, QWidget):
    """The reports of the signed-in user over ``make_calls()`` (a client of its own per run)."""

    sig_customer_open_requested = Signal(str)
    """A call's customer, chosen in a drill-down, to show on the card."""
    sig_loaded = Signal()
    """The screens show the figures of the last run."""
    sig_exported = Signal(str)
    """A report was saved to this path."""

    def __init__(
        self,
        make_calls: Callable[[], ReportCalls],
        tasks: BackgroundTasks,
        *,
        supervising: bool,
        language: Callable[[], str] = lambda: "en",
        own_team: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.make_calls, self.tasks, self.supervising, self.language = make_calls, tasks, supervising, language
        self.own_team = own_team
        """A supervisor's team: the filters offer its agents only (None: every team's)."""
        self.screens: tuple[Screen, ...] = SUPERVISOR_SCREENS if supervising else AGENT_SCREENS
        self.loader = ReportLoader(make_calls, tasks, self)
        self.answers: dict[str, Answer] = {}
        """Each screen's figures now shown, by screen id."""
        self.drills: list[DrillDialog] = []
        self._message: Callable[[], str] | None = None
        self._error: Callable[[], str] | None = None
        self._people_asked = False
        self._ran = False
        self._today_asked = False
        self.extras: list[tuple[Callable[[], str], QaScoresPanel]] = []
        """Panels of other features shown after the screens (the QA scores), with their tab titles."""

        self.filter_bar = FilterBar(supervising, own_team=own_team)
        self.show_button = QPushButton()
        self.show_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.export_button = QPushButton()
        for button in (self.cancel_button, self.export_button):
            button.setAutoDefault(False)
        self.show_button.clicked.connect(lambda _c=False: self.run())
        self.cancel_button.clicked.connect(lambda _c=False: self.cancel())
        self.export_button.clicked.connect(lambda _c=False: self.ask_export())
        self.cancel_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.show_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.export_button)

        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        self.progress_bar.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        tint(self.error_label, "error")
        self.error_label.hide()

        self.tabs = QTabWidget()
        self.panels: dict[str, Panel] = {}
        for screen in self.screens:
            panel = PANELS[screen.id]()
            panel.sig_drill.connect(partial(self.drill, screen.id))
            self.panels[screen.id] = panel
            self.tabs.addTab(panel, "")
            panel.retranslateUi()  # later, each panel follows a language switch by itself

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)

        self.loader.sig_progress.connect(self._progress)
        self.loader.sig_busy_changed.connect(self._busy)
        self.loader.sig_failed.connect(self._failed)
        self.retranslateUi()

    # -- running ---------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.supervising and not self._people_asked:
            self._people_asked = True
            calls = self.make_calls()
            self.tasks.run(partial(_people, calls, self.own_team), self._people, self._people_failed, owner=self)
        if not self._ran and not self._today_asked:  # the first report: of the centre's today
            self._today_asked = True
            period = self._period()
            first = partial(self._first_run, period)
            self.tasks.run(partial(_centre_today, self.make_calls()), first, lambda _exc: first(None), owner=self)

    def _period(self) -> tuple[date, date]:
        filters = self.filter_bar.filters()
        return filters.first_day, filters.last_day

    def _first_run(self, period: tuple[date, date], today: date | None) -> None:
        """The first report, of the centre's today (the day this computer's clock says until the back
        office tells its zone), unless the period was changed or a report or export asked for meanwhile."""
        if self._ran or self.loader.busy:  # a report or an export asked for meanwhile
            return
        if today is not None and self._period() == period:
            self.filter_bar.set_period(today, today)
        self.run()

    def add_panel(self, panel: QaScoresPanel, title: Callable[[], str]) -> None:
        """Show another feature's panel as a tab after the screens; it follows the filters on each run."""
        self.extras.append((title, panel))
        self.tabs.addTab(panel.widget(), title())

    def _people(self, people: list[Person]) -> None:
        self.filter_bar.set_people(people)

    def _people_failed(self, exc: BaseException) -> None:
        logger.info("agents for the report filters not read: %s", type(exc).__name__)

    def run(self) -> None:
        """Ask the back office for the figures the filters say (the GUI goes on; Cancel stops it)."""
        self._ran = True
        filters = self.filter_bar.filters()
        problem = filters.problem()
        if problem is not None:
            self._show_error(lambda: translate_msg(problem))
            return
        for _title, extra in self.extras:
            extra.show_period(filters.first_day, filters.last_day, filters.team, filters.agent)
        wanted = views(self.screens, filters)
        queries = [filters.params(interval, group_by) for interval, group_by in wanted]
        steps = [partial(_kpis, params) for params in queries]
        outbound = filters.params(Interval.NONE) if any(s.campaigns for s in self.screens) else None
        if outbound is not None:
            steps.append(partial(_campaigns, outbound))
        self._say(lambda: self.tr("Reading the figures..."))
        self.loader.start(steps, lambda reports: self._loaded(filters, queries, reports, outbound))

    def cancel(self) -> None:
        """Stop the request under way (the figures shown stay)."""
        if self.loader.busy:
            self.loader.cancel()
            self._say(lambda: self.tr("Cancelled."))

    def _loaded(
        self,
        filters: Filters,
        queries: list[dict[str, str]],
        reports: list[dict[str, Any]],
        outbound: dict[str, str] | None = None,
    ) -> None:
        by_view = {
            view: read_answer(report, params)
            for view, params, report in zip(views(self.screens, filters), queries, reports)
        }
        campaigns = read_campaigns(reports[len(queries)], outbound) if outbound is not None else None
        self._show_error(None)
        for screen in self.screens:
            answer = campaigns if screen.campaigns and campaigns is not None else by_view[screen.view(filters)]
            self.answers[screen.id] = answer
            self.panels[screen.id].show_answer(answer)
        self._say(self._summary)
        self.sig_loaded.emit()

    def _summary(self) -> str:
        answer = next(iter(self.answers.values()), None)
        if answer is None:
            return ""
        settings = answer.settings
        last = date.fromisoformat(answer.params["to"]) - timedelta(days=1)
        variant = SL_VARIANT_NAMES.get(SlVariant(settings.get("sl_variant", SlVariant.ANSWERED.value)))
        text = (
            self.tr("%1 on the centre's clock (%3); service level: %4, T = %5 s")
            if last.isoformat() == answer.params["from"]
            else self.tr("%1 to %2 on the centre's clock (%3); service level: %4, T = %5 s")
        )
        if self.supervising:  # whose figures they are, as the back office answered
            text += "; " + (self.tr("team %6") if answer.team else self.tr("all teams"))
        return (
            text.replace("%1", answer.params["from"])
            .replace("%2", last.isoformat())
            .replace("%3", str(settings.get("time_zone", "")))
            .replace("%4", translate_msg(variant) if variant else "")
            .replace("%5", str(settings.get("sl_target_s", "")))
            .replace("%6", answer.team or "")
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total if total > 1 else 0)  # one long request: a busy bar
        self.progress_bar.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.show_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._show_error(lambda: self.tr("The report could not be made: %1").replace("%1", error_text(exc)))
        self._say(None)

    # -- drill-down ------------------------------------------------------------------------------
    def drill(self, screen_id: str, row: Row, kpi_id: str) -> DrillDialog | None:
        """List the calls behind ``kpi_id`` of ``row`` on screen ``screen_id``."""
        answer = self.answers.get(screen_id)
        kind = calls_behind(kpi_id)
        if answer is None:
            return None
        if kind is None:
            name = translate_msg(KPI[kpi_id].name)
            self._say(lambda: self.tr("No list of calls is kept behind %1.").replace("%1", name))
            return None
        if isinstance(kind, AttemptClass):
            return self._drill_attempts(answer, row, kpi_id, kind)
        grouped = answer.group_by != GroupBy.NONE.value
        if isinstance(kind, OrderClass):
            drilled = OrderDrill(answer.params, row.bucket, row.key if grouped else None, kind)
            name = KPI[kpi_id].name
            dialog = OrdersDialog(
                self.make_calls(), self.tasks, drilled, lambda: orders_heading(name, answer, row), self
            )
            return self._open_drill(dialog)
        target = Drill(answer.params, row.bucket, row.key if grouped else None, kind)

        def heading() -> str:
            where = row_place(answer, row)
            return (
                self.tr("Calls behind %1: %2").replace("%1", translate_msg(KPI[kpi_id].name)).replace("%2", where)
                if where
                else self.tr("Calls behind %1 over the whole period").replace("%1", translate_msg(KPI[kpi_id].name))
            )

        return self._open_drill(DrillDialog(self.make_calls(), self.tasks, target, heading, self))

    def _drill_attempts(self, answer: Answer, row: Row, kpi_id: str, kind: AttemptClass) -> DrillDialog:
        """List the campaign attempts behind ``kpi_id`` of a campaign's ``row`` (the total: every campaign's)."""
        target = AttemptDrill(answer.params, row.key or None, kind)

        def heading() -> str:
            name = translate_msg(KPI[kpi_id].name)
            if row.key:
                return self.tr("Campaign calls behind %1: %2").replace("%1", name).replace("%2", row.label)
            return self.tr("Campaign calls behind %1 over the whole period").replace("%1", name)

        dialog = attempts_dialog(self.make_calls(), self.tasks, target, heading, self)
        return self._open_drill(dialog)

    def _open_drill(self, dialog: DrillDialog) -> DrillDialog:
        dialog.sig_customer_open_requested.connect(self.sig_customer_open_requested)
        dialog.destroyed.connect(lambda _o=None, d=dialog: self.drills.remove(d) if d in self.drills else None)
        self.drills.append(dialog)
        dialog.show()
        return dialog

    # -- export ----------------------------------------------------------------------------------
    def ask_export(self) -> None:
        """Ask where to save (the last export's folder, else Documents; a name with the report's days),
        then export."""
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("Calls, one row each (*.csv)")
        name = export_name(self.filter_bar.filters())
        path, chosen = save_file_name(self, "report_export", self.tr("Export report"), name, f"{xlsx};;{csv}")
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".csv" if chosen == csv else ".xlsx")
        self.export_to(target)

    def export_to(self, path: Path) -> None:
        """Save the report of the filters to ``path``: the whole report as a workbook (``.xlsx``) or
        every call of the period, one row each (``.csv``), in the language in use."""
        filters = self.filter_bar.filters()
        problem = filters.problem()
        if problem is not None:
            self._show_error(lambda: translate_msg(problem))
            return
        kind: ExportKind = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        params = filters.params(filters.interval, GroupBy.NONE)
        lang = self.language()
        self._say(lambda: self.tr("Exporting..."))
        self.loader.start([partial(_export, params, kind, path, lang)], lambda _r: self._exported(path))

    def _exported(self, path: Path) -> None:
        self._show_error(None)
        self._say(lambda: self.tr("Saved to %1").replace("%1", str(path)))
        self.sig_exported.emit(str(path))

    # -- texts -----------------------------------------------------------------------------------
    def _say(self, message: Callable[[], str] | None) -> None:
        self._message = message
        self.status_label.setText(message() if message is not None else "")

    def _show_error(self, message: Callable[[], str] | None) -> None:
        """Show (None: hide) an error that follows a language switch; the filters stay as they are."""
        self._error = message
        self.error_label.setText(message() if message is not None else "")
        self.error_label.setVisible(message is not None)

    def retranslateUi(self) -> None:
        self.show_button.setText(self.tr("&Show"))
        self.show_button.setToolTip(self.tr("Read the figures for these filters"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.export_button.setText(self.tr("E&xport..."))
        self.export_button.setToolTip(
            self.tr("Save the report as an Excel workbook (every view, one row per call, the definitions) or CSV")
        )
        titles = {
            "volume": self.tr("Volume and abandons"),
            "service": self.tr("Service level"),
            "agents": self.tr("Agents"),
            "media": self.tr("Media sources"),
            "campaigns": self.tr("Campaigns"),
            "mine": self.tr("My figures"),
        }
        for i, screen in enumerate(self.screens):
            self.tabs.setTabText(i, titles[screen.id])
        for i, (title, _extra) in enumerate(self.extras, len(self.screens)):
            self.tabs.setTabText(i, title())
        if self._message is not None:
            self.status_label.setText(self._message())
        if self._error is not None:
            self.error_label.setText(self._error())


def export_name(filters: Filters) -> str:
    """``report_2025-03-10_2025-03-16.xlsx`` (one day: ``report_2025-03-10.xlsx``)."""
    days = dict.fromkeys((filters.first_day.isoformat(), filters.last_day.isoformat()))
    return f"report_{'_'.join(days)}.xlsx"


def _people(calls: ReportCalls, team: str | None) -> list[Person]:
    try:
        return calls.people(team)
    finally:
        calls.close()


def _centre_today(calls: ReportCalls) -> date:
    try:
        return calls.centre_today()
    finally:
        calls.close()


def _kpis(params: dict[str, str], calls: ReportCalls) -> dict[str, Any]:
    return calls.kpis(params)


def _campaigns(params: dict[str, str], calls: ReportCalls) -> dict[str, Any]:
    return calls.campaigns(params)


def _export(params: dict[str, str], kind: ExportKind, path: Path, lang: str, calls: ReportCalls) -> int:
    return calls.export(params, kind, path, lang if lang != "en" else None)
