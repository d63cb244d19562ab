"""The main window's size and proportions: the first start opens about 80 % of the screen, centred; a
wider window widens the customer card, not the softphone; the tabs of the docks at the bottom right
show their whole titles in English and Chinese at the default 1152 × 648 window of a 1280 × 720 screen."""

from __future__ import annotations

import os

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QTabBar

from agent_desktop.shell.window_layout import first_start_geometry
from tests.screens.clipping import clipped_texts

SHOTS = os.environ.get("LAYOUT_SCREENSHOTS", "")
"""A folder to save the window's pictures in (to look at; nothing is saved without it)."""


def test_the_first_start_opens_about_four_fifths_of_the_screen_centred() -> None:
    full_hd = QRect(0, 0, 1920, 1040)  # less a task bar
    assert first_start_geometry(full_hd) == QRect(192, 104, 1536, 832)
    small = QRect(0, 0, 1280, 690)
    first = first_start_geometry(small)
    assert first.size() == QSize(1152, 621) and first.center() == small.center()
    second_screen = QRect(1920, 0, 2560, 1400)
    assert second_screen.contains(first_start_geometry(second_screen))


def test_a_wider_window_widens_the_card_and_keeps_the_other_columns(make_shell, qtbot) -> None:
    window = make_shell().window
    window.resize(1152, 648)
    qtbot.waitUntil(lambda: window.width() == 1152, timeout=10000)
    window.reset_layout()
    QApplication.processEvents()
    phone, card, todo = (window.dock(name) for name in ("softphone", "customer_card", "todo"))
    before = {dock: dock.width() for dock in (phone, card, todo)}
    window.resize(1900, 1000)  # maximised on a full-HD screen
    qtbot.waitUntil(lambda: window.width() == 1900, timeout=10000)
    qtbot.waitUntil(lambda: card.width() > before[card] + 600, timeout=10000)
    assert abs(phone.width() - before[phone]) <= 4 and abs(todo.width() - before[todo]) <= 4
    assert card.width() > max(phone.width(), todo.width())
    window.resize(1300, 700)  # and back: the card gives the room back
    qtbot.waitUntil(lambda: card.width() < before[card] + 200, timeout=10000)
    assert abs(phone.width() - before[phone]) <= 4
    callbacks = window.dock("callbacks")
    callbacks.raise_()  # the call backs' tab in front of the to-dos: the column keeps its width all the same
    qtbot.waitUntil(lambda: todo.visibleRegion().isEmpty(), timeout=10000)
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: card.width() > before[card] + 500, timeout=10000)
    assert abs(phone.width() - before[phone]) <= 4 and abs(callbacks.width() - before[todo]) <= 4


def test_the_dock_tabs_show_their_whole_titles(make_shell, qtbot) -> None:
    shell = make_shell()
    window = shell.window
    window.resize(1152, 648)
    qtbot.waitUntil(lambda: window.width() == 1152, timeout=10000)
    window.reset_layout()
    window.set_dock_count("callbacks", 1)
    window.set_dock_count("coaching", 12)
    window.set_dock_badge("todo", 1)  # a to-do fell due: the longest titles the column shows
    try:
        for language in ("en", "zh_CN"):
            shell.ctx.translations.set_language(language)
            expected = (
                ["To-do ●1", "Callbacks (1)", "Campaign", "Coaching (12)"]
                if language == "en"
                else ["待办 ●1", "回拨（1）", "外呼活动", "辅导（12）"]
            )

            def whole_titles(expected: list[str] = expected, language: str = language) -> None:
                """Checked once the window is laid out in the new language."""
                bars = {tuple(bar.tabText(i) for i in range(bar.count())): bar for bar in window.findChildren(QTabBar)}
                assert tuple(expected) in bars  # the docks at the bottom right share their column as tabs
                bar = bars[tuple(expected)]
                assert bar.tabRect(bar.count() - 1).right() < bar.width(), language  # every tab in view: no arrows
                assert [c for c in clipped_texts(window) if "TabBar" in c.where] == [], language

            qtbot.waitUntil(whole_titles, timeout=10000)
            if SHOTS:
                window.grab().save(f"{SHOTS}/main_1152_{language}.png")
        window.set_dock_badge("todo", 0)  # the room is back: so are the icons
        bar = next(b for b in window.findChildren(QTabBar) if b.count() == 4)
        qtbot.waitUntil(lambda: not bar.iconSize().isEmpty(), timeout=5000)
        assert bar.tabRect(3).right() < bar.width()
    finally:
        shell.ctx.translations.set_language("en")
