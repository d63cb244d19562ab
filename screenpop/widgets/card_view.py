"""The customer card: who is calling, their history, complaints, orders, to-dos, and the call actions.

Built once and updated in place from a :class:`CardModel` (a refresh changes texts and model rows,
never rebuilds widgets). All customer text is shown as plain text.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resources.icon_set import icon
from resources.live_text import Retranslated
from screenpop.core.labels import code_label
from screenpop.core.models import CardModel
from screenpop.widgets.text import caller_text, format_when, plain_label, translated
from screenpop.widgets.timeline_model import TimelineModel

logger = logging.getLogger(__name__)

_COMPLAINT_BG = QColor("#fde7e9")
_COMPLAINT_FG = QColor("#d92d20")  # readable on light and dark colours


class CustomerCardView(Retranslated, QWidget):
    """Paints one customer's card; the action buttons emit requests carrying the current card.
    (Marking the call abnormal and blocking are call actions: see CallActionsBar in the dock.)"""

    sig_new_order_requested = Signal(CardModel)
    """The agent wants a new order for this card's customer (carries the CardModel)."""
    sig_new_complaint_requested = Signal(CardModel)
    """The agent wants to record a complaint (carries the CardModel)."""
    sig_new_todo_requested = Signal(CardModel)
    """The agent wants a to-do about this customer (carries the CardModel)."""
    sig_call_back_requested = Signal(CardModel)
    """The agent wants to call this customer back (carries the CardModel)."""
    sig_dial_requested = Signal(CardModel)
    """The agent wants to call this card's party now (carries the CardModel)."""
    sig_edit_customer_requested = Signal(CardModel)
    """The agent wants to edit the customer record (carries the CardModel)."""
    sig_call_recording_requested = Signal(str)
    """A past call's row was double-clicked: hear its recording (carries the call log id)."""

    # the action buttons, set by name in _actions
    new_order_button: QPushButton
    new_complaint_button: QPushButton
    new_todo_button: QPushButton
    call_back_button: QPushButton
    edit_customer_button: QPushButton
    dial_button: QPushButton

    def __init__(self, region: str = "CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._region = region
        self._card: CardModel | None = None
        self._call_windows: dict[str, str] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)

        self.name_label = plain_label(name="name_label")
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.vip_label = plain_label(name="vip_label", wrap=False)
        head = QHBoxLayout()
        head.addWidget(self.name_label, 1)
        head.addWidget(self.vip_label)
        layout.addLayout(head)
        self.caller_label = plain_label(name="caller_label")
        self.media_label = plain_label(name="media_label")
        self.notes_label = plain_label(name="notes_label")
        for label in (self.caller_label, self.media_label, self.notes_label):
            layout.addWidget(label)

        self.info_box = info = QGroupBox()
        form = QFormLayout(info)
        self.phones_label = plain_label(name="phones_label")
        self.address_label = plain_label(name="address_label")
        self.tags_label = plain_label(name="tags_label")
        self.samples_label = plain_label(name="samples_label")
        self.follow_up_label = plain_label(name="follow_up_label")
        self.call_window_label = plain_label(name="call_window_label")
        self._captions = [plain_label(wrap=False) for _ in range(6)]
        for caption, value in zip(
            self._captions,
            (
                self.phones_label,
                self.address_label,
                self.tags_label,
                self.samples_label,
                self.follow_up_label,
                self.call_window_label,
            ),
        ):
            form.addRow(caption, value)

        self.complaints_box = QGroupBox()
        self.complaints_list = self._small_list(self.complaints_box)

        self.orders_box = orders_box = QGroupBox()
        self.orders_tree = QTreeWidget()
        self.orders_tree.setColumnCount(4)
        self.orders_tree.setRootIsDecorated(False)
        self.orders_tree.setUniformRowHeights(True)
        header = self.orders_tree.header()
        header.setStretchLastSection(True)
        metrics = self.orders_tree.fontMetrics()
        # fixed widths from typical values: sizing to contents on every pop costs a repaint's worth
        for column, sample in enumerate(("SO20261118-000002", "delivered", "SF Express")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 12)
        self.orders_tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QVBoxLayout(orders_box).addWidget(self.orders_tree)

        self.todos_box = todos_box = QGroupBox()
        self.todos_list = self._small_list(todos_box)

        self.history_box = history_box = QGroupBox()
        self.timeline_model = TimelineModel(self)
        self.timeline_view = QListView()
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.setMinimumHeight(120)
        self.timeline_view.doubleClicked.connect(self._timeline_activated)
        # a narrow card wraps an entry onto a second line: kind, order number and status stay whole
        self.timeline_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_view.setWordWrap(True)
        self.timeline_view.setResizeMode(QListView.ResizeMode.Adjust)
        QVBoxLayout(history_box).addWidget(self.timeline_view)
        # what the agent needs before saying hello comes first; the record's details last
        for box, stretch in ((self.complaints_box, 0), (history_box, 1), (orders_box, 0), (todos_box, 0), (info, 0)):
            layout.addWidget(box, stretch)
        outer.addLayout(self._actions())  # always visible, outside the scrolling part
        self.retranslateUi()

    def retranslateUi(self) -> None:
        """Every text of the card in the current language (the shown card is painted again)."""
        self._call_windows = {
            "anytime": self.tr("Any time"),
            "morning": self.tr("Morning (09-12)"),
            "afternoon": self.tr("Afternoon (12-18)"),
            "evening": self.tr("Evening (18-21)"),
            "weekend": self.tr("Weekend"),
        }
        self.info_box.setTitle(self.tr("Customer"))
        captions = (
            self.tr("Phones"),
            self.tr("Address"),
            self.tr("Tags"),
            self.tr("Sample trials"),
            self.tr("Follow-up calls"),
            self.tr("Call window"),
        )
        for caption, text in zip(self._captions, captions):
            caption.setText(text)
        self.complaints_box.setTitle(self.tr("Open complaints"))
        self.orders_box.setTitle(self.tr("Recent orders"))
        self.orders_tree.setHeaderLabels([self.tr("Order"), self.tr("Status"), self.tr("Courier"), self.tr("Tracking")])
        self.todos_box.setTitle(self.tr("Open to-dos"))
        self.history_box.setTitle(self.tr("Contact history"))
        for name, text in (
            ("new_order_button", self.tr("New &order")),
            ("new_complaint_button", self.tr("New co&mplaint")),
            ("new_todo_button", self.tr("New &to-do")),
            ("call_back_button", self.tr("&Call back")),
            ("edit_customer_button", self.tr("&Edit customer")),
            ("dial_button", self.tr("Dia&l")),
        ):
            getattr(self, name).setText(text)
        self.timeline_model.retranslate()
        if self._card is not None:
            self.set_card(self._card)

    def _small_list(self, box: QGroupBox) -> QListWidget:
        widget = QListWidget()
        widget.setUniformItemSizes(True)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long lines elide
        QVBoxLayout(box).addWidget(widget)
        return widget

    def _actions(self) -> QGridLayout:
        grid = QGridLayout()
        buttons = [
            ("new_order_button", self.sig_new_order_requested),
            ("new_complaint_button", self.sig_new_complaint_requested),
            ("new_todo_button", self.sig_new_todo_requested),
            ("call_back_button", self.sig_call_back_requested),
            ("edit_customer_button", self.sig_edit_customer_requested),
            ("dial_button", self.sig_dial_requested),
        ]
        for n, (name, signal) in enumerate(buttons):  # texts: retranslateUi
            button = QPushButton()
            button.setObjectName(name)
            button.setIcon(icon(name.removesuffix("_button")))
            button.clicked.connect(lambda _=False, s=signal: self._emit(s))
            setattr(self, name, button)
            grid.addWidget(button, n // 3, n % 3)
        return grid

    def _emit(self, signal: SignalInstance) -> None:
        if self._card is not None:
            signal.emit(self._card)

    def _timeline_activated(self, index: QModelIndex) -> None:
        entries = self.timeline_model.entries()
        if 0 <= index.row() < len(entries) and entries[index.row()].call_log_id:
            self.sig_call_recording_requested.emit(entries[index.row()].call_log_id)

    def card(self) -> CardModel | None:
        return self._card

    def set_card(self, card: CardModel) -> None:
        """Paint ``card`` (first pop or a refresh of the same call: updated in place, where the agent
        scrolled to). Another call or customer opens at the top: name, complaints and orders first."""
        before, self._card = self._card, card
        if before is None or _whose(before) != _whose(card):
            self.scroll_area.verticalScrollBar().setValue(0)
        customer = card.customer
        self.name_label.setText(customer.name if customer else card.identity.display_name)
        self.vip_label.setText(
            self.tr("VIP %1").replace("%1", customer.vip_level)
            if customer and customer.vip_level not in ("", "0")
            else ""
        )
        self.vip_label.setVisible(bool(self.vip_label.text()))
        caller = self.tr("Dialled %1") if card.identity.outbound else self.tr("Calling from %1")
        self.caller_label.setText(caller.replace("%1", caller_text(card.identity, self._region)))
        self.caller_label.setVisible(not card.identity.without_call)  # a card opened outside a call: no caller
        self.media_label.setText(self._media_text(card))
        self.media_label.setVisible(bool(card.media_source))
        self.notes_label.setText("\n".join(translated(n) for n in card.notes))
        self.notes_label.setVisible(bool(card.notes))
        self.phones_label.setText(", ".join(customer.phones) if customer else "")
        self.address_label.setText(customer.address if customer else "")
        self.tags_label.setText(", ".join(customer.tags) if customer else "")
        self.samples_label.setText(self._yes_no(customer.accepts_samples if customer else None))
        self.follow_up_label.setText(self._yes_no(customer.follow_up_opt_in if customer else None))
        window = customer.call_window if customer else ""
        self.call_window_label.setText(self._call_windows.get(window, window))
        self._fill_complaints(card)
        self._fill_orders(card)
        self.todos_list.clear()
        for todo in card.todos:
            due = format_when(todo.due)
            self.todos_list.addItem(f"{todo.title}  {due}".rstrip())
        for box, view in (
            (self.complaints_box, self.complaints_list),
            (self.orders_box, self.orders_tree),
            (self.todos_box, self.todos_list),
        ):
            rows = view.topLevelItemCount() if isinstance(view, QTreeWidget) else view.count()
            box.setVisible(rows > 0)
            _fit_rows(view, rows)
        self.timeline_model.set_entries(card.timeline)
        for button in (
            self.new_order_button,
            self.new_complaint_button,
            self.new_todo_button,
            self.edit_customer_button,
        ):
            button.setEnabled(customer is not None)
        has_number = bool(card.identity.number or card.identity.number_raw)
        self.call_back_button.setEnabled(has_number or bool(customer and customer.phones))
        self.dial_button.setEnabled(bool(card.number_to_dial()))

    def _media_text(self, card: CardModel) -> str:
        media = card.media_source
        if media is None:
            return ""
        parts = [p for p in (media.channel, media.programme, media.advert, media.campaign) if p]
        return self.tr("Media source: %1").replace("%1", " / ".join(parts))

    def _yes_no(self, value: bool | None) -> str:
        if value is None:
            return self.tr("Unknown")
        return self.tr("Yes") if value else self.tr("No")

    def _fill_complaints(self, card: CardModel) -> None:
        self.complaints_list.clear()
        open_ones = card.open_complaints
        for complaint in open_ones:
            what = complaint.summary or translated(code_label(complaint.category))
            text = f"{format_when(complaint.opened_at)}  {what} ({translated(code_label(complaint.status))})"
            item = QListWidgetItem(text)
            item.setBackground(QBrush(_COMPLAINT_BG))
            item.setForeground(QBrush(_COMPLAINT_FG))
            self.complaints_list.addItem(item)
        self.complaints_box.setTitle(self.tr("Open complaints (%1)").replace("%1", str(len(open_ones))))
        if self.complaints_box.property("highlighted") != bool(open_ones):
            self.complaints_box.setProperty("highlighted", bool(open_ones))
            palette = self.palette()
            font = QFont(self.font())
            if open_ones:  # a palette, not a style sheet: style sheets make every repaint slower
                palette.setColor(QPalette.ColorRole.WindowText, _COMPLAINT_FG)
                font.setBold(True)
            self.complaints_box.setPalette(palette)
            self.complaints_box.setFont(font)

    def _fill_orders(self, card: CardModel) -> None:
        self.orders_tree.clear()
        for order in card.orders:
            status = translated(code_label(order.status))
            item = QTreeWidgetItem([order.number, status, order.courier, order.tracking])
            item.setToolTip(
                0,
                self.tr("Ordered %1, total %2").replace("%1", format_when(order.created_at)).replace("%2", order.total),
            )
            item.setToolTip(3, order.tracking)
            item.setData(0, Qt.ItemDataRole.UserRole, order.id)
            self.orders_tree.addTopLevelItem(item)


_MAX_VISIBLE_ROWS = 4


def _whose(card: CardModel) -> tuple[str, str]:
    """The call and customer a card shows: a refresh of the same pair keeps the scroll position."""
    return card.call_id, card.customer.id if card.customer is not None else ""


def _fit_rows(view: QListWidget | QTreeWidget, rows: int) -> None:
    """Make a short list exactly as tall as its rows (up to a few; it scrolls beyond)."""
    shown = max(1, min(rows, _MAX_VISIBLE_ROWS))
    row = view.sizeHintForRow(0) if rows else view.fontMetrics().height() + 4
    header = view.header().sizeHint().height() if isinstance(view, QTreeWidget) else 0
    view.setFixedHeight(shown * max(row, 1) + header + 2 * view.frameWidth() + 2)
