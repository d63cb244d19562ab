"""The QA screen: pick an agent and a period, list their recorded calls, open one: it plays (the
recording feature's player) beside the form; a score and a comment per criterion, the weighted total
live, Save in the background (a failure keeps everything typed). An evaluation scored and not saved is
never dropped silently: opening another call (or closing the screen, or quitting) asks Save / Discard /
Cancel first."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.quality.core.draft import Draft
from agent_desktop.features.quality.status_line import StatusLine
from agent_desktop.features.quality.texts import criterion_name, error_text, party_text, total_text
from agent_desktop.features.quality.unsaved import ask_unsaved
from agent_desktop.shell.empty_hint import EmptyHint
from agent_desktop.shell.whole_text import columns_fit_texts, with_tooltips
from crm.durations import clock
from crm.phones import DEFAULT_REGION, format_phone
from crm.schemas.quality import QaCriterion
from resources.live_text import Retranslated

if TYPE_CHECKING:
    from agent_desktop.features.recording.api import RecordingPlayer
    from agent_desktop.shell.tasks import BackgroundTasks
    from crm.client import CrmClient

logger = logging.getLogger(__name__)


def when_of(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def local_day_start(day: QDate) -> datetime:
    """The start of a local calendar day, as an aware datetime."""
    return datetime.combine(date(day.year(), day.month(), day.day()), time()).astimezone()


class CriterionRow:
    """One criterion's widgets: its name (weight, fail-all), a score box (— or 0 … scale) and a comment."""

    def __init__(self, criterion: QaCriterion, changed: Callable[[], None]) -> None:
        self.criterion = criterion
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.score = QComboBox()
        self.score.setObjectName(f"score_{criterion.key}")
        self.score.addItem("—", None)
        for value in range(criterion.scale_max + 1):
            self.score.addItem(str(value), value)
        self.score.currentIndexChanged.connect(lambda _i: changed())
        self.comment = QLineEdit()
        self.comment.setObjectName(f"comment_{criterion.key}")


class EvaluateView(Retranslated, QWidget):
    """Everything of the QA screen; talks to the back office through ``client`` on ``tasks``."""

    sig_saved = Signal(dict)
    """An evaluation was saved (the back office's answer)."""

    def __init__(
        self,
        client: CrmClient,
        tasks: BackgroundTasks,
        player: RecordingPlayer | None,
        own_team: str | None,
        region: str = DEFAULT_REGION,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.client, self.tasks, self.own_team = client, tasks, own_team
        self.region = region  # numbers as the rest of the app shows them
        self.player = player
        self.forms: list[dict[str, Any]] = []
        self.calls: list[dict[str, Any]] = []
        self.draft: Draft | None = None
        self.rows: list[CriterionRow] = []
        self._call_status: Callable[[], str] = lambda: ""

        self.agent_label, self.from_label, self.to_label = QLabel(), QLabel(), QLabel()
        self.agent = QComboBox()
        self.agent.setObjectName("agent_box")
        self.agent.setMinimumContentsLength(16)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(-7))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.form_label = QLabel()
        self.form_box = QComboBox()
        self.form_box.setObjectName("form_box")
        self.show_calls = QPushButton()
        self.show_calls.setObjectName("show_calls")
        self.show_calls.clicked.connect(self.load_calls)
        bar = QHBoxLayout()
        for widget in (self.agent_label, self.agent, self.from_label, self.start, self.to_label, self.end):
            bar.addWidget(widget)
        bar.addWidget(self.show_calls)
        bar.addStretch(1)

        self.call_list = QTreeWidget()
        self.call_list.setObjectName("call_list")
        self.call_list.setRootIsDecorated(False)
        self.call_list.setColumnCount(4)
        columns_fit_texts(self.call_list)
        self.call_hint = EmptyHint(  # until Show calls: then the line below the list says what came back
            self.call_list,
            lambda: (
                ""
                if self._call_status()
                else self.tr("Choose an agent and the dates, then Show calls lists their calls here.")
            ),
        )
        self.call_list.itemDoubleClicked.connect(lambda _item, _col: self.open_selected())
        self.call_list.itemActivated.connect(lambda _item, _col: self.open_selected())
        self.call_note = QLabel()
        self.call_note.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.call_list, 1)
        left_layout.addWidget(self.call_note)

        self.form_title = QLabel()
        self.form_title.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.comment_label = QLabel()
        self.comment = QLineEdit()
        self.comment.setObjectName("overall_comment")
        self.total = QLabel()
        self.total.setObjectName("total_label")
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_button")
        self.save_button.clicked.connect(lambda: self.save())
        self.status_line = StatusLine()
        self.status, self.error = self.status_line.status, self.status_line.error
        comment_form = QFormLayout()
        comment_form.addRow(self.comment_label, self.comment)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.no_player = QLabel()
        self.no_player.setWordWrap(True)
        if player is not None:
            right_layout.addWidget(player.widget())
            player.widget().setMaximumHeight(150)
        else:
            right_layout.addWidget(self.no_player)
        form_row = QHBoxLayout()
        form_row.addWidget(self.form_label)
        form_row.addWidget(self.form_box, 1)
        right_layout.addLayout(form_row)
        right_layout.addWidget(self.form_title)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(comment_form)
        right_layout.addLayout(bottom)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.error)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.retranslateUi()
        self._enable()

    # -- texts -------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.agent_label.setText(self.tr("Agent:"))
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("To:"))
        self.show_calls.setText(self.tr("Show calls"))
        self.form_label.setText(self.tr("Form:"))
        self.form_box.setToolTip(self.tr("The form a call not evaluated yet is scored with"))
        for i, form in enumerate(self.forms):
            self.form_box.setItemText(i, criterion_name(str(form["name"])))
        self.call_list.setHeaderLabels([self.tr("When"), self.tr("Call"), self.tr("Length"), self.tr("Score")])
        self.comment_label.setText(self.tr("Overall comment:"))
        self.save_button.setText(self.tr("Save evaluation"))
        self.no_player.setText(self.tr("Recordings cannot be played on this desktop."))
        self.status_line.retranslate()
        self.call_note.setText(self._call_status())
        self._fill_calls()
        self._name_rows()
        self._show_total()

    def _set_call_status(self, text: Callable[[], str]) -> None:
        self._call_status = text
        self.call_note.setText(text())
        self.call_list.viewport().update()  # the empty list's line gives way to this one

    # -- loading -----------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the agents and the forms (background)."""
        client, team = self.client, self.own_team

        def read() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
            users = client.request("GET", "/users", params={"limit": 500}).json()["items"]
            agents = [u for u in users if u.get("role") == "agent" and u.get("active", True)]
            if team:
                agents = [u for u in agents if u.get("team") == team]
            forms = client.request("GET", "/quality/forms").json()["items"]
            return agents, forms

        def done(result: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
            agents, self.forms = result
            current = self.agent.currentData()
            self.agent.clear()
            for user in sorted(agents, key=lambda u: str(u.get("display_name") or u.get("username"))):
                self.agent.addItem(str(user.get("display_name") or user.get("username")), str(user["id"]))
            index = self.agent.findData(current)
            self.agent.setCurrentIndex(max(index, 0))
            chosen = self.form_box.currentData()
            self.form_box.clear()
            for form in self.forms:
                self.form_box.addItem(criterion_name(str(form["name"])), str(form["id"]))
            self.form_box.setCurrentIndex(max(self.form_box.findData(chosen), 0))
            self._enable()

        self.tasks.run(read, done, self._failed, owner=self)

    def load_calls(self) -> None:
        agent_id = self.agent.currentData()
        if not agent_id:
            self._set_call_status(lambda: self.tr("Choose an agent first."))
            return
        start = local_day_start(self.start.date())
        end = local_day_start(self.end.date().addDays(1))
        if end <= start:
            self._set_call_status(lambda: self.tr("The period ends before it starts."))
            return
        client = self.client
        params = {"agent_id": agent_id, "start": start.isoformat(), "end": end.isoformat()}
        self._set_call_status(lambda: self.tr("Loading…"))

        def read() -> list[dict[str, Any]]:
            return list(client.request("GET", "/quality/calls", params=params).json()["items"])

        def done(calls: list[dict[str, Any]]) -> None:
            self.calls = calls
            self._fill_calls()
            if calls:
                self._set_call_status(lambda: self.tr("Double-click a call to hear and score it."))
            else:
                self._set_call_status(lambda: self.tr("No recorded calls of this agent in the period."))

        def failed(exc: BaseException) -> None:
            self._set_call_status(lambda: error_text(exc))

        self.tasks.run(read, done, failed, owner=self)

    def _fill_calls(self) -> None:
        current = self.call_list.currentIndex().row()
        self.call_list.clear()
        for call in self.calls:
            when = when_of(call.get("started_at"))
            total = call.get("total")
            item = QTreeWidgetItem(
                [
                    when.astimezone().strftime("%Y-%m-%d %H:%M") if when else "",
                    party_text(call, self.region),
                    clock(int(call.get("seconds") or 0)),
                    total_text(float(total), False) if total is not None else self.tr("not scored"),
                ]
            )
            self.call_list.addTopLevelItem(with_tooltips(item))
        chosen = self.call_list.topLevelItem(current) if 0 <= current < len(self.calls) else None
        if chosen is not None:
            self.call_list.setCurrentItem(chosen)

    def open_selected(self) -> None:
        index = self.call_list.currentIndex().row()
        if 0 <= index < len(self.calls):
            self.open_call(self.calls[index])

    def pending(self) -> bool:
        """An evaluation scored or typed and not saved is on the form."""
        self._collect()
        return self.draft is not None and self.draft.changed

    def settle(self, proceed: Callable[[], None], cancel: Callable[[], None]) -> None:
        """Nothing scored is lost: with an evaluation not saved, ask Save / Discard / Cancel first (Save
        goes on once the back office has it; a failed save stays, with everything typed)."""
        if not self.pending() or self.draft is None:
            proceed()
            return
        draft = self.draft
        scored = draft.total().scored
        text = self.tr("The evaluation of this call is not saved (criteria scored: %1).").replace("%1", str(scored))

        def discard() -> None:
            draft.mark_kept()
            proceed()

        ask_unsaved(self, text, lambda: self.save(then=proceed, failed=cancel), discard, cancel)

    def open_call(self, call: dict[str, Any]) -> None:
        """Play the call and show its form: its evaluation to change, or the current form empty; an
        evaluation not saved of another call is asked about first."""
        if self.draft is not None and self.draft.recording_id == str(call["recording_id"]) and self.pending():
            self._play(call)  # heard again; the form keeps what was typed
            return
        self.settle(lambda: self._open_call(call), lambda: None)

    def _play(self, call: dict[str, Any]) -> None:
        if self.player is not None:
            self.player.play_recording(
                str(call["recording_id"]),
                when_of(call.get("started_at")),
                call.get("direction") == "inbound",
                format_phone(str(call.get("number") or ""), self.region),
                int(call.get("seconds") or 0),
            )

    def _open_call(self, call: dict[str, Any]) -> None:
        self._play(call)
        evaluation_id = call.get("evaluation_id")
        if evaluation_id:
            client = self.client

            def read() -> dict[str, Any]:
                return dict(client.request("GET", f"/quality/evaluations/{evaluation_id}").json())

            self.tasks.run(read, lambda ev: self.show_draft(Draft.from_evaluation(ev)), self._failed, owner=self)
            return
        if not self.forms:
            self.status_line.say(lambda: self.tr("There is no QA form yet."), error=True)
            return
        form = next((f for f in self.forms if f["id"] == self.form_box.currentData()), self.forms[0])
        criteria = [QaCriterion.model_validate(c) for c in form["criteria"]]
        self.show_draft(Draft(form_id=str(form["id"]), criteria=criteria, recording_id=str(call["recording_id"])))

    # -- the form ----------------------------------------------------------------------------------
    def show_draft(self, draft: Draft) -> None:
        self.draft = draft
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        for i, criterion in enumerate(draft.criteria):
            row = CriterionRow(criterion, self._scores_changed)
            score = draft.scores.get(criterion.key)
            row.score.setCurrentIndex(0 if score is None else score + 1)
            row.comment.setText(draft.comments.get(criterion.key, ""))
            self.grid.addWidget(row.name, i, 0)
            self.grid.addWidget(row.score, i, 1)
            self.grid.addWidget(row.comment, i, 2)
            self.rows.append(row)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(2, 3)
        for i in range(self.grid.rowCount()):
            self.grid.setRowStretch(i, 0)
        self.grid.setRowStretch(len(draft.criteria), 1)  # the rows at the top, the space below
        self.comment.setText(draft.comment)
        self._name_rows()
        self._show_total()
        self.status_line.say(lambda: "")
        self._enable()

    def _name_rows(self) -> None:
        for row in self.rows:
            c = row.criterion
            text = self.tr("%1 (%2 %)").replace("%1", criterion_name(c.name)).replace("%2", str(c.weight))
            if c.fail_all:
                text += " · " + self.tr("0 fails all")
            if c.description:  # what to listen for, as the form's editor wrote it
                text += "\n" + c.description
            row.name.setText(text)
            row.name.setToolTip(c.description)
            row.comment.setPlaceholderText(self.tr("Comment"))
        self.form_title.setText(self.tr("Score each criterion 0 (poor) to its maximum; — leaves it out."))

    def _collect(self) -> None:
        if self.draft is None:
            return
        for row in self.rows:
            self.draft.scores[row.criterion.key] = row.score.currentData()
            self.draft.comments[row.criterion.key] = row.comment.text()
        self.draft.comment = self.comment.text()

    def _scores_changed(self) -> None:
        self._collect()
        self._show_total()

    def _show_total(self) -> None:
        total = self.draft.total() if self.draft is not None else None
        if total is None or total.value is None:
            self.total.setText(self.tr("Total: —"))
        else:
            self.total.setText(self.tr("Total: %1").replace("%1", total_text(total.value, total.failed)))
        self._enable()

    def _enable(self) -> None:
        self.show_calls.setEnabled(self.agent.count() > 0)
        scored = self.draft is not None and self.draft.total().value is not None
        self.save_button.setEnabled(scored)

    def save(self, then: Callable[[], None] | None = None, failed: Callable[[], None] | None = None) -> None:
        """Send the evaluation (background); the form keeps everything until the back office has it.
        ``then`` once it has it, ``failed`` when it was not saved."""
        self._collect()
        draft = self.draft
        if draft is None or draft.total().value is None:
            self.status_line.say(lambda: self.tr("Score at least one criterion."), error=True)
            if failed is not None:
                failed()
            return
        client, body, evaluation_id = self.client, draft.body(), draft.evaluation_id
        self.save_button.setEnabled(False)
        self.status_line.say(lambda: self.tr("Saving…"))

        def put() -> dict[str, Any]:
            return dict(client.request("PUT", f"/quality/evaluations/{evaluation_id}", json=body).json())

        def done(saved: dict[str, Any]) -> None:
            if draft.body() == body:  # (not scored further while it was sent)
                draft.mark_kept()
            self._enable()
            value = total_text(float(saved["total"]), bool(saved["failed"]))
            self.status_line.say(lambda: self.tr("Saved (%1). The agent has been told.").replace("%1", value))
            for call in self.calls:
                if call["recording_id"] == saved["recording_id"]:
                    call["evaluation_id"], call["total"] = saved["id"], saved["total"]
            self._fill_calls()
            self.sig_saved.emit(saved)
            if then is not None:
                then()

        def refused(exc: BaseException) -> None:
            self._enable()
            self.status_line.say(
                lambda: self.tr("Not saved: %1 Nothing you typed is lost.").replace("%1", error_text(exc)), True
            )
            if failed is not None:
                failed()

        self.tasks.run(put, done, refused, owner=self)

    def _failed(self, exc: BaseException) -> None:
        logger.info("QA screen: a read failed: %s", type(exc).__name__)
        self.status_line.say(lambda: error_text(exc), error=True)

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop_playing()
