"""The Call Back dock: who is waiting (in the order they are due), the call backs scheduled for later
(greyed, with their time), click to call, and the attempt's outcome."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.callbacks.core.due import scheduled_for
from agent_desktop.shell.local_time import short_local_time
from crm.i18n import QT_TRANSLATE_NOOP
from crm.phones import format_phone
from crm.records import CallbackRecord
from crm.schemas.callbacks import AttemptOutcome
from crm.store.callbacks import waiting_seconds

logger = logging.getLogger(__name__)

SOURCES = {
    "unanswered": QT_TRANSLATE_NOOP("CallbackDock", "Unanswered"),
    "abandoned": QT_TRANSLATE_NOOP("CallbackDock", "Hung up while ringing"),
    "lines_busy": QT_TRANSLATE_NOOP("CallbackDock", "All lines busy"),
    "not_ready": QT_TRANSLATE_NOOP("CallbackDock", "Agent not ready"),
    "manual": QT_TRANSLATE_NOOP("CallbackDock", "Promised"),
    "campaign": QT_TRANSLATE_NOOP("CallbackDock", "Call list"),  # search results handed over (forms.search_panel)
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DUE, WAITING, WHY = 2, 3, 4  # columns whose text follows the clock or the language
MAX_ROWS = 200
"""Rows shown at most: the longest waiting (a call list can put thousands in the queue; the agent works
from the top, and building thousands of rows on the GUI thread every refresh would stall it)."""


def waited_text(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return QCoreApplication.translate("CallbackDock", "{0} min").format(minutes)
    return QCoreApplication.translate("CallbackDock", "{0} h {1} min").format(minutes // 60, minutes % 60)


def _source_text(entry: CallbackRecord) -> str:
    return QCoreApplication.translate("CallbackDock", SOURCES.get(entry.get("source", ""), ""))


def due_text(entry: CallbackRecord, now: datetime) -> str:
    """When the entry is due: its time when it was scheduled (a promised time, a retry), else "Now"."""
    due = scheduled_for(entry)
    if due is None:
        return QCoreApplication.translate("CallbackDock", "Now")
    return short_local_time(due, now)


def _waiting_cell(entry: CallbackRecord, now: datetime, later: bool) -> str:
    return "" if later else waited_text(waiting_seconds(entry, now))


class CallbackDock(QWidget):
    """``show_entries(entries, now)``; the agent's choices are signals. Reads nothing itself: the
    entries (and their customers' names) are read off the GUI thread and handed in."""

    sig_call_requested = Signal(str)
    """Claim and call this entry (id; "" = the longest waiting one)."""

    sig_outcome_chosen = Signal(str, str)
    """The agent recorded an outcome (entry id, "reached" / "no_answer" / "busy" / "wrong_number")."""

    sig_release_requested = Signal(str)
    """Give this claimed entry back to the queue (id)."""

    sig_shown = Signal()
    """The dock became visible (opened again, or its tab brought to the front)."""

    def __init__(
        self,
        me_id: str = "",
        customer_names: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
        region: str = "CN",
    ) -> None:
        super().__init__(parent)
        self.me_id = me_id
        self.region = region
        self.customer_names = customer_names or (lambda _id: "")
        self.entries: list[CallbackRecord] = []  # the rows to work on now
        self.upcoming: list[CallbackRecord] = []  # the rows below them: scheduled for later
        self._shown_at: datetime | None = None  # the "now" the waiting times were shown for
        self.busy: set[str] = set()  # entries with an attempt or give-back being written
        self.table = QTableWidget(0, 6, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()  # every column as wide as it needs; Why takes the rest (elided)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.call_button = QPushButton(self)
        self.outcome_buttons = {o: QPushButton(self) for o in AttemptOutcome}
        self.release_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._message: Callable[[], str] = lambda: ""  # shown under the table, asked again on a switch
        self.message_about = ""  # the entry the message is about (id; "": none)
        self.more = QLabel(self)
        self.more.hide()
        self._waiting_total = 0
        top = QHBoxLayout()
        top.addWidget(self.call_button)
        top.addStretch(1)
        top.addWidget(self.release_button)
        outcomes = QHBoxLayout()
        for button in self.outcome_buttons.values():
            outcomes.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more)
        layout.addLayout(outcomes)
        layout.addWidget(self.message)
        self.call_button.clicked.connect(lambda: self.sig_call_requested.emit(self.selected_id() or ""))
        self.table.doubleClicked.connect(lambda _i: self.sig_call_requested.emit(self.selected_id() or ""))
        self.release_button.clicked.connect(lambda: self._emit_selected(self.sig_release_requested))
        for outcome, button in self.outcome_buttons.items():
            button.clicked.connect(lambda _=False, o=outcome: self._choose(o))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Customer"),
                self.tr("Due"),
                self.tr("Waiting"),
                self.tr("Why"),
                self.tr("Attempts"),
            ]
        )
        self.call_button.setText(self.tr("Call back"))
        self._show_more()
        self.release_button.setText(self.tr("Give back"))
        labels = {
            AttemptOutcome.REACHED: self.tr("Reached"),
            AttemptOutcome.NO_ANSWER: self.tr("No answer"),
            AttemptOutcome.BUSY: self.tr("Busy"),
            AttemptOutcome.WRONG_NUMBER: self.tr("Wrong number"),
        }
        for outcome, button in self.outcome_buttons.items():
            button.setText(labels[outcome])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._retranslate_cells()
            self.message.setText(self._message())
        super().changeEvent(event)

    def _retranslate_cells(self) -> None:
        """The Due, Waiting and Why cells in the current language ("3 min" after a switch, not "3 分钟")."""
        now = self._shown_at
        if now is None:
            return
        for row, entry in enumerate(self.rows()):
            later = row >= len(self.entries)
            for column, text in (
                (DUE, due_text(entry, now)),
                (WAITING, _waiting_cell(entry, now, later)),
                (WHY, _source_text(entry)),
            ):
                cell = self.table.item(row, column)
                if cell is not None:
                    cell.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sig_shown.emit()

    def show_entries(
        self,
        entries: list[CallbackRecord],
        now: datetime,
        total: int | None = None,
        names: dict[str, str] | None = None,
        upcoming: list[CallbackRecord] | None = None,
    ) -> None:
        """Show the waiting entries (at most :data:`MAX_ROWS`, in the order given); ``total``: how many
        wait in all when ``entries`` is only the first of them; ``names``: customer id -> name (read
        with the entries; without it ``customer_names`` is asked); ``upcoming``: call backs scheduled
        for later, listed below (greyed, with their time) while there is room.

        The selected entry stays selected while it is in the list (its row may move; the selection
        is cleared when it left, so no other caller is selected in its place) and the list keeps
        its scroll position."""
        self._waiting_total = max(len(entries), total or 0)
        self._shown_at = now
        self._show_more()
        entries = entries[:MAX_ROWS]
        later = list(upcoming or [])[: MAX_ROWS - len(entries)]
        if entries == self.entries and later == self.upcoming:  # only the clock moved: the time cells
            for row, entry in enumerate(self.rows()):
                for column, text in (
                    (DUE, due_text(entry, now)),
                    (WAITING, _waiting_cell(entry, now, row >= len(entries))),
                ):
                    cell = self.table.item(row, column)
                    assert cell is not None  # the same entries as last time: their rows are all filled in
                    if cell.text() != text:
                        cell.setText(text)
            return
        selected = self.selected_id()
        listed = {e["id"] for e in self.rows()}
        bars = (self.table.verticalScrollBar(), self.table.horizontalScrollBar())
        scrolled = [bar.value() for bar in bars]
        name_of = (lambda cid: names.get(cid, "")) if names is not None else self.customer_names
        self.entries, self.upcoming = list(entries), later
        self.table.setRowCount(len(entries) + len(later))
        greyed = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row, entry in enumerate(self.rows()):
            mine = entry.get("status") == "claimed" and entry.get("claimed_by") == self.me_id
            scheduled = row >= len(entries)
            cells = (
                format_phone(entry.get("number", ""), self.region),  # as people read it: 138 0013 8000
                name_of(entry.get("customer_id") or ""),
                due_text(entry, now),
                _waiting_cell(entry, now, scheduled),
                _source_text(entry),
                str(entry.get("attempts", 0)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, entry["id"])
                if mine:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if scheduled:
                    item.setForeground(greyed)
                    if entry.get("reason"):
                        item.setToolTip(entry["reason"])
                self.table.setItem(row, column, item)
        self._keep_selected(selected)
        about = self.message_about
        if about in listed and all(e["id"] != about for e in self.rows()):  # what it said is out of date
            self.show_message("")
        for bar, value in zip(bars, scrolled):
            bar.setValue(value)
        self._update_buttons()

    def rows(self) -> list[CallbackRecord]:
        """Every row shown, in order: the entries to work on, then those scheduled for later."""
        return self.entries + self.upcoming

    def _keep_selected(self, entry_id: str | None) -> None:
        """Select ``entry_id``'s row again without scrolling to it; nothing when it left the list."""
        row = next((r for r, e in enumerate(self.rows()) if e["id"] == entry_id), None) if entry_id else None
        model = self.table.selectionModel()
        if row is None:
            if model.hasSelection():
                self.table.clearSelection()
            return
        index = self.table.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        model.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)

    def _show_more(self) -> None:
        hidden = self._waiting_total > MAX_ROWS
        self.more.setVisible(hidden)
        if hidden:
            self.more.setText(self.tr("Showing the {0} longest waiting of {1}.").format(MAX_ROWS, self._waiting_total))

    def set_busy(self, entry_id: str, busy: bool) -> None:
        """An attempt or give-back of this entry is being written: its outcome and "Give back"
        buttons are off until it is done."""
        if busy:
            self.busy.add(entry_id)
        else:
            self.busy.discard(entry_id)
        self._update_buttons()

    def show_message(self, text: str | Callable[[], str], about: str = "") -> None:
        """Tell the agent ``text``: a function giving it in the current language (or a plain text);
        ``about``: the entry it is about (id), if any: the line goes when that entry leaves the list."""
        self._message = text if callable(text) else (lambda: text)
        self.message_about = about
        self.message.setText(self._message())

    def select(self, entry_id: str) -> None:
        for row, entry in enumerate(self.rows()):
            if entry["id"] == entry_id:
                self.table.selectRow(row)
                return

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def selected_entry(self) -> CallbackRecord | None:
        entry_id = self.selected_id()
        return next((e for e in self.rows() if e["id"] == entry_id), None)

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        mine = (
            entry is not None
            and entry.get("status") == "claimed"
            and entry.get("claimed_by") == self.me_id
            and entry["id"] not in self.busy
        )
        self.call_button.setEnabled(bool(self.entries) or entry is not None)
        self.release_button.setEnabled(mine)
        for button in self.outcome_buttons.values():
            button.setEnabled(mine)

    def _emit_selected(self, signal: Any) -> None:
        entry_id = self.selected_id()
        if entry_id and entry_id not in self.busy:
            signal.emit(entry_id)

    def _choose(self, outcome: AttemptOutcome) -> None:
        entry_id = self.selected_id()
        if entry_id and entry_id not in self.busy:
            self.sig_outcome_chosen.emit(entry_id, outcome.value)
