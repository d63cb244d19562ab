"""Colours that carry a meaning read in both themes: a form's error under a field, the due to-do banner
and the customer-conflicts panel are rendered in dark and in light colours (the app's Theme) and their
text is measured against what it is painted on (WCAG contrast, 4.5:1 for body text)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from agent_desktop.features.todo.banner import TodoBanner
from agent_desktop.shell.theme import Theme
from forms.customer_conflicts import CustomerConflicts
from forms.order_labels import error_label, show_error


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_contrast(label: QLabel) -> float:
    """How the label's text stands out from what it is painted on (its window's picture where the
    label is): the commonest pixel is the background, the pixel farthest from it a glyph's core."""
    window = label.window()
    image: QImage = window.grab(QRect(label.mapTo(window, QPoint(0, 0)), label.size())).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    background = QColor(Counter(p.rgb() for p in pixels).most_common(1)[0][0])
    return max(contrast(background, p) for p in pixels)


@pytest.fixture
def panels(qapp, qtbot):
    """A host with an error under a field, the due to-do banner and the conflicts panel, all showing."""
    before = QPalette(qapp.palette())
    host = QWidget()
    layout = QVBoxLayout(host)
    error = error_label("quantity")
    show_error(error, "Quantity must be at least 1")
    banner = TodoBanner()
    banner.show_items([{"id": "t1", "title": "Call Mrs Zhang back about the massage chair"}])  # type: ignore[typeddict-item]
    conflicts = CustomerConflicts()
    conflicts.set_items([{"field": "name", "local": "张伟", "remote": "张 伟"}])
    for widget in (error, banner, conflicts):
        layout.addWidget(widget)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    labels = {
        "field error": error,
        "to-do banner": banner.label,
        "conflicts panel": conflicts.findChildren(QLabel)[0],
    }
    yield labels
    qapp.setPalette(before)


def test_errors_and_notices_read_in_dark_and_light_colours(qapp, qtbot, panels) -> None:
    theme = Theme(qapp, "dark")
    try:
        for dark in (True, False, True):  # and they follow a switch while shown
            theme.set_choice("dark" if dark else "light")
            qtbot.wait(20)
            for name, label in panels.items():
                assert label.isVisible(), name
                assert text_contrast(label) >= 4.5, f"{name} in {'dark' if dark else 'light'} colours"
        banner_background = panels["to-do banner"].parentWidget().grab().toImage().pixelColor(2, 2)
        assert banner_background.lightness() < 100  # not the light yellow of the light theme
    finally:
        theme.deleteLater()
