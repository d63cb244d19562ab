"""A tour of the app's main screens on an emulated screen: the real app (every feature, the embedded
back office, the phone on a free port, a demo customer calling) walked through idle, ringing, in call
with the card, wrap-up, order form, search, logistics and settings, in English and Chinese.

At every stop it looks for clipped text (:mod:`tests.screens.clipping`) and, with ``--out``, saves a
PNG ``<screen>-<lang>-<width>x<height>.png`` of what the screen shows (a secondary window is drawn
over the main window, as a window manager would show it).

    .venv/bin/python -m tests.screens.tour --size 1280x720 [--dpr 1] [--out docs/screenshots]
        [--langs en,zh_CN] [--theme light]

Prints one line per stop: :data:`PREFIX` and a JSON object ``{"screen", "lang", "size", "clipped":
[...], "file"}``. The
screen is the offscreen platform's, configured to the size (and device pixel ratio) asked for, so
windows are fitted to it as they would be on such a monitor; hence one process per size.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PREFIX = "screen-tour: "
"""Starts each report line (the SIP stack writes its own log to stdout too)."""
SCREENS = ("idle", "ringing", "in_call", "wrap_up", "order_form", "search", "logistics", "settings")


def configure_platform(width: int, height: int, dpr: float, workdir: Path) -> None:
    """Offscreen Qt with one screen of ``width`` x ``height`` logical pixels (before QApplication)."""
    config = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": False,
        "screens": [
            {
                "name": "screen",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": dpr,
            }
        ],
    }
    path = workdir / "screen.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"


class Tour:
    """The running app and the steps between its screens."""

    def __init__(self, workdir: Path, theme: str) -> None:
        from PySide6.QtWidgets import QApplication

        from agent_desktop.features import catalogue
        from agent_desktop.settings import SettingsManager, load_policy
        from agent_desktop.shell.app import RunOptions, Shell, make_context
        from agent_desktop.shell.paths import AppPaths

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        policy = workdir / "policy.toml"
        policy.write_text("")
        os.environ["AGENT_DESKTOP_POLICY"] = str(policy)
        paths = AppPaths.for_profile(workdir / "profile").ensure()
        manager = SettingsManager(paths.settings_file, load_policy())
        manager.set_override("sip.local_port", 0)
        manager.set_override("ui.theme", theme)
        self.shell = Shell(make_context(self.app, manager, paths), RunOptions(), catalogue())
        self.window = self.shell.window
        self.secondary: Any = None
        installed: list[bool] = []
        self.shell.sig_features_installed.connect(lambda: installed.append(True))
        self.window.setGeometry(self.window.screen().availableGeometry())
        self.shell.start()
        self.wait(lambda: installed, 30)
        self.features = dict(self.shell.features.installed)
        from agent_desktop.features.crm_link.api import CRM

        services = self.shell.ctx.services
        self.wait(lambda: services.get(CRM) is not None, 60)
        service = services.get(CRM)
        assert service is not None
        self.wait(lambda: service.store.customers_by_phone("13800138000"), 60)
        self.wait(lambda: self.features["orders"].ready(), 30)
        self.pump(300)

    # -- event loop -----------------------------------------------------------------------------
    def pump(self, ms: int) -> None:
        from PySide6.QtCore import QEventLoop

        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.005)

    def wait(self, ready: Callable[[], object], timeout_s: float = 20) -> None:
        from PySide6.QtCore import QEventLoop

        end = time.monotonic() + timeout_s
        while not ready():
            if time.monotonic() > end:
                raise TimeoutError(f"tour: gave up waiting for {ready}")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.005)

    def set_language(self, lang: str) -> None:
        translations = self.shell.ctx.translations
        assert translations is not None
        translations.set_language(lang)
        title = "坐席工作台" if lang == "zh_CN" else "Agent Desktop"
        self.wait(lambda: self.window.windowTitle() == title, 10)
        self.pump(150)

    # -- the steps ------------------------------------------------------------------------------
    @property
    def phone(self) -> Any:
        return self.features["phone"]

    def _close_secondary(self) -> None:
        if self.secondary is not None:
            self.secondary.hide()
            self.secondary = None

    def go(self, screen: str) -> None:
        getattr(self, f"_to_{screen}")()
        self.pump(200)

    def _to_idle(self) -> None:
        pass

    def _to_ringing(self) -> None:
        board = self.phone.phone.board
        self.phone.start_demo_call()
        self.wait(lambda: board.ringing() is not None, 30)
        card = self.features["screenpop"].dock
        self.wait(lambda: card.current_card() is not None and card.current_card().customer is not None, 20)
        self.pump(1100)  # the ring timer moves

    def _to_in_call(self) -> None:
        from softphone.engine.events import CallState

        board = self.phone.phone.board
        self.phone.phone.answer()
        self.wait(lambda: any(line.state == CallState.ACTIVE for line in board.lines.values()), 10)
        self.pump(2100)  # the call timer shows a few seconds, the meters move

    def _to_wrap_up(self) -> None:
        board = self.phone.phone.board
        self.phone.phone.hangup()
        self.wait(lambda: not board.lines, 10)
        wrap_up = self.features["screenpop"].wrap_up
        self.wait(wrap_up.isVisible, 10)
        wrap_up.disposition_combo.setCurrentIndex(2)
        wrap_up.notes_edit.setPlainText("Asked when the massage chair repair is done. 询问按摩椅维修进度。")

    def _to_order_form(self) -> None:
        form = self.features["orders"].new_order()
        assert form is not None
        self.secondary = form.window()

    def _to_search(self) -> None:
        self._close_secondary_order()
        search = self.features["search"]
        search.open_search()
        panel = search.search_window.widget
        panel.conditions.texts["name"].setText("张")
        panel.search_button.click()
        self.wait(lambda: panel.model.rowCount() > 0, 20)
        self.secondary = search.search_window

    def _close_secondary_order(self) -> None:
        if self.secondary is not None:
            form = self.secondary.widget
            if hasattr(form, "sig_closed"):
                form.sig_closed.emit()
            self._close_secondary()

    def _to_logistics(self) -> None:
        self._close_secondary()
        view = self.features["logistics"].open_logistics()
        assert view is not None
        self.wait(lambda: view.table.rowCount() > 0, 20)
        self.secondary = view.window()

    def _to_settings(self) -> None:
        self.secondary.hide()
        self.secondary = self.shell.open_settings()
        self.secondary.tabs.setCurrentIndex(3)  # language and colours

    # -- looking --------------------------------------------------------------------------------
    def clipped(self) -> list[str]:
        from tests.screens.clipping import clipped_texts

        found = [str(c) for c in clipped_texts(self.window)]
        if self.secondary is not None:
            found += [str(c) for c in clipped_texts(self.secondary)]
        screen = self.window.screen().availableGeometry()
        for window in (self.window, self.secondary):
            if window is not None and not screen.contains(window.frameGeometry()):
                size, frame = screen.size(), window.frameGeometry()
                found.append(
                    f"{type(window).__name__} {window.windowTitle()!r} at {frame.x()},{frame.y()} "
                    f"{frame.width()}x{frame.height()} does not fit the screen {size.width()}x{size.height()}"
                )
        return found

    def save(self, path: Path) -> None:
        """What the screen shows: the main window, and a secondary window over it with a title bar."""
        from PySide6.QtCore import QPoint, QRect, Qt
        from PySide6.QtGui import QColor, QFont, QImage, QPainter

        screen = self.window.screen()
        size, dpr = screen.geometry().size(), screen.devicePixelRatio()
        image = QImage(size * dpr, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        image.fill(QColor("#3c4048"))
        painter = QPainter(image)
        painter.drawPixmap(self.window.pos(), self.window.grab())
        second = self.secondary
        if second is not None:
            bar = 28
            frame = second.frameGeometry()
            top_left = QPoint(frame.x(), max(bar, frame.y()))
            painter.fillRect(
                QRect(top_left.x() - 1, top_left.y() - bar - 1, second.width() + 2, second.height() + bar + 2),
                QColor("#1f2329"),
            )
            painter.setPen(QColor("#f0f2f5"))
            font = QFont(second.font())
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(
                QRect(top_left.x() + 10, top_left.y() - bar, second.width() - 20, bar),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                second.windowTitle(),
            )
            painter.drawPixmap(top_left, second.grab())
        painter.end()
        image.save(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.screens.tour", description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--dpr", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=None, help="save a PNG of every stop here")
    parser.add_argument("--langs", default="en,zh_CN")
    parser.add_argument("--screens", default=",".join(SCREENS))
    parser.add_argument("--theme", default="light", choices=("system", "light", "dark"))
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    workdir = Path(tempfile.mkdtemp(prefix="screen-tour-"))
    configure_platform(width, height, args.dpr, workdir)
    sys.path.insert(0, str(ROOT))
    tour = Tour(workdir, args.theme)
    wanted = set(args.screens.split(","))
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
    try:
        for screen in SCREENS:
            tour.go(screen)
            if screen not in wanted:
                continue
            for lang in args.langs.split(","):
                tour.set_language(lang)
                stop: dict[str, Any] = {"screen": screen, "lang": lang, "size": args.size, "clipped": tour.clipped()}
                if args.out is not None:
                    file = args.out / f"{screen.replace('_', '-')}-{lang}-{width}x{height}.png"
                    tour.save(file)
                    stop["file"] = str(file)
                print(PREFIX + json.dumps(stop, ensure_ascii=False), flush=True)
    finally:
        tour.shell.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
