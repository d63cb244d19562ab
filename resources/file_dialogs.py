"""Where the app's save and open dialogs start: the folder the user last chose for that kind of file
(remembered per kind in the user's window state file), else their Documents (their home when the
platform or the user has none); never the app's own folder.

The app names the file once at start (:func:`remember_in`); every save or open dialog goes through
:func:`save_file_name` / :func:`open_file_name`, which start there and remember the folder chosen. The
platform's own dialog is used where there is one; Qt's own is fitted to the app's language and to the
screen (:mod:`resources.file_dialog_fit`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from resources.file_dialog_fit import fitted_file_dialogs

_store: Path | None = None
_this_run: dict[str, str] = {}  # kind -> folder, when there is no file to keep them in
_KEY = "file_dialogs/{0}"


def remember_in(state_file: Path | None) -> None:
    """Keep the folders chosen in ``state_file`` (an INI file; None: remembered for this run only)."""
    global _store
    _store = state_file
    _this_run.clear()


def start_folder(kind: str) -> Path:
    """Where a dialog for ``kind`` ("report_export", "settings_bundle", ...) starts."""
    kept = _this_run.get(kind)
    if _store is not None:
        value = QSettings(str(_store), QSettings.Format.IniFormat).value(_KEY.format(kind))
        kept = value if isinstance(value, str) else kept
    if kept and Path(kept).is_dir():
        return Path(kept)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(kind: str, chosen: str | Path) -> None:
    """The user chose ``chosen`` (a file) for ``kind``: the next dialog for it starts in its folder."""
    folder = str(Path(chosen).parent)
    _this_run[kind] = folder
    if _store is not None:
        _store.parent.mkdir(parents=True, exist_ok=True)
        settings = QSettings(str(_store), QSettings.Format.IniFormat)
        settings.setValue(_KEY.format(kind), folder)
        settings.sync()


def save_file_name(parent: QWidget | None, kind: str, caption: str, name: str, filters: str) -> tuple[str, str]:
    """Ask where to save a file suggested as ``name`` (path and filter chosen; "" when cancelled)."""
    with fitted_file_dialogs():
        path, chosen = QFileDialog.getSaveFileName(parent, caption, str(start_folder(kind) / name), filters)
    if path:
        remember_folder(kind, path)
    return path, chosen


def open_file_name(parent: QWidget | None, kind: str, caption: str, filters: str) -> tuple[str, str]:
    """Ask which file to open (path and filter chosen; "" when cancelled)."""
    with fitted_file_dialogs():
        path, chosen = QFileDialog.getOpenFileName(parent, caption, str(start_folder(kind)), filters)
    if path:
        remember_folder(kind, path)
    return path, chosen
