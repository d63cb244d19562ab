"""Qt's own file dialog (where the platform offers none of its own) fitted to the app.

Qt writes the files' sizes and dates in the system's language whatever the app's (its file system
model asks ``QLocale.system()``, not the default locale the language switch sets), and opens small with
columns that cut the sizes and types at 1280 x 720. While a save or open dialog of the app runs
(:func:`fitted_file_dialogs`), Qt's dialog, as it shows, gets the sizes and dates in the app's language
(:class:`InAppLocale`), a size for the screen and columns as wide as their texts; the platform's own
dialog is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QIdentityProxyModel,
    QLocale,
    QMimeDatabase,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QTreeView

NAME, SIZE, TYPE, DATE = range(4)
"""The columns of Qt's file dialog (its file system model's)."""
NAME_WIDTH = 340
"""The Name column gets at least this, and whatever the dialog has left."""
SCREEN_SHARE = 0.8
"""The dialog grows to show every column, up to this share of the screen."""
_SIZES = (999, 1023 * 1024 + 1000, 999 * 1024**2, 1023 * 1024**3)
"""Sizes with the longest texts in each unit."""
_DATES = (QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QDateTime(QDate(2026, 10, 28), QTime(10, 58)))
"""Dates with the longest texts (two-digit month, day and hour)."""
_MIME_TYPES = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text/csv",
    "application/zip",
    "application/json",
    "application/toml",
)
"""The kinds of file the app saves and opens: the Type column shows their names whole."""


class InAppLocale(QIdentityProxyModel):
    """The file system model with its sizes and dates written in the app's language (``QLocale()``)."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        source = self.sourceModel()
        if (
            role == Qt.ItemDataRole.DisplayRole
            and index.column() in (SIZE, DATE)
            and isinstance(source, QFileSystemModel)
        ):
            at = self.mapToSource(index)
            if index.column() == DATE:
                return QLocale().toString(source.lastModified(at), QLocale.FormatType.ShortFormat)
            return "" if source.isDir(at) else QLocale().formattedDataSize(source.size(at))
        return super().data(index, role)


def fit(dialog: QFileDialog) -> None:
    """``dialog`` (Qt's own, about to show) in the app's language, sized for the screen with its columns
    as wide as their texts; nothing for the platform's own dialog (no file list of Qt's)."""
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is None or isinstance(tree.model(), InAppLocale):
        return
    dialog.setProxyModel(InAppLocale(dialog))
    header, metrics, locale = tree.header(), tree.fontMetrics(), QLocale()
    pad = metrics.horizontalAdvance("MM")
    sort_arrow = header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMarkSize)

    def width(texts: list[str], column: int) -> int:
        title = str(tree.model().headerData(column, Qt.Orientation.Horizontal))
        return max(
            [metrics.horizontalAdvance(text) + pad for text in texts]
            + [header.fontMetrics().horizontalAdvance(title) + pad + sort_arrow]
        )

    mimes = QMimeDatabase()
    wanted = {
        SIZE: width([locale.formattedDataSize(size) for size in _SIZES], SIZE),
        TYPE: width([mimes.mimeTypeForName(name).comment() for name in _MIME_TYPES], TYPE),
        DATE: width([locale.toString(moment, QLocale.FormatType.ShortFormat) for moment in _DATES], DATE),
    }
    for column, least in wanted.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, max(header.sectionSize(column), least))
    header.setStretchLastSection(False)
    header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)  # takes what the others leave
    others = dialog.width() - tree.viewport().width()  # the side bar, margins and the scroll bar
    needed = others + NAME_WIDTH + sum(header.sectionSize(column) for column in wanted)
    screen = dialog.screen().availableGeometry()
    dialog.resize(
        min(max(dialog.width(), needed), int(screen.width() * SCREEN_SHARE)),
        min(max(dialog.height(), int(screen.height() * 0.7)), int(screen.height() * SCREEN_SHARE)),
    )


class _Fitter(QObject):
    """Fits each of Qt's file dialogs as it shows."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            fit(watched)
        return False


@contextmanager
def fitted_file_dialogs() -> Iterator[None]:
    """Qt's file dialogs shown meanwhile (by ``QFileDialog.getSaveFileName`` and the like) are fitted."""
    app = QCoreApplication.instance()
    if app is None:
        yield
        return
    fitter = _Fitter()
    app.installEventFilter(fitter)
    try:
        yield
    finally:
        app.removeEventFilter(fitter)
