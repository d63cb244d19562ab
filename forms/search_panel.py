"""Customer search panel: conditions, saved searches, the results table (fetched on demand), export.

Double-click (or Enter) on a result asks to open that customer on the card
(:attr:`SearchPanel.sig_customer_open_requested`; the shell connects it). "Hand to call list…" puts
every result on an outbound call list (one ``campaign`` call back per customer, worked through the
Call Back queue; :mod:`crm.store.callbacks`). Every query, saved-search write, export and call-list
hand-over runs through ``tasks`` (BackgroundTasks), so the GUI thread never waits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.phones import DEFAULT_REGION
from crm.schemas import CustomerSearch
from crm.store import callbacks as cbq
from crm.store.search import LocalCustomerSearch
from forms.call_list_dialog import CallListDialog
from forms.search_conditions import SearchConditions
from forms.search_export import HEADERS, export_customers
from forms.search_results_model import SearchResultsModel
from resources.file_dialogs import save_file_name

logger = logging.getLogger(__name__)


def set_placeholder(combo: QComboBox, text: str) -> None:
    """Show ``text`` in ``combo`` while nothing is chosen, at its whole width: Qt measures a combo
    box's placeholder once and keeps that size, so it is made to measure the new text (a language
    switch changes it)."""
    combo.setPlaceholderText(text)
    policy = combo.sizeAdjustPolicy()
    other = QComboBox.SizeAdjustPolicy.AdjustToContents
    if policy == other:
        other = QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow
    combo.setSizeAdjustPolicy(other)  # a policy change forgets the measured size
    combo.setSizeAdjustPolicy(policy)


class SearchPanel(QWidget):
    """Find customers by any combination of conditions."""

    sig_customer_open_requested = Signal(str)
    """The agent chose a result: open this customer id on the card."""

    sig_searched = Signal(CustomerSearch)
    """The agent started a search with these conditions."""

    sig_export_finished = Signal(str, int)
    """An export was written: (path, rows)."""

    sig_call_list_finished = Signal(str, int)
    """Customers were handed to a call list: (list name, call backs added)."""

    def __init__(
        self,
        tasks: Any,
        local: LocalCustomerSearch,
        client_fn: Callable[[], Any] | None = None,
        *,
        page_size: int = 500,
        region: str = DEFAULT_REGION,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.local = local
        self.model = SearchResultsModel(tasks, local, client_fn, page_size=page_size, region=region, parent=self)
        self.conditions = SearchConditions(self)
        self.conditions.sig_submit_requested.connect(self.run_search)
        scroll = QScrollArea(self)
        scroll.setWidget(self.conditions)
        scroll.setWidgetResizable(True)

        self.saved = QComboBox(self)
        self.saved.setObjectName("saved_searches")
        self.saved.activated.connect(self._on_saved_chosen)
        self.search_button = QPushButton(self)
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.run_search)
        self.clear_button = clear = QPushButton(self)
        clear.clicked.connect(self.conditions.clear)
        self.save_button = save = QPushButton(self)
        save.clicked.connect(self._ask_save)
        self.forget_button = forget = QPushButton(self)
        forget.clicked.connect(self._forget_current)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self._ask_export)
        self.call_list_button = QPushButton(self)
        self.call_list_button.setObjectName("hand_to_call_list")
        self.call_list_button.setEnabled(False)
        self.call_list_button.clicked.connect(self.open_call_list_dialog)
        self.call_list_dialog: CallListDialog | None = None
        self.campaign_handler: Callable[[CustomerSearch], object] | None = None
        """Set (supervisors, with outbound campaigns): the button adds the last search's customers to a
        campaign through this instead of the Call Back queue's call list."""
        self.last_search: CustomerSearch | None = None
        self._handing_over = False

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.view.fontMetrics()  # widths from typical values; the tags take what is left
        for column, sample in enumerate(("欧阳晓明 Ouyang", "13800138000, 13900139000", "北京市 朝阳区", "VIP 5")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        header.resizeSection(5, metrics.horizontalAdvance("2026-12-04 22:23") + 16)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.activated.connect(self._open_index)  # a double-click or Enter (doubleClicked too would open two)
        self.status = QLabel(self)
        self.status.setObjectName("search_status")

        buttons = QHBoxLayout()
        for widget in (self.saved, save, forget):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (clear, self.call_list_button, self.export_button, self.search_button):
            buttons.addWidget(widget)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(scroll)
        top_layout.addLayout(buttons)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.view)
        bottom_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.model.sig_counts_changed.connect(self._show_counts)
        self.model.modelReset.connect(self._update_call_list_button)
        self.model.rowsInserted.connect(self._update_call_list_button)
        self.model.sig_remote_failed.connect(self._show_remote_failed)
        self._remote_note = ""
        self._remote_error = ""
        self._status: Callable[[], str] = lambda: ""  # the status line, asked again on a language switch
        self.retranslateUi()
        self.refresh_saved()

    def retranslateUi(self) -> None:
        set_placeholder(self.saved, self.tr("Saved searches"))
        self.search_button.setText(self.tr("&Search"))
        self.clear_button.setText(self.tr("C&lear"))
        self.save_button.setText(self.tr("Save search…"))
        self.forget_button.setText(self.tr("Delete saved"))
        self.export_button.setText(self.tr("&Export…"))
        if self.campaign_handler is not None:
            self.call_list_button.setText(self.tr("Add to a campaign…"))
            self.call_list_button.setToolTip(
                self.tr("Add every customer this search finds to an outbound campaign, with the back office's check")
            )
        else:
            self.call_list_button.setText(self.tr("Hand to call list…"))
            self.call_list_button.setToolTip(
                self.tr("Put every customer found on an outbound call list, worked through the Call Back queue")
            )
        if self._remote_error:
            self._show_remote_failed(self._remote_error)
        self.status.setText(self._status())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.model.retranslate()
        super().changeEvent(event)

    def focus_conditions(self) -> None:
        """The cursor in the first condition (name or pinyin initials), its text selected: the agent
        who opened the window types at once."""
        first = self.conditions.texts["name"]
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        first.selectAll()

    def _say(self, text: Callable[[], str]) -> None:
        """Show ``text()`` in the status line (asked again on a language switch)."""
        self._status = text
        self.status.setText(text())

    # -- searching ------------------------------------------------------------------------------
    def run_search(self) -> None:
        """Search with the conditions on screen (a message in the status line if one is invalid)."""
        try:
            q = self.conditions.conditions()
        except ValueError as exc:
            problem = str(exc)
            self._say(lambda: self._condition_problem(problem))
            return
        self._remote_note = self._remote_error = ""
        self._say(lambda: self.tr("Searching…"))
        self.model.search(q)
        self.last_search = q
        self.sig_searched.emit(q)

    def _condition_problem(self, problem: str) -> str:
        """An invalid condition's message in the current language (read again from the conditions)."""
        try:
            self.conditions.conditions()
        except ValueError as again:
            return str(again)
        return problem

    def _show_counts(self, loaded: int, local_total: int, more: bool) -> None:
        def text() -> str:
            shown = self.tr("%n customer(s) shown", "", loaded)
            if more:
                shown += " · " + self.tr("%n found locally, more on demand", "", local_total)
            return shown + (" · " + self._remote_note if self._remote_note else "")

        self._say(text)

    def _show_remote_failed(self, message: str) -> None:
        self._remote_error = message
        self._remote_note = self.tr("CRM not searched: {0}").format(
            QCoreApplication.translate(getattr(message, "context", "CrmClient"), message)
        )

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_customer_open_requested.emit(self.model.customer_id(index.row()))

    # -- saved searches -------------------------------------------------------------------------
    def refresh_saved(self) -> None:
        self.tasks.run(self.local.saved, self._fill_saved, owner=self)

    def _fill_saved(self, saved: dict[str, CustomerSearch]) -> None:
        self.saved.clear()
        for name, q in saved.items():
            self.saved.addItem(name, q)
        self.saved.setCurrentIndex(-1)

    def _on_saved_chosen(self, index: int) -> None:
        q = self.saved.itemData(index)
        if q is not None:
            self.conditions.set_conditions(q)
            self.run_search()

    def save_current(self, name: str) -> None:
        """Save the conditions on screen under ``name``."""
        try:
            q = self.conditions.conditions()
        except ValueError as exc:
            problem = str(exc)
            self._say(lambda: self._condition_problem(problem))
            return
        self.tasks.write(lambda: self.local.save(name, q), lambda _r: self.refresh_saved(), owner=self)

    def _ask_save(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name of this search:"))
        if ok and name.strip():
            self.save_current(name.strip())

    def _forget_current(self) -> None:
        name = self.saved.currentText()
        if name:
            self.tasks.run(lambda: self.local.forget(name), lambda _r: self.refresh_saved(), owner=self)

    # -- export ---------------------------------------------------------------------------------
    def export_to(self, path: str | Path) -> None:
        """Write every result of the current search (local and CRM) to ``path`` in the background."""
        run = self.model.new_run()
        if run is None:
            self._say(lambda: self.tr("Search first, then export"))
            return
        headers = [QCoreApplication.translate("SearchExport", h) for h in HEADERS]
        self.export_button.setEnabled(False)
        self._say(lambda: self.tr("Exporting…"))

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self._say(lambda: self.tr("%n customer(s) exported", "", count))
            self.sig_export_finished.emit(str(path), count)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._say(lambda: self.tr("Export failed: {0}").format(exc))

        self.tasks.run(lambda: export_customers(path, run.all_rows(), headers), done, failed, owner=self)

    def _ask_export(self) -> None:
        path, _filter = save_file_name(
            self,
            "customer_export",
            self.tr("Export customers"),
            "customers.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export_to(path)

    # -- call list ------------------------------------------------------------------------------
    def _update_call_list_button(self, *_args: Any) -> None:
        self.call_list_button.setEnabled(self.model.rowCount() > 0 and not self._handing_over)

    def set_campaign_handler(self, handler: Callable[[CustomerSearch], object] | None) -> None:
        """The button hands the last search's conditions to ``handler`` (a campaign's list), or, with
        None, to the Call Back queue's call list."""
        self.campaign_handler = handler
        self.retranslateUi()

    def open_call_list_dialog(self) -> CallListDialog | None:
        """Ask how to hand every result of the current search to a call list (the dialog opens at
        once; the customers are counted in the background), or to the campaign handler."""
        if self.campaign_handler is not None and self.last_search is not None:
            self.campaign_handler(self.last_search)
            return None
        run = self.model.new_run()
        if run is None:
            self._say(lambda: self.tr("Search first, then hand the results to a call list"))
            return None
        if self.call_list_dialog is not None:
            self.call_list_dialog.close()
        dialog = CallListDialog(self)
        self.call_list_dialog = dialog
        dialog.accepted.connect(lambda d=dialog: self._hand_over(d))
        dialog.finished.connect(lambda _r, d=dialog: self._forget_call_list_dialog(d))
        self.tasks.run(
            lambda: cbq.campaign_targets(run.all_rows()),
            dialog.set_targets,
            lambda exc: dialog.set_failed(str(exc)),
            owner=dialog,
        )
        dialog.open()
        return dialog

    def _forget_call_list_dialog(self, dialog: CallListDialog) -> None:
        if self.call_list_dialog is dialog:
            self.call_list_dialog = None
        dialog.deleteLater()

    def _hand_over(self, dialog: CallListDialog) -> None:
        assert dialog.targets is not None
        self.hand_to_call_list(dialog.targets.customers, dialog.list_name(), dialog.due_at(), dialog.max_attempts())

    def hand_to_call_list(
        self, customers: list[tuple[str, str]], name: str, due_at: Any = None, max_attempts: int | None = None
    ) -> None:
        """Queue one call back per customer (``(id, number)``) on the list ``name`` in the background;
        the status line then says how many were added and skipped."""
        store = self.local.store
        self._handing_over = True
        self._update_call_list_button()
        self._say(lambda: self.tr("Adding customers to call list {0}…").format(name))

        def done(result: cbq.CallListResult) -> None:
            self._handing_over = False
            self._update_call_list_button()
            self._say(lambda: self.call_list_text(name, result))
            self.sig_call_list_finished.emit(name, result.added)

        def failed(exc: BaseException) -> None:
            self._handing_over = False
            self._update_call_list_button()
            logger.error("handing customers to a call list failed", exc_info=exc)
            self._say(lambda: self.tr("Not added to the call list: {0}").format(exc))

        self.tasks.run(
            lambda: cbq.add_to_call_list(store, customers, name, due_at=due_at, max_attempts=max_attempts),
            done,
            failed,
            owner=self,
        )

    def call_list_text(self, name: str, result: cbq.CallListResult) -> str:
        text = self.tr("%n customer(s) added to call list {0}", "", result.added).format(name)
        notes = []
        if result.without_phone:
            notes.append(self.tr("%n without a phone skipped", "", result.without_phone))
        if result.already_listed:
            notes.append(self.tr("%n already on the list", "", result.already_listed))
        if notes:
            text = self.tr("{0} ({1})").format(text, self.tr(", ").join(notes))
        return text
