"""The contact-history timeline as a list model (one view, no widget per row: fast to paint)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from screenpop.core.labels import code_label
from screenpop.core.models import TimelineEntry, TimelineKind
from screenpop.widgets.text import format_when, translated

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

KindRole = Qt.ItemDataRole.UserRole + 1
"""The entry's :class:`TimelineKind` value."""
RefRole = Qt.ItemDataRole.UserRole + 2
"""The id of the record behind the entry (order, complaint, contact)."""


class TimelineModel(QAbstractListModel):
    """Rows are :class:`TimelineEntry` objects, newest first as assembled."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[TimelineEntry, ...] = ()
        self._kind_labels: dict[TimelineKind, str] = {}
        self.retranslate()

    def retranslate(self) -> None:
        """The kind labels in the current language; views repaint every row (after a language switch)."""
        self._kind_labels = {
            TimelineKind.CALL: self.tr("Call"),
            TimelineKind.NOTE: self.tr("Note"),
            TimelineKind.ORDER: self.tr("Order"),
            TimelineKind.COMPLAINT: self.tr("Complaint"),
            TimelineKind.TODO: self.tr("To-do"),
            TimelineKind.OTHER: self.tr("Other"),
        }
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 0))

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        """Replace the rows (a refresh); views keep working, nothing is rebuilt."""
        entries = tuple(entries)
        if entries == self._entries:
            return
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entries(self) -> tuple[TimelineEntry, ...]:
        return self._entries

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display_text(entry)  # the whole line, when the view elides it
        if role == Qt.ItemDataRole.ForegroundRole and entry.kind is TimelineKind.COMPLAINT:
            return QBrush(QColor("#d92d20"))  # readable on light and dark colours
        if role == KindRole:
            return entry.kind.value
        if role == RefRole:
            return entry.ref_id
        return None

    def display_text(self, entry: TimelineEntry) -> str:
        """One line: time, kind, summary and (in brackets) the disposition or status."""
        kind = self._kind_labels.get(entry.kind, entry.kind.value)
        text = f"{format_when(entry.when)}  {kind}: {translated(entry.summary)}"
        if entry.detail:
            text += f" ({translated(code_label(entry.detail))})"
        return text
