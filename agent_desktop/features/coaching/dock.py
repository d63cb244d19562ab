"""The coaching dock: the user's coaching messages, the selected one's actions (Got it, Insert into
notes, Copy), a reply box and, for supervisors, "New message..."."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.coaching.core.book import Me
from agent_desktop.features.coaching.message_list import MessageList
from crm.i18n import Msg
from crm.schemas.coaching import MAX_BODY, CoachingKind, CoachingMessage
from resources.colours import tint
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)


class CoachingDock(Retranslated, QWidget):
    """What the user clicks is emitted with the selected message's id; the feature does the work."""

    sig_seen = Signal(str)
    sig_insert = Signal(str)
    sig_copy = Signal(str)
    sig_reply = Signal(str, str)
    """Reply to message (id) with this text."""
    sig_compose = Signal()
    """A supervisor asked for "New message..."."""

    def __init__(self, me: Callable[[], Me | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._me = me
        self._messages: dict[str, CoachingMessage] = {}
        self._incoming: Callable[[CoachingMessage], bool] = lambda _m: False
        self._error: Msg | None = None
        self.list = MessageList(me)
        self.standard_only = QCheckBox()
        self.standard_only.setObjectName("standard_only")
        self.compose_button = QPushButton()
        self.compose_button.setObjectName("compose_button")
        self.compose_button.hide()
        self.seen_button = QPushButton()
        self.insert_button = QPushButton()
        self.copy_button = QPushButton()
        self.reply_edit = QLineEdit()
        self.reply_edit.setObjectName("reply_edit")
        self.reply_edit.setMaxLength(MAX_BODY)
        self.reply_button = QPushButton()
        self.reply_button.setObjectName("reply_button")
        self.error_label = QLabel()
        self.error_label.setObjectName("coaching_error")
        self.error_label.setWordWrap(True)
        tint(self.error_label, "error")
        self.error_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.standard_only, 1)
        top.addWidget(self.compose_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.insert_button, self.copy_button, self.seen_button):
            actions.addWidget(button)
        reply = QHBoxLayout()
        reply.addWidget(self.reply_edit, 1)
        reply.addWidget(self.reply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        layout.addLayout(reply)
        layout.addWidget(self.error_label)

        self.list.sig_selected.connect(lambda _id: self._enable())
        self.standard_only.toggled.connect(lambda _on: self._fill())
        self.seen_button.clicked.connect(lambda: self._emit(self.sig_seen))
        self.insert_button.clicked.connect(lambda: self._emit(self.sig_insert))
        self.copy_button.clicked.connect(lambda: self._emit(self.sig_copy))
        self.reply_button.clicked.connect(self._reply)
        self.reply_edit.returnPressed.connect(self._reply)
        self.reply_edit.textChanged.connect(lambda _t: self._enable())
        self.compose_button.clicked.connect(self.sig_compose)
        self._standard: list[CoachingMessage] = []
        self._all: list[CoachingMessage] = []
        self.retranslateUi()
        self._enable()

    def retranslateUi(self) -> None:
        self.standard_only.setText(self.tr("Standard texts only"))
        self.compose_button.setText(self.tr("New message..."))
        self.seen_button.setText(self.tr("Got it"))
        self.insert_button.setText(self.tr("Insert into notes"))
        self.insert_button.setToolTip(self.tr("Add the text to the notes of the call's wrap-up"))
        self.copy_button.setText(self.tr("Copy"))
        self.reply_edit.setPlaceholderText(self.tr("Reply to the selected message"))
        self.reply_button.setText(self.tr("Send"))
        self._show_error()

    # -- what it shows ------------------------------------------------------------------------------
    def show_messages(
        self,
        messages: list[CoachingMessage],
        standard: list[CoachingMessage],
        incoming: Callable[[CoachingMessage], bool],
    ) -> None:
        """The user's messages (oldest first) and the newest standard text of each title."""
        self._all, self._standard, self._incoming = messages, standard, incoming
        self._messages = {m.id: m for m in messages}
        me = self._me()
        self.compose_button.setVisible(me is not None and me.coaches)
        self._fill()

    def _fill(self) -> None:
        shown = self._standard if self.standard_only.isChecked() else self._all
        self.list.show_messages(shown, self._incoming)
        self._enable()

    def select(self, message_id: str) -> None:
        if self.standard_only.isChecked() and message_id not in {m.id for m in self._standard}:
            self.standard_only.setChecked(False)
        self.list.select(message_id)

    def selected(self) -> CoachingMessage | None:
        return self._messages.get(self.list.selected_id())

    def start_reply(self, message_id: str) -> None:
        """Select ``message_id`` and put the cursor in the reply box (the agent asked to reply)."""
        self.select(message_id)
        self.reply_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def reply_sent(self) -> None:
        self.reply_edit.clear()
        self.show_error(None)

    def show_error(self, message: Msg | None) -> None:
        self._error = message
        self._show_error()

    def _show_error(self) -> None:
        if self._error is None:
            self.error_label.hide()
            return
        self.error_label.setText(QCoreApplication.translate(self._error.context, str(self._error)))
        self.error_label.show()

    # -- actions ------------------------------------------------------------------------------------
    def _enable(self) -> None:
        message = self.selected()
        standard = message is not None and message.kind is CoachingKind.STANDARD_TEXT
        unread = message is not None and message.read_at is None and self._incoming(message)
        self.seen_button.setEnabled(unread)
        self.insert_button.setEnabled(standard)
        self.copy_button.setEnabled(message is not None)
        me = self._me()
        answerable = message is not None and (self._incoming(message) or (me is not None and me.coaches))
        self.reply_button.setEnabled(answerable and bool(self.reply_edit.text().strip()))

    def _emit(self, signal: SignalInstance) -> None:
        message = self.selected()
        if message is not None:
            signal.emit(message.id)

    def _reply(self) -> None:
        message = self.selected()
        text = self.reply_edit.text()
        if message is not None and text.strip() and self.reply_button.isEnabled():
            self.sig_reply.emit(message.id, text)
