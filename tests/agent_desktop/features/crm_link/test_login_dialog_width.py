"""The sign-in dialog is wide enough for its whole title on the title bar ("Sign in to the CRM — Agent
Desktop" with the window's icon and buttons beside it), in English and in Chinese."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QGuiApplication

from agent_desktop.features.crm_link.login_dialog import CrmLoginDialog

BUTTONS = 150  # icon, minimise, maximise, close


def _width_and_title(qtbot) -> tuple[int, str, int]:
    dialog = CrmLoginDialog("https://crm.example.com", "agent")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    title = f"{dialog.windowTitle()} — {QGuiApplication.applicationDisplayName()}"
    return dialog.width(), title, QFontMetrics(dialog.font()).horizontalAdvance(title)


def test_the_sign_in_dialog_fits_its_title_in_both_languages(chinese, qtbot) -> None:
    width, title, needed = _width_and_title(qtbot)
    assert title.startswith("登录 CRM") and width >= needed + BUTTONS
    chinese.set_language("en")
    width, title, needed = _width_and_title(qtbot)
    assert title == "Sign in to the CRM — Agent Desktop" and width >= needed + BUTTONS
