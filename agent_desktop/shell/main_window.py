"""The main window: menus, the docks and status-bar indicators the features declare, the agent state.

What features use (docs/architecture.md): :meth:`set_dock_content`, :meth:`set_dock_count`,
:meth:`add_menu_action`, :meth:`menu`, :meth:`status_indicator`, ``statusBar()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QToolBar, QWidget

from agent_desktop.shell.agent_state import (
    AFTER_CALL,
    LEVELS,
    NOT_READY,
    READY_REFUSED,
    WRAP_UP,
    AgentState,
    Choice,
    choice_key,
    choice_label,
    key_choice,
    shown_label,
)
from agent_desktop.shell.agent_state_selector import AgentStateSelector
from agent_desktop.shell.dock_placeholder import DockPlaceholder
from agent_desktop.shell.feature_spec import DockSpec, FeatureSpec, IndicatorSpec
from agent_desktop.shell.i18n import translate_msg
from agent_desktop.shell.status_indicator import StatusIndicator
from agent_desktop.shell.style import TitledDock
from agent_desktop.shell.window_layout import ResizeGoesToCard, first_start_geometry, whole_tab_titles
from crm.i18n import QT_TRANSLATE_NOOP
from resources import icon_set, loader
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)

STATE_VERSION = 2
"""Of the saved dock layout: 2 since the To-do and Call Back docks stand beside the card."""

MENUS = {
    "file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "call": QT_TRANSLATE_NOOP("MainWindow", "&Call"),
    "view": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "tools": QT_TRANSLATE_NOOP("MainWindow", "&Tools"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}
MenuName = Literal["file", "call", "view", "tools", "help"]
AGENT_INDICATOR = IndicatorSpec("agent", "", 30)
"""The shell's own indicator: the agent state (features' indicators sort around its position)."""
AREAS = {
    "left": Qt.DockWidgetArea.LeftDockWidgetArea,
    "right": Qt.DockWidgetArea.RightDockWidgetArea,
    "top": Qt.DockWidgetArea.TopDockWidgetArea,
    "bottom": Qt.DockWidgetArea.BottomDockWidgetArea,
}
DOCK_COUNT = QT_TRANSLATE_NOOP("MainWindow", "{0} ({1})")
"""A dock's title with how many items wait in it, e.g. "Callbacks (3)" on its tab."""
DOCK_BADGE = QT_TRANSLATE_NOOP("MainWindow", "{0} ●{1}")
"""A dock's title with how many of its items fell due unseen, e.g. "To-do ●2" on its tab."""


DESIGN_WIDTH = 1280
"""The window width the docks' default sizes are meant for (scaled up on wider windows)."""

TRANSIENT_MS = 10_000
"""How long a transient status-bar message stays (:meth:`MainWindow.transient`)."""


class MainWindow(Retranslated, QMainWindow):
    """The shell window. Actions that need the rest of the app are emitted as signals."""

    sig_settings_requested = Signal()
    """The user asked for the Settings dialog."""
    sig_about_requested = Signal()
    """The user asked for the About dialog."""
    sig_quit_requested = Signal()
    """The user asked to quit the application (menu, tray or closing the window)."""
    sig_restart_requested = Signal()
    """A feature asks to quit and start the application again (File > Sign out: the next start asks who
    signs in), with no further question: it asked ``QUIT_GUARDS`` itself."""
    sig_first_shown = Signal()
    """The window has been shown (and exposed) for the first time."""
    sig_open_log_folder_requested = Signal()
    """The user asked to see the log folder."""
    sig_import_settings_requested = Signal()
    """The user asked to import a settings bundle from IT."""

    def __init__(
        self, agent_state: AgentState, state_file: Path | None = None, features: Sequence[FeatureSpec] = ()
    ) -> None:
        super().__init__()
        self._dock_specs: dict[str, DockSpec] = {d.name: d for spec in features for d in spec.docks}
        self._indicator_specs = sorted(
            [AGENT_INDICATOR, *(i for spec in features for i in spec.indicators)], key=lambda i: i.position
        )
        self.setObjectName("MainWindow")
        self.setWindowIcon(loader.icon("app"))
        self.agent_state = agent_state
        self._state_file = state_file
        self._first_shown = False
        self._restored = False
        self._card_keeper: ResizeGoesToCard | None = None  # from the first show
        self._menus: dict[str, QMenu] = {}
        self._docks: dict[str, QDockWidget] = {}
        self._dock_counts: dict[str, int] = {}
        self._dock_badges: dict[str, int] = {}
        self._indicators: dict[str, StatusIndicator] = {}
        self._feature_actions: list[tuple[QAction, Callable[[], str], Callable[[], str] | None]] = []
        self._over_maximum = QTimer(self)  # the Not-ready reason's maximum time runs out
        self._over_maximum.setSingleShot(True)
        self._over_maximum.timeout.connect(self._show_agent_state)
        self._build_menus()
        self._build_toolbar()
        self._build_docks()
        self._build_status_bar()
        self.retranslateUi()
        agent_state.sig_state_changed.connect(self._on_agent_state_changed)
        agent_state.sig_reason_changed.connect(lambda _reason: self._on_agent_state_changed(agent_state.state))
        agent_state.sig_refused.connect(self._on_agent_state_refused)
        agent_state.sig_reasons_changed.connect(self._build_state_actions)
        agent_state.sig_activity_changed.connect(lambda: self._on_agent_state_changed(agent_state.state))
        self._on_agent_state_changed(agent_state.state)
        self._default_state = self.saveState(STATE_VERSION)
        screen = self.screen()
        if screen is None:
            self.resize(QSize(1200, 760))
        else:  # the first start; later starts restore the last geometry (restore_layout)
            self.setGeometry(first_start_geometry(screen.availableGeometry()))

    # ---- feature API ---------------------------------------------------------------------------
    def set_dock_content(self, name: str, widget: QWidget) -> None:
        """Put a feature's widget into the dock ``name`` its spec declares."""
        dock = self._docks[name]
        old = dock.widget()
        dock.setWidget(widget)
        if old is not None:
            old.deleteLater()

    def dock(self, name: str) -> QDockWidget:
        return self._docks[name]

    def set_dock_count(self, name: str, count: int) -> None:
        """Show ``count`` after dock ``name``'s title (its tab too): the call backs waiting behind
        the To-do tab stay in sight. 0 shows the title alone."""
        self._dock_counts[name] = count
        self._title_dock(name)

    def set_dock_badge(self, name: str, count: int) -> None:
        """Mark dock ``name``'s title (its tab too) with ``count`` items that fell due unseen
        (:mod:`agent_desktop.shell.due_alerts`); 0 takes the mark away."""
        self._dock_badges[name] = count
        self._title_dock(name)

    def _title_dock(self, name: str) -> None:
        title, count = translate_msg(self._dock_specs[name].title), self._dock_counts.get(name, 0)
        title = translate_msg(DOCK_COUNT).format(title, count) if count else title
        badge = self._dock_badges.get(name, 0)
        self._docks[name].setWindowTitle(translate_msg(DOCK_BADGE).format(title, badge) if badge else title)
        QTimer.singleShot(0, self, lambda: whole_tab_titles(self))  # a longer title: room for the icons?

    def menu(self, name: MenuName) -> QMenu:
        """The menu ``name``: file, call, view, tools or help."""
        return self._menus[name]

    def add_menu_action(
        self,
        menu: MenuName,
        text: str | Callable[[], str],
        keys: str,
        slot: Callable[[], object],
        tooltip: Callable[[], str] | None = None,
    ) -> QAction:
        """A feature's entry in menu ``menu`` with shortcut ``keys`` ("" for none) calling ``slot()``.

        ``text``: a function giving the translated text (``lambda: self.tr("&Find customers...")``),
        asked again on every language switch; a plain string stays as it is. ``tooltip``: a function
        giving the entry's translated tooltip, asked again too. In the File menu, features' entries
        come before Import settings and Quit. A Tools entry's keys work from any window of the app
        (the wallboard in front: Ctrl+Shift+R still opens Reports), never past a modal dialog."""
        label = text if callable(text) else (lambda: text)
        action = QAction(label(), self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            if menu == "tools":  # each opens a window: its key works from the app's other windows too
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if tooltip is not None:
            action.setToolTip(tooltip())
        action.triggered.connect(lambda _checked=False: slot())
        if menu == "file":
            self._menus[menu].insertAction(self._file_features_end, action)
        else:
            self._menus[menu].addAction(action)
        self._feature_actions.append((action, label, tooltip))
        return action

    def status_indicator(self, name: str) -> StatusIndicator:
        """The status-bar indicator ``name``: "agent" or one a feature's spec declares."""
        return self._indicators[name]

    def transient(self, text: str, timeout_ms: int = TRANSIENT_MS) -> None:
        """Show ``text`` in the status bar for a while: gone after ``timeout_ms`` (or the next message).
        What stays belongs in a :meth:`status_indicator`."""
        self.statusBar().showMessage(text, timeout_ms)

    # ---- building --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        for name in MENUS:
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{name}")
            self._menus[name] = menu
        self._file_features_end = self._menus["file"].addSeparator()  # features' entries go above it
        self.act_import = QAction(self)
        self.act_import.triggered.connect(self.sig_import_settings_requested)
        self._menus["file"].addAction(self.act_import)
        self._menus["file"].addSeparator()
        self.act_quit = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_quit.triggered.connect(self.sig_quit_requested)
        self._menus["file"].addAction(self.act_quit)

        self.state_group = QActionGroup(self)
        self.state_actions: dict[str, QAction] = {}
        """The Call menu's state entries by :func:`choice_key` ("ready", "not_ready:break")."""
        # while the phone keeps the agent busy the menu says so (On call), checked and not for picking
        self.act_activity = QAction(self, checkable=True, enabled=False, visible=False)
        self.state_group.addAction(self.act_activity)
        self._menus["call"].addAction(self.act_activity)
        self._state_actions_end = self._menus["call"].addSeparator()  # the agent's states go above it
        self._build_state_actions()

        self.act_settings = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Preferences))
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_settings.triggered.connect(self.sig_settings_requested)
        self.act_log_folder = QAction(self)
        self.act_log_folder.triggered.connect(self.sig_open_log_folder_requested)
        self._menus["tools"].addAction(self.act_settings)
        self._menus["tools"].addAction(self.act_log_folder)

        self.act_about = QAction(self)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about.triggered.connect(self.sig_about_requested)
        self._menus["help"].addAction(self.act_about)
        for action, name in (
            (self.act_import, "import"),
            (self.act_quit, "quit"),
            (self.act_settings, "settings"),
            (self.act_log_folder, "folder"),
            (self.act_about, "about"),
        ):
            action.setIcon(icon_set.icon(name))

    def _build_state_actions(self) -> None:
        """Call menu: one checkable entry per state the agent may pick (Ready, Not ready, Not ready with
        each configured reason, Wrap-up); built again when the configured reasons change."""
        for act in self.state_actions.values():
            self.state_group.removeAction(act)
            self._menus["call"].removeAction(act)
            act.deleteLater()
        self.state_actions = {}
        for choice in self.agent_state.choices:
            act = QAction(choice_label(self.agent_state, choice), self, checkable=True)
            act.triggered.connect(lambda _checked=False, c=choice: self._choose(c))
            self.state_group.addAction(act)
            self._menus["call"].insertAction(self._state_actions_end, act)
            self.state_actions[choice_key(choice)] = act
        if "agent" in self._indicators:  # not while the window is being built
            self._on_agent_state_changed(self.agent_state.state)

    def _choose(self, choice: Choice) -> None:
        self.agent_state.set_state(*choice)
        self._check_state_action()  # a refused or same choice: the check goes back to the real state

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar_agent")
        self.toolbar.setMovable(False)
        self.state_label = QLabel()
        self.state_selector = AgentStateSelector(self.agent_state)
        self.toolbar.addWidget(self.state_label)
        self.toolbar.addWidget(self.state_selector)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_docks(self) -> None:
        self.setDockNestingEnabled(True)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        view = self._menus["view"]
        for spec in self._dock_specs.values():
            dock = TitledDock(self)
            dock.setObjectName(f"dock_{spec.name}")
            if spec.name in icon_set.NAMES:  # on its title bar and its tab
                dock.setWindowIcon(icon_set.icon(spec.name))
            dock.setWidget(DockPlaceholder(spec.name, spec.empty_head, spec.empty_text))
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable
            )
            # docks of one area stand side by side (columns: the card, then the to-dos), not stacked
            self.addDockWidget(AREAS[spec.area], dock, Qt.Orientation.Horizontal)
            self._docks[spec.name] = dock
            view.addAction(dock.toggleViewAction())
            dock.dockLocationChanged.connect(lambda _area: QTimer.singleShot(0, lambda: whole_tab_titles(self)))
        for spec in self._dock_specs.values():
            if spec.tab_with in self._docks:  # e.g. To-do and Call Back: tabs rather than side by side
                self.tabifyDockWidget(self._docks[spec.tab_with], self._docks[spec.name])
        view.addSeparator()
        view.addAction(self.toolbar.toggleViewAction())
        self.act_reset_layout = QAction(self)
        self.act_reset_layout.triggered.connect(self.reset_layout)
        self.act_reset_layout.setIcon(icon_set.icon("layout"))
        view.addAction(self.act_reset_layout)
        # The customer card is the main area: no separate central widget.
        self.setCentralWidget(None)  # type: ignore[arg-type]  # Qt takes None; the stub says QWidget

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        for spec in self._indicator_specs:
            ind = StatusIndicator(spec.name)
            self._indicators[spec.name] = ind
            if spec.initial_text:
                ind.set_state(spec.initial_text, "off")
            elif spec is AGENT_INDICATOR:  # in its colour before the bar polishes it: no repolish
                self._show_agent_state()
            else:  # no text yet: hidden until its feature shows it
                ind.hide()
            bar.addPermanentWidget(ind)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Agent Desktop"))
        for name, title in MENUS.items():
            self._menus[name].setTitle(translate_msg(title))
        for name in self._docks:
            self._title_dock(name)
        for action, label, tooltip in self._feature_actions:
            action.setText(label())
            if tooltip is not None:
                action.setToolTip(tooltip())
        self.act_quit.setText(self.tr("&Quit"))
        self.act_import.setText(self.tr("&Import settings from IT…"))
        self.act_settings.setText(self.tr("&Settings…"))
        self.act_log_folder.setText(self.tr("&Open log folder"))
        self.act_about.setText(self.tr("&About Agent Desktop"))
        self.act_reset_layout.setText(self.tr("&Reset layout"))
        self.toolbar.setWindowTitle(self.tr("Agent state"))
        self.toolbar.toggleViewAction().setText(self.tr("Agent state tool bar"))
        self.state_label.setText(self.tr("State:"))
        self._on_agent_state_changed(self.agent_state.state)

    # ---- state -----------------------------------------------------------------------------------
    def _on_agent_state_changed(self, _state: str) -> None:
        self._check_state_action()
        self._show_agent_state()

    def _check_state_action(self) -> None:
        """Check what the agent is doing: the phone's activity (On call), else the state; while busy the
        states read as the selector's do ("Ready, after this call")."""
        model = self.agent_state
        for key, entry in self.state_actions.items():
            label = choice_label(model, key_choice(key))
            entry.setText(translate_msg(AFTER_CALL).format(label) if model.activity else label)
        self.act_activity.setVisible(bool(model.activity))
        self.act_activity.setText(shown_label(model) if model.activity else "")
        act = self.state_actions.get(choice_key(model.choice)) or self.state_actions.get(model.state)
        if model.activity:
            act = self.act_activity
        if act is not None:
            act.setChecked(True)

    def _show_agent_state(self) -> None:
        """The status bar's agent indicator: what the phone has the agent doing (Ringing, On call, On
        hold) or the state with its reason and the wrap-up's countdown; in the warning colour once the
        agent is Not ready longer than the reason's maximum time."""
        model = self.agent_state
        limit = model.max_seconds()
        over = not model.activity and limit is not None and model.seconds_in_state() > limit
        self._over_maximum.stop()
        if not model.activity and limit is not None and not over:
            self._over_maximum.start(int((limit - model.seconds_in_state()) * 1000) + 50)
        level = LEVELS[model.activity or model.state]
        if over:
            level = "warn"
        elif model.state == WRAP_UP and not model.activity and model.urgent:
            level = "error"
        since = model.since.strftime("%H:%M")

        def tooltip() -> str:
            if over and model.state == NOT_READY and limit is not None:
                return self.tr("Not ready since {0}: over the {1} min allowed for {2}").format(
                    since, limit // 60, translate_msg(model.reason)
                )
            return self.tr("Agent state since {0}").format(since)

        self._indicators["agent"].set_state(lambda: self.tr("Agent: {0}").format(shown_label(model)), level, tooltip)

    def _on_agent_state_refused(self, _state: str, reason: str) -> None:
        self._on_agent_state_changed(self.agent_state.state)  # the menu's check goes back to the real state
        self.transient(translate_msg(READY_REFUSED).format(translate_msg(reason)))

    def reset_layout(self) -> None:
        """Back to the default dock arrangement."""
        self.restoreState(self._default_state, STATE_VERSION)
        for dock in self._docks.values():
            dock.show()
        self._default_sizes()
        whole_tab_titles(self)

    def _columns(self) -> list[DockSpec]:
        """The left and right docks side by side (a dock shown as a tab of another is in its column)."""
        return [s for s in self._dock_specs.values() if s.area in ("left", "right") and not s.tab_with]

    def _default_sizes(self) -> None:
        """The specs' sizes, all docks of an orientation at once (one at a time, a later one takes its
        room from whichever neighbour Qt picks); a left/right dock without a size gets what is left."""
        columns = self._columns()
        scale = max(1.0, self.width() / DESIGN_WIDTH)  # sizes are for 1280 px; a wider window widens all
        sized = {s.name: int(s.size * scale) for s in columns if s.size}
        unsized = [s for s in columns if not s.size]
        free = self.width() - sum(sized.values())
        widths = [sized.get(s.name) or max(1, free // len(unsized)) for s in columns]
        if columns:
            docks = [self._docks[s.name] for s in columns]
            self.resizeDocks(docks, widths, Qt.Orientation.Horizontal)
            if self._card_keeper is not None:
                self._card_keeper.remember(dict(zip(docks, widths, strict=True)))
        rows = [s for s in self._dock_specs.values() if s.area in ("top", "bottom") and s.size and not s.tab_with]
        if rows:
            self.resizeDocks([self._docks[s.name] for s in rows], [s.size for s in rows], Qt.Orientation.Vertical)
        for spec in self._dock_specs.values():
            if spec.tab_with in self._docks:
                self._docks[spec.tab_with].raise_()

    def restore_layout(self) -> bool:
        """Restore geometry and dock layout saved by a previous run; False when there was none."""
        if self._state_file is None or not self._state_file.exists():
            return False
        store = QSettings(str(self._state_file), QSettings.Format.IniFormat)
        geometry, state = store.value("window/geometry"), store.value("window/state")
        ok = bool(geometry) and self.restoreGeometry(geometry)
        if state:
            ok = self.restoreState(state, STATE_VERSION) and ok
        self._restored = ok
        logger.info("window layout restored from %s: %s", self._state_file, ok)
        return ok

    def save_layout(self) -> None:
        """Remember geometry and dock layout for the next start (an INI file, never the registry)."""
        if self._state_file is None:
            return
        self._state_file.parent.mkdir(parents=True, exist_ok=True)
        store = QSettings(str(self._state_file), QSettings.Format.IniFormat)
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState(STATE_VERSION))
        store.sync()

    # ---- Qt overrides -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._first_shown:
            self._first_shown = True
            columns = self._columns()
            card = next((self._docks[s.name] for s in columns if not s.size), None)  # the one without a size
            if card is not None:
                self._card_keeper = ResizeGoesToCard(self, [self._docks[s.name] for s in columns], card)
            if not self._restored:
                self._default_sizes()
            whole_tab_titles(self)
            handle = self.windowHandle()
            if handle is None or handle.isExposed():
                QTimer.singleShot(0, self.sig_first_shown.emit)
            else:  # wait until the window system has mapped it (then it has been painted)
                handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and watched is self.windowHandle() and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.sig_first_shown.emit)
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # the shell hides the window when it quits (what would be lost may ask first)
        self.sig_quit_requested.emit()
