"""The CRM's status-bar presence follows the sync engine's events."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from agent_desktop.features.crm_link.signals import CrmSyncSignals
from agent_desktop.features.crm_link.status import CrmStatusView
from agent_desktop.shell.status_indicator import StatusIndicator
from crm.i18n import QT_TRANSLATE_NOOP
from crm.sync_events import SyncProgress, SyncStatus


def _view(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    indicator = StatusIndicator("crm")
    window.statusBar().addPermanentWidget(indicator)
    view = CrmStatusView(indicator, window.statusBar())
    signals = CrmSyncSignals()
    signals.sig_status_changed.connect(view.on_status)
    signals.sig_progress.connect(view.on_progress)
    return window, indicator, view, signals


def test_indicator_shows_state_and_what_waits(qtbot):
    _window, indicator, _view_, signals = _view(qtbot)
    signals.on_event(SyncStatus("online"))
    assert (indicator.text(), indicator.level) == ("CRM online", "ok")
    signals.on_event(
        SyncStatus("offline", pending=3, error=QT_TRANSLATE_NOOP("CrmClient", "The CRM cannot be reached"))
    )
    assert (indicator.text(), indicator.level) == ("CRM offline (3 to send)", "error")
    assert "The CRM cannot be reached" in indicator.toolTip()
    signals.on_event(SyncStatus("online", conflicts=2))
    assert (indicator.text(), indicator.level) == ("CRM online (2 to resolve)", "warn")


def test_progress_bar_only_during_the_first_sync(qtbot):
    window, _indicator, view, signals = _view(qtbot)
    signals.on_event(SyncProgress(100, 1000, "", first=False))
    assert view.progress_bar is None  # later pulls are silent
    signals.on_event(SyncProgress(5000, 20000, "", first=True))
    bar = view.progress_bar
    assert bar is not None and bar.parent() is not None
    assert (bar.value(), bar.maximum()) == (5000, 20000)
    signals.on_event(SyncProgress(20000, 20000, "", first=True, finished=True))
    assert view.progress_bar is None


def test_the_first_sync_bar_follows_a_language_switch(qtbot, chinese):
    chinese.set_language("en")
    _window, _indicator, view, signals = _view(qtbot)
    signals.on_event(SyncProgress(120, 480, "", first=True))
    bar = view.progress_bar
    assert bar.text() == "First CRM sync: 120 / 480"
    chinese.set_language("zh_CN")
    qtbot.waitUntil(lambda: bar.text() == "首次 CRM 同步：120 / 480")
    chinese.set_language("en")
    qtbot.waitUntil(lambda: bar.text() == "First CRM sync: 120 / 480")
