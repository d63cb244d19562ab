"""File > Import settings from IT in the Chinese UI: the reason a bundle is refused is Chinese too, and a
refused bundle changes nothing. The settings manager's own error text (logs, command line) stays English."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent_desktop.settings import LockedKeyError, SettingsError, SettingsManager, load_policy
from agent_desktop.settings.provision import load_bundle

ZH = {"ui.language": "zh_CN"}
POLICY = '[sip]\nregistrar = "pbx.corp.example"\nlocked = ["registrar"]\n'


def refusal(shell, qtbot, path: Path) -> str:
    """Import ``path`` through the File menu's code path; the refusal box's text and informative text."""
    from PySide6.QtWidgets import QMessageBox

    before = set(shell.window.findChildren(QMessageBox))
    assert not shell.import_bundle_file(str(path))
    (box,) = set(shell.window.findChildren(QMessageBox)) - before
    qtbot.waitUntil(box.isVisible)
    text = f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}"
    box.close()
    box.setParent(None)
    return text


@pytest.fixture
def zh_shell(make_shell, no_system_policy: Path):
    no_system_policy.write_text(POLICY)
    shell = make_shell(overrides=ZH)
    shell.ctx.settings_manager.update({"sip.display_name": "坐席 7"})
    return shell


@pytest.mark.parametrize(
    "bundle, expected",
    [
        ("[sip\nregistrar = 1", "不是有效的 TOML 或 JSON"),
        ('{"sip": {"display_name": ', "不是有效的 TOML 或 JSON"),
        ('[sip]\nregistrar = "rogue.example"\ndisplay_name = "X"\n', "：以下设置由管理员设定，不能导入：sip.registrar"),
        ('[sip]\ndisplay_name = "X"\npassword = "hunter2"\n', "未知设置 'sip.password'"),
        ('[sip]\ndisplay_name = "X"\n[telepathy]\nenabled = true\n', "未知设置 'telepathy.enabled'"),
        ('[sip]\ndisplay_name = "X"\nmax_lines = 99\n', "sip.max_lines：不能大于 8。"),
        ('[crm]\nurl = "ftp://crm.example"\n', "crm.url：必须以 http:// 或 https:// 开头"),
    ],
    ids=["bad-toml", "bad-json", "locked", "password", "unknown-section", "too-large", "bad-url"],
)
def test_a_refused_bundle_is_explained_in_chinese_and_changes_nothing(
    zh_shell, qtbot, tmp_path: Path, bundle: str, expected: str
) -> None:
    manager = zh_shell.ctx.settings_manager
    settings_file_before = manager.user_file.read_bytes()
    settings_before = manager.settings
    path = tmp_path / ("bundle.json" if bundle.startswith("{") else "bundle.toml")
    path.write_text(bundle, encoding="utf-8")

    text = refusal(zh_shell, qtbot, path)

    assert "设置未导入" in text and "未做任何更改。" in text
    assert expected in text, text
    for english in (
        "not valid",
        "administrator",
        "unknown setting",
        "Input should",
        "must start",
        "at most",
        "Expected",
        "Expecting",
        "at line",
        "column",
    ):
        assert english not in text, text
    assert manager.settings == settings_before and manager.user_file.read_bytes() == settings_file_before
    assert manager.value("sip.registrar") == "pbx.corp.example" and manager.value("sip.display_name") == "坐席 7"


@pytest.mark.parametrize(
    "bundle, expected",
    [
        ("[sip\nregistrar = 1", "（第 1 行第 5 列：文件不是有效的 TOML）"),
        ('{"sip": {"display_name": ', "（第 1 行第 26 列：文件不是有效的 JSON）"),
    ],
    ids=["bad-toml", "bad-json"],
)
def test_the_parser_says_where_in_chinese(zh_shell, qtbot, tmp_path: Path, bundle: str, expected: str) -> None:
    path = tmp_path / ("bundle.json" if bundle.startswith("{") else "bundle.toml")
    path.write_text(bundle, encoding="utf-8")
    text = refusal(zh_shell, qtbot, path)
    assert f"{path}：不是有效的 TOML 或 JSON{expected}" in text, text


def test_a_missing_file_or_a_folder_is_explained_in_chinese(zh_shell, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "bundles.toml"
    folder.mkdir()
    for path, reason in ((tmp_path / "nope.toml", "文件不存在"), (folder, "这是文件夹，不是文件")):
        text = refusal(zh_shell, qtbot, path)
        assert f"{path}：无法读取设置包：{reason}" in text, text
        for english in ("No such file", "Is a directory", "Errno", "cannot read"):
            assert english not in text, text
    assert zh_shell.ctx.settings_manager.value("sip.display_name") == "坐席 7"


def test_the_error_text_stays_english_for_logs_and_the_command_line(tmp_path: Path, no_system_policy: Path) -> None:
    no_system_policy.write_text(POLICY)
    manager = SettingsManager(tmp_path / "settings.toml", load_policy())
    bundle = tmp_path / "bundle.toml"
    bundle.write_text("[sip\nregistrar = 1")
    with pytest.raises(SettingsError) as caught:
        load_bundle(str(bundle))
    assert (
        str(caught.value)
        == f"{bundle}: not valid TOML or JSON (TOML: Expected ']' at the end of a table declaration (at line 1, column 5))"
    )
    with pytest.raises(SettingsError) as missing:
        load_bundle(str(tmp_path / "nope.toml"))
    assert str(missing.value) == f"{tmp_path / 'nope.toml'}: cannot read the settings bundle: No such file or directory"
    with pytest.raises(LockedKeyError) as locked:
        manager.import_bundle({"sip": {"registrar": "rogue.example"}}, "bundle.toml")
    assert str(locked.value) == "bundle.toml: these keys are set by your administrator: sip.registrar"
    with pytest.raises(SettingsError) as invalid:
        manager.import_bundle({"sip": {"max_lines": 99}}, "bundle.toml")
    assert str(invalid.value) == "bundle.toml: sip.max_lines: Input should be less than or equal to 8"
