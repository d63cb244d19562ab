"""The to-do dock: filters, sorting, the list, and complete / reopen / snooze / edit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time, timedelta, timezone
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.todo.banner import TodoBanner
from agent_desktop.features.todo.model import COLUMNS, ID_ROLE, TodoTableModel
from crm.records import TodoRecord

logger = logging.getLogger(__name__)

TITLE_SHARE = 0.5
"""The Title column's share of the list's width that the other columns give up room for (their cells
end in "…"; the tooltip shows the whole text), down to their headings' widths."""
DUE = COLUMNS.index("due")
SNOOZE_PRESETS = (("10m", timedelta(minutes=10)), ("1h", timedelta(hours=1)), ("tomorrow", None))


def widest_allowed(widths: list[int], room: int) -> int:
    """The greatest width ``cap`` such that the columns ``widths``, none wider than ``cap``, fit in
    ``room`` (the widest columns are narrowed first, to the same width)."""
    left = room
    for i, width in enumerate(sorted(widths)):
        others = len(widths) - i
        if width * others > left:
            return max(0, left // others)
        left -= width
    return max(widths, default=0)


def tomorrow_morning(now: datetime) -> datetime:
    """09:00 local time on the next day."""
    local = now.astimezone()
    return datetime.combine(local.date() + timedelta(days=1), time(9, 0), tzinfo=local.tzinfo)


class TodoDock(QWidget):
    """View of a :class:`~agent_desktop.features.todo.model.TodoTableModel`; actions are signals."""

    sig_view_changed = Signal()
    """The filter, sort order or "show done" changed: list the items again."""

    sig_new_requested = Signal()
    """The agent wants a new to-do."""

    sig_edit_requested = Signal(str)
    """Edit this to-do (id)."""

    sig_complete_requested = Signal(str)
    """Mark this to-do done (id)."""

    sig_reopen_requested = Signal(str)
    """Reopen this to-do (id)."""

    sig_snooze_requested = Signal(str, object)
    """Snooze this to-do (id) by a timedelta, or until a datetime (None = ask for a custom time)."""

    sig_open_customer_requested = Signal(str)
    """Open the customer (id) of the double-clicked to-do."""

    def __init__(
        self,
        model: TodoTableModel,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.clock = clock
        self.banner = TodoBanner(self)
        self.filter_box = QComboBox(self)
        self.sort_box = QComboBox(self)
        self.show_done = QCheckBox(self)
        self.new_button = QPushButton(self)
        self.table = QTableView(self)
        self.message = QLabel(self)  # a change that could not be saved
        self.message.setWordWrap(True)
        self.message.hide()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized by _fit_columns
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the rest: the title
        self._fit = QTimer(self)  # once per event-loop turn, however many changes came
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self._fit_columns)
        self.table.viewport().installEventFilter(self)
        self.table.setWordWrap(False)  # one line per to-do: a long title ends in "…" as a short one does
        self.table.verticalHeader().hide()
        self.edit_button = QPushButton(self)
        self.complete_button = QPushButton(self)
        self.reopen_button = QPushButton(self)
        self.snooze_button = QPushButton(self)  # a push button leaves room for its menu arrow
        self.snooze_menu = QMenu(self)
        self.snooze_actions: dict[str, QAction] = {}
        for key, _delta in SNOOZE_PRESETS + (("custom", None),):
            action = self.snooze_menu.addAction("")
            action.triggered.connect(lambda _=False, k=key: self._snooze(k))
            self.snooze_actions[key] = action
        self.snooze_button.setMenu(self.snooze_menu)
        self._layout()
        self._connect()
        self.retranslate()
        self._update_buttons()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter_box)
        top.addWidget(self.sort_box)
        top.addWidget(self.show_done)
        top.addStretch(1)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        for w in (self.edit_button, self.complete_button, self.reopen_button, self.snooze_button):
            bottom.addWidget(w)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

    def show_message(self, text: str) -> None:
        """Show ``text`` under the list ("": hide the message)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _connect(self) -> None:
        self.filter_box.currentIndexChanged.connect(lambda _i: self.sig_view_changed.emit())
        self.sort_box.currentIndexChanged.connect(lambda _i: self.sig_view_changed.emit())
        self.show_done.toggled.connect(lambda _b: self.sig_view_changed.emit())
        self.new_button.clicked.connect(self.sig_new_requested)
        self.edit_button.clicked.connect(lambda: self._emit_selected(self.sig_edit_requested))
        self.complete_button.clicked.connect(lambda: self._emit_selected(self.sig_complete_requested))
        self.reopen_button.clicked.connect(lambda: self._emit_selected(self.sig_reopen_requested))
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        for signal in (
            self.model.modelReset,
            self.model.layoutChanged,
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.headerDataChanged,
        ):
            signal.connect(lambda *_: self._fit.start())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit.start()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Due, priority, assignee and customer as wide as their texts while the title keeps at least
        :data:`TITLE_SHARE` of the list; with less room the widest of priority, assignee and customer
        give up room first, the due time stays whole (the list is read by it). The title takes the rest."""
        table, header = self.table, self.table.horizontalHeader()
        titles = {c: header.sectionSizeHint(c) for c in range(1, header.count())}
        natural = {c: max(table.sizeHintForColumn(c), titles[c]) for c in titles}
        room = int(table.viewport().width() * (1 - TITLE_SHARE)) - natural[DUE]
        cap = widest_allowed([width for c, width in natural.items() if c != DUE], room)
        for column, width in natural.items():  # never narrower than its heading: the heading stays whole
            shown = width if column == DUE else min(width, cap)
            header.resizeSection(column, max(header.minimumSectionSize(), titles[column], shown))

    def retranslate(self) -> None:
        filters = (
            ("all", self.tr("All")),
            ("mine", self.tr("Mine")),
            ("team", self.tr("My team")),
            ("today", self.tr("Today")),
            ("overdue", self.tr("Overdue")),
        )
        sorts = (
            ("due", self.tr("By due time")),
            ("priority", self.tr("By priority")),
            ("title", self.tr("By title")),
            ("created", self.tr("By creation")),
        )
        for box, entries in ((self.filter_box, filters), (self.sort_box, sorts)):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for key, text in entries:
                box.addItem(text, key)
            box.setCurrentIndex(max(0, box.findData(current)) if current else 0)
            box.blockSignals(False)
        self.show_done.setText(self.tr("Show done"))
        self.new_button.setText(self.tr("New…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.complete_button.setText(self.tr("Complete"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.snooze_button.setText(self.tr("Snooze"))
        labels = {
            "10m": self.tr("10 minutes"),
            "1h": self.tr("1 hour"),
            "tomorrow": self.tr("Tomorrow 9:00"),
            "custom": self.tr("Choose a time…"),
        }
        for key, action in self.snooze_actions.items():
            action.setText(labels[key])
        self.banner.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            columns, rows = self.model.columnCount(), self.model.rowCount()  # its texts are asked anew
            if columns:
                self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            if rows and columns:
                self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(rows - 1, columns - 1))
        super().changeEvent(event)

    # -- state --------------------------------------------------------------------------------
    def filter_name(self) -> str:
        return self.filter_box.currentData() or "all"

    def sort_name(self) -> str:
        return self.sort_box.currentData() or "due"

    def set_filter(self, name: str) -> None:
        self.filter_box.setCurrentIndex(max(0, self.filter_box.findData(name)))

    def set_sort(self, name: str) -> None:
        self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(name)))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, todo_id: str) -> None:
        row = self.model.row_of(todo_id)
        if row >= 0:
            self.table.selectRow(row)

    def selected_record(self) -> TodoRecord | None:
        todo_id = self.selected_id()
        row = self.model.row_of(todo_id) if todo_id else -1
        return self.model.items[row] if row >= 0 else None

    def _update_buttons(self) -> None:
        record = self.selected_record()
        open_ = record is not None and record.get("status", "open") == "open"
        self.edit_button.setEnabled(record is not None)
        self.complete_button.setEnabled(open_)
        self.snooze_button.setEnabled(open_)
        self.reopen_button.setEnabled(record is not None and not open_)

    def _emit_selected(self, signal: Any) -> None:
        todo_id = self.selected_id()
        if todo_id:
            signal.emit(todo_id)

    def _snooze(self, key: str) -> None:
        todo_id = self.selected_id()
        if not todo_id:
            return
        presets = dict(SNOOZE_PRESETS)
        if key == "tomorrow":
            self.sig_snooze_requested.emit(todo_id, tomorrow_morning(self.clock()))
        else:
            self.sig_snooze_requested.emit(todo_id, presets.get(key))

    def _double_clicked(self, index: Any) -> None:
        record = self.model.items[index.row()] if index.isValid() else None
        if record and record.get("customer_id"):
            self.sig_open_customer_requested.emit(record["customer_id"])
        elif record:
            self.sig_edit_requested.emit(record["id"])
