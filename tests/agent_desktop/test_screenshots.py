"""Issue 16, "a designed look": every main screen (idle, ringing, in call with the card, wrap-up, order
form, search, logistics, settings) of the real app, in English and Chinese, on a 1280 x 720 and a
1920 x 1080 screen, shows all its text: no label, button, check box, group title, table header or
window title is cut (deliberate elision aside), and every window fits the screen.

The tour (``tests/screens/tour.py``) runs in its own process per screen size, since the offscreen
screen's size is fixed when Qt starts; ``scripts/make_screenshots.py`` runs the same tour and keeps
the PNGs in ``docs/screenshots/``. The checker itself is tested here on widgets built to clip."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QToolButton,
    QWidget,
)

from screenpop.widgets.call_banner import ElidedLabel
from tests.screens.clipping import clipped_texts
from tests.screens.tour import PREFIX, SCREENS

ROOT = Path(__file__).resolve().parents[2]
SIZES = ("1280x720", "1920x1080")


def _row(qtbot, *widgets: QWidget) -> QWidget:
    host = QWidget()
    layout = QHBoxLayout(host)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host


def _combo(items: list[str], width: int, placeholder: str = "") -> QComboBox:
    combo = QComboBox()
    combo.addItems(items)
    if placeholder:
        combo.setPlaceholderText(placeholder)
        combo.setCurrentIndex(-1)
    combo.setFixedWidth(width)
    return combo


def test_the_checker_finds_cut_labels_buttons_menu_arrows_combo_boxes_and_headers(qtbot) -> None:
    label = QLabel("Tracking number of the parcel")
    label.setFixedWidth(60)
    button = QPushButton("Complete transfer")
    button.setFixedWidth(70)
    arrow = QToolButton()  # the "Snooze" of old: the menu arrow painted over the text
    arrow.setText("Snooze")
    arrow.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    arrow.setMenu(QMenu(arrow))
    check = QCheckBox("Create a follow-up to-do")
    check.setFixedWidth(80)
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["Tracking number", "Courier"])
    table.horizontalHeader().resizeSection(0, 40)
    chosen = _combo(["Waiting for sorting", "Sorted"], 90)  # the text is cut by the arrow
    placeholder = _combo([], 70, "Saved searches")
    host = _row(qtbot, label, button, arrow, check, table, chosen, placeholder)
    found = {c.text for c in clipped_texts(host)}
    assert found == {
        "Tracking number of the parcel",
        "Complete transfer",
        "Snooze",
        "Create a follow-up to-do",
        "Tracking number",
        "Waiting for sorting",
        "Saved searches",
    }


def test_the_checker_passes_text_that_fits_or_is_elided_on_purpose(qtbot) -> None:
    fits = QPushButton("Answer")
    menu_button = QPushButton("Mark abnormal")  # a push button leaves room for its arrow
    menu_button.setMenu(QMenu(menu_button))
    elided = ElidedLabel()
    elided.set_full_text("张伟 · 138 0013 8000 · via 400-810-8888 CCTV-1 home shopping")
    elided.setFixedWidth(80)
    wrapped = QLabel("A long explanation that wraps onto as many lines as it needs to")
    wrapped.setWordWrap(True)
    wrapped.setFixedWidth(120)
    short = _combo(["Waiting for sorting", "Sorted"], 90)
    short.setCurrentIndex(1)  # a long item in the list is not shown
    editable = _combo(["Waiting for sorting"], 60)
    editable.setEditable(True)  # its line edit scrolls
    host = _row(qtbot, fits, menu_button, elided, wrapped, short, editable)
    assert elided.text().endswith("…")
    assert clipped_texts(host) == []


def _tour(size: str, out: Path | None) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.screens.tour", "--size", size]
    if out is not None:
        command += ["--out", str(out)]
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.e2e
def test_every_main_screen_shows_all_its_text_in_both_languages_and_sizes(tmp_path) -> None:
    out = tmp_path / "shots"
    tours = {size: _tour(size, out) for size in SIZES}  # side by side: each is one mostly idle process
    stops = []
    for size, tour in tours.items():
        stdout, stderr = tour.communicate(timeout=180)
        assert tour.returncode == 0, f"tour at {size} failed:\n{stderr[-4000:]}"
        stops += [json.loads(line[len(PREFIX) :]) for line in stdout.splitlines() if line.startswith(PREFIX)]
    seen = {(s["screen"], s["lang"], s["size"]) for s in stops}
    assert seen == {(screen, lang, size) for screen in SCREENS for lang in ("en", "zh_CN") for size in SIZES}
    clipped = [f"{s['screen']} {s['lang']} {s['size']}: {c}" for s in stops for c in s["clipped"]]
    assert clipped == []
    for stop in stops:  # what the README shows: a picture of every stop at its screen's size
        width, height = (int(v) for v in stop["size"].split("x"))
        from PySide6.QtGui import QImage

        image = QImage(stop["file"])
        assert (image.width(), image.height()) == (width, height)
