"""The supervisors' campaign editor: a new campaign (a draft) or an existing one's rules — name, script,
period, calling windows per weekday in the callee's local time, attempts, retry spacing per result and
how soon a retry may come near the deadline (or never sooner), the dispositions that end a record, priority, teams, mode, ring timeout, answering-machine action, status.

Read and saved off the GUI thread; an edit sends the version it read (If-Match). What the back office
refuses is shown next to the field, in the user's language, and nothing typed is lost."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.campaigns.core.refusals import WHOLE, Refusal, refusals
from agent_desktop.features.campaigns.core.remote import CampaignRemote
from agent_desktop.features.campaigns.labels import disposition_label, status_label
from agent_desktop.features.campaigns.windows_table import WindowsTable
from agent_desktop.shell.i18n import translate_msg
from agent_desktop.shell.tasks import BackgroundTasks
from agent_desktop.shell.team_edit import TeamEdit, split_teams
from crm.schemas.campaigns import (
    STATUS_CHANGES,
    CampaignCreate,
    CampaignMode,
    CampaignRead,
    CampaignStatus,
    Disposition,
    MachineAction,
)
from crm.user_list import read_teams
from resources.colours import say, tint
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

NEW_DAYS = 14
"""A new campaign runs from the next full hour for this many days (the supervisor changes it)."""
RETRIES = ("busy_s", "no_answer_s", "rejected_s", "network_error_s")
MAX_RETRY_MIN = 7 * 24 * 60
MAX_FLOOR_MIN = 24 * 60
FLOOR_OFF = -1
"""The near-deadline floor's spin box at this value: off (retries keep their spacing to the deadline)."""
FIELDS = frozenset(
    {
        "name",
        "script",
        "starts_at",
        "deadline_at",
        "status",
        "mode",
        "priority",
        "teams",
        "default_time_zone",
        "windows",
        "max_attempts",
        "max_attempts_24h",
        "retry",
        "ending_dispositions",
        "ring_timeout_s",
        "machine_action",
        "minutes_per_attempt",
    }
)


def _qt_time(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def _utc(edit: QDateTimeEdit) -> str:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), timezone.utc).isoformat()


def this_zone() -> str:
    """This computer's time zone as the start and the deadline are shown in, e.g. "Asia/Shanghai, UTC+08:00"."""
    zone = QTimeZone.systemTimeZone()
    name = bytes(zone.id().data()).decode()
    offset = zone.displayName(QDateTime.currentDateTime(), QTimeZone.NameType.OffsetName)
    return name if name == offset or not offset else f"{name}, {offset}"


def own_team(remote: CampaignRemote) -> str:
    """The signed-in supervisor's team, which a campaign gets when it names none ("": an admin or a
    supervisor in no team, who must name the teams)."""
    user = remote.client.user or {}
    return "" if user.get("role") == "admin" else str(user.get("team") or "")


def _teams_unread(exc: BaseException) -> None:
    logger.info("the teams to offer were not read: %s", type(exc).__name__)


def _spin(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    return box


def new_campaign_values() -> dict[str, Any]:
    """A new campaign's fields: the contract's defaults, from the next full hour for :data:`NEW_DAYS`."""
    start = (datetime.now(timezone.utc) + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
    made = CampaignCreate.model_construct(name="", starts_at=start, deadline_at=start + timedelta(days=NEW_DAYS))
    return {**made.model_dump(mode="json"), "status": CampaignStatus.DRAFT.value}


class CampaignEditor(Retranslated, QDialog):
    """``campaign_id`` None: a new campaign (saved as a draft)."""

    sig_saved = Signal(object)  # the CampaignRead saved

    def __init__(
        self,
        remote: CampaignRemote,
        tasks: BackgroundTasks,
        campaign_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.remote, self.tasks = remote, tasks
        self.campaign: CampaignRead | None = None
        self.campaign_id = campaign_id
        self.saving = False
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.name = QLineEdit()
        self.script = QPlainTextEdit()
        self.script.setTabChangesFocus(True)
        self.starts_at, self.deadline_at = QDateTimeEdit(), QDateTimeEdit()
        for edit in (self.starts_at, self.deadline_at):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.status, self.mode, self.machine_action = QComboBox(), QComboBox(), QComboBox()
        self.priority = _spin(1, 10)
        self.teams = TeamEdit(multiple=True)  # offers the teams the back office's users are in
        self.default_time_zone = QLineEdit()
        self.windows = WindowsTable()
        self.windows_note = QLabel()
        self.windows_note.setWordWrap(True)
        self.max_attempts, self.max_attempts_24h = _spin(1, 50), _spin(1, 50)
        self.retry = {key: _spin(0, MAX_RETRY_MIN) for key in RETRIES}
        self.retry_labels = {key: QLabel() for key in RETRIES}
        self.near_deadline_label = QLabel()
        self.near_deadline_floor = _spin(FLOOR_OFF, MAX_FLOOR_MIN)
        self.ending = {d: QCheckBox() for d in Disposition}
        self.ring_timeout_s = _spin(5, 120)
        self.minutes_per_attempt = QDoubleSpinBox()
        self.minutes_per_attempt.setRange(0.1, 60.0)
        self.minutes_per_attempt.setSingleStep(0.5)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.resize(1100, 660)
        self.retranslateUi()
        if campaign_id is None:
            self._load(new_campaign_values())
        else:
            self._busy(True)
            self.tasks.run(lambda: self.remote.campaign(campaign_id), self._read, self._failed, owner=self)
        client = remote.client
        self.tasks.run(lambda: read_teams(client), self.teams.set_teams, _teams_unread, owner=self)

    # -- layout ------------------------------------------------------------------------------------------
    def _field(self, form: QFormLayout, key: str, widget: QWidget | QLayout) -> None:
        """A row of ``form`` with ``widget`` and, under it, the place of the back office's refusal."""
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(widget, QWidget):
            box.addWidget(widget)
        else:
            box.addLayout(widget)
        error = QLabel()
        error.setWordWrap(True)
        error.hide()
        tint(error, "error")
        box.addWidget(error)
        self.errors[key] = error
        self.labels[key] = QLabel()
        form.addRow(self.labels[key], box)

    def _lay_out(self) -> None:
        left = QFormLayout()
        for key in ("name", "script", "starts_at", "deadline_at", "status", "mode", "priority", "teams"):
            self._field(left, key, getattr(self, key))
        self._field(left, "default_time_zone", self.default_time_zone)
        right = QFormLayout()
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the columns fit 1280 px
        windows = QVBoxLayout()
        windows.addWidget(self.windows_note)
        windows.addWidget(self.windows)
        self._field(right, "windows", windows)
        attempts = QHBoxLayout()
        attempts.addWidget(self.max_attempts)
        self.per_day_label = QLabel()
        attempts.addWidget(self.per_day_label)
        attempts.addWidget(self.max_attempts_24h)
        attempts.addStretch(1)
        self._field(right, "max_attempts", attempts)
        self.errors["max_attempts_24h"] = self.errors["max_attempts"]
        retry = QGridLayout()
        for column, key in enumerate(RETRIES):
            retry.addWidget(self.retry_labels[key], 0, column)
            retry.addWidget(self.retry[key], 1, column)
        retry.addWidget(self.near_deadline_label, 2, 0, 1, len(RETRIES) - 1)
        retry.addWidget(self.near_deadline_floor, 2, len(RETRIES) - 1)
        self._field(right, "retry", retry)
        ending = QGridLayout()
        for index, box in enumerate(self.ending.values()):
            ending.addWidget(box, index // 3, index % 3)
        self._field(right, "ending_dispositions", ending)
        calls = QHBoxLayout()
        calls.addWidget(self.ring_timeout_s)
        self.machine_label = QLabel()
        calls.addWidget(self.machine_label)
        calls.addWidget(self.machine_action, 1)
        self._field(right, "ring_timeout_s", calls)
        self.errors["machine_action"] = self.errors["ring_timeout_s"]
        self._field(right, "minutes_per_attempt", self.minutes_per_attempt)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # -- reading -----------------------------------------------------------------------------------------
    def _read(self, campaign: CampaignRead) -> None:
        self.campaign = campaign
        self._busy(False)
        self._load(campaign.model_dump(mode="json"))

    def _load(self, values: dict[str, Any]) -> None:
        self.name.setText(values["name"])
        self.script.setPlainText(values["script"])
        self.starts_at.setDateTime(_qt_time(datetime.fromisoformat(values["starts_at"])))
        self.deadline_at.setDateTime(_qt_time(datetime.fromisoformat(values["deadline_at"])))
        self._fill_combos(values["status"], values["mode"], values["machine_action"])
        self.priority.setValue(values["priority"])
        self.teams.setText(", ".join(values["teams"]))
        self.default_time_zone.setText(values["default_time_zone"])
        self.windows.set_windows(values["windows"])
        self.max_attempts.setValue(values["max_attempts"])
        self.max_attempts_24h.setValue(values["max_attempts_24h"])
        for key, box in self.retry.items():
            box.setValue(round(values["retry"][key] / 60))
        floor = values["retry"].get("near_deadline_floor_s")
        self.near_deadline_floor.setValue(FLOOR_OFF if floor is None else round(floor / 60))
        for disposition, check in self.ending.items():
            check.setChecked(disposition.value in values["ending_dispositions"])
        self.ring_timeout_s.setValue(values["ring_timeout_s"])
        self.minutes_per_attempt.setValue(values["minutes_per_attempt"])

    def _fill_combos(self, status: str, mode: str, machine: str) -> None:
        """The combos' texts in the current language, keeping what is chosen."""
        now = CampaignStatus(self.campaign.status if self.campaign is not None else CampaignStatus.DRAFT)
        self.status.clear()
        for choice in [now, *sorted(STATUS_CHANGES[now], key=list(CampaignStatus).index)]:
            self.status.addItem(status_label(choice.value), choice.value)
        self.status.setCurrentIndex(max(self.status.findData(status), 0))
        self.status.setEnabled(self.campaign is not None and self.status.count() > 1)
        self.mode.clear()
        self.mode.addItem(self.tr("Preview: the agent sees the card, then dials or skips"), CampaignMode.PREVIEW.value)
        self.mode.addItem(self.tr("Progressive: dialled when the agent is Ready"), CampaignMode.PROGRESSIVE.value)
        self.mode.setCurrentIndex(max(self.mode.findData(mode), 0))
        self.machine_action.clear()
        self.machine_action.addItem(self.tr("Pass the call to the agent"), MachineAction.PASS_TO_AGENT.value)
        self.machine_action.addItem(self.tr("Hang up"), MachineAction.HANG_UP.value)
        self.machine_action.setCurrentIndex(max(self.machine_action.findData(machine), 0))

    # -- saving ------------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The form as the API takes it (the back office checks it)."""
        return {
            "name": self.name.text(),
            "script": self.script.toPlainText(),
            "starts_at": _utc(self.starts_at),
            "deadline_at": _utc(self.deadline_at),
            "windows": self.windows.windows(),
            "max_attempts": self.max_attempts.value(),
            "max_attempts_24h": self.max_attempts_24h.value(),
            "retry": self._retry(),
            "ending_dispositions": [d.value for d, check in self.ending.items() if check.isChecked()],
            "priority": self.priority.value(),
            "teams": split_teams(self.teams.text()),
            "mode": self.mode.currentData(),
            "default_time_zone": self.default_time_zone.text().strip(),
            "ring_timeout_s": self.ring_timeout_s.value(),
            "minutes_per_attempt": self.minutes_per_attempt.value(),
            "machine_action": self.machine_action.currentData(),
        }

    def _retry(self) -> dict[str, Any]:
        """The spacing per result and the floor near the deadline (None: off) from the form; the
        campaign's other retry rules as they are."""
        kept = self.campaign.retry.model_dump(mode="json") if self.campaign is not None else {}
        floor = self.near_deadline_floor.value()
        return {
            **kept,
            **{key: box.value() * 60 for key, box in self.retry.items()},
            "near_deadline_floor_s": None if floor == FLOOR_OFF else floor * 60,
        }

    def save(self) -> None:
        if self.saving or (self.campaign_id is not None and self.campaign is None):
            return
        body = self.values()
        remote, current = self.remote, self.campaign
        if current is None:
            op = lambda: remote.create_draft(body)  # noqa: E731 - one call, named for the task
        else:
            if self.status.currentData() != current.status.value:
                body["status"] = self.status.currentData()
            op = lambda: remote.edit(current.id, body, current.version)  # noqa: E731
        self._show_refusals([])
        self._busy(True)
        self._say(self.tr("Saving..."))
        self.tasks.run(op, self._saved, self._failed, owner=self)

    def _saved(self, campaign: CampaignRead) -> None:
        self.campaign, self.campaign_id = campaign, campaign.id
        self._busy(False)
        self.sig_saved.emit(campaign)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        logger.info("campaign not read or saved: %s", type(exc).__name__)
        self._busy(False)
        current = getattr(exc, "current", None)
        if isinstance(current, dict) and self.campaign is not None:  # 412: save again to replace theirs
            self.campaign = CampaignRead.model_validate(current)
        self._show_refusals(refusals(exc, FIELDS))

    def _show_refusals(self, found: list[Refusal]) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.windows.clear_marks()
        whole: list[str] = []
        for refusal in found:
            text = self._refusal_text(refusal)
            if refusal.field == WHOLE:
                whole.append(text)
                continue
            if refusal.field == "windows" and refusal.index:
                loc = refusal.error.get("loc", [])
                self.windows.mark(refusal.index[0], str(loc[-1]) if loc else "", text)
            label = self.errors[refusal.field]
            if text not in label.text().split("\n"):
                label.setText("\n".join(filter(None, [label.text(), text])))
            label.show()
        if found and not whole:
            whole.append(self.tr("Not saved: correct the fields marked below them."))
        self._say("\n".join(whole), error=bool(found))

    @staticmethod
    def _refusal_text(refusal: Refusal) -> str:
        if refusal.text is not None:
            return translate_msg(refusal.text)
        from agent_desktop.settings.dialog import SettingsDialog  # words pydantic's errors by their type

        return SettingsDialog.error_message(refusal.error)

    def _busy(self, busy: bool) -> None:
        self.saving = busy
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)

    def retranslateUi(self) -> None:
        if self.campaign_id is None:
            self.setWindowTitle(self.tr("New campaign"))
        else:
            self.setWindowTitle(self.tr("Campaign: {0}").format(self.name.text()))
        texts = {
            "name": self.tr("Name:"),
            "script": self.tr("Script / talking points:"),
            "starts_at": self.tr("Starts ({0}):").format(this_zone()),
            "deadline_at": self.tr("Deadline ({0}):").format(this_zone()),
            "status": self.tr("Status:"),
            "mode": self.tr("Mode:"),
            "priority": self.tr("Priority (1-10):"),
            "teams": self.tr("Teams:"),
            "default_time_zone": self.tr("Time zone when the number tells none:"),
            "windows": self.tr("Calling windows:"),
            "max_attempts": self.tr("Attempts per record:"),
            "retry": self.tr("Retry after (minutes):"),
            "ending_dispositions": self.tr("Results that end a record:"),
            "ring_timeout_s": self.tr("Ring timeout (s):"),
            "minutes_per_attempt": self.tr("Agent minutes per attempt (pacing):"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        for edit in (self.starts_at, self.deadline_at):
            edit.setToolTip(
                self.tr(
                    "In this computer's time zone ({0}); the calling windows are in each callee's own local time."
                ).format(this_zone())
            )
        self.windows_note.setText(
            self.tr(
                "In the callee's local time (from the number, or the list's time zone column). "
                "HH:MM, 24:00 for midnight; leave a pair empty for no window."
            )
        )
        own = own_team(self.remote)
        self.teams.setPlaceholderText(  # as the back office decides: a supervisor's own team, else named
            self.tr("Empty: your team, %1").replace("%1", own) if own else self.tr("Comma-separated; name at least one")
        )
        self.per_day_label.setText(self.tr("in any 24 hours:"))
        self.machine_label.setText(self.tr("Answering machine or fax:"))
        retry_texts = (self.tr("Busy"), self.tr("No answer"), self.tr("Rejected"), self.tr("Network error"))
        for key, text in zip(RETRIES, retry_texts):
            self.retry_labels[key].setText(text)
        self.near_deadline_label.setText(self.tr("Near the deadline, a retry may come sooner, at least after:"))
        self.near_deadline_floor.setSpecialValueText(self.tr("Never sooner"))
        self.near_deadline_floor.setSuffix(self.tr(" min"))
        tip = self.tr(
            "Near the deadline a retry comes sooner than its spacing above, so that a record's attempts left "
            "still fit in its last calling windows, but never sooner than this many minutes after the last "
            'attempt. Choose "Never sooner" (below 0) to keep the spacing up to the deadline.'
        )
        self.near_deadline_label.setToolTip(tip)
        self.near_deadline_floor.setToolTip(tip)
        for disposition, check in self.ending.items():
            check.setText(disposition_label(disposition.value))
        self._fill_combos(
            self.status.currentData() or CampaignStatus.DRAFT.value,
            self.mode.currentData() or CampaignMode.PREVIEW.value,
            self.machine_action.currentData() or MachineAction.PASS_TO_AGENT.value,
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
