"""The "sip" status indicator follows the registration, in the agent's language, with a real registrar."""

from __future__ import annotations

import pytest

from agent_desktop.features.phone import feature as phone_feature
from agent_desktop.features.phone.core.config import sip_password_key


@pytest.mark.e2e
def test_sip_indicator_shows_registration_changes_translated_with_code_and_next_attempt(make_shell, kamailio, qtbot):
    registrar = kamailio({"agent": "s3cret"})
    shell = make_shell(
        overrides={
            "sip.local_port": 0,
            "sip.registrar": registrar.address,
            "sip.transport": "tcp",  # a stopped registrar refuses at once
            "sip.register_retry_s": 30,
            "sip.register_retry_max_s": 30,
        }
    )
    shell.ctx.credentials.set(sip_password_key(shell.ctx.settings.sip), "s3cret")
    feature = phone_feature.install(shell.ctx, shell.window)
    translations = shell.ctx.translations
    try:
        sip = shell.window.status_indicator("sip")
        qtbot.waitUntil(lambda: sip.text() == "Registered" and sip.level == "ok", timeout=10000)
        translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: sip.text() == "已注册")  # re-translated by the indicator itself
        registrar.stop()
        feature.engine.network_changed()  # re-registers at once: refused
        qtbot.waitUntil(lambda: sip.level == "warn", timeout=10000)
        assert sip.text() == "无法连接注册服务器，正在重试"
        assert sip.toolTip().startswith("503 ") and "秒后重试" in sip.toolTip(), sip.toolTip()
        translations.set_language("en")
        qtbot.waitUntil(lambda: sip.text() == "Registrar not reachable; retrying")
    finally:
        translations.set_language("en")
        feature.shutdown()
