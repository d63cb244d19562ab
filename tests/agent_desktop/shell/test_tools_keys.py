"""A Tools entry's keys open its window from any window of the app (a panel window in front), never
past a modal dialog; a File entry's keys stay with the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from agent_desktop.shell.panel_window import PanelWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_tools_keys_work_while_a_panel_window_has_the_focus(make_shell, qtbot) -> None:
    shell = make_shell()
    opened: list[str] = []
    shell.window.add_menu_action("tools", "Reports...", "Ctrl+Shift+R", lambda: opened.append("reports"))
    shell.window.add_menu_action("file", "New order", "Ctrl+N", lambda: opened.append("order"))
    shell.window.show()
    panel = PanelWindow(QLabel("wallboard"), "Wallboard", shell.window)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=3000)

    qtbot.keyClick(panel, Qt.Key.Key_R, CTRL_SHIFT)
    assert opened == ["reports"]
    qtbot.keyClick(panel, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["reports"]  # the main window's own keys stay with it

    modal = QDialog(panel)
    qtbot.addWidget(modal)
    modal.setModal(True)
    modal.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is modal, timeout=3000)
    qtbot.keyClick(modal, Qt.Key.Key_R, CTRL_SHIFT)
    assert opened == ["reports"]  # a modal dialog keeps its keys
    modal.close()
