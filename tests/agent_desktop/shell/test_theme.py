"""Issue 16, "a designed look": light and dark colours chosen in Settings (or following the system, also
when it changes while the app runs), one icon set drawn sharp at any pixel ratio in the colours of the
theme, and the call banner that says who is calling and in which state."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox

from agent_desktop.shell.style import title_colours
from agent_desktop.shell.theme import Theme, is_dark
from resources.icon_set import GREEN, icon


def _pixel(widget, x: int, y: int) -> QColor:
    return widget.grab().toImage().pixelColor(x, y)


def _choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_dark_colours_chosen_in_settings_reach_every_widget_and_light_comes_back(make_shell, qtbot, qapp) -> None:
    shell = make_shell()
    window = shell.window
    pill = window.status_indicator("agent")
    assert not is_dark() and _pixel(pill, 8, pill.height() // 2).name() == "#d3f0dc"  # Ready, light
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    _choose(dialog.forms["language"].editors["ui.theme"], "dark")
    dialog.apply_and_close()
    assert shell.ctx.settings.ui.theme == "dark"
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() < 60)
    assert is_dark() and window.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
    dock = window.dock("softphone")
    assert _pixel(dock, 2, 2).name() == title_colours(dock.palette())[0].name()
    assert _pixel(dock, 2, 2).lightness() < 60  # the dock's title bar went dark too
    qtbot.waitUntil(lambda: _pixel(pill, 8, pill.height() // 2).name() == "#173d26")  # the pill's dark green
    shell.ctx.settings_manager.update({"ui.theme": "light"})
    qtbot.waitUntil(lambda: not is_dark())
    qtbot.waitUntil(lambda: _pixel(pill, 8, pill.height() // 2).name() == "#d3f0dc")


def test_system_colours_are_followed_while_the_app_runs(qapp) -> None:
    scheme = [Qt.ColorScheme.Light]
    before = QPalette(qapp.palette())
    theme = Theme(qapp, "system", system_scheme=lambda: scheme[0])
    try:
        assert not theme.dark and not is_dark()
        scheme[0] = Qt.ColorScheme.Dark
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop switched to dark
        assert theme.dark and is_dark()
        theme.set_choice("light")  # a choice in Settings wins over the system
        assert not is_dark()
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert not is_dark()
    finally:
        theme.deleteLater()
        qapp.setPalette(before)


def test_icons_are_drawn_for_the_pixel_ratio_and_in_the_theme_colours(qapp) -> None:
    sharp = icon("settings").pixmap(QSize(24, 24), 2.0)
    assert (sharp.width(), sharp.height(), sharp.devicePixelRatio()) == (48, 48, 2.0)
    answer = icon("answer").pixmap(QSize(48, 48)).toImage()
    colours = {
        answer.pixelColor(x, y).name() for x in range(48) for y in range(48) if answer.pixelColor(x, y).alpha() == 255
    }
    assert GREEN in colours  # what the button does, in its colour
    before = QPalette(qapp.palette())
    try:
        for dark in (False, True):
            theme = Theme(qapp, "dark" if dark else "light")
            image = icon("settings").pixmap(QSize(48, 48)).toImage()
            opaque = [
                image.pixelColor(x, y) for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() == 255
            ]
            assert opaque and all((c.lightness() > 150) == dark for c in opaque)  # light strokes on dark, dark on light
            theme.deleteLater()
    finally:
        qapp.setPalette(before)


def test_an_icon_asked_for_again_is_the_same_pixmap_so_memory_stays_flat_over_a_shift(qapp) -> None:
    """Issue 23: the call banner asks for its state icon at every call; a new pixmap each time made Qt's
    pixmap cache grow by 12 KiB a call (benchmarks/sip_soak.py)."""
    first = icon("ringing", "#1a7f37").pixmap(QSize(32, 32), 1.0)
    assert icon("ringing", "#1a7f37").pixmap(QSize(32, 32), 1.0).cacheKey() == first.cacheKey()
    other = icon("ringing", "#cf222e").pixmap(QSize(32, 32), 1.0)  # another colour is drawn in that colour
    assert other.cacheKey() != first.cacheKey()
    assert other.toImage() != first.toImage()
