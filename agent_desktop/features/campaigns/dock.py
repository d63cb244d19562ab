"""The Campaign dock: the team's campaigns with their status (running, paused; finished ones the
supervisor finished while the agent was signed in), the work mode, the record in hand with its
script, Dial / Skip, and the campaign's disposition after an answered call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.campaigns.disposition_panel import DispositionPanel
from agent_desktop.features.campaigns.labels import status_label
from crm.phones import format_phone
from crm.schemas.campaigns import CampaignRead, CampaignStatus, ClaimedTarget

PREVIEW, PROGRESSIVE = "preview", "progressive"
SKIP_REASONS = ("not_now", "wrong_data", "customer_known_busy", "other")


class CampaignDock(QWidget):
    """Shows what it is given; the agent's choices are signals."""

    sig_working_changed = Signal(bool)
    """The agent started (True) or stopped working the campaigns."""
    sig_mode_changed = Signal(str)
    """``preview`` or ``progressive``."""
    sig_dial_requested = Signal()
    sig_skip_requested = Signal(str)
    """Skip the record in hand (the reason's key)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: Callable[[], str] = lambda: ""
        self._campaigns: list[CampaignRead] = []
        self._finished: dict[str, CampaignRead] = {}
        """Campaigns finished since the agent signed in: shown as Finished (the back office lists them
        no more)."""
        self.target: ClaimedTarget | None = None
        self.campaigns_label = QLabel()
        self.campaign_list = QListWidget()
        self.campaign_list.setMaximumHeight(90)
        self.mode = QComboBox()
        self.mode.addItems(["", ""])
        self.mode.currentIndexChanged.connect(lambda i: self.sig_mode_changed.emit(self.current_mode()))
        self.work = QPushButton()
        self.work.setCheckable(True)
        self.work.toggled.connect(self._work_toggled)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.mode, 1)
        mode_row.addWidget(self.work)
        self.record_box = QGroupBox()
        self.record_title = QLabel()
        self.record_title.setWordWrap(True)
        self.number = QLabel()
        self.listed = QLabel()
        """The name and notes the campaign's list gave for the callee (the card shows no customer)."""
        self.listed.setWordWrap(True)
        self.script = QTextBrowser()
        self.script.setMinimumHeight(60)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.dial = QPushButton()
        self.dial.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.dial.clicked.connect(self.sig_dial_requested)
        self.skip_reason = QComboBox()
        self.skip_reason.addItems([""] * len(SKIP_REASONS))
        self.skip = QPushButton()
        self.skip.clicked.connect(lambda: self.sig_skip_requested.emit(SKIP_REASONS[self.skip_reason.currentIndex()]))
        self.skip_reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dial, 1)
        buttons.addWidget(self.skip_reason)
        buttons.addWidget(self.skip)
        box = QVBoxLayout(self.record_box)
        box.addWidget(self.record_title)
        box.addWidget(self.number)
        box.addWidget(self.listed)
        box.addWidget(self.script, 1)
        box.addLayout(buttons)
        self.disposition = DispositionPanel()
        self.disposition.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.campaigns_label)
        layout.addWidget(self.campaign_list)
        layout.addLayout(mode_row)
        layout.addWidget(self.status)
        layout.addWidget(self.record_box, 1)
        layout.addWidget(self.disposition)
        self.show_target(None)
        self.retranslateUi()

    def current_mode(self) -> str:
        return PROGRESSIVE if self.mode.currentIndex() == 1 else PREVIEW

    def working(self) -> bool:
        return self.work.isChecked()

    def _work_toggled(self, on: bool) -> None:
        self.mode.setEnabled(not on)
        self.retranslateUi()
        self.sig_working_changed.emit(on)

    def set_campaigns(self, campaigns: list[CampaignRead]) -> None:
        """The team's running and paused campaigns as the back office lists them now."""
        self._campaigns = [c for c in campaigns if c.id not in self._finished]
        self._fill_campaigns()

    def campaign_changed(self, campaign_id: str, status: str) -> None:
        """The supervisor changed a campaign's status (shown at once; the list is read again after)."""
        new = CampaignStatus(status)
        for i, campaign in enumerate(self._campaigns):
            if campaign.id == campaign_id:
                changed = campaign.model_copy(update={"status": new})
                if new is CampaignStatus.FINISHED:
                    self._finished[campaign_id] = changed
                    del self._campaigns[i]
                else:
                    self._campaigns[i] = changed
                break
        self._fill_campaigns()

    def _fill_campaigns(self) -> None:
        self.campaign_list.clear()
        for campaign in [*self._campaigns, *self._finished.values()]:
            mode = self.tr("preview") if campaign.mode.value == PREVIEW else self.tr("progressive")
            self.campaign_list.addItem(f"{campaign.name} · {mode} · {status_label(campaign.status.value)}")

    def show_target(self, target: ClaimedTarget | None) -> None:
        """The record in hand (None: none)."""
        self.target = target
        self.record_box.setVisible(target is not None)
        if target is None:
            return
        self.record_title.setText(target.campaign_name)
        self.number.setText(format_phone(target.record.number))
        record = target.record
        self.listed.setText("\n".join(x for x in (record.name, record.notes) if x) if not record.customer_id else "")
        self.listed.setVisible(bool(self.listed.text()))
        self.script.setPlainText(target.script)
        self.set_dialling(False)

    def set_dialling(self, dialling: bool) -> None:
        """A call to the record is under way: no second dial, no skip."""
        for widget in (self.dial, self.skip, self.skip_reason):
            widget.setEnabled(not dialling)

    def set_status(self, text: Callable[[], str]) -> None:
        """What happens now (a function: asked again after a language switch)."""
        self._status = text
        self.status.setText(text())

    def status_text(self) -> str:
        return self.status.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.campaigns_label.setText(self.tr("Campaigns of your team:"))
        self.mode.setItemText(0, self.tr("Preview: see the card, then dial"))
        self.mode.setItemText(1, self.tr("Progressive: dial while I am Ready"))
        self.work.setText(self.tr("Stop") if self.work.isChecked() else self.tr("Start"))
        self.work.setToolTip(self.tr("Work the campaigns: take the next record, one after another"))
        self.record_box.setTitle(self.tr("Record in hand"))
        self.dial.setText(self.tr("Dial"))
        self.dial.setToolTip(self.tr("Call this record's number (Ctrl+Shift+D)"))
        self.skip.setText(self.tr("Skip"))
        for i, text in enumerate(
            (self.tr("Not a good time"), self.tr("Wrong data"), self.tr("Known to be away"), self.tr("Other reason"))
        ):
            self.skip_reason.setItemText(i, text)
        self.status.setText(self._status())
        self._fill_campaigns()
