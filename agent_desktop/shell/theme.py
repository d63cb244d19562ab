"""Light and dark colours: one style (Fusion, the same on every platform) and two palettes, chosen by
the ``ui.theme`` setting; "system" follows the desktop's colour scheme, also when it changes while
the app runs.

The palette is set on the QApplication (no application-wide style sheet: see
:mod:`agent_desktop.shell.style`), so every widget repaints with it on a switch. Widgets that carry a
style sheet of their own that names palette roles (``palette(mid)``) have it set again, since Qt
resolves those names once; those with the app's own rules (:func:`app_sheet`) get the other
theme's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from resources import loader

logger = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")
STYLE = "Fusion"
_STYLE_FROM_START = "agent_desktop_style"
"""The application's property saying it was made in :data:`STYLE` (:func:`new_application`)."""

_R = QPalette.ColorRole
LIGHT = {
    _R.Window: "#f3f5f8",
    _R.WindowText: "#1f2933",
    _R.Base: "#ffffff",
    _R.AlternateBase: "#f5f7fa",
    _R.Text: "#1f2933",
    _R.Button: "#f8f9fb",
    _R.ButtonText: "#1f2933",
    _R.BrightText: "#ffffff",
    _R.Highlight: "#2563eb",
    _R.HighlightedText: "#ffffff",
    _R.Link: "#1d4ed8",
    _R.LinkVisited: "#6d28d9",
    _R.ToolTipBase: "#1f2933",
    _R.ToolTipText: "#f8fafc",
    _R.PlaceholderText: "#7b8594",
    _R.Light: "#ffffff",
    _R.Midlight: "#e4e8ee",
    _R.Mid: "#c3cbd6",
    _R.Dark: "#9aa5b1",
    _R.Shadow: "#5f6b7a",
}
DARK = {
    _R.Window: "#202328",
    _R.WindowText: "#e6e9ee",
    _R.Base: "#16181c",
    _R.AlternateBase: "#24282e",
    _R.Text: "#e6e9ee",
    _R.Button: "#2c3037",
    _R.ButtonText: "#e6e9ee",
    _R.BrightText: "#ffffff",
    _R.Highlight: "#3b82f6",
    _R.HighlightedText: "#ffffff",
    _R.Link: "#8ab4ff",
    _R.LinkVisited: "#c4a7ff",
    _R.ToolTipBase: "#e6e9ee",
    _R.ToolTipText: "#16181c",
    _R.PlaceholderText: "#838d9a",
    _R.Light: "#3d424a",
    _R.Midlight: "#33373e",
    _R.Mid: "#454b54",
    _R.Dark: "#121418",
    _R.Shadow: "#000000",
}
DISABLED = {"light": "#9aa5b1", "dark": "#6b7480"}
"""Text of disabled widgets."""


def palette(dark: bool) -> QPalette:
    """The app's palette, light or dark."""
    colours = DARK if dark else LIGHT
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    disabled = QColor(DISABLED["dark" if dark else "light"])
    for role in (_R.WindowText, _R.Text, _R.ButtonText, _R.PlaceholderText):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    result.setColor(QPalette.ColorGroup.Disabled, _R.Highlight, QColor(colours[_R.Mid]))
    return result


def is_dark(pal: QPalette | None = None) -> bool:
    """Whether ``pal`` (the application's palette by default) has light text on a dark window."""
    pal = pal if pal is not None else QApplication.palette()
    return pal.color(_R.Window).lightness() < pal.color(_R.WindowText).lightness()


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def new_application(argv: list[str]) -> QApplication:
    """The app's QApplication, in :data:`STYLE` from its construction (Qt's ``-style`` option), so
    that :class:`Theme` need not ask for the style: a QStyle in Python builds its ~570 enum members,
    before the window is up (issue 23). ``argv``: the program name (or nothing)."""
    app = QApplication([*argv[:1], "-style", STYLE])
    app.setProperty(_STYLE_FROM_START, STYLE)
    return app


def app_sheet(dark: bool) -> str:
    """The rules for the app's coloured widgets (:func:`agent_desktop.shell.style.apply_sheet`)."""
    return loader.stylesheet("app") + (loader.stylesheet("app-dark") if dark else "")


class Theme(QObject):
    """Applies the chosen theme to the application and keeps following the system when asked to."""

    sig_changed = Signal(bool)
    """The colours changed; True when they are dark now."""

    def __init__(
        self,
        app: QApplication,
        choice: str = "system",
        parent: QObject | None = None,
        system_scheme: Callable[[], Qt.ColorScheme] | None = None,
    ) -> None:
        """``system_scheme``: how to read the desktop's colour scheme (the style hints' by default)."""
        super().__init__(parent)
        self.app = app
        self._system_scheme = system_scheme or app.styleHints().colorScheme
        if app.property(_STYLE_FROM_START) != STYLE:  # else it has the style since its start: not asked
            style = app.style()
            if style is None or style.name().lower() != STYLE.lower():
                app.setStyle(STYLE)
        self._choice = choice if choice in THEMES else "system"
        self._dark: bool | None = None
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self._apply()

    @property
    def choice(self) -> str:
        return self._choice

    @property
    def dark(self) -> bool:
        """The colours in use are the dark ones."""
        return bool(self._dark)

    def set_choice(self, choice: str) -> None:
        """``system``, ``light`` or ``dark`` (the ``ui.theme`` setting)."""
        self._choice = choice if choice in THEMES else "system"
        self._apply()

    def wanted_dark(self) -> bool:
        if self._choice == "system":
            return self._system_scheme() == Qt.ColorScheme.Dark
        return self._choice == "dark"

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._choice == "system":
            self._apply()

    def _apply(self) -> None:
        dark = self.wanted_dark()
        if dark == self._dark:
            return
        first = self._dark is None
        self._dark = dark
        self.app.setPalette(palette(dark))
        if not first:
            self._refresh_sheets()
        logger.info("colours: %s (setting %s)", "dark" if dark else "light", self._choice)
        self.sig_changed.emit(dark)

    def _refresh_sheets(self) -> None:
        """Style sheets that name palette roles are resolved once by Qt: set them again."""
        before, now = app_sheet(not self._dark), app_sheet(bool(self._dark))
        for widget in self.app.allWidgets():
            sheet = widget.styleSheet()
            if sheet == before:
                widget.setStyleSheet(now)
            elif "palette(" in sheet:
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)
