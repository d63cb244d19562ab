"""The app's icons by meaning: ``icon("answer")``, ``icon("settings")``.

One set drawn in one style: Lucide (``resources/icons/lucide``, ISC licence, from lucide-static
1.62.0), 24-unit outline icons. They are drawn in the text colour of the palette in use (light or
dark theme), or in a fixed colour where the colour carries the meaning (answer green, hang up red),
faded when the widget is disabled, at any size and device pixel ratio (an SVG rendered on demand,
kept per size, ratio and colour). Nothing is read before the first icon is asked for.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from resources.loader import ROOT

logger = logging.getLogger(__name__)

NAMES = {
    # calls
    "answer": "phone",
    "reject": "phone-off",
    "hang_up": "phone-off",
    "dial": "phone-outgoing",
    "redial": "rotate-ccw",
    "ringing": "phone-incoming",
    "in_call": "phone-call",
    "missed": "phone-missed",
    "hold": "pause",
    "resume": "play",
    "mute": "mic-off",
    "mic": "mic",
    "speaker": "volume-2",
    "transfer": "phone-forwarded",
    "complete_transfer": "arrow-right-left",
    "conference": "users",
    "record": "circle-dot",
    "teams": "users",
    "call_back": "phone-call",
    "media_source": "megaphone",
    "timer": "clock",
    # customer card
    "customer": "id-card",
    "vip": "crown",
    "new_order": "shopping-cart",
    "new_complaint": "message-square-warning",
    "new_todo": "list-plus",
    "edit_customer": "user-pen",
    "abnormal": "triangle-alert",
    "block": "ban",
    "history": "history",
    # docks (by the dock's name) and menus
    "softphone": "phone",
    "customer_card": "id-card",
    "todo": "list-todo",
    "callbacks": "phone-incoming",
    "campaigns": "megaphone",
    "coaching": "message-square",
    "search": "search",
    "logistics": "truck",
    "settings": "settings",
    "quit": "log-out",
    "import": "download",
    "folder": "folder-open",
    "about": "info",
    "layout": "layout-dashboard",
    "refresh": "refresh-cw",
    "export": "file-down",
    "snooze": "alarm-clock",
    "done": "check",
    "reopen": "rotate-ccw",
    "edit": "pencil",
    "new": "plus",
    "close": "x",
}
"""Meaning → Lucide file name (``resources/icons/lucide/<name>.svg``)."""

GREEN, RED, AMBER = "#16a34a", "#dc2626", "#d97706"
COLOURS = {"answer": GREEN, "reject": RED, "hang_up": RED, "abnormal": AMBER, "block": RED}
"""Icons whose colour says what they do; the others take the palette's text colour."""


@cache
def _svg(file: str) -> str:
    path = ROOT / "icons" / "lucide" / f"{file}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        logger.warning("missing icon %s", path)
        return ""


class _Engine(QIconEngine):
    """Renders one Lucide SVG in the colour of the moment (palette or fixed), at the asked size."""

    def __init__(self, file: str, colour: str | None) -> None:
        super().__init__()
        self._file = file
        self._colour = colour
        self._pixmaps: dict[tuple[int, int, int, float, str], QPixmap] = {}

    def _colour_for(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText)
        return QColor(self._colour) if self._colour else palette.color(QPalette.ColorRole.ButtonText)

    def _render(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        svg = _svg(self._file).replace("currentColor", colour.name())
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        renderer.render(painter, rect)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._render(painter, QRectF(rect), self._colour_for(mode))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        colour = self._colour_for(mode)
        key = (size.width(), size.height(), mode.value, scale, colour.name())
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(size * scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._render(painter, QRectF(pixmap.rect()), colour)
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            if len(self._pixmaps) > 32:
                self._pixmaps.clear()
            self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _Engine(self._file, self._colour)

    def key(self) -> str:
        return "agent_desktop_lucide"


@cache
def _shared(file: str, colour: str | None) -> QIcon:
    return QIcon(_Engine(file, colour))


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon meaning ``name`` (a key of :data:`NAMES`); ``colour`` overrides its colour.

    The same name and colour give the same icon (one engine, one pixmap per size, ratio and colour): an
    icon made anew for every call (the call banner's state icon) made Qt's pixmap cache grow by 12 KiB
    a call, up to its 10 MiB limit (benchmarks/sip_soak.py, issue 23)."""
    file = NAMES.get(name)
    if file is None:
        logger.warning("no icon for %s", name)
        return QIcon()
    return QIcon(_shared(file, colour or COLOURS.get(name)))  # a copy: a caller's change stays its own
