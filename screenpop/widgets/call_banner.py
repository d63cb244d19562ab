"""The call banner: the first thing the eye finds while a call rings. Who is calling (the CRM's name
when the customer is known) and the state; their number and the media source the dialled number names
on a line of their own; the call's times as the KPIs count them ("Talk 1:54 · Hold 0:06": talk excludes
hold, see docs/kpis.md), on a band whose colour says the state (ringing amber, dialling blue, in call
green, on hold violet, wrap-up slate)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from crm.durations import clock as _clock
from crm.phones import format_dnis
from resources.colours import follow_theme
from resources.icon_set import icon
from screenpop.core.models import CardModel, PopKind
from screenpop.core.session import PopSession
from screenpop.widgets.text import caller_text, plain_label

logger = logging.getLogger(__name__)

STATES = ("ringing", "dialling", "in_call", "on_hold", "wrap_up", "ended", "none")
"""What the banner can show; ``none``: a card opened without a call (a neutral band)."""

_ICONS = {
    "ringing": "ringing",
    "dialling": "dial",
    "in_call": "in_call",
    "on_hold": "hold",
    "wrap_up": "hang_up",
    "ended": "hang_up",
    "none": "customer",
}
# (background, text) per state, for light and dark colours
_BANDS = {
    "light": {
        "ringing": ("#f59e0b", "#1f1300"),
        "dialling": ("#2563eb", "#ffffff"),
        "in_call": ("#15803d", "#ffffff"),
        "on_hold": ("#6d28d9", "#ffffff"),
        "wrap_up": ("#475569", "#ffffff"),
        "ended": ("#e2e8f0", "#1f2933"),
        "none": ("#e2e8f0", "#1f2933"),
    },
    "dark": {
        "ringing": ("#d97706", "#140c00"),
        "dialling": ("#1d4ed8", "#ffffff"),
        "in_call": ("#166534", "#ffffff"),
        "on_hold": ("#5b21b6", "#ffffff"),
        "wrap_up": ("#334155", "#ffffff"),
        "ended": ("#2c3037", "#e6e9ee"),
        "none": ("#2c3037", "#e6e9ee"),
    },
}


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit (the whole text in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(40)
        self.setProperty("elide", True)

    def set_full_text(self, text: str) -> None:
        if text == self._full and self.toolTip() == text:
            return  # (shown already: a resize or a font change elides it again)
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(QFontMetrics(self.font()).horizontalAdvance(self._full) + 4, super().sizeHint().height())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        super().setText(QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class CallBanner(QFrame):
    """Paints one pop's call: :meth:`show_session` with the session and its state (see :data:`STATES`).
    ``state_label`` shows the state's text, which the dock sets."""

    def __init__(self, region: str = "CN", parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.setObjectName("CallBanner")
        self.setAutoFillBackground(True)
        self._region = region
        self._clock = clock
        self._session: PopSession | None = None
        self._state = "none"
        self._painted: tuple[str, float] | None = None  # the state and pixel ratio the band is painted for
        self.icon_label = QLabel()
        self.icon_label.setTextFormat(Qt.TextFormat.PlainText)  # customer text here is never markup
        self.icon_label.setFixedSize(36, 36)
        self.name_label = ElidedLabel()
        self.name_label.setObjectName("banner_name")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.detail_label = ElidedLabel()
        self.detail_label.setObjectName("banner_detail")
        self.timer_label = plain_label("0:00", name="banner_timer", wrap=False)
        timer_font = QFont(self.font())
        timer_font.setBold(True)
        timer_font.setStyleHint(QFont.StyleHint.Monospace)
        timer_font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.timer_label.setFont(timer_font)
        self.state_label = plain_label(name="status_label", wrap=False)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        state_font = QFont(self.font())
        state_font.setBold(True)
        self.state_label.setFont(state_font)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 12, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(0)
        # the name and the state on top; the number and the hotline, then the times, each on the whole
        # width: a long state ("Call ended: wrap-up pending") or the Offline chip leaves them readable
        grid.addWidget(self.icon_label, 0, 0, 3, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.name_label, 0, 1)
        grid.addWidget(self.state_label, 0, 2)
        grid.addWidget(self.detail_label, 1, 1, 1, 2)
        grid.addWidget(self.timer_label, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_time)
        follow_theme(self, self._theme_changed)  # the band's colours are its own: Qt would not tell it
        self.hide()

    @property
    def state(self) -> str:
        return self._state

    def show_session(self, session: PopSession | None, state: str) -> None:
        """Show ``session`` in ``state`` (hidden without a session)."""
        self._session = session
        self._state = state if state in STATES else "none"
        if session is None:
            self._tick.stop()
            self.hide()
            return
        card = session.card
        self.name_label.set_full_text(self._name(card))
        self.detail_label.set_full_text(self._detail(card))
        if self._painted != (self._state, self.devicePixelRatioF()):  # each call event asks: repaint on change
            self._paint_state()
        self._show_time()
        running = self._state in ("ringing", "dialling", "in_call", "on_hold")  # (on hold: the hold time)
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()
        self.show()

    def _name(self, card: CardModel) -> str:
        if card.customer is not None and card.customer.name:
            return card.customer.name
        if card.kind is PopKind.CHOOSE:
            return self.tr("%n customers with this number", "", len(card.candidates))
        if card.identity.display_name:
            return card.identity.display_name
        return self.tr("Unknown caller")

    def _detail(self, card: CardModel) -> str:
        parts = [caller_text(card.identity, self._region)]
        media = card.media_source
        if media is not None:
            source = " / ".join(p for p in (media.channel, media.programme, media.advert) if p)
            hotline = format_dnis(media.dnis, self._region)
            parts.append(self.tr("via %1").replace("%1", f"{hotline} {source}".strip()))
        return "  ·  ".join(p for p in parts if p)

    def _show_time(self) -> None:
        """Before the answer how long it rang; then the talk time, and the hold time once held."""
        session = self._session
        if session is None or self._state == "none":
            self.timer_label.setText("")
            self.timer_label.setToolTip("")
            return
        now = self._clock()
        if session.answer_monotonic is None:
            end = session.end_monotonic if session.end_monotonic is not None else now
            self.timer_label.setText(_clock(end - session.ring_monotonic))
            self.timer_label.setToolTip(self.tr("Dialling for") if session.outbound else self.tr("Ringing for"))
            return
        text = self.tr("Talk %1").replace("%1", _clock(session.talk_so_far(now)))
        hold = session.hold_so_far(now)
        if hold >= 1 or session.hold_started is not None:
            text += "  ·  " + self.tr("Hold %1").replace("%1", _clock(hold))
        self.timer_label.setText(text)
        self.timer_label.setToolTip(
            self.tr("Talk: connected and not on hold. Hold: on hold. Handle time adds the wrap-up to both.")
        )

    def _paint_state(self) -> None:
        app_palette = QGuiApplication.palette()
        window = app_palette.color(QPalette.ColorRole.Window)
        dark = window.lightness() < app_palette.color(QPalette.ColorRole.WindowText).lightness()
        background, text = _BANDS["dark" if dark else "light"][self._state]
        palette = QPalette(app_palette)
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, QColor(text))
        self.setPalette(palette)
        self._painted = (self._state, self.devicePixelRatioF())
        self.icon_label.setPixmap(icon(_ICONS[self._state], text).pixmap(QSize(32, 32), self.devicePixelRatioF()))

    def _theme_changed(self) -> None:
        if self._session is not None:
            self._paint_state()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._session is not None:
            self.name_label.set_full_text(self._name(self._session.card))
            self.detail_label.set_full_text(self._detail(self._session.card))
            self._show_time()
