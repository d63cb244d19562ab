"""A campaign's calling windows as a compact table: one row per weekday, pairs of From / To columns
(HH:MM in the callee's local time, 24:00 for midnight at the end of the day); an empty pair is no
window. A window the back office refused is marked in its cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from resources.colours import meaning

DAYS = 7
MIN_SLOTS = 2
"""Pairs of From / To per day shown at least (the default: a morning and an afternoon window)."""


class WindowsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(DAYS, 2 * MIN_SLOTS, parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sent: list[tuple[int, int]] = []
        """The cell (row, From column) of each window of the last :meth:`windows`, in their order."""
        self.retranslateUi()

    def set_windows(self, windows: list[dict[str, Any]]) -> None:
        by_day: list[list[dict[str, Any]]] = [[] for _ in range(DAYS)]
        for window in windows:
            by_day[int(window["weekday"])].append(window)
        slots = max([MIN_SLOTS, *(len(day) for day in by_day)])
        self.clearContents()
        self.setColumnCount(2 * slots)
        for row, day in enumerate(by_day):
            texts = [""] * (2 * slots)
            for slot, window in enumerate(sorted(day, key=lambda w: str(w["start"]))):
                texts[2 * slot : 2 * slot + 2] = [str(window["start"]), str(window["end"])]
            for column, text in enumerate(texts):
                self.setItem(row, column, QTableWidgetItem(text))
        self.retranslateUi()
        self.resizeRowsToContents()
        frame = 2 * self.frameWidth()
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + self.verticalHeader().length() + frame)

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def windows(self) -> list[dict[str, Any]]:
        """The windows as the API takes them (checked by the back office), remembering their cells."""
        out: list[dict[str, Any]] = []
        self.sent = []
        for row in range(DAYS):
            for column in range(0, self.columnCount(), 2):
                start, end = self._text(row, column), self._text(row, column + 1)
                if start or end:
                    out.append({"weekday": row, "start": start, "end": end})
                    self.sent.append((row, column))
        return out

    def mark(self, index: int, part: str, text: str) -> None:
        """Show ``text`` at the window ``index`` of the last :meth:`windows` (``part``: start or end)."""
        if not 0 <= index < len(self.sent):
            return
        row, column = self.sent[index]
        item = self.item(row, column + (1 if part == "end" else 0))
        if item is not None:
            item.setForeground(meaning("error", self.palette()))
            item.setToolTip(text)

    def clear_marks(self) -> None:
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None:
                    item.setData(Qt.ItemDataRole.ForegroundRole, None)  # the theme's colour again
                    item.setToolTip("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        locale = QLocale()
        self.setVerticalHeaderLabels([locale.standaloneDayName(day + 1) for day in range(DAYS)])
        self.setHorizontalHeaderLabels([self.tr("From"), self.tr("To")] * (self.columnCount() // 2))
