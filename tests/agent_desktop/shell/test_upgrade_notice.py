"""The status bar's notice of a newer installed version, in both languages; nothing for a source run."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QMainWindow

from agent_desktop.shell.upgrade_notice import UpgradeNotice, UpgradeWatch, watch_for_upgrades


def test_a_switch_of_the_current_link_shows_the_notice_in_both_languages(qtbot, tmp_path, chinese):
    for version in ("2.0.0", "2.1.0"):
        (tmp_path / version).mkdir()
    os.symlink("2.0.0", tmp_path / "current")
    window = QMainWindow()
    qtbot.addWidget(window)
    notice = UpgradeNotice(window)
    window.statusBar().addPermanentWidget(notice)
    window.show()
    watch = UpgradeWatch(tmp_path / "2.0.0", window)
    watch.sig_new_version.connect(notice.show_version)
    watch.check()
    assert not notice.isVisible()  # still the running version
    os.symlink("2.1.0", tmp_path / "current.new")
    os.replace(tmp_path / "current.new", tmp_path / "current")  # as the package's postinst does
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert "2.1.0" in notice.text() and "新版本" in notice.text() and "重新启动" in notice.toolTip()
    chinese.set_language("en")
    qtbot.waitUntil(lambda: notice.text() == "New version 2.1.0", timeout=5000)
    assert notice.toolTip() == "Version 2.1.0 is installed: restart Agent Desktop when convenient"


def test_a_run_from_the_sources_watches_nothing(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    assert watch_for_upgrades(window, None) is None and not window.findChildren(UpgradeNotice)
