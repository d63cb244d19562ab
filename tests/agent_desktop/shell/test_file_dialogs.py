"""Where the app's save and open dialogs start (trial finding: the Export dialogs opened in the app's own
folder): the user's Documents at first, then the folder they last chose for that kind of file, kept in
their profile for the next start; each kind keeps its own."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QTreeView

from resources import file_dialogs


def test_a_save_dialog_starts_in_documents_then_where_the_user_last_saved_that_kind(
    make_shell, qtbot, tmp_path, monkeypatch, documents_folder
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
    documents = documents_folder
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


def test_without_a_documents_folder_a_dialog_starts_in_the_home_folder(make_shell, tmp_path, monkeypatch) -> None:
    offered: list[str] = []

    def save_as(_parent: Any, _title: str, suggested: str, _filters: str) -> tuple[str, str]:
        offered.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.chdir(tmp_path)  # not where a dialog should start
    shell = make_shell()
    shell.ask_export_diagnostics()
    assert Path(offered[-1]).parent == home  # not a Documents folder that is not there


@pytest.fixture
def fresh_qt_dialog_state(tmp_path):
    """Qt's file dialog restores its column widths from the user's Qt settings: none for this test."""
    user = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for kind in formats:
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    yield
    for kind in formats:
        QSettings.setPath(kind, QSettings.Scope.UserScope, user)


def test_qt_file_dialog_writes_dates_and_sizes_in_the_apps_language_in_columns_that_show_them_whole(
    make_shell, qtbot, tmp_path, fresh_qt_dialog_state
) -> None:
    """Trial finding: Qt's own dialog (no platform dialog here) wrote the dates in the system's format in
    the Chinese app ("3/5/26 9:07 AM"), and cut the sizes and types ("44....KiB") at 1280 x 720."""
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "march.csv").write_bytes(b"x" * 123)
    (folder / "calls.xlsx").write_bytes(b"x" * 45_678)
    march = datetime(2026, 3, 5, 9, 7).timestamp()
    os.utime(folder / "march.csv", (march, march))
    shell = make_shell()
    file_dialogs.remember_folder("report_export", folder / "old.xlsx")
    translations = shell.ctx.translations
    seen: dict[str, dict[str, Any]] = {}

    def look(language: str) -> None:
        """Read what the dialog shows once it lists both files, then cancel it."""
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, QFileDialog)
            tree = dialog.findChild(QTreeView, "treeView")
            assert tree is not None  # Qt's own dialog: its file list
            model, header = tree.model(), tree.header()

            def texts() -> dict[str, list[str]]:
                root = tree.rootIndex()
                rows = ([model.index(r, c, root).data() for c in range(4)] for r in range(model.rowCount(root)))
                return {row[0]: row for row in rows}

            qtbot.waitUntil(lambda: {"march.csv", "calls.xlsx"} <= set(texts()), timeout=5000)
            shown = texts()
            cut = [
                (column, text)
                for row in shown.values()
                for column, text in enumerate(row)
                if column and header.sectionSize(column) < tree.fontMetrics().horizontalAdvance(text) + 6
            ]
            screen = dialog.screen().availableGeometry()
            seen[language] = {"rows": shown, "cut": cut, "fits": screen.contains(dialog.frameGeometry())}
        finally:
            if isinstance(dialog, QDialog):
                dialog.reject()

    try:
        for language in ("zh_CN", "en"):
            translations.set_language(language)
            QTimer.singleShot(0, lambda language=language: look(language))
            assert file_dialogs.save_file_name(shell.window, "report_export", "Export", "r.xlsx", "All (*)") == ("", "")
    finally:
        translations.set_language("en")
    chinese, english = seen["zh_CN"], seen["en"]
    assert chinese["rows"]["march.csv"][1:4:2] == ["123 字节", "2026/3/5 09:07"]
    assert chinese["rows"]["calls.xlsx"][1] == "44.61 KiB"
    assert english["rows"]["march.csv"][1] == "123 bytes"
    assert english["rows"]["march.csv"][3].replace("\u202f", " ") == "3/5/26 9:07 AM"
    assert chinese["cut"] == [] and english["cut"] == []  # every size, type and date whole
    assert chinese["fits"] and english["fits"]
