"""Qt's own texts that Qt's Chinese catalogue (qtbase_zh_CN) lacks, translated in ours.

Qt's widgets translate their texts in their own contexts ("QFileDialog", ...), asking every installed
translator in turn; qtbase_zh_CN is older than the labels Qt 6 shows, so the file dialog said "Look in:"
and "Folder" in Chinese. Marking those texts here in Qt's contexts puts them in our catalogue, which
:class:`agent_desktop.shell.i18n.TranslationManager` installs next to Qt's.
"""

from __future__ import annotations

from crm.i18n import QT_TRANSLATE_NOOP, Msg

QT_OWN_TEXTS: tuple[Msg, ...] = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
)
"""Texts Qt's widgets show that qtbase_zh_CN does not translate (found by opening Qt's file dialog,
message boxes, input dialog, text fields' context menus, docks and tab bars in Chinese)."""
