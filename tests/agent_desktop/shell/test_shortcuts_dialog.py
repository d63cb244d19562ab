"""Help > Keyboard shortcuts (trial finding: the Help menu had only About and the demo call): every
shortcut the app registers, read from its actions when the list opens, so a hotkey changed in Settings
is listed with its new keys, in the language in use."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.shell.shortcuts_dialog import ShortcutsDialog, plain


def test_the_help_menu_lists_every_shortcut_with_what_it_does(make_shell, qtbot) -> None:
    shell = make_shell(overrides={"sip.local_port": 0})
    phone = phone_feature.install(shell.ctx, shell.window)
    translations = shell.ctx.translations
    shell.window.add_menu_action("tools", lambda: "&Reports…", "Ctrl+Shift+R", lambda: None)
    try:
        entry = next(a for a in shell.window.menu("help").actions() if a.text() == "&Keyboard shortcuts")
        entry.trigger()
        dialogs = [d for d in shell.window.findChildren(ShortcutsDialog) if d.isVisible()]
        assert len(dialogs) == 1
        rows = dialogs[0].rows()
        assert ("F5", "Answer") in rows and ("F6", "Hang up") in rows
        assert ("Ctrl+Shift+R", "Reports") in rows  # a feature's menu entry
        assert ("Ctrl+Return", "Submit the wrap-up (in the wrap-up form)") not in rows  # no wrap-up form here
        dialogs[0].close()

        shell.ctx.settings_manager.update({"hotkeys.answer": "Ctrl+F5"})  # changed in Settings: listed so
        rows = shell.open_shortcuts().rows()
        assert ("Ctrl+F5", "Answer") in rows and ("F5", "Answer") not in rows

        translations.set_language("zh_CN")
        dialog = shell.open_shortcuts()
        qtbot.waitUntil(lambda: ("F6", "挂断") in dialog.rows(), timeout=3000)
        assert dialog.windowTitle() == "键盘快捷键"
        QApplication.processEvents()
    finally:
        translations.set_language("en")
        phone.shutdown()


def test_a_menu_text_reads_without_its_mnemonic() -> None:
    assert [plain(t) for t in ("&Quit", "退出(&Q)", "Export &diagnostics…", "Save && close")] == [
        "Quit",
        "退出",
        "Export diagnostics",
        "Save & close",
    ]
