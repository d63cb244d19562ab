"""Qt's own dialogs speak the user's language: the file dialog of Export… and Import… said "Look in:",
"Files of type:" and "Folder" in the Chinese UI (trial finding): Qt's catalogue is loaded with ours, at
the start and on a live switch, and ours has what Qt's lacks."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QFileSystemModel, QLabel

from agent_desktop.shell.i18n import TranslationManager
from agent_desktop.shell.qt_texts import QT_OWN_TEXTS

TS = Path(__file__).resolve().parents[3] / "resources" / "i18n" / "agent_desktop_zh_CN.ts"


def save_dialog(qtbot, folder: Path) -> QFileDialog:
    """Export…'s dialog as Qt draws it where the desktop has no file dialog of its own."""
    dialog = QFileDialog(None, "Export report", str(folder), "Excel workbook (*.xlsx);;Calls, one a row (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown(dialog: QFileDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def folder_type(qtbot, dialog: QFileDialog, folder: Path) -> str:
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    index = model.index(str(folder / "reports"))
    qtbot.waitUntil(lambda: bool(model.index(str(folder / "reports"), 2).data()), timeout=5000)
    return str(model.index(index.row(), 2, index.parent()).data())


def test_the_file_dialog_speaks_chinese_at_the_start_and_after_a_live_switch(qapp, qtbot, tmp_path) -> None:
    (tmp_path / "reports").mkdir()
    translations = TranslationManager(qapp)
    try:
        translations.set_language("en")
        dialog = save_dialog(qtbot, tmp_path)
        assert (shown(dialog, "lookInLabel"), shown(dialog, "fileTypeLabel")) == ("&Look in:", "Files of &type:")
        assert folder_type(qtbot, dialog, tmp_path) == "Folder"

        translations.set_language("zh_CN")  # live: the open dialog follows
        qtbot.waitUntil(lambda: shown(dialog, "lookInLabel") == "查找范围(&L)：", timeout=3000)
        assert shown(dialog, "fileTypeLabel") == "文件类型(&T)："
        assert shown(dialog, "fileNameLabel") == "文件名称(&N)："  # from Qt's own catalogue
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        texts = sorted(b.text() for b in buttons.buttons())
        assert texts[0] == "保存" or texts[0] == "保存(&S)", texts
        assert texts[1] == "取消", texts
        dialog.close()

        fresh = save_dialog(qtbot, tmp_path)  # opened in Chinese
        assert shown(fresh, "lookInLabel") == "查找范围(&L)："
        assert folder_type(qtbot, fresh, tmp_path) == "文件夹"
        fresh.close()
    finally:
        translations.set_language("en")


def test_every_text_of_qt_that_qt_leaves_english_has_chinese(qapp) -> None:
    chinese = {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in ET.parse(TS).getroot().iter("context")
        for message in context.iter("message")
    }
    translations = TranslationManager(qapp)
    try:
        translations.set_language("zh_CN")
        for text in QT_OWN_TEXTS:
            entry = chinese.get((text.context, str(text)))
            assert entry is not None and entry.get("type") is None and entry.text, (text.context, str(text))
            assert QCoreApplication.translate(text.context, str(text)) == entry.text
    finally:
        translations.set_language("en")
