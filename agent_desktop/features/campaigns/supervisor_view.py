"""The supervisor's campaigns window: each campaign's progress, rates, projected finish (at risk
highlighted), the agents on it, Start (a draft) / Pause / Resume / Finish (after a question: a finished
campaign stays finished), each enabled by the selected campaign's status, and why the selected campaign's records are not dialled;
New campaign…, Edit… (or a double-click) and Import list… open the editor and the list import.

Read off the GUI thread; refreshed every :data:`REFRESH_MS` while visible, never while hidden."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.campaigns.core.remote import CampaignRemote
from agent_desktop.features.campaigns.labels import skip_reason_label, status_label
from agent_desktop.shell.empty_hint import EmptyHint
from agent_desktop.shell.tasks import BackgroundTasks
from crm.phones import format_phone
from crm.schemas.campaigns import (
    CampaignProgress,
    CampaignStatus,
    ExplainPage,
    ProgressList,
    RecordSkips,
    SkipReason,
)
from resources.colours import meaning

if TYPE_CHECKING:
    from agent_desktop.features.campaigns.campaign_editor import CampaignEditor
    from agent_desktop.features.campaigns.import_dialog import ImportListDialog

logger = logging.getLogger(__name__)

REFRESH_MS = 30_000
COLUMNS = 11


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else "—"


def callee_time(iso: str) -> str:
    """The callee's clock as the back office gives it (``2026-12-07T20:48+08:00``) as the supervisor
    reads it: ``2026-12-07 20:48 (UTC+08:00)``; the text as it is when it is not such a time."""
    try:
        local = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    offset = local.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return local.strftime("%Y-%m-%d %H:%M") + zone


class CampaignSupervisorView(QWidget):
    sig_refreshed = Signal()
    sig_explained = Signal()

    def __init__(self, remote: CampaignRemote, tasks: BackgroundTasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remote, self.tasks = remote, tasks
        self.items: list[CampaignProgress] = []
        self.explained: ExplainPage | None = None
        self._reading = False
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)  # too narrow: it scrolls, nothing is cut
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.open_editor(self._chosen_id()))
        self.new_button, self.edit_button, self.import_button = QPushButton(), QPushButton(), QPushButton()
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self._chosen_id()))
        self.import_button.clicked.connect(self.open_import)
        self.editor: CampaignEditor | None = None
        self.importer: ImportListDialog | None = None
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.start = QPushButton()
        self.start.setObjectName("campaign_start")
        self.start.clicked.connect(lambda: self._change_status(CampaignStatus.RUNNING))
        self.pause = QPushButton()
        self.pause.clicked.connect(self._toggle_pause)
        self.finish = QPushButton()
        self.finish.setObjectName("campaign_finish")
        self.finish.clicked.connect(self._ask_finish)
        self.finish_question: QMessageBox | None = None
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.explain_label = QLabel()
        self.explain = QTableWidget(0, 4)
        self.explain.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.explain.verticalHeader().hide()
        self.explain.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.explain.horizontalHeader().setStretchLastSection(True)
        self.explain_hint = EmptyHint(self.explain, self._explain_empty_text)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.import_button):
            buttons.addWidget(button)
        buttons.addWidget(self.start)
        buttons.addWidget(self.pause)
        buttons.addWidget(self.finish)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.message, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.explain_label)
        lower_layout.addWidget(self.explain)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.table)
        self.split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.empty, 1)
        self.retranslateUi()

    # -- reading -----------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        if self._reading:
            return
        self._reading = True
        self.tasks.run(self.remote.progress, self._shown, self._failed, owner=self)

    def _shown(self, progress: ProgressList) -> None:
        self._reading = False
        selected = self.selected()
        self.items = sorted(progress.items, key=lambda p: (not p.at_risk, p.deadline_at))
        self.message.clear()
        self._fill()
        ids = [p.campaign_id for p in self.items]
        row = ids.index(selected.campaign_id) if selected is not None and selected.campaign_id in ids else 0
        if self.items:
            blocked = self.table.blockSignals(True)
            self.table.selectRow(row)
            self.table.blockSignals(blocked)
        self._selected()  # its explain list, read again
        self.sig_refreshed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        logger.info("campaign progress not read: %s", type(exc).__name__)
        self.message.setText(self.tr("The back office cannot be reached; the figures may be old."))

    def _fill(self) -> None:
        self.split.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        self.table.setRowCount(len(self.items))
        risk = meaning("error", self.palette())
        for row, p in enumerate(self.items):
            cells = [
                p.name,
                status_label(p.status.value),
                str(p.done),
                str(p.left),
                str(p.invalid),
                str(p.dnc),
                f"{p.contact_rate:.0%}",
                f"{p.conversion_rate:.0%}",
                _when(p.deadline_at),
                self._finish(p) + (" ⚠" if p.at_risk else ""),
                str(p.agents_on_it),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if p.at_risk:
                    item.setForeground(risk)
                    item.setToolTip(self.tr("At risk: cannot finish by the deadline at the current staffing"))
                if column == COLUMNS - 1:
                    item.setToolTip(", ".join(p.agent_names) or self.tr("No agent on it in the last 15 minutes"))
                self.table.setItem(row, column, item)
        self._update_pause()

    def _finish(self, p: CampaignProgress) -> str:
        """When it would finish at its staffing: not while it does not run, nothing when nothing is left."""
        if p.status in (CampaignStatus.DRAFT, CampaignStatus.PAUSED):
            return self.tr("not running")
        if p.status is CampaignStatus.FINISHED or not p.left:
            return "—"
        return _when(p.projected_finish_at) if p.projected_finish_at else self.tr("never at this staffing")

    def selected(self) -> CampaignProgress | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.items):
            return None
        return self.items[rows[0].row()]

    def _selected(self) -> None:
        self._update_pause()
        chosen = self.selected()
        if chosen is None:
            return
        self.tasks.run(lambda: self.remote.explain(chosen.campaign_id), self._explained, self._failed, owner=self)

    def _explain_empty_text(self) -> str:
        if self.selected() is None:
            return self.tr("Select a campaign to see which of its records are not dialled now, and why.")
        if self.explained is None:
            return ""
        return self.tr("Nothing held back: every open record of this campaign can be dialled now.")

    def _explained(self, page: ExplainPage) -> None:
        self.explained = page
        self.explain.setRowCount(len(page.items))
        self.explain.viewport().update()  # an empty answer changes the line the empty list shows
        for row, item in enumerate(page.items):
            cells = [
                format_phone(item.phone),
                ", ".join(skip_reason_label(r.value) for r in item.reasons),
                callee_time(item.local_time),
                self._next_possible(item),
            ]
            for column, text in enumerate(cells):
                self.explain.setItem(row, column, QTableWidgetItem(text))
        self.sig_explained.emit()

    def _next_possible(self, item: RecordSkips) -> str:
        if SkipReason.CAMPAIGN_NOT_RUNNING in item.reasons:
            return self.tr("not running")
        return _when(item.next_possible_at)

    # -- editor and list import ----------------------------------------------------------------------------
    def _chosen_id(self) -> str | None:
        chosen = self.selected()
        return chosen.campaign_id if chosen is not None else None

    def open_editor(self, campaign_id: str | None) -> CampaignEditor:
        """The editor of ``campaign_id`` (None: a new campaign); the list is read again after a save."""
        from agent_desktop.features.campaigns.campaign_editor import CampaignEditor

        if self.editor is not None:
            self.editor.close()
        self.editor = CampaignEditor(self.remote, self.tasks, campaign_id, self)
        self.editor.sig_saved.connect(lambda _c: self.refresh())
        self.editor.show()
        return self.editor

    def open_import(self) -> ImportListDialog | None:
        """The list import of the selected campaign."""
        from agent_desktop.features.campaigns.import_dialog import ImportListDialog

        chosen = self.selected()
        if chosen is None:
            return None
        if self.importer is not None:
            self.importer.close()
        self.importer = ImportListDialog(
            self.remote, self.tasks, chosen.campaign_id, chosen.name, self, status=chosen.status, records=chosen.total
        )
        self.importer.finished.connect(lambda _r: self.refresh())
        self.importer.show()
        return self.importer

    # -- start / pause / resume / finish --------------------------------------------------------------------
    def _update_pause(self) -> None:
        """Each status button enabled by the selected campaign's status (none selected: none)."""
        chosen = self.selected()
        status = chosen.status if chosen is not None else None
        self.edit_button.setEnabled(chosen is not None)
        self.import_button.setEnabled(chosen is not None)
        self.start.setEnabled(status is CampaignStatus.DRAFT)
        self.pause.setEnabled(status in (CampaignStatus.RUNNING, CampaignStatus.PAUSED))
        self.finish.setEnabled(status in (CampaignStatus.DRAFT, CampaignStatus.RUNNING, CampaignStatus.PAUSED))
        paused = status is CampaignStatus.PAUSED
        self.pause.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def _toggle_pause(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            paused = chosen.status is CampaignStatus.PAUSED
            self._change_status(CampaignStatus.RUNNING if paused else CampaignStatus.PAUSED)

    def _ask_finish(self) -> None:
        """Finishing cannot be undone: asked first (window-modal, the GUI goes on)."""
        chosen = self.selected()
        if chosen is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Finish the campaign"),
            self.tr(
                "Finish {0}? Its agents stop calling its records at once, and a finished campaign cannot be started again."
            ).format(chosen.name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        go = box.addButton(self.tr("Finish"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        campaign_id = chosen.campaign_id
        box.finished.connect(
            lambda _r: self._change_status(CampaignStatus.FINISHED, campaign_id) if box.clickedButton() is go else None
        )
        self.finish_question = box
        box.open()

    def _change_status(self, status: CampaignStatus, campaign_id: str | None = None) -> None:
        """Run, pause, resume or finish the selected campaign (or ``campaign_id``) in the background."""
        chosen = self.selected()
        target = campaign_id or (chosen.campaign_id if chosen is not None else None)
        if target is None:
            return
        for button in (self.start, self.pause, self.finish):
            button.setEnabled(False)
        self.tasks.run(
            lambda: self.remote.set_status(target, status),
            lambda _c: self.refresh(),
            self._pause_failed,
            owner=self,
        )

    def _pause_failed(self, exc: BaseException) -> None:
        logger.info("campaign status not changed: %s", type(exc).__name__)
        self.message.setText(self.tr("The campaign could not be changed; try again."))
        self._update_pause()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Campaign"),
                self.tr("Status"),
                self.tr("Done"),
                self.tr("Left"),
                self.tr("Invalid"),
                self.tr("Do not call"),
                self.tr("Contact rate"),
                self.tr("Conversion"),
                self.tr("Deadline"),
                self.tr("Projected finish"),
                self.tr("Agents"),
            ]
        )
        self.explain.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Why not dialled now"), self.tr("Callee's time"), self.tr("Next possible")]
        )
        self.explain_label.setText(self.tr("Records of the selected campaign not dialled now:"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.start.setText(self.tr("Start"))
        self.start.setToolTip(self.tr("Run the selected draft: its team's agents start calling its records"))
        self.finish.setText(self.tr("Finish..."))
        self.finish.setToolTip(self.tr("End the selected campaign for good: nobody calls its records any more"))
        self.new_button.setText(self.tr("New campaign..."))
        self.edit_button.setText(self.tr("Edit..."))
        self.import_button.setText(self.tr("Import list..."))
        self.empty.setText(self.tr("No campaigns yet — New campaign... creates one."))
        self._update_pause()
        if self.items:
            self._fill()
