"""Where the app's save and open dialogs start (trial finding: the Export dialogs opened in the app's own
folder): the user's Documents at first, then the folder they last chose for that kind of file, kept in
their profile for the next start; each kind keeps its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog


def test_a_save_dialog_starts_in_documents_then_where_the_user_last_saved_that_kind(
    make_shell, qtbot, tmp_path, monkeypatch
) -> None:
    offered: list[str] = []
    answers: list[str] = []

    def save_as(_parent: Any, _title: str, suggested: str, _filters: str) -> tuple[str, str]:
        offered.append(suggested)
        return answers.pop(0), ""

    def open_from(_parent: Any, _title: str, start: str, _filters: str) -> tuple[str, str]:
        offered.append(start)
        return "", ""  # cancelled: nothing is remembered

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_from))
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    for_it = tmp_path / "for IT"
    for_it.mkdir()
    shell = make_shell()
    answers.append(str(for_it / "desk7.zip"))
    shell.ask_export_diagnostics()
    assert Path(offered[-1]).parent == documents and Path(offered[-1]).name.endswith(".zip")
    qtbot.waitUntil(lambda: (for_it / "desk7.zip").is_file(), timeout=10000)  # (written in the background)
    shell.ask_import_bundle()
    assert Path(offered[-1]) == documents  # another kind: its own folder, none chosen yet
    shell.shutdown()
    shell.window.hide()

    again = make_shell()  # the next start, same profile
    answers.append("")
    again.ask_export_diagnostics()
    assert Path(offered[-1]).parent == for_it and Path(offered[-1]).name.startswith("agent-desktop-diagnostics-")
    assert "for IT" in again.ctx.paths.window_state_file.read_text()
