"""Colours that carry a meaning: a field's error, a warning, a notice (a due to-do, a conflict to
settle, an overdue row), in the shade that reads on the palette in use, light or dark
(``agent_desktop/shell/theme.py`` sets it on the application). A widget coloured with :func:`tint`
or :func:`tint_notice` takes the other shade by itself when the theme changes; an item model asks
:func:`meaning` or :func:`notice` when its view paints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

Meaning = Literal["error", "warning"]

_TEXT: dict[Meaning, tuple[str, str]] = {  # (on light colours, on dark colours)
    "error": ("#b42318", "#ff8a80"),
    "warning": ("#8a5300", "#f0c75e"),
}


class Notice(NamedTuple):
    """A notice panel's (or row's) colours: its own background, border and text, never the palette's."""

    background: QColor
    border: QColor
    text: QColor


_NOTICE = {
    False: ("#fff3cd", "#e0b800", "#3d2e00"),
    True: ("#3d3211", "#7a5f12", "#fde49a"),
}


def is_dark(pal: QPalette | None = None) -> bool:
    """Whether ``pal`` (the application's palette by default) has light text on a dark window."""
    pal = pal if pal is not None else QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < pal.color(QPalette.ColorRole.WindowText).lightness()


def meaning(kind: Meaning, pal: QPalette | None = None) -> QColor:
    """The text colour of ``kind`` that reads on ``pal``'s window and base colours."""
    return QColor(_TEXT[kind][is_dark(pal)])


def notice(pal: QPalette | None = None) -> Notice:
    """The colours of a notice (light yellow with dark text, or dark amber with light text)."""
    return Notice(*(QColor(c) for c in _NOTICE[is_dark(pal)]))


class _Follower(QObject):
    """Colours its widget again when the application's palette changes (a theme switch). Qt tells a
    widget inside a window nothing when the widget has a palette or a style sheet of its own, so the
    application's signal is followed, for as long as the widget lives."""

    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self._palette_changed)

    @Slot(QPalette)
    def _palette_changed(self, _palette: QPalette) -> None:
        self._apply()


def follow_theme(widget: QWidget, apply: Callable[[], None]) -> None:
    """Call ``apply`` whenever the application's palette changes (a theme switch), while ``widget``
    lives: for a widget that sets colours of its own (which Qt then no longer tells of a switch)."""
    _Follower(widget, apply)


def tint(widget: QWidget, kind: Meaning) -> None:
    """Draw ``widget``'s text (a label's, a line edit's) in the colour of ``kind``, now and after
    every theme switch (a palette, not a style sheet: the rest of the palette stays the theme's)."""

    def apply() -> None:
        colour = meaning(kind)
        pal = widget.palette()
        roles = (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text)
        if all(pal.color(role) == colour for role in roles):
            return
        for role in roles:
            pal.setColor(role, colour)
        widget.setPalette(pal)

    apply()
    follow_theme(widget, apply)


def say(label: QLabel, text: str, error: bool = False) -> None:
    """Show ``text`` in a dialog's message ``label``: in the error colour when ``error``, else in its
    window's colours."""
    label.setText(text)
    if error:
        tint(label, "error")
    else:
        label.setPalette(label.window().palette())


def tint_notice(widget: QWidget) -> None:
    """Paint ``widget`` (which has an object name) as a notice panel: its background, a border and
    its labels' text in the notice colours, now and after every theme switch. Its buttons keep the
    theme's look."""
    name = widget.objectName()
    assert name, "a notice panel is styled by its object name"

    def apply() -> None:
        colours = notice()
        sheet = (
            f"#{name} {{ background: {colours.background.name()}; border: 1px solid {colours.border.name()}; }}"
            f" #{name} QLabel {{ color: {colours.text.name()}; background: transparent; border: none; }}"
        )
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)

    apply()
    follow_theme(widget, apply)
