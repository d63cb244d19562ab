"""A list of coaching messages: who wrote to whom and when, the text, and whether it was read."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agent_desktop.features.coaching.core.book import Me
from agent_desktop.shell.local_time import local_time
from crm.schemas.coaching import CoachingKind, CoachingMessage
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
PAD = 5
_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class _MessageDelegate(QStyledItemDelegate):
    """Measures and draws a message's lines with the same text layout (the style's own measure comes
    short for lines with Chinese in a Latin font, and cuts the last line off)."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    @staticmethod
    def _font(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QFont:
        font = index.data(Qt.ItemDataRole.FontRole)
        return font if isinstance(font, QFont) else option.font

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = max(80, self._view.viewport().width() - 2 * PAD)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        box = QFontMetrics(self._font(option, index)).boundingRect(QRect(0, 0, width, 1_000_000), _FLAGS, text)
        return QSize(width + 2 * PAD, box.height() + 2 * PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, font = opt.text, self._font(option, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background, selection
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(font)
        painter.setPen(opt.palette.color(role))
        painter.drawText(opt.rect.adjusted(PAD, PAD, -PAD, -PAD), _FLAGS, text)
        painter.restore()


class MessageList(Retranslated, QListWidget):
    """Messages oldest first (the newest in view); the user's unread ones in bold."""

    sig_selected = Signal(str)
    """The selected message changed (its id; "" for none)."""

    def __init__(self, me: Callable[[], Me | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._me = me
        self._messages: list[CoachingMessage] = []
        self._incoming: Callable[[CoachingMessage], bool] = lambda _m: False
        self.setObjectName("coaching_messages")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(_MessageDelegate(self))
        self.currentItemChanged.connect(lambda item, _old: self.sig_selected.emit(self._id(item)))

    def show_messages(self, messages: list[CoachingMessage], incoming: Callable[[CoachingMessage], bool]) -> None:
        """Show ``messages`` (``incoming``: addressed to the user; unread ones are bold); the selection
        stays on the same message (a reply being written keeps its target); with none, the newest is
        selected."""
        selected = self.selected_id()
        grew = len(messages) > len(self._messages)
        self._messages, self._incoming = list(messages), incoming
        self.blockSignals(True)
        self.clear()
        for message in messages:
            item = QListWidgetItem(self._text(message))
            item.setData(ID_ROLE, message.id)
            if incoming(message) and message.read_at is None:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.addItem(item)
        row = next((i for i, m in enumerate(messages) if m.id == selected), -1)
        if row < 0:
            row = len(messages) - 1
        if row >= 0:
            self.setCurrentRow(row)
            self.scrollToItem(self.item(len(messages) - 1 if grew else row))  # a new message in view
        self.blockSignals(False)
        if self.selected_id() != selected:
            self.sig_selected.emit(self.selected_id())

    def select(self, message_id: str) -> None:
        for row in range(self.count()):
            if self._id(self.item(row)) == message_id:
                self.setCurrentRow(row)
                self.scrollToItem(self.item(row))
                return

    def selected_id(self) -> str:
        return self._id(self.currentItem())

    @staticmethod
    def _id(item: QListWidgetItem | None) -> str:
        return str(item.data(ID_ROLE)) if item is not None else ""

    def texts(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    # -- the texts --------------------------------------------------------------------------------
    def _text(self, message: CoachingMessage) -> str:
        me = self._me()
        mine = me is not None and message.from_user == me.id
        sender = self.tr("You") if mine else message.from_name
        if message.to_team is not None:
            recipient = self.tr("team {0}").format(message.to_team)
        elif me is not None and message.to_user == me.id:
            recipient = self.tr("you")
        else:
            recipient = message.to_name or ""
        lines = [self.tr("{0} · {1} to {2}").format(local_time(message.created_at), sender, recipient)]
        if message.kind is CoachingKind.STANDARD_TEXT:
            lines.append(self.tr("Standard text: {0}").format(message.title or ""))
        lines.append(message.body)
        status = self._status(message, mine)
        if status:
            lines.append(status)
        return "\n".join(lines)

    def _status(self, message: CoachingMessage, mine: bool) -> str:
        if mine and message.to_team is not None:
            return (
                self.tr("Read by %n agent(s)", "", len(message.read_by)) if message.read_by else self.tr("Not read yet")
            )
        if mine:
            if message.read_at is None:
                return self.tr("Not read yet")
            return self.tr("Read {0}").format(local_time(message.read_at))
        if self._incoming(message) and message.read_at is None:
            return self.tr("New")
        return ""

    def retranslateUi(self) -> None:
        self.show_messages(self._messages, self._incoming)
