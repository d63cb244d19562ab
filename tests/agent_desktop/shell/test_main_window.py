"""The shell window: opens, restores its layout, docks/menus/indicators API, agent state, language."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel

from agent_desktop.shell.agent_state import NOT_READY, READY
from agent_desktop.shell.keys import AGENT_STATE


def test_window_opens_with_docks_menus_and_indicators(make_shell) -> None:
    shell = make_shell()
    w = shell.window
    assert w.isVisible() and w.windowTitle() == "Agent Desktop"
    assert [w.menu(n).title() for n in ("file", "call", "view", "tools", "help")] == [
        "&File",
        "&Call",
        "&View",
        "&Tools",
        "&Help",
    ]
    placeholder = w.dock("customer_card").widget()
    assert "When a call rings" in placeholder.text_label.text()
    card = QLabel("Zhang Wei, VIP")
    w.set_dock_content("customer_card", card)
    assert w.dock("customer_card").widget() is card
    sip = w.status_indicator("sip")
    sip.set_state("SIP: registered", "ok", "agent@pbx")
    assert (sip.text(), sip.level, sip.toolTip()) == ("SIP: registered", "ok", "agent@pbx")


def test_window_restores_geometry_and_dock_layout(make_shell, qtbot) -> None:
    first = make_shell("p")
    first.window.resize(720, 520)
    first.window.dock("callbacks").hide()
    qtbot.waitUntil(lambda: first.window.size() == QSize(720, 520))
    first.quit()
    assert first.ctx.paths.window_state_file.exists()
    second = make_shell("p")
    qtbot.waitUntil(lambda: second.window.size() == QSize(720, 520))
    assert not second.window.dock("callbacks").isVisible()
    assert second.window.dock("todo").isVisible()
    second.window.reset_layout()
    assert second.window.dock("callbacks").isVisible()


def test_agent_state_selector_drives_model_menu_and_indicator(make_shell) -> None:
    shell = make_shell()
    w, model = shell.window, shell.agent_state
    assert shell.ctx.services.get(AGENT_STATE) is model
    assert w.status_indicator("agent").text() == "Agent: Ready"  # the phone rings from the start
    index = w.state_selector.findData(NOT_READY)
    w.state_selector.setCurrentIndex(index)
    w.state_selector.activated.emit(index)
    assert model.state == NOT_READY and w.status_indicator("agent").text() == "Agent: Not ready"
    index = w.state_selector.findData(READY)
    w.state_selector.setCurrentIndex(index)
    w.state_selector.activated.emit(index)
    assert model.state == READY and w.state_actions[READY].isChecked()
    assert w.status_indicator("agent").text() == "Agent: Ready" and w.status_indicator("agent").level == "ok"
    w.state_actions["not_ready:break"].trigger()
    assert model.choice == (NOT_READY, "break") and w.state_selector.currentData() == "not_ready:break"
    assert w.status_indicator("agent").text() == "Agent: Not ready (Break)"
    assert w.status_indicator("agent").level == "off"  # within the break's 15 minutes


def test_language_switch_in_settings_retranslates_the_live_window(make_shell, qtbot) -> None:
    shell = make_shell()
    w = shell.window
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    combo = dialog.forms["language"].editors["ui.language"]
    combo.setCurrentIndex(combo.findData("zh_CN"))
    dialog.apply_and_close()
    qtbot.waitUntil(lambda: w.windowTitle() == "坐席工作台")
    assert w.menu("file").title() == "文件(&F)"
    assert w.dock("softphone").windowTitle() == "软电话"
    assert w.status_indicator("agent").text() == "坐席：就绪"
    assert w.state_selector.currentText() == "就绪"
    assert "来电振铃时" in w.dock("customer_card").widget().text_label.text()
    assert shell.ctx.settings.ui.language == "zh_CN"
    dialog = shell.open_settings()
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(0) == "SIP 账户"
    combo = dialog.forms["language"].editors["ui.language"]
    combo.setCurrentIndex(combo.findData("en"))
    dialog.apply_and_close()
    qtbot.waitUntil(lambda: w.menu("file").title() == "&File")
    assert w.dock("softphone").windowTitle() == "Softphone"


def test_about_dialog_shows_version_and_profile(make_shell, qtbot) -> None:
    from agent_desktop import __version__

    shell = make_shell()
    shell.window.act_about.trigger()
    dialogs = [d for d in shell.window.findChildren(QLabel) if __version__ in d.text()]
    assert dialogs, "About dialog with the version is shown"
    about = dialogs[0].window()
    qtbot.waitExposed(about)
    assert str(shell.ctx.paths.config_dir) in " ".join(label.text() for label in about.findChildren(QLabel))
    about.close()


def test_tray_menu_hides_shows_and_quits(make_shell, qtbot) -> None:
    from agent_desktop.shell.tray import Tray

    shell = make_shell()
    tray = Tray(shell.window)  # works without a system tray too; shown only where one exists
    assert tray.act_toggle.text() == "Hide window"
    tray.act_toggle.trigger()
    assert not shell.window.isVisible() and tray.act_toggle.text() == "Show window"
    tray.act_toggle.trigger()
    qtbot.waitExposed(shell.window)
    with qtbot.waitSignal(tray.sig_quit_requested, timeout=1000):
        tray.act_quit.trigger()
    tray.shutdown()


def test_window_starts_in_the_configured_language(make_shell, tmp_path) -> None:
    settings = tmp_path / "zh" / "config" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('[ui]\nlanguage = "zh_CN"\n')
    shell = make_shell("zh")
    w = shell.window
    assert w.windowTitle() == "坐席工作台" and w.menu("help").title() == "帮助(&H)"
    assert w.status_indicator("sip").text() == "SIP：未启动"


def test_default_layout_fits_the_docks_minimum_widths_without_overlap(make_shell, qtbot) -> None:
    """The real softphone, to-do and call back docks need ≈ 520, 400 and 450 pixels; side by side at
    the default 1200-pixel width they overlapped. To-do and Call Back now share the bottom as tabs."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget

    shell = make_shell()
    window = shell.window
    for name, width in (("softphone", 520), ("todo", 400), ("callbacks", 450)):
        content = QWidget()
        content.setMinimumWidth(width)
        window.set_dock_content(name, content)
    window.resize(1200, 760)
    window.reset_layout()
    qtbot.waitUntil(lambda: window.dock("todo").isVisible())
    shown = [d for d in (window.dock(n) for n in ("softphone", "customer_card", "todo", "callbacks")) if d.isVisible()]
    areas = {d.objectName(): QRect(d.mapTo(window, d.rect().topLeft()), d.size()) for d in shown}
    names = list(areas)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not areas[a].intersects(areas[b]), (a, areas[a], b, areas[b])
    for d in shown:
        assert d.width() >= d.widget().minimumWidth(), d.objectName()
    assert window.dock("callbacks").toggleViewAction().isChecked()  # one click away, in its tab


def test_a_dock_count_follows_its_title_through_a_language_switch(make_shell, chinese, qtbot) -> None:
    window = make_shell().window
    window.set_dock_count("callbacks", 3)
    assert window.dock("callbacks").windowTitle().endswith("（3）")
    chinese.set_language("en")
    qtbot.waitUntil(lambda: window.dock("callbacks").windowTitle() == "Callbacks (3)")
    window.set_dock_count("callbacks", 0)
    assert window.dock("callbacks").windowTitle() == "Callbacks"


def test_a_transient_message_leaves_after_its_timeout_and_indicators_stay(make_shell, qtbot) -> None:
    from agent_desktop.shell.main_window import TRANSIENT_MS

    window = make_shell().window
    indicator = window.status_indicator("agent").text()
    window.transient("Imported 3 settings", timeout_ms=200)
    assert window.statusBar().currentMessage() == "Imported 3 settings"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=3000)
    assert window.status_indicator("agent").text() == indicator  # permanent: untouched
    assert 8_000 <= TRANSIENT_MS <= 10_000  # the default every transient message gets


def test_the_features_menu_entries_follow_a_live_language_switch(make_shell, qtbot) -> None:
    """Tools, File and Call entries the features add change language at once, and back."""
    from agent_desktop.features.callbacks import feature as callbacks
    from agent_desktop.features.complaints import feature as complaints
    from agent_desktop.features.logistics import feature as logistics
    from agent_desktop.features.search import feature as search
    from agent_desktop.features.todo import feature as todo

    shell = make_shell()
    installed = [m.install(shell.ctx, shell.window) for m in (search, complaints, logistics, todo, callbacks)]
    try:
        texts = lambda: {a.text() for m in ("file", "tools", "call") for a in shell.window.menu(m).actions()}  # noqa: E731
        assert {"&Find customers...", "Call back the longest waiting caller", "New to-do…"} <= texts()
        shell.ctx.translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: "&Quit" not in texts(), timeout=5000)  # the shell's own entries switched
        chinese = texts()
        assert "&Find customers..." not in chinese and "Call back the longest waiting caller" not in chinese
        assert not {"Co&mplaints...", "New to-do…", "&Logistics: sorting and shipping..."} & chinese
        assert "回拨等待最久的来电者" in chinese
        shell.ctx.translations.set_language("en")
        qtbot.waitUntil(lambda: "&Quit" in texts(), timeout=5000)
        assert {"&Find customers...", "Co&mplaints...", "New to-do…"} <= texts()
    finally:
        for feature in reversed(installed):
            feature.shutdown()


def test_features_entries_in_the_file_menu_come_before_import_and_quit(make_shell) -> None:
    window = make_shell().window
    entry = window.add_menu_action("file", lambda: "New thing...", "", lambda: None, tooltip=lambda: "Makes a thing")
    shown = [a for a in window.menu("file").actions() if not a.isSeparator()]
    assert shown == [entry, window.act_import, window.act_quit]
    assert entry.toolTip() == "Makes a thing"


def test_the_call_menu_shows_on_call_while_the_phone_keeps_the_agent_busy(make_shell) -> None:
    from agent_desktop.shell.agent_state import ON_CALL, ON_HOLD

    shell = make_shell()
    w, model = shell.window, shell.agent_state
    checked = lambda: [a.text() for a in w.menu("call").actions() if a.isChecked()]  # noqa: E731
    assert checked() == ["Ready"] and not w.act_activity.isVisible()
    model.set_activity(ON_CALL)
    assert checked() == ["On call"] and not w.act_activity.isEnabled()  # what the phone does: not for picking
    assert w.state_actions[READY].text() == "Ready, after this call"
    model.set_activity(ON_HOLD)
    assert checked() == ["On hold"]
    w.state_actions[NOT_READY].trigger()  # picked for after the call: the call stays what is checked
    assert model.state == NOT_READY and checked() == ["On hold"]
    model.set_activity("")
    assert checked() == ["Not ready"] and not w.act_activity.isVisible()
    assert w.state_actions[READY].text() == "Ready"
