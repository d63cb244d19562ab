"""The "Sync conflicts" window: what the sync engine could not merge, for the agent to decide.

One row per unresolved conflict of the local store (``Store.conflicts()``): the record, the field, the
agent's value, the server's value and the value both started from. "Keep mine" re-applies the agent's
value as a new local edit (the outbox sends it); "Keep the server's" keeps what the server has. A write
the server refused as a whole (field ``*``) can only be dismissed. Loading and resolving run through
``tasks`` (agent_desktop.shell.tasks); only the newest load is shown. Values are plain text, never HTML.
"""

from __future__ import annotations

import html
import logging
import re
from datetime import datetime
from typing import Any, TypedDict, cast

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.shell.tasks import Newest
from crm.phones import DEFAULT_REGION, format_phone

logger = logging.getLogger(__name__)

WHOLE = "*"
NAME_KEYS = ("name", "number", "title", "summary")
HIDDEN_KEYS = frozenset({"id", "version", "normalized", "created_at", "updated_at"})
"""Bookkeeping inside a changed value that says nothing to the agent."""
ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
SELECT_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


class ConflictRow(TypedDict):
    """One row of ``Store.conflicts()`` (the local store's conflicts table, not a CRM record)."""

    id: int
    entity: str
    record_id: str
    field: str
    """A dotted field path, or ``*`` for a write the server refused as a whole."""
    base: Any
    local: Any
    remote: Any
    detail: str | None
    created_at: str
    resolved: bool


def load_conflicts(store: Any) -> list[tuple[ConflictRow, str]]:
    """(conflict, display name of its record or "") for every unresolved conflict, oldest first."""
    rows = []
    for conflict in cast(list[ConflictRow], store.conflicts()):
        record = store.get(conflict["entity"], conflict["record_id"]) or {}
        rows.append((conflict, next((str(record[k]) for k in NAME_KEYS if record.get(k)), "")))
    return rows


def resolve_conflicts(store: Any, ids: list[int], keep_local: bool) -> None:
    """Resolve each conflict; one resolved meanwhile (e.g. in the customer form) is skipped."""
    for conflict_id in ids:
        try:
            store.resolve_conflict(conflict_id, keep_local=keep_local)
        except KeyError as exc:
            if type(exc) is not KeyError:  # RecordNotFound: the agent's value has nothing to go to
                raise
            logger.info("conflict %s was resolved meanwhile", conflict_id)


class ConflictsDialog(QDialog):
    """Non-modal; ``reload()`` when the sync engine reports new conflicts."""

    def __init__(self, store: Any, tasks: Any, parent: QWidget | None = None, region: str = DEFAULT_REGION) -> None:
        super().__init__(parent)
        self.region = region  # phone numbers of this region in national form
        self.setObjectName("ConflictsDialog")
        self.setModal(False)
        self.store, self.tasks = store, tasks
        self.rows: list[tuple[ConflictRow, str]] = []
        self._loads, self._busy = Newest(), False
        self.summary, self.outcome = QLabel(), QLabel()
        for label in (self.summary, self.outcome):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.keep_mine, self.keep_server, self.close_button = QPushButton(), QPushButton(), QPushButton()
        self.keep_mine.clicked.connect(lambda: self.resolve(True))
        self.keep_server.clicked.connect(lambda: self.resolve(False))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.keep_mine, self.keep_server):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.table, self.outcome):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.resize(960, 420)
        self._retranslate()
        self._update_buttons()
        self.summary.setText(self.tr("Loading…"))
        self.reload()

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the conflicts again (in the background); an older load still running is ignored."""
        store = self.store
        self.tasks.run(
            lambda: load_conflicts(store),
            self._loads.ask(self._loaded),
            lambda exc: self._failed(self.tr("Could not read the conflicts: {0}"), exc),
            owner=self,
        )

    def _loaded(self, rows: list[tuple[ConflictRow, str]]) -> None:
        selected = set(self.selected_ids())
        self.rows = rows
        self._fill(selected)

    def _fill(self, selected: set[int]) -> None:
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for row, (conflict, name) in enumerate(self.rows):
            local, remote, base = conflict["local"], conflict["remote"], conflict["base"]
            if conflict["field"] == WHOLE and isinstance(local, dict):  # only the fields the agent sent
                remote, base = ({k: v.get(k) for k in local} if isinstance(v, dict) else v for v in (remote, base))
            texts = (
                self._record(conflict, name),
                self._field(conflict["field"]),
                self._value(local),
                self._value(remote),
                self._value(base),
                self._detail(conflict["detail"]),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(" ".join(text.splitlines()))  # one line; all of it in the tooltip
                item.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>")
                self.table.setItem(row, column, item)
        keep = [r for r, (c, _n) in enumerate(self.rows) if c["id"] in selected]
        for row in keep or ([0] if self.rows else []):  # what was selected, else the first row
            self.table.selectionModel().select(self.table.model().index(row, 0), SELECT_ROW)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        n = len(self.rows)
        self.summary.setText(
            self.tr("%n change(s) could not be merged with the CRM: choose which value to keep.", "", n)
            if n
            else self.tr("Nothing to resolve")
        )
        self._update_buttons()

    # -- resolving ------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r][0]["id"] for r in rows if r < len(self.rows)]

    def resolve(self, keep_local: bool) -> None:
        """Keep the agent's (or the server's) value for the selected conflicts."""
        ids = self.selected_ids()
        if not ids or self._busy:
            return
        chosen = [(c, name) for c, name in self.rows if c["id"] in ids]
        self._busy = True
        self._update_buttons()
        store = self.store
        self.tasks.write(
            lambda: resolve_conflicts(store, ids, keep_local),
            lambda _r: self._resolved(chosen, keep_local),
            lambda exc: self._failed(self.tr("Could not resolve: {0}"), exc),
            owner=self,
        )

    def _resolved(self, chosen: list[tuple[ConflictRow, str]], keep_local: bool) -> None:
        self._busy = False
        if len(chosen) == 1:
            conflict, name = chosen[0]
            record, field = self._record(conflict, name), self._field(conflict["field"])
            text = (
                self.tr("Kept your value of {0} for {1}; it will be sent to the CRM.")
                if keep_local
                else self.tr("Kept the server's value of {0} for {1}.")
            ).format(field, record)
        else:
            text = (
                self.tr("Kept your values for %n conflicts; they will be sent to the CRM.", "", len(chosen))
                if keep_local
                else self.tr("Kept the server's values for %n conflicts.", "", len(chosen))
            )
        self.outcome.setText(text)
        self.reload()

    def _failed(self, message: str, exc: BaseException) -> None:
        logger.warning("sync conflicts: %s", exc, exc_info=exc)
        self._busy = False
        self.outcome.setText(message.format(exc))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ids = set(self.selected_ids())
        whole = any(c["field"] == WHOLE for c, _n in self.rows if c["id"] in ids)
        self.keep_mine.setEnabled(bool(ids) and not self._busy and not whole)
        self.keep_mine.setToolTip(
            self.tr("The CRM refused this change; it cannot be sent again as it is")
            if whole
            else self.tr("Apply your value again; it is sent to the CRM")
        )
        self.keep_server.setEnabled(bool(ids) and not self._busy)

    # -- texts ----------------------------------------------------------------------------------
    def _record(self, conflict: ConflictRow, name: str) -> str:
        entities = {
            "customers": self.tr("Customer"),
            "orders": self.tr("Order"),
            "todos": self.tr("To-do"),
            "complaints": self.tr("Complaint"),
            "callbacks": self.tr("Callback"),
            "contacts": self.tr("Contact"),
        }
        entity = entities.get(conflict["entity"], conflict["entity"])
        return self.tr("{0}: {1}").format(entity, name or conflict["record_id"])

    def _field(self, path: str) -> str:
        if path == WHOLE:
            return self.tr("Whole change (refused by the CRM)")
        return " › ".join(self._label(part) for part in path.split("."))

    def _label(self, key: str) -> str:
        labels = {
            "name": self.tr("Name"),
            "phones": self.tr("Phones"),
            "address": self.tr("Address"),
            "province": self.tr("Province"),
            "city": self.tr("City"),
            "district": self.tr("District"),
            "street": self.tr("Street"),
            "tags": self.tr("Tags"),
            "vip_level": self.tr("VIP level"),
            "preferences": self.tr("Preferences"),
            "notes": self.tr("Notes"),
            "requests": self.tr("Special requests"),
            "delivery_address": self.tr("Delivery address"),
            "recipient_name": self.tr("Recipient"),
            "recipient_phone": self.tr("Recipient's phone"),
            "lines": self.tr("Order lines"),
            "rush": self.tr("Rush"),
            "status": self.tr("Status"),
            "title": self.tr("Title"),
            "due_at": self.tr("Due"),
            "summary": self.tr("Summary"),
        }
        return labels.get(key) or key.replace("_", " ").capitalize()

    def _value(self, value: Any) -> str:
        if value is None or value == "" or value == [] or value == {}:
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, dict) and value.get("number"):  # a phone, as people read it
            return format_phone(str(value["number"]), self.region)
        if isinstance(value, dict):
            shown = {k: v for k, v in value.items() if k not in HIDDEN_KEYS}
            return "; ".join(f"{self._label(k)}: {self._value(v)}" for k, v in shown.items())
        if isinstance(value, list):
            return ", ".join(self._value(v) for v in value)
        if isinstance(value, str) and ISO_TIME.match(value):  # a time: local, to the minute
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return value
            if moment.tzinfo is not None:
                moment = moment.astimezone()
            return moment.strftime("%Y-%m-%d %H:%M")
        return str(value)

    def _detail(self, detail: str | None) -> str:
        known = {
            "changed on the server": self.tr("Someone else changed it in the CRM meanwhile"),
            "the record keeps changing on the server": self.tr("The record keeps changing in the CRM"),
        }
        return known.get(detail or "", detail or "")

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Your value"),
                self.tr("Server's value"),
                self.tr("Original value"),
                self.tr("Detail"),
            ]
        )
        self.keep_mine.setText(self.tr("Keep mine"))
        self.keep_server.setText(self.tr("Keep the server's"))
        self.keep_server.setToolTip(self.tr("Keep the value the CRM has and drop yours"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._fill(set(self.selected_ids()))
        super().changeEvent(event)
