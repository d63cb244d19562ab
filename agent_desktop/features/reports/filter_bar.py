"""The filters of a report window: the period (first and last day), the interval, the team and the
agent. An agent's "My day" has the day only (their own figures: the back office gives no other)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from agent_desktop.features.reports.core.crm_calls import Person
from agent_desktop.features.reports.core.query import INTERVALS, Filters
from agent_desktop.shell.i18n import translate_msg
from agent_desktop.shell.team_filter import name_team_filter
from crm.kpis import Interval
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class FilterBar(Retranslated, QWidget):
    """Period, interval, team and agent; ``supervising=False``: the day only. ``own_team``: a supervisor's
    team, the only one the back office reports on for them: the team filter names it and offers no other."""

    def __init__(
        self, supervising: bool, today: date | None = None, parent: QWidget | None = None, own_team: str | None = None
    ) -> None:
        super().__init__(parent)
        self.supervising, self.own_team = supervising, own_team
        today = today or date.today()
        self.people: list[Person] = []
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_edit, self.to_edit = _date_edit(today), _date_edit(today)
        self.interval_label, self.team_label, self.agent_label = QLabel(), QLabel(), QLabel()
        self.interval_combo = QComboBox()
        for interval, _name in INTERVALS:
            self.interval_combo.addItem("", interval.value)
        self.interval_combo.setCurrentIndex(self.interval_combo.findData(Interval.HOUR.value))
        self.team_combo, self.agent_combo = QComboBox(), QComboBox()
        for combo in (self.team_combo, self.agent_combo):
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.addItem("", None)
        for label, buddy in (
            (self.from_label, self.from_edit),
            (self.to_label, self.to_edit),
            (self.interval_label, self.interval_combo),
            (self.team_label, self.team_combo),
            (self.agent_label, self.agent_combo),
        ):
            label.setBuddy(buddy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.from_label)
        layout.addWidget(self.from_edit)
        if supervising:
            for widget in (
                self.to_label,
                self.to_edit,
                self.interval_label,
                self.interval_combo,
                self.team_label,
                self.team_combo,
                self.agent_label,
                self.agent_combo,
            ):
                layout.addWidget(widget)
        else:
            for widget in (self.to_label, self.to_edit, self.interval_combo, self.team_combo, self.agent_combo):
                widget.hide()
        layout.addStretch(1)
        self.team_combo.currentIndexChanged.connect(lambda _i: self._list_agents())
        self.retranslateUi()

    def filters(self) -> Filters:
        """What the filters say now."""
        first = _day(self.from_edit)
        if not self.supervising:
            return Filters(first, first, Interval.HOUR)
        team, agent = self.team_combo.currentData(), self.agent_combo.currentData()
        return Filters(
            first,
            _day(self.to_edit),
            Interval(self.interval_combo.currentData()),
            team if isinstance(team, str) else None,
            agent if isinstance(agent, str) else None,
        )

    def set_period(self, first: date, last: date) -> None:
        self.from_edit.setDate(QDate(first.year, first.month, first.day))
        self.to_edit.setDate(QDate(last.year, last.month, last.day))

    def set_interval(self, interval: Interval) -> None:
        self.interval_combo.setCurrentIndex(self.interval_combo.findData(interval.value))

    def set_team(self, team: str | None) -> None:
        self.team_combo.setCurrentIndex(max(self.team_combo.findData(team), 0) if team else 0)

    def set_agent(self, user_id: str | None) -> None:
        self.agent_combo.setCurrentIndex(max(self.agent_combo.findData(user_id), 0) if user_id else 0)

    def set_people(self, people: list[Person]) -> None:
        """The agents (and so the teams) the signed-in supervisor may report on."""
        self.people = people
        chosen = self.team_combo.currentData()
        self.team_combo.blockSignals(True)
        while self.team_combo.count() > 1:
            self.team_combo.removeItem(1)
        for team in sorted({p.team for p in people if p.team} if not self.own_team else ()):
            self.team_combo.addItem(team, team)
        self.team_combo.setCurrentIndex(max(self.team_combo.findData(chosen), 0) if chosen else 0)
        self.team_combo.blockSignals(False)
        self._list_agents()

    def _list_agents(self) -> None:
        team, chosen = self.team_combo.currentData(), self.agent_combo.currentData()
        self.agent_combo.blockSignals(True)
        while self.agent_combo.count() > 1:
            self.agent_combo.removeItem(1)
        for person in self.people:
            if not team or person.team == team:
                self.agent_combo.addItem(person.name, person.user_id)
        self.agent_combo.setCurrentIndex(max(self.agent_combo.findData(chosen), 0) if chosen else 0)
        self.agent_combo.blockSignals(False)

    def retranslateUi(self) -> None:
        self.from_label.setText(self.tr("&From:") if self.supervising else self.tr("&Day:"))
        self.to_label.setText(self.tr("&To:"))
        self.to_edit.setToolTip(self.tr("The last day, included"))
        self.interval_label.setText(self.tr("&Interval:"))
        for i, (_interval, name) in enumerate(INTERVALS):
            self.interval_combo.setItemText(i, translate_msg(name))
        self.team_label.setText(self.tr("T&eam:"))
        name_team_filter(
            self.team_combo, self.own_team, self.tr("All teams"), self.tr("Your reports cover your own team only")
        )
        self.agent_label.setText(self.tr("&Agent:"))
        self.agent_combo.setItemText(0, self.tr("All agents"))
