""" "Add to a campaign…" from customer search (supervisors): choose a campaign of the team, or name a new
draft one; the search's conditions go to the back office's list-from-search endpoint and its validation
report (rows kept, rows refused with the reason) is shown. Nothing typed is lost on a failure."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from agent_desktop.features.campaigns.core.remote import CampaignRemote
from agent_desktop.features.campaigns.labels import status_label
from agent_desktop.features.campaigns.refused_table import RefusedRows
from agent_desktop.shell.i18n import translate_msg
from agent_desktop.shell.tasks import BackgroundTasks
from crm.client_errors import CrmError
from crm.schemas.campaigns import CampaignRead, CampaignStatus, ImportReport
from resources.colours import say
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

NEW = ""
"""The combo's data for "a new draft campaign"."""
DRAFT_DAYS = 14
"""A new draft's period: from now for this many days (the supervisor edits it before running it)."""


class AddToCampaignDialog(Retranslated, QDialog):
    def __init__(
        self, remote: CampaignRemote, tasks: BackgroundTasks, search: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.remote, self.tasks, self.search = remote, tasks, search
        self.report: ImportReport | None = None
        self._campaigns: list[CampaignRead] = []
        self.campaign = QComboBox()
        self.campaign.currentIndexChanged.connect(self._chosen)
        self.new_name = QLineEdit()
        self.campaign_label, self.new_name_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.campaign_label, self.campaign)  # a label made from "" would be no label at all
        self.form.addRow(self.new_name_label, self.new_name)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.refused = RefusedRows()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.refused, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self.retranslateUi()
        self.tasks.run(self.remote.campaigns, self._listed, self._failed, owner=self)

    def _listed(self, campaigns: list[CampaignRead]) -> None:
        self._campaigns = [c for c in campaigns if c.status is not CampaignStatus.FINISHED]
        self._fill()

    def _fill(self) -> None:
        current = self.campaign.currentData()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        for c in self._campaigns:
            self.campaign.addItem(f"{c.name} ({status_label(c.status.value)})", c.id)
        self.campaign.addItem(self.tr("New draft campaign..."), NEW)
        index = self.campaign.findData(current) if current is not None else 0
        self.campaign.setCurrentIndex(max(index, 0))
        self.campaign.blockSignals(False)
        self._chosen()

    def _chosen(self, *_args: object) -> None:
        self.new_name.setEnabled(self.campaign.currentData() == NEW)

    def add(self) -> None:
        """Create the draft when asked, then add the search's customers; the report is shown."""
        chosen = self.campaign.currentData()
        name = self.new_name.text().strip()
        if chosen is None:
            return
        if chosen == NEW and not name:
            self._say(self.tr("Name the new campaign."), error=True)
            self.new_name.setFocus()
            return
        remote, search = self.remote, self.search

        def run() -> ImportReport:
            campaign_id = chosen
            if campaign_id == NEW:
                now = datetime.now(timezone.utc)
                body = {
                    "name": name,
                    "starts_at": now.isoformat(),
                    "deadline_at": (now + timedelta(days=DRAFT_DAYS)).isoformat(),
                }
                campaign_id = remote.create_draft(body).id
            return remote.from_search(campaign_id, search)

        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._say(self.tr("Adding the customers found..."))
        self.tasks.run(run, self._added, self._failed, owner=self)

    def _added(self, report: ImportReport) -> None:
        self.report = report
        self._say(
            self.tr("%n customer(s) added", "", report.kept)
            + self.tr("; ")
            + self.tr("%n refused", "", len(report.rejected))
        )
        self.refused.show_report(report)
        if self.campaign.currentData() == NEW:  # made: it is listed now, not made again
            self.tasks.run(self.remote.campaigns, self._listed, self._failed, owner=self)
            self.new_name.clear()

    def _failed(self, exc: BaseException) -> None:
        logger.info("add to campaign failed: %s", type(exc).__name__)
        if isinstance(exc, CrmError):
            text = translate_msg(exc.message)
        else:
            text = self.tr("An unexpected error ({0}).").format(type(exc).__name__)
        self._say(self.tr("Not added: {0}").format(text), error=True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Add to a campaign"))
        self.campaign_label.setText(self.tr("Campaign:"))
        self.new_name_label.setText(self.tr("New campaign's name:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        if self._campaigns or self.campaign.count():
            self._fill()
