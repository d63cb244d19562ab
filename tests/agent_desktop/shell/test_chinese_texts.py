"""Texts that used to stay English in the Chinese UI: Settings errors, the CRM indicator's tooltip,
the start-up error box. With zh_CN loaded, what the agent sees is Chinese."""

from __future__ import annotations

import main
from agent_desktop.features.crm_link import feature as crm_link
from agent_desktop.features.crm_link.feature import store_file_name
from agent_desktop.shell.credentials import crm_account

ZH = {"ui.language": "zh_CN"}


def test_settings_errors_from_the_manager_are_shown_in_chinese(make_shell, qtbot) -> None:
    shell = make_shell(overrides=ZH)
    manager = shell.ctx.settings_manager
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "设置"
    # a value outside a fixed list: the values allowed are named ("": automatic)
    problem = manager.check({"ui.language": "fr"})[0]
    assert "Input should be" in problem["msg"] and dialog.error_message(problem) == '值无效；可用的值："", zh_CN, en。'

    # the manager cannot write the settings file: the dialog stays open and says so, nothing changed
    settings_file = manager.user_file
    settings_file.unlink(missing_ok=True)
    settings_file.mkdir()  # in the way of the file (as a full disk or a read-only profile would be)
    sip = dialog.forms["sip"]
    sip.editors["sip.display_name"].setText("坐席 7")
    dialog.apply_and_close()
    assert dialog.isVisible()
    assert sip.errors["sip.display_name"].text() == f"未保存：无法写入设置文件 {settings_file}。"
    assert manager.value("sip.display_name") == "Agent"
    settings_file.rmdir()
    dialog.apply_and_close()  # the file can be written again: saved
    assert not dialog.isVisible() and manager.value("sip.display_name") == "坐席 7"


def test_the_crm_indicator_explains_a_failed_start_in_chinese(make_shell, qtbot) -> None:
    url, user = "http://127.0.0.1:9", "agent1"
    shell = make_shell(overrides={**ZH, "crm.url": url, "crm.username": user})
    shell.ctx.credentials.keep(crm_account(user, url), "a-known-password")
    (shell.ctx.paths.data_dir / store_file_name(url, user)).mkdir(parents=True)  # the store cannot be opened
    link = crm_link.install(shell.ctx, shell.window)
    indicator = shell.window.status_indicator("crm")
    qtbot.waitUntil(lambda: indicator.level == "error", timeout=10_000)
    assert indicator.text() == "CRM 不可用"
    assert indicator.toolTip() == "无法启动 CRM 连接；详情见日志。"
    shell.ctx.translations.set_language("en")  # the tooltip follows a language switch
    qtbot.waitUntil(lambda: indicator.toolTip() == "The CRM connection could not be started; the log has the details.")
    link.shutdown()


def test_the_start_up_error_box_is_chinese(make_shell) -> None:
    make_shell(overrides=ZH, show=False)  # zh_CN loaded as at start-up
    title, text = main.error_box_texts(main.POLICY_INVALID, "/etc/agent-desktop/policy.toml: not valid TOML")
    assert title == "坐席工作台"
    assert text == "系统策略文件无效，请联系 IT 支持\n\n/etc/agent-desktop/policy.toml: not valid TOML"
    title, text = main.error_box_texts(main.BUNDLE_REFUSED, "bundle.toml: [sip] must be a table of settings")
    assert text.startswith("设置包未导入（未做任何更改）")


def test_a_refused_provisioning_bundle_says_why_in_chinese_in_the_start_up_box(make_shell, tmp_path) -> None:
    from agent_desktop.settings import SettingsError
    from agent_desktop.settings.provision import load_bundle

    shell = make_shell(overrides=ZH, show=False)
    bundle = tmp_path / "bundle.toml"
    bundle.write_text("[sip]\nmax_lines = 99\n")
    try:
        shell.ctx.settings_manager.import_bundle(load_bundle(str(bundle)), str(bundle))
    except SettingsError as exc:
        refused = exc
    else:
        raise AssertionError("the bundle was accepted")
    _title, text = main.error_box_texts(main.BUNDLE_REFUSED, refused)
    assert text.startswith("设置包未导入（未做任何更改）") and "不能大于 8" in text
    assert "must" not in text and "less than" not in text
