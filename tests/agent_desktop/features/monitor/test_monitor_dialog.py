"""Call → Monitor an agent...: shown to supervisors only; what cannot be dialled is refused inside the
dialog with the reason (in the agent's language, also after a switch) and what was typed stays."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QDialogButtonBox

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.monitor import feature as monitor_feature
from agent_desktop.features.monitor.api import Mode


def crm_as(role: str) -> CrmService:
    """The CRM link as after a sign-in with ``role`` (only who signed in matters to this feature)."""
    return CrmService(SimpleNamespace(user={"username": role, "role": role}), None, None, "", role)


def test_the_menu_entry_is_for_supervisors_and_the_dialog_keeps_what_cannot_be_dialled(make_shell, qtbot) -> None:
    shell = make_shell(overrides={"sip.registrar": "pbx.example.com", "monitor.whisper_dial": ""})
    feature = monitor_feature.install(shell.ctx, shell.window)
    translations = shell.ctx.translations
    try:
        assert feature.action in shell.window.menu("call").actions() and not feature.action.isVisible()
        shell.ctx.services.provide(CRM, crm_as("agent"))
        assert not feature.action.isVisible()
        assert feature.open_dialog() is None and feature.dialog is None
        shell.ctx.services.provide(CRM, crm_as("supervisor"))
        assert feature.action.isVisible() and feature.action.text() == "Monitor an agent..."

        feature.action.trigger()
        dialog = feature.dialog
        qtbot.waitExposed(dialog)
        assert [dialog.mode.itemText(i) for i in range(dialog.mode.count())] == [
            "Listen (nobody hears you)",
            "Whisper (only the agent hears you)",
            "Barge (agent and customer hear you)",
        ]
        dial = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.extension.setText("agent 007")
        dial.click()
        assert dialog.isVisible() and dialog.extension.text() == "agent 007"
        assert dialog.error.isVisible() and dialog.error.text() == (
            "Cannot dial *222agent 007 for agent 007: a dial string may hold only digits, letters, * # + and - _ . ! ~"
        )
        translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: dialog.windowTitle() == "监听坐席")
        assert dialog.error.text().startswith("无法拨打 *222agent 007"), dialog.error.text()
        translations.set_language("en")
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Monitor an agent")

        dialog.mode.setCurrentIndex(dialog.mode.findData(Mode.WHISPER))
        dialog.extension.setText("1001")
        dial.click()
        assert (
            dialog.error.text() == "Your PBX has no feature code for this: the setting monitor.whisper_dial is empty."
        )

        dialog.mode.setCurrentIndex(dialog.mode.findData(Mode.BARGE))
        dial.click()  # everything right, but no phone in this run
        assert dialog.isVisible() and dialog.error.text() == "The phone is not running yet; try again in a moment."
        assert not feature.calls
    finally:
        translations.set_language("en")
        feature.shutdown()
