"""Import a campaign's list (supervisors): choose a CSV or Excel file, see its first rows by their line of
the file, say which column holds the number (and the customer's id, the callee's time zone, name and notes:
what the import takes), guessed from the header's names; the back office checks every row, finds the
customer of each number and keeps the good rows in one transaction. Its validation report is shown: rows
kept and matched to a customer, rows refused and rows kept without a customer (their number is several
customers'), each by its line of the file, as the preview numbers them.

A draft's list may be replaced (the draft already holding records offers it checked: the supervisor
brings a corrected list before the run); otherwise the list is added to the campaign's.

The file is read off the GUI thread; "Check" sends it as a dry run (nothing kept)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.campaigns.core.list_file import (
    MAX_FILE_BYTES,
    TARGETS,
    FileTooLarge,
    ListFile,
    guess_mapping,
    read_list,
)
from agent_desktop.features.campaigns.core.remote import CampaignRemote
from agent_desktop.features.campaigns.refused_table import RefusedRows
from agent_desktop.shell.i18n import crm_reason
from agent_desktop.shell.tasks import BackgroundTasks
from crm.schemas.campaigns import CampaignStatus, ImportReport
from crm.table_files import NotAWorkbook
from resources.colours import say
from resources.file_dialogs import open_file_name
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

NONE = ""
"""A combo's data for "no such column"."""


class ImportListDialog(Retranslated, QDialog):
    def __init__(
        self,
        remote: CampaignRemote,
        tasks: BackgroundTasks,
        campaign_id: str,
        campaign_name: str,
        parent: QWidget | None = None,
        *,
        status: CampaignStatus = CampaignStatus.DRAFT,
        records: int = 0,
    ) -> None:
        super().__init__(parent)
        self.remote, self.tasks = remote, tasks
        self.campaign_id, self.campaign_name = campaign_id, campaign_name
        self.records = records
        self.path: Path | None = None
        self.file: ListFile | None = None
        self.report: ImportReport | None = None
        self.sending = False
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose)
        self.file_label = QLabel()
        self.header = QCheckBox()
        self.header.setChecked(True)
        self.header.toggled.connect(lambda _on: self.load(self.path) if self.path is not None else None)
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.columns = {target: QComboBox() for target in TARGETS}
        self.column_labels = {target: QLabel() for target in TARGETS}
        mapping_form = QFormLayout()
        for target, combo in self.columns.items():
            mapping_form.addRow(self.column_labels[target], combo)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.replace = QCheckBox()
        self.replaceable = status is CampaignStatus.DRAFT and records > 0
        """A draft holding records: its list may be replaced (checked at first)."""
        self.replace.setVisible(self.replaceable)
        self.replace.setChecked(self.replaceable)
        self.refused = RefusedRows(lines=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.check.clicked.connect(lambda: self.send(dry_run=True))
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.clicked.connect(lambda: self.send(dry_run=False))
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.header)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 2)
        layout.addLayout(mapping_form)
        layout.addWidget(self.replace)
        layout.addWidget(self.message)
        layout.addWidget(self.refused, 2)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self.retranslateUi()
        self._enable()

    # -- the file ----------------------------------------------------------------------------------------
    def _choose(self) -> None:
        name, _filter = open_file_name(
            self,
            "campaign_list",
            self.tr("Choose a list"),
            self.tr("Lists (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read ``path`` for its preview (off the GUI thread)."""
        self.path, self.file = path, None
        self.refused.show_report(None)
        self.file_label.setText(path.name)
        self._say(self.tr("Reading the file..."))
        self._enable()
        header = self.header.isChecked()
        self.tasks.run(lambda: read_list(path, header), self._read, self._unreadable, owner=self)

    def _read(self, file: ListFile) -> None:
        if self.path is None or file.name != self.path.name:
            return  # another file was chosen meanwhile
        self.file = file
        self.preview.clear()
        self.preview.setColumnCount(len(file.columns))
        self.preview.setRowCount(len(file.rows))
        self.preview.setHorizontalHeaderLabels(file.columns)
        self.preview.setVerticalHeaderLabels([str(line) for line in file.lines])  # as the report names them
        for row, cells in enumerate(file.rows):
            for column, text in enumerate(cells):
                self.preview.setItem(row, column, QTableWidgetItem(text))
        self._fill_columns(guess_mapping(file.columns))
        self._say(self.tr("The first rows of the file. Say which column holds what, then import."))
        self._enable()

    def _unreadable(self, exc: BaseException) -> None:
        logger.info("list not read: %s", type(exc).__name__)
        if isinstance(exc, FileTooLarge):
            text = self.tr("The file is larger than {0} MiB: split the list.").format(MAX_FILE_BYTES // 2**20)
        elif isinstance(exc, NotAWorkbook):
            text = self.tr("The file is not an Excel workbook (.xlsx).")
        elif isinstance(exc, OSError):
            text = self.tr("The file cannot be read ({0}).").format(exc.strerror or type(exc).__name__)
        else:
            text = self.tr("The file cannot be read as a list ({0}).").format(type(exc).__name__)
        self._say(text, error=True)
        self._enable()

    def _fill_columns(self, chosen: dict[str, str]) -> None:
        columns = self.file.columns if self.file is not None else []
        for target, combo in self.columns.items():
            combo.clear()
            if target != "phone":
                combo.addItem(self.tr("(none)"), NONE)
            for name in columns:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(chosen.get(target, NONE)), 0))

    def mapping(self) -> dict[str, str]:
        return {target: combo.currentData() for target, combo in self.columns.items() if combo.currentData()}

    # -- the import --------------------------------------------------------------------------------------
    def send(self, dry_run: bool = False) -> None:
        file = self.file
        if file is None or self.sending or "phone" not in self.mapping():
            return
        remote, campaign_id, mapping = self.remote, self.campaign_id, self.mapping()
        replace = self.replaceable and self.replace.isChecked()
        self.sending = True
        self._enable()
        self._say(self.tr("Checking the list...") if dry_run else self.tr("Importing the list..."))
        self.tasks.run(
            lambda: remote.import_list(campaign_id, file.data, file.format, mapping, file.header, dry_run, replace),
            self._reported,
            self._failed,
            owner=self,
        )

    def _reported(self, report: ImportReport) -> None:
        self.sending = False
        self.report = report
        parts = [self.tr("%n row(s) kept", "", report.kept)]
        if report.matched:
            parts[0] += self.tr(" (%n matched to a customer by the number)", "", report.matched)
        parts.append(self.tr("%n refused", "", len(report.rejected)))
        if report.shared:
            parts.append(self.tr("%n kept without a customer (several have the number)", "", len(report.shared)))
        if report.replaced:
            parts.append(self.tr("%n earlier record(s) replaced", "", report.replaced))
        text = self.tr("; ").join(parts)
        if report.dry_run:
            text = self.tr("Checked only, nothing imported: {0}").format(text)
        self._say(text)
        self.refused.show_report(report)
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        self.sending = False
        logger.info("list not imported: %s", type(exc).__name__)
        reason = crm_reason(exc) or self.tr("An unexpected error ({0}).").format(type(exc).__name__)
        self._say(self.tr("Not imported: {0}").format(reason), error=True)
        self._enable()

    def _enable(self) -> None:
        ready = self.file is not None and not self.sending
        self.check.setEnabled(ready)
        self.send_button.setEnabled(ready)
        self.choose.setEnabled(not self.sending)

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Import a list into {0}").format(self.campaign_name))
        self.choose.setText(self.tr("Choose file..."))
        if self.path is None:
            self.file_label.setText(self.tr("A CSV file or an Excel workbook (.xlsx), one target per row."))
        self.preview.setToolTip(self.tr("Rows are numbered by their line of the file, as the report names them."))
        self.replace.setText(
            self.tr("Replace the %n record(s) imported before (the campaign has not run yet)", "", self.records)
        )
        self.replace.setToolTip(self.tr("Unchecked: the list is added to the campaign's"))
        self.header.setText(self.tr("First row holds the column names"))
        texts = {
            "phone": self.tr("Phone number:"),
            "customer_id": self.tr("Customer ID:"),
            "time_zone": self.tr("Callee's time zone:"),
            "name": self.tr("Name:"),
            "notes": self.tr("Notes for the agent:"),
        }
        for target, label in self.column_labels.items():
            label.setText(texts[target])
        self.check.setText(self.tr("Check"))
        self.check.setToolTip(self.tr("See the validation report without importing"))
        self.send_button.setText(self.tr("Import"))
        if self.file is not None:
            self._fill_columns(self.mapping())
        if self.report is not None:
            self._reported(self.report)
