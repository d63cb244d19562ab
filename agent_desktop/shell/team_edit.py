"""A team's name typed or picked from the teams the back office's users are in: a line edit whose
completer offers the existing teams as one types (case-insensitive, anywhere in the name), and whose
people button (or the Down key) lists them all. With ``multiple``, several comma-separated names (also
the Chinese comma): the completion is of the name being typed and a name picked from the whole list is
added. A name nobody is in yet can still be typed (a new team)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from resources.icon_set import icon

_SEPARATOR = re.compile(r"[,，]")


def split_teams(text: str) -> list[str]:
    """The names in ``text`` (comma- or Chinese-comma-separated), trimmed, without empty ones."""
    return [name.strip() for name in _SEPARATOR.split(text) if name.strip()]


class _NameCompleter(QCompleter):
    """Completes the last name of a comma-separated list (or the whole text)."""

    def __init__(self, edit: TeamEdit) -> None:
        super().__init__(edit)
        self.edit = edit

    def _head(self) -> str:
        """What comes before the name being typed, with its separator ("" for the first)."""
        text = self.edit.text()
        found = list(_SEPARATOR.finditer(text))
        if not self.edit.multiple or not found:
            return ""
        return text[: found[-1].start()].rstrip() + ", "

    def splitPath(self, path: str) -> list[str]:
        name = _SEPARATOR.split(path)[-1] if self.edit.multiple else path
        return [name.strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return self._head() + super().pathFromIndex(index)


class TeamEdit(QLineEdit):
    """See the module. :meth:`set_teams` gives the existing teams (read in the background)."""

    def __init__(self, multiple: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.multiple = multiple
        self.names = QStringListModel(self)
        completer = _NameCompleter(self)
        completer.setModel(self.names)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated[str].connect(lambda _name: self.textEdited.emit(self.text()))  # type: ignore[index]
        self.setCompleter(completer)
        self.list_action = QAction(icon("teams"), "", self)
        self.list_action.triggered.connect(self.show_teams)
        self.list_action.setVisible(False)
        self.addAction(self.list_action, QLineEdit.ActionPosition.TrailingPosition)
        self._retranslate()

    def set_teams(self, names: Iterable[str]) -> None:
        """The teams to offer (sorted, each once); none: no list button."""
        teams = sorted({name.strip() for name in names if name.strip()})
        self.names.setStringList(teams)
        self.list_action.setVisible(bool(teams))

    def teams(self) -> list[str]:
        """The teams offered."""
        return self.names.stringList()

    def show_teams(self) -> None:
        """Every team offered, to pick one (added to the names typed when ``multiple``)."""
        if not self.names.rowCount():
            return
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        text = self.text()
        if self.multiple and _SEPARATOR.split(text)[-1].strip():
            self.setText(text.rstrip() + ", ")  # a name picked is added, not put in place of the last
        completer = self.completer()
        completer.setCompletionPrefix("")
        completer.complete()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer().popup()
        if event.key() == Qt.Key.Key_Down and (popup is None or not popup.isVisible()):
            self.show_teams()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.list_action.setToolTip(self.tr("The teams there are (or the Down key)"))
