"""Trial finding: with no file manager or browser, Tools > Open log folder and a PBX recording's link did
nothing on screen (only stderr said "Unable to detect a launcher"). Now the path or link is shown, to
copy. The test platform has no program to open anything, as such a desk."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from agent_desktop.shell.open_external import NotOpenedDialog, open_external


def _shown(qtbot) -> NotOpenedDialog:
    found: list[NotOpenedDialog] = []

    def visible() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, NotOpenedDialog) and w.isVisible()]
        return len(found) == 1

    qtbot.waitUntil(visible, timeout=5000)
    return found[0]


def test_open_log_folder_without_a_file_manager_shows_the_path_to_copy(make_shell, qtbot) -> None:
    shell = make_shell()
    shell.window.act_log_folder.trigger()
    dialog = _shown(qtbot)
    folder = str(shell.ctx.paths.log_dir)
    assert dialog.windowTitle() == "Could not open the folder"
    assert "No file manager was found" in dialog.message.text()
    assert dialog.target.text() == folder and dialog.target.isReadOnly()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == folder
    assert dialog.copy_button.text() == "Copied"
    dialog.reject()


def test_a_link_no_browser_opens_is_shown_to_copy(make_shell, qtbot) -> None:
    shell = make_shell()
    link = "https://pbx.example.test/recordings/2026-12-07/4711.wav"
    assert not open_external(QUrl(link), shell.window)
    dialog = _shown(qtbot)
    assert dialog.windowTitle() == "Could not open the link"
    assert dialog.target.text() == link and "No web browser was found" in dialog.message.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == link
    dialog.reject()
