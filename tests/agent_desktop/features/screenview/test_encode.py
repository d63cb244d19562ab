"""What one frame is: the pixels the agent's window last painted, copied from its backing store (the
GUI thread does not paint the window again), the same picture its widgets would paint; drawn afresh at
the frame's size when the window is minimised or bigger than 1280 × 720."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from agent_desktop.features.screenview.encode import (
    MAX_BYTES,
    encode_frame,
    from_backing_store,
    grab_window,
    render_window,
)


def window(qtbot, width: int, height: int) -> QMainWindow:
    main = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.addWidget(QLabel("张伟 Zhang Wei · 138 0013 8000"))
    layout.addWidget(QPushButton("New order"))
    main.setCentralWidget(body)
    main.statusBar().showMessage("On call 00:42")
    qtbot.addWidget(main)
    main.resize(width, height)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: from_backing_store(main) is not None or main.width() > 1280, timeout=2000)
    return main


def same_picture(a: QImage, b: QImage) -> bool:
    fmt = QImage.Format.Format_RGB32
    return a.convertToFormat(fmt) == b.convertToFormat(fmt)


def test_a_frame_is_a_copy_of_what_the_window_painted_and_follows_a_change(qtbot) -> None:
    main = window(qtbot, 1280, 720)
    frame = grab_window(main)
    assert (frame.width(), frame.height()) == (1280, 720)
    assert same_picture(frame, render_window(main))  # what its widgets would paint, pixel for pixel

    main.statusBar().showMessage("Wrap-up 00:05")
    qtbot.waitUntil(lambda: not same_picture(grab_window(main), frame), timeout=2000)
    assert same_picture(grab_window(main), render_window(main))
    assert same_picture(frame, grab_window(main)) is False  # the earlier frame kept its own pixels
    data, media_type = encode_frame(grab_window(main))
    assert media_type == "image/jpeg" and data[:2] == b"\xff\xd8" and len(data) <= MAX_BYTES


def test_a_minimised_or_big_window_is_drawn_at_the_frame_size(qtbot) -> None:
    main = window(qtbot, 1280, 720)
    main.showMinimized()
    qtbot.waitUntil(main.isMinimized, timeout=2000)
    assert from_backing_store(main) is None
    frame = grab_window(main)
    assert (frame.width(), frame.height()) == (1280, 720)

    big = window(qtbot, 1600, 900)
    assert from_backing_store(big) is None  # would need scaling: painted at the frame's size instead
    frame = grab_window(big)
    assert (frame.width(), frame.height()) == (1280, 720)
