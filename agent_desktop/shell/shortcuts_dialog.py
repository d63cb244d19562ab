"""Help > Keyboard shortcuts: every shortcut the app has registered, gathered from its actions, its
shortcut objects and its buttons each time the list is shown (so it never goes stale: a hotkey changed in
Settings is listed with its new keys), in the language in use."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resources.live_text import Retranslated

_MNEMONIC = re.compile(r"&(.)")
_MNEMONIC_AFTER = re.compile(r"\s*[(（]&\w[)）]")  # Chinese texts name the key after the text: "退出(&Q)"


def plain(text: str) -> str:
    """A menu or button text as read: no mnemonic ("&Quit", "退出(&Q)"; "&&" is "&"), no trailing "…"."""
    return _MNEMONIC.sub(r"\1", _MNEMONIC_AFTER.sub("", text)).rstrip(".…").strip()


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def registered_shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do) for every shortcut of the app's windows: actions (menus, the phone's hotkeys)
    that can be used now, shortcut objects (a form's Ctrl+Enter) and buttons with keys of their own;
    one row for each thing done, in the order the app registered them."""
    found: dict[int, tuple[str, str]] = {}
    for window in QApplication.topLevelWidgets():
        for action in [*window.actions(), *window.findChildren(QAction)]:
            keys = _keys(action.shortcuts())
            if keys and action.isVisible() and id(action) not in found:
                found[id(action)] = (keys, plain(action.text() or action.toolTip()))
        for shortcut in window.findChildren(QShortcut):
            keys = _keys([shortcut.key()])
            if keys and shortcut.whatsThis():
                found.setdefault(id(shortcut), (keys, shortcut.whatsThis()))
        for button in window.findChildren(QAbstractButton):
            own = button.shortcut()
            if not own.isEmpty() and own != QKeySequence.mnemonic(button.text()):
                found.setdefault(id(button), (_keys([own]), plain(button.text() or button.toolTip())))
    by_what: dict[str, list[str]] = {}  # in the order the app made them: the phone's keys together
    for keys, what in found.values():
        if what and keys not in by_what.setdefault(what, []):
            by_what[what].append(keys)  # Ctrl+Return and Ctrl+Enter: one row
    return [(", ".join(keys), what) for what, keys in by_what.items()]


class ShortcutsDialog(Retranslated, QDialog):
    """The list of :func:`registered_shortcuts`, read again on every language switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcuts_table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.fill()
        QTimer.singleShot(0, self, self.fill)  # again once every window has its texts in the new language

    def fill(self) -> None:
        rows = registered_shortcuts()
        self.table.setRowCount(len(rows))
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))

    def rows(self) -> list[tuple[str, str]]:
        """What the table lists (keys, what they do)."""
        return [(self._text(row, 0), self._text(row, 1)) for row in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
