"""The coaching notice: a new message shown at once in a corner of the main window, over whatever is
there, without ever taking the keyboard focus (the agent keeps typing into the form they are in).

It is a child of the window, not a window of its own: showing it activates nothing, and none of it
takes the focus (its buttons are clicked with the mouse; the coaching dock has the keyboard way)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from agent_desktop.shell.corner_notice import CornerNotice
from agent_desktop.shell.local_time import local_time
from crm.schemas.coaching import CoachingKind, CoachingMessage

logger = logging.getLogger(__name__)

BODY_HEIGHT = 140
"""Up to about seven lines of the message; a longer one scrolls (with the mouse wheel)."""


class CoachingNotice(CornerNotice):
    """Shows one message (and how many more wait) with Got it, Reply, and for a standard text Insert
    into notes and Copy. Emits what the agent clicked with the message's id."""

    sig_seen = Signal(str)
    sig_reply = Signal(str)
    sig_insert = Signal(str)
    sig_copy = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, "coaching_notice", 0)
        self._message: CoachingMessage | None = None
        self._more = 0
        self.heading.setObjectName("coaching_notice_heading")
        self.body.setObjectName("coaching_notice_body")
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
        self._lay_out(
            self.body_area, self.more_label, [self.insert_button, self.copy_button, self.reply_button, self.seen_button]
        )

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
    def _fit(self, window: QWidget, width: int) -> None:
        needed = self.body.heightForWidth(width - 24)  # the text's height at the notice's width
        self.body_area.setFixedHeight(min(BODY_HEIGHT, max(needed, self.body.fontMetrics().height()) + 2))
