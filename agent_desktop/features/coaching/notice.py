"""The coaching notice: a new message shown at once in a corner of the main window, over whatever is
there, without ever taking the keyboard focus (the agent keeps typing into the form they are in).

It is a child of the window, not a window of its own: showing it activates nothing, and none of it
takes the focus (its buttons are clicked with the mouse; the coaching dock has the keyboard way)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.shell.corner_notice import arrange, mark
from agent_desktop.shell.local_time import local_time
from crm.schemas.coaching import CoachingKind, CoachingMessage
from resources.colours import tint_notice
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

WIDTH = 400
BODY_HEIGHT = 140
"""Up to about seven lines of the message; a longer one scrolls (with the mouse wheel)."""


class CoachingNotice(Retranslated, QFrame):
    """Shows one message (and how many more wait) with Got it, Reply, and for a standard text Insert
    into notes and Copy. Emits what the agent clicked with the message's id."""

    sig_seen = Signal(str)
    sig_reply = Signal(str)
    sig_insert = Signal(str)
    sig_copy = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("coaching_notice")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        tint_notice(self)
        mark(self, 0)
        self._message: CoachingMessage | None = None
        self._more = 0
        self.heading = QLabel()
        self.heading.setObjectName("coaching_notice_heading")
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("coaching_notice_body")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body_area = QScrollArea()
        self.body_area.setWidget(self.body)
        self.body_area.setWidgetResizable(True)
        self.body_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body_area.viewport().setAutoFillBackground(False)  # the notice's colour behind the text
        self.body.setAutoFillBackground(False)
        self.more_label = QLabel()
        self.seen_button = QPushButton()
        self.reply_button = QPushButton()
        self.insert_button = QPushButton()
        self.copy_button = QPushButton()
        for widget, signal in (
            (self.seen_button, self.sig_seen),
            (self.reply_button, self.sig_reply),
            (self.insert_button, self.sig_insert),
            (self.copy_button, self.sig_copy),
        ):
            widget.clicked.connect(lambda _=False, s=signal: self._clicked(s))
        buttons = QHBoxLayout()
        buttons.addWidget(self.more_label, 1)
        for button in (self.insert_button, self.copy_button, self.reply_button, self.seen_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.body_area)
        layout.addLayout(buttons)
        for child in (self, *self.findChildren(QWidget)):
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        window.installEventFilter(self)
        self.retranslateUi()
        self.hide()

    def retranslateUi(self) -> None:
        self.seen_button.setText(self.tr("Got it"))
        self.reply_button.setText(self.tr("Reply..."))
        self.insert_button.setText(self.tr("Insert into notes"))
        self.copy_button.setText(self.tr("Copy"))
        self._show_texts()

    # -- what it shows ------------------------------------------------------------------------------
    @property
    def message_id(self) -> str:
        """The message shown ("" while hidden)."""
        return self._message.id if self._message is not None and not self.isHidden() else ""

    def show_message(self, message: CoachingMessage, more: int) -> None:
        """Show ``message`` (``more``: how many other unread ones wait), over the window's corner;
        nothing is activated and the focus stays where it is."""
        self._message, self._more = message, more
        standard = message.kind is CoachingKind.STANDARD_TEXT
        self.insert_button.setVisible(standard)
        self.copy_button.setVisible(standard)
        self._show_texts()
        self._place()
        self.show()
        self.raise_()

    def dismiss(self) -> None:
        self._message = None
        self.hide()

    def _show_texts(self) -> None:
        message = self._message
        if message is None:
            return
        when = local_time(message.created_at)
        if message.kind is CoachingKind.STANDARD_TEXT:
            heading = self.tr("Standard text from {0} ({1}): {2}").format(message.from_name, when, message.title or "")
        elif message.to_team is not None:
            heading = self.tr("Message to team {0} from {1} ({2})").format(message.to_team, message.from_name, when)
        else:
            heading = self.tr("Message from {0} ({1})").format(message.from_name, when)
        self.heading.setText(heading)
        self.body.setText(message.body)
        self.more_label.setText(self.tr("+%n more", "", self._more) if self._more else "")

    def _clicked(self, signal: SignalInstance) -> None:
        if self._message is not None:
            signal.emit(self._message.id)

    # -- where it stands ----------------------------------------------------------------------------
    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        width = min(WIDTH, max(200, window.width() // 2))
        self.setFixedWidth(width)
        needed = self.body.heightForWidth(width - 24)  # the text's height at the notice's width
        self.body_area.setFixedHeight(min(BODY_HEIGHT, max(needed, self.body.fontMetrics().height()) + 2))
        self.adjustSize()
        arrange(window, self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and not self.isHidden():
            self._place()
        return False
