"""The supervisor's "Send coaching message" panel: pick an agent or a team (from the list or typed),
write a message or a standard text (picked from the library of the setting ``coaching.standard_texts``,
then edited if need be), send it; below, the history with that agent or team, with the read receipts and
the replies as they come."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.coaching.core.book import Me
from agent_desktop.features.coaching.core.checks import check_message
from agent_desktop.features.coaching.core.recipients import Recipient, find
from agent_desktop.features.coaching.message_list import MessageList
from agent_desktop.shell.i18n import translate_msg
from crm.coaching_texts import StandardText
from crm.i18n import Msg
from crm.schemas.coaching import MAX_BODY, MAX_TITLE, CoachingKind, CoachingMessage
from forms.order_labels import error_label
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

FIELDS = ("to", "title", "body")


class ComposePanel(Retranslated, QWidget):
    """Emits :attr:`sig_send` with what to send once it passes the checks; the feature sends it and
    calls :meth:`sent` or :meth:`refused`."""

    sig_send = Signal(object, object, str, str)
    """(Recipient, CoachingKind, title, body)."""
    sig_recipient_changed = Signal(object)
    """The recipient picked (a Recipient, or None): its history is wanted."""

    def __init__(self, me: Callable[[], Me | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recipients: list[Recipient] = []
        self._current: Recipient | None = None
        self._errors: dict[str, Msg] = {}
        self._status: Msg | None = None
        self.to_combo = QComboBox()
        self.to_combo.setObjectName("to_combo")
        self.to_combo.setEditable(True)
        self.to_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        to_edit = self.to_combo.lineEdit()
        assert to_edit is not None  # an editable combo box has one
        self.to_edit = to_edit
        completer = QCompleter(self.to_combo.model(), self.to_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.to_combo.setCompleter(completer)
        self.message_radio = QRadioButton()
        self.standard_radio = QRadioButton()
        self.message_radio.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.message_radio)
        kinds.addButton(self.standard_radio)
        self.library_combo = QComboBox()
        self.library_combo.setObjectName("library_combo")
        self._library: list[StandardText] = []
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("body_edit")
        self.body_edit.setTabChangesFocus(True)
        self.count_label = QLabel()
        self.send_button = QPushButton()
        self.send_button.setObjectName("send_button")
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.history_label = QLabel()
        self.history = MessageList(me)
        self.history.setMinimumHeight(160)
        self.errors = {name: error_label(name) for name in FIELDS}
        self._captions = {name: QLabel() for name in ("to", "kind", "library", "title", "body")}
        for name, buddy in (
            ("to", self.to_combo),
            ("library", self.library_combo),
            ("title", self.title_edit),
            ("body", self.body_edit),
        ):
            self._captions[name].setBuddy(buddy)

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.message_radio)
        kind_row.addWidget(self.standard_radio)
        kind_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self._captions["to"], self.to_combo)
        form.addRow(self.errors["to"])
        form.addRow(self._captions["kind"], kind_row)
        form.addRow(self._captions["library"], self.library_combo)
        form.addRow(self._captions["title"], self.title_edit)
        form.addRow(self.errors["title"])
        form.addRow(self._captions["body"], self.body_edit)
        form.addRow(self.errors["body"])
        self._form = form
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(bottom)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)

        self.to_combo.currentIndexChanged.connect(lambda _i: self._pick())
        self.to_edit.editingFinished.connect(self._pick)
        self.standard_radio.toggled.connect(self._kind_changed)
        self.library_combo.activated.connect(self._pick_text)
        self.body_edit.textChanged.connect(self._count)
        self.send_button.clicked.connect(self.send)
        self._kind_changed(False)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        for name, text in (
            ("to", self.tr("&To:")),
            ("kind", self.tr("Kind:")),
            ("library", self.tr("&Library:")),
            ("title", self.tr("T&itle:")),
            ("body", self.tr("&Message:")),
        ):
            self._captions[name].setText(text)
        self.to_edit.setPlaceholderText(self.tr("An agent or a team"))
        self.message_radio.setText(self.tr("Message"))
        self.standard_radio.setText(self.tr("Standard text"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Return policy"))
        self.body_edit.setPlaceholderText(self.tr("What the agent should know or read to the customer"))
        self.send_button.setText(self.tr("Send"))
        self._fill_recipients()
        self._fill_library()
        self._count()
        self._show_errors()
        self._show_history_label()

    # -- recipients ---------------------------------------------------------------------------------
    def set_recipients(self, choices: list[Recipient]) -> None:
        self._recipients = list(choices)
        self._fill_recipients()

    def _fill_recipients(self) -> None:
        text = self.to_combo.currentText()
        self.to_combo.blockSignals(True)
        self.to_combo.clear()
        for choice in self._recipients:
            self.to_combo.addItem(self._label(choice), choice)
        self.to_combo.setCurrentIndex(-1)
        self.to_combo.setEditText(self._label(self._current) if self._current is not None else text)
        self.to_combo.blockSignals(False)

    def _label(self, choice: Recipient) -> str:
        if choice.is_team:
            return self.tr("Team {0} (every agent)").format(choice.name)
        if choice.agent_team:
            return self.tr("{0} ({1}, team {2})").format(choice.name, choice.username, choice.agent_team)
        return self.tr("{0} ({1})").format(choice.name, choice.username)

    def choose(self, user_id: str) -> bool:
        """Pick agent ``user_id`` (True when they are among the choices)."""
        for index, choice in enumerate(self._recipients):
            if choice.user_id == user_id and not choice.is_team:
                self.to_combo.setCurrentIndex(index)
                self._pick()
                return True
        return False

    def recipient(self) -> Recipient | None:
        return self._current

    def _pick(self) -> None:
        index = self.to_combo.currentIndex()
        text = self.to_combo.currentText()
        choice = self.to_combo.itemData(index) if index >= 0 and self.to_combo.itemText(index) == text else None
        if not isinstance(choice, Recipient):
            labels = {self._label(c): c for c in self._recipients}
            choice = labels.get(text) or find(text, self._recipients)
        if choice != self._current:
            self._current = choice
            self._errors.pop("to", None)
            self._show_errors()
            self._show_history_label()
            self.sig_recipient_changed.emit(choice)

    # -- writing ------------------------------------------------------------------------------------
    def kind(self) -> CoachingKind:
        return CoachingKind.STANDARD_TEXT if self.standard_radio.isChecked() else CoachingKind.TEXT

    def _kind_changed(self, standard: bool) -> None:
        self.title_edit.setEnabled(standard)
        self._form.setRowVisible(self.title_edit, standard)
        self._form.setRowVisible(self.library_combo, standard)
        if not standard:
            self._errors.pop("title", None)
            self._show_errors()

    # -- the library of standard texts ---------------------------------------------------------------
    def set_library(self, texts: list[StandardText]) -> None:
        """The standard texts to pick from (the setting ``coaching.standard_texts``)."""
        self._library = list(texts)
        self._fill_library()

    def _fill_library(self) -> None:
        index = self.library_combo.currentIndex()
        self.library_combo.clear()
        self.library_combo.addItem(self.tr("Choose a standard text to fill in…"))
        for text in self._library:
            self.library_combo.addItem(translate_msg(text.shown()[0]))
        self.library_combo.setCurrentIndex(index if 0 < index < self.library_combo.count() else 0)

    def library_titles(self) -> list[str]:
        """The titles offered, in the language in use."""
        return [self.library_combo.itemText(i) for i in range(1, self.library_combo.count())]

    def pick_text(self, title: str) -> bool:
        """Fill in the library's text ``title`` (as offered), as the supervisor's pick does."""
        index = self.library_combo.findText(title)
        if index > 0:
            self.library_combo.setCurrentIndex(index)
            self._pick_text(index)
        return index > 0

    def _pick_text(self, index: int) -> None:
        if not 0 < index <= len(self._library):
            return
        title, body = self._library[index - 1].shown()
        self.title_edit.setText(translate_msg(title))
        self.body_edit.setPlainText(translate_msg(body))
        for name in ("title", "body"):
            self._errors.pop(name, None)
        self._show_errors()

    def _count(self) -> None:
        length = len(self.body_edit.toPlainText())
        self.count_label.setText(self.tr("{0} / {1}").format(length, MAX_BODY))

    def send(self) -> bool:
        """Check and ask for the message to be sent (False: a problem is shown, nothing is lost)."""
        self._pick()
        body, title = self.body_edit.toPlainText(), self.title_edit.text()
        self._errors = check_message(self._current, self.kind(), title, body)
        self._status = None
        self._show_errors()
        if self._errors:
            first = next(name for name in FIELDS if name in self._errors)
            {"to": self.to_combo, "title": self.title_edit, "body": self.body_edit}[first].setFocus()
            return False
        self.send_button.setEnabled(False)
        self.sig_send.emit(self._current, self.kind(), title.strip(), body)
        return True

    def sent(self, status: Msg) -> None:
        """The message went: the text goes, the recipient and the kind stay."""
        self.send_button.setEnabled(True)
        self.body_edit.clear()
        self.title_edit.clear()
        self.library_combo.setCurrentIndex(0)
        self._status = status
        self._show_errors()

    def clear_status(self) -> None:
        """The panel is shown again: what was said about the last message ("Sent.") is old news."""
        self._status = None
        self._show_errors()

    def refused(self, field: str, message: Msg) -> None:
        """It did not go: the problem at ``field``, everything typed kept."""
        self.send_button.setEnabled(True)
        self._errors = {field if field in FIELDS else "body": message}
        self._show_errors()

    def _show_errors(self) -> None:
        for name, label in self.errors.items():
            message = self._errors.get(name)
            label.setVisible(message is not None)
            if message is not None:
                label.setText(QCoreApplication.translate(message.context, str(message)))
        status = self._status
        self.status_label.setText(QCoreApplication.translate(status.context, str(status)) if status else "")

    # -- history ------------------------------------------------------------------------------------
    def show_history(self, messages: list[CoachingMessage], incoming: Callable[[CoachingMessage], bool]) -> None:
        self.history.show_messages(messages, incoming)

    def _show_history_label(self) -> None:
        choice = self._current
        if choice is None:
            self.history_label.setText(self.tr("Choose an agent or a team to see your messages with them."))
        elif choice.is_team:
            self.history_label.setText(self.tr("Messages to team {0}:").format(choice.name))
        else:
            self.history_label.setText(self.tr("Messages with {0}:").format(choice.name))
