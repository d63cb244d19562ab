"""The window's look without an application-wide style sheet: coloured status pills, tinted dock
title bars, and the style-sheet engine kept off the ordinary widgets (it costs memory per widget)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from agent_desktop.shell.style import title_colours


def _pixel(widget, x: int, y: int) -> QColor:
    return widget.grab().toImage().pixelColor(x, y)


def test_status_pills_take_the_colour_of_their_level(make_shell, qtbot) -> None:
    indicator = make_shell().window.status_indicator("crm")
    colours = {}
    for level in ("ok", "warn", "error", "off"):
        indicator.set_state(f"CRM: {level}", level)
        qtbot.waitUntil(lambda: indicator.isVisible())
        colours[level] = _pixel(indicator, 8, indicator.height() // 2).name()
    assert colours == {"ok": "#d3f0dc", "warn": "#fdecc0", "error": "#fbd5d5", "off": "#e4e8ee"}


def test_dock_title_bars_are_tinted_and_the_title_is_shown(make_shell) -> None:
    window = make_shell().window
    dock = window.dock("softphone")
    assert _pixel(dock, 2, 2).name() == title_colours(dock.palette())[0].name()
    assert dock.windowTitle()  # the title is painted over the tint (checked by eye under Xvfb)


def test_only_the_coloured_widgets_go_through_the_style_sheet_engine(make_shell) -> None:
    window = make_shell().window
    styled = {
        w.objectName()
        for w in window.findChildren(object)
        if hasattr(w, "style")
        and callable(w.style)
        and hasattr(w, "isWidgetType")
        and w.isWidgetType()
        and w.style().metaObject().className() == "QStyleSheetStyle"
    }
    assert "StatusIndicator" in styled and "DockPlaceholder" in styled
    assert window.style().metaObject().className() != "QStyleSheetStyle"
    assert window.menuBar().style().metaObject().className() != "QStyleSheetStyle"
    assert window.dock("softphone").style().metaObject().className() != "QStyleSheetStyle"
