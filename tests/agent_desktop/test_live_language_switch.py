"""A live language switch reaches every string on screen: the full main window (every feature, a real
back office over HTTP) with a customer on the card, a to-do and a caller waiting for a call back, then
each dock, the status bar, the tool bar, the menus and every window a menu opens, switched to Chinese
and back with the app's own switch (:class:`agent_desktop.shell.i18n.TranslationManager`).

What counts as "still English": a text on screen that is (with its placeholders filled in) a source
text the zh_CN catalogue translates; "still Chinese": a text that is one of its translations. Texts
are read the way an agent sees them: labels, buttons, tab titles, group titles, placeholders, combo
items, table headers and cells (the model's ``headerData``/``data``), menu and button-menu entries,
window and dock titles, status-bar indicators, and the tooltips of widgets, menu entries and table
headers and cells."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from agent_desktop.features import catalogue
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.settings import SettingsManager
from agent_desktop.settings.policy import Policy
from agent_desktop.shell.app import RunOptions, Shell, make_context
from agent_desktop.shell.credentials import crm_account
from agent_desktop.shell.paths import AppPaths
from crm.schemas.callbacks import CallbackSource
from crm.store.callbacks import MissedCall
from tests.crm.conftest import LiveBackOffice
from tests.crm.helpers import PASSWORD, client_for, make_user

pytestmark = pytest.mark.e2e

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "agent_desktop_zh_CN.ts"
PLACEHOLDER = re.compile(r"%L?\d|%n|\{\w*\}|%v|%m")
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _pattern(text: str) -> re.Pattern[str]:
    parts = PLACEHOLDER.split(text)
    return re.compile(".+?".join(re.escape(p) for p in parts), re.S)


def _catalogue() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    """(English sources the catalogue translates, their Chinese translations) as patterns."""
    english, chinese = set(), set()
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
        for zh in forms:
            if not zh or zh == source:
                continue
            if len(re.findall(r"[A-Za-z]", PLACEHOLDER.sub("", source))) >= 2:
                english.add(source)
            if CJK.search(PLACEHOLDER.sub("", zh)):
                chinese.add(zh)
    return [_pattern(s) for s in english], [_pattern(z) for z in chinese]


ENGLISH, CHINESE = _catalogue()


# ---- what the agent sees -------------------------------------------------------------------------
def _model_texts(model: QAbstractItemModel, rows: int = 50) -> Iterator[str]:
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for column in range(columns):
        for role in roles:
            yield str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
    for row in range(min(model.rowCount(root), rows)):
        for column in range(columns):
            for role in roles:
                yield str(model.data(model.index(row, column, QModelIndex()), role) or "")


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        yield action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def _widget_texts(w: QWidget) -> Iterator[str]:
    yield w.toolTip()
    if w.isWindow() or isinstance(w, QDockWidget):
        yield w.windowTitle()
    if isinstance(w, QLabel):
        yield w.text()
    elif isinstance(w, QAbstractButton):
        yield w.text()
        menu = w.menu() if isinstance(w, (QPushButton, QToolButton)) else None
        if menu is not None:  # e.g. "Mark abnormal", "Snooze"
            yield from _menu_texts(menu)
    elif isinstance(w, QLineEdit):
        yield w.placeholderText()
        if w.isReadOnly():
            yield w.text()
    elif isinstance(w, (QPlainTextEdit, QTextEdit)):
        yield w.placeholderText()
        if w.isReadOnly():
            yield w.toPlainText()
    elif isinstance(w, QComboBox):
        yield from (w.itemText(i) for i in range(w.count()))
        yield w.placeholderText()
    elif isinstance(w, QGroupBox):
        yield w.title()
    elif isinstance(w, QTabWidget):
        yield from (w.tabText(i) for i in range(w.count()))
    elif isinstance(w, QTabBar):
        yield from (w.tabText(i) for i in range(w.count()))
    elif isinstance(w, QAbstractSpinBox):
        yield w.specialValueText()
    elif isinstance(w, QProgressBar):
        yield w.text()
    if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w.parent(), QComboBox):
        yield from _model_texts(w.model())
    for action in w.actions():  # context menus, tool-button entries
        yield action.text()
        yield action.toolTip()


def shown_texts(*roots: QObject) -> set[str]:
    """Every text the widgets under ``roots`` show (or show once their page or tab is brought up)."""
    texts: set[str] = set()
    for root in roots:
        if isinstance(root, QMenu):
            texts.update(_menu_texts(root))
            continue
        assert isinstance(root, QWidget)
        for w in [root, *root.findChildren(QWidget)]:
            if isinstance(w, QMenu):
                texts.update(_menu_texts(w))
            elif not (w.isWindow() and w is not root):  # another window: a surface of its own
                texts.update(_widget_texts(w))
    return {t.strip() for t in texts if t and t.strip()}


def matching(texts: set[str], patterns: list[re.Pattern[str]]) -> list[str]:
    return sorted(t for t in texts if any(p.fullmatch(t) for p in patterns))


# ---- the full desktop -----------------------------------------------------------------------------
@dataclass
class Desk:
    shell: Shell
    features: dict[str, object]
    complaint_id: str
    windows: list[QWidget] = field(default_factory=list)

    @property
    def window(self):
        return self.shell.window

    def menu_action(self, text: str) -> QAction:
        for menu in self.window.menuBar().actions():
            for action in menu.menu().actions():
                if action.text() == text:
                    return action
        raise AssertionError(f"no menu entry {text!r}")

    def open_by(self, trigger: Callable[[], object]) -> list[QWidget]:
        """The windows ``trigger()`` (a menu entry, a button) opened."""
        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        trigger()
        opened: list[QWidget] = []

        def some() -> bool:
            opened[:] = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]
            return bool(opened)

        wait_until(some)
        self.windows.extend(opened)
        return opened


def wait_until(condition: Callable[[], object], timeout_ms: int = 10_000) -> None:
    for _ in range(timeout_ms // 20):
        if condition():
            return
        QTest.qWait(20)
    raise AssertionError("timed out")


@pytest.fixture(scope="module")
def desk(qapp, tmp_path_factory) -> Iterator[Desk]:
    """The product as main.py starts it (every feature), signed in to a real back office."""
    from backoffice.db import Database

    home = tmp_path_factory.mktemp("liveswitch")
    db_url = f"sqlite:///{home / 'backoffice.db'}"
    Database(db_url).create_schema()
    make_user(db_url, "agent1", "supervisor")  # a supervisor has every window (the complaints list too)
    make_user(db_url, "agent2", "agent")  # whose screen the supervisor views
    backoffice = LiveBackOffice(db_url, None)
    backoffice.start()
    client = client_for(backoffice.url, "agent1")
    customer = client.create("customers", {"name": "Ada Byron", "phones": [{"number": "13800138000"}], "vip_level": 2})
    due = (datetime.now(timezone.utc) - timedelta(minutes=5)).isoformat()
    client.create("todos", {"title": "Send the brochure", "due_at": due})
    complaint = client.create("complaints", {"customer_id": customer.id, "category": "delivery", "summary": "Late"})
    client.close()

    paths = AppPaths.for_profile(home / "profile").ensure()
    manager = SettingsManager(paths.settings_file, Policy())
    for key, value in {"sip.local_port": 0, "crm.url": backoffice.url, "crm.username": "agent1"}.items():
        manager.set_override(key, value)
    ctx = make_context(qapp, manager, paths)
    ctx.credentials.use_session_only()  # no keyring of this machine is touched
    ctx.credentials.set(crm_account("agent1", backoffice.url), PASSWORD)
    shell = Shell(ctx, RunOptions(), catalogue())
    installed: list[bool] = []
    shell.sig_features_installed.connect(lambda: installed.append(True))
    shell.start()
    wait_until(lambda: installed)
    features = dict(shell.features.installed)
    assert set(features) == {s.name for s in catalogue()}, shell.features.failed
    wait_until(lambda: "online" in shell.window.status_indicator("crm").text())
    callbacks = features["callbacks"]
    wait_until(lambda: callbacks.controller is not None)
    callbacks.controller.on_missed(
        MissedCall("13800138000", datetime.now(timezone.utc) - timedelta(minutes=3), CallbackSource.ABANDONED)
    )
    features["screenpop"].open_customer(customer.id)
    wait_until(lambda: features["screenpop"].dock.card_view.name_label.text() == "Ada Byron")
    wait_until(lambda: features["todo"].model.rowCount() > 0)
    store = ctx.services.get(CRM).store
    wait_until(lambda: store.get("complaints", complaint.id) is not None)
    yield Desk(shell, features, complaint.id)
    shell.shutdown()
    shell.window.hide()
    ctx.translations.set_language("en")
    shell.window.deleteLater()
    backoffice.stop()


def _dock(name: str) -> Callable[[Desk], list[QObject]]:
    def roots(desk: Desk) -> list[QObject]:
        dock = desk.window.dock(name)
        dock.show()
        dock.raise_()
        return [dock]

    return roots


def _menu(text: str) -> Callable[[Desk], list[QObject]]:
    return lambda desk: list(desk.open_by(desk.menu_action(text).trigger))


def _card_button(name: str) -> Callable[[Desk], list[QObject]]:
    return lambda desk: list(desk.open_by(getattr(desk.features["screenpop"].dock.card_view, name).click))


def _snooze_dialog(desk: Desk) -> list[QObject]:
    dock = desk.features["todo"].dock
    dock.table.selectRow(0)
    return list(desk.open_by(dock.snooze_actions["custom"].trigger))


def _call_list_dialog(desk: Desk) -> list[QObject]:
    """Find customers → search → "Add to a campaign…" (a supervisor's "Hand to call list…")."""
    panel = desk.open_by(desk.menu_action("&Find customers...").trigger)[0].widget
    panel.run_search()
    wait_until(panel.call_list_button.isEnabled)
    return list(desk.open_by(panel.call_list_button.click))


def _screen_view(desk: Desk) -> list[QObject]:
    """The wallboard's View screen on an agent: their screen (awaited) and their trail."""
    users = desk.shell.ctx.services.get(CRM).client.request("GET", "/users", params={"limit": 500}).json()["items"]
    agent = next(u for u in users if u["username"] == "agent2")
    return list(desk.open_by(lambda: desk.features["screenview"].open_view(agent["id"], "agent2")))


SURFACES: dict[str, Callable[[Desk], list[QObject]]] = {
    "main window (title, dock tabs, every dock)": lambda desk: [desk.window],
    "softphone dock": _dock("softphone"),
    "customer card dock": _dock("customer_card"),
    "wrap-up form": lambda desk: [desk.features["screenpop"].wrap_up],
    "to-do dock": _dock("todo"),
    "callbacks dock": _dock("callbacks"),
    "campaign dock": _dock("campaigns"),
    "status bar": lambda desk: [desk.window.statusBar()],
    "tool bar": lambda desk: [desk.window.toolbar],
    "menus": lambda desk: [a.menu() for a in desk.window.menuBar().actions()],
    "Settings": _menu("&Settings…"),
    "About": _menu("&About Agent Desktop"),
    "New order": _menu("&New order..."),
    "New to-do": _menu("New to-do…"),
    "New customer": _menu("New &customer..."),
    "Order lookup": _menu("Order look&up..."),
    "Logistics": _menu("&Logistics: sorting and shipping..."),
    "Find customers": _menu("&Find customers..."),
    "Complaints": _menu("Co&mplaints..."),
    "Wallboard": _menu("&Wallboard..."),
    "Campaigns": _menu("&Campaigns..."),
    "Reports": _menu("&Reports..."),
    "Evaluate calls": _menu("&Evaluate calls..."),
    "QA forms": _menu("&QA forms..."),
    "Screen view": _screen_view,
    "Call recordings": _menu("Call recordings…"),
    "coaching dock": _dock("coaching"),
    "Send coaching message": _menu("Sen&d coaching message..."),
    "card: New complaint": _card_button("new_complaint_button"),
    "card: Edit customer": _card_button("edit_customer_button"),
    "card: New to-do": _card_button("new_todo_button"),
    "to-do: snooze until": _snooze_dialog,
    "search: add to a campaign": _call_list_dialog,  # a supervisor's "Hand to call list…"
    "complaints: status": lambda desk: desk.open_by(
        lambda: desk.features["search"].open_complaint_status(desk.complaint_id)
    ),
}


@pytest.mark.parametrize("surface", list(SURFACES))
def test_every_shown_string_follows_a_live_language_switch(desk: Desk, surface: str) -> None:
    translations = desk.shell.ctx.translations
    roots = SURFACES[surface](desk)
    try:
        assert matching(shown_texts(*roots), ENGLISH), f"{surface} shows none of the texts the catalogue translates"
        translations.set_language("zh_CN")
        left: list[str] = []
        settle(lambda: matching(shown_texts(*roots), ENGLISH), left)
        assert not left, f"{surface}: still English after switching to Chinese: {left}"
        assert matching(shown_texts(*roots), CHINESE)
        translations.set_language("en")
        settle(lambda: matching(shown_texts(*roots), CHINESE), left)
        assert not left, f"{surface}: still Chinese after switching back to English: {left}"
    finally:
        translations.set_language("en")
        for window in desk.windows:
            window.close()
        desk.windows.clear()


def settle(offenders: Callable[[], list[str]], left: list[str], timeout_ms: int = 3000) -> None:
    """Wait until ``offenders()`` is empty (a switch's LanguageChange events are queued); ``left``:
    what was still wrong at the end."""
    for _ in range(timeout_ms // 50):
        left[:] = offenders()
        if not left:
            return
        QTest.qWait(50)


MNEMONIC = re.compile(r"&([^&\s])")


def _clashing_mnemonics(menu: QMenu) -> list[str]:
    """The entries of ``menu`` (and its submenus) that share their underlined key with another."""
    by_key: dict[str, list[str]] = {}
    for action in menu.actions():
        found = MNEMONIC.search(action.text().replace("&&", ""))
        if found is not None and action.isVisible():
            by_key.setdefault(found.group(1).lower(), []).append(action.text())
    clashes = [f"{menu.title()}: {' / '.join(texts)}" for texts in by_key.values() if len(texts) > 1]
    for action in menu.actions():
        if action.menu() is not None:
            clashes.extend(_clashing_mnemonics(action.menu()))
    return clashes


def test_each_menu_underlines_a_different_key_for_every_entry_in_both_languages(desk: Desk) -> None:
    """Alt+T then a letter picks one entry: no two entries of a menu share their letter (the menu bar
    neither), in English and in Chinese."""
    translations = desk.shell.ctx.translations
    bar = desk.window.menuBar()
    try:
        for language in ("en", "zh_CN"):
            translations.set_language(language)
            if language == "zh_CN":
                wait_until(lambda: CJK.search(bar.actions()[0].text()))
            clashes: list[str] = []
            titles = [a.text() for a in bar.actions()]
            keys = [m.group(1).lower() for m in (MNEMONIC.search(t) for t in titles) if m]
            assert len(keys) == len(set(keys)) == len(titles), f"{language}: menu bar {titles}"
            for action in bar.actions():
                clashes.extend(_clashing_mnemonics(action.menu()))
            assert not clashes, f"{language}: {clashes}"
    finally:
        translations.set_language("en")
