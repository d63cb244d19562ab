"""The supervisor's view of one agent: their main window as it is now, and beside it what they did.

While the view is visible it keeps watching (renews the lease every :data:`RENEW_MS`), asks for a newer
frame every :data:`FRAME_MS` and for new trail events every :data:`TRAIL_MS`; hidden or closed it stops
watching at once (the agent's desktop stops sending) and asks nothing. Frames are decoded off the GUI
thread. The trail is newest first, each event with its time and, during a call, how far into the call.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QImage, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from agent_desktop.features.screenview.core.texts import call_ends, call_offset, call_starts, describe
from agent_desktop.shell.empty_hint import EmptyHint
from agent_desktop.shell.i18n import translate_msg
from agent_desktop.shell.tasks import BackgroundTasks
from agent_desktop.shell.whole_text import WrapAtColumnWidth
from crm.client import CrmClient
from crm.client_errors import CrmError, NotFound, PermissionDenied, StateConflict
from crm.schemas.screenview import FRAME_AT_HEADER, FRAME_NO_HEADER, ScreenWatch, Trail, TrailItem

logger = logging.getLogger(__name__)

RENEW_MS = 5000
FRAME_MS = 1000
TRAIL_MS = 3000
TRAIL_FIRST = 300
"""Events read when the view opens (the newest ones); later only what arrived since."""
SILENT_S = 10.0
"""No frame this long after asking: the agent's desktop is probably closed or offline."""


class FrameView(QWidget):
    """The newest frame, scaled to fit (keeping its shape), or a line saying what is awaited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.placeholder = ""
        self.setMinimumSize(320, 180)

    def sizeHint(self) -> QSize:
        return QSize(800, 450)

    def set_image(self, image: QImage | None) -> None:
        self.image = image
        self.update()

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.image is None or self.image.isNull():
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
            return
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x, y = (self.width() - size.width()) / 2, (self.height() - size.height()) / 2
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(x, y, size.width(), size.height()), self.image)


def _decoded(response: Any) -> tuple[int, datetime | None, QImage] | None:
    """A pool thread: the frame of a ``GET .../frame`` answer, decoded (None: no newer frame)."""
    if response.status_code == 204 or not response.content:
        return None
    image = QImage.fromData(response.content)
    at = response.headers.get(FRAME_AT_HEADER)
    return int(response.headers.get(FRAME_NO_HEADER, "0")), datetime.fromisoformat(at) if at else None, image


class ScreenViewer(QWidget):
    """One agent's screen and trail, live while shown."""

    def __init__(
        self, client: CrmClient, tasks: BackgroundTasks, agent_id: str, agent_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.client, self.tasks = client, tasks
        self.agent_id, self.agent_name = agent_id, agent_name
        self.path = f"/screenview/{agent_id}"
        self.frame_no = 0
        self.frame_at: datetime | None = None
        self.watching = False
        self.items: list[TrailItem] = []
        self.trail_last: int | None = None
        self._asking: set[str] = set()  # requests under way (one of each kind at a time)
        self._status: Callable[[], str] = lambda: ""
        self._refused = False
        self._asked_at = 0.0

        self.picture = FrameView()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.trail = QTreeWidget()
        self.trail.setRootIsDecorated(False)
        self.trail_wrap = WrapAtColumnWidth(self.trail)  # an operation's whole text, on as many lines as it needs
        self.trail.setColumnCount(3)
        header = self.trail.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.trail_hint = EmptyHint(
            self.trail,
            lambda: self.tr("Nothing yet: %1's operations appear here as they do them.").replace("%1", self.agent_name),
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.picture, 1)
        left_layout.addWidget(self.status_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.trail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the trail gets two fifths from the start, not what the picture leaves
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.renew_timer = self._timer(RENEW_MS, self.renew)
        self.frame_timer = self._timer(FRAME_MS, self.poll_frame)
        self.trail_timer = self._timer(TRAIL_MS, self.poll_trail)
        self.retranslateUi()

    def _timer(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # -- live while shown -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.window() is not self:
            self.window().installEventFilter(self)  # minimised: nobody looks, so nobody watches
        self._follow_window()

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowStateChange and watched is self.window():
            self._follow_window()
        return super().eventFilter(watched, event)

    def _follow_window(self) -> None:
        if self.isVisible() and not self.window().isMinimized():
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        if self.renew_timer.isActive() or self._refused:
            return
        self._say(lambda: self.tr("Asking %1's desktop for its screen…").replace("%1", self.agent_name))
        self._asked_at = time.monotonic()
        self.renew()
        self.poll_trail()
        for timer in (self.renew_timer, self.frame_timer, self.trail_timer):
            timer.start()

    def stop(self) -> None:
        """Stop watching: no more requests, and the agent's desktop stops sending."""
        for timer in (self.renew_timer, self.frame_timer, self.trail_timer):
            timer.stop()
        if self.watching:
            self.watching = False
            path, client = self.path, self.client
            try:
                self.tasks.run(lambda: client.request("DELETE", path + "/watch"), None, _ignore)
            except RuntimeError:  # quitting: the lease lapses by itself within seconds
                logger.info("screen view of %s: not ended (quitting)", self.agent_id)

    @property
    def running(self) -> bool:
        return self.renew_timer.isActive()

    def _ask(self, what: str, op: Callable[[], Any], done: Callable[[Any], None]) -> None:
        if what in self._asking:
            return
        self._asking.add(what)

        def answered(result: Any) -> None:
            self._asking.discard(what)
            if self.running:
                done(result)
            elif what == "watch":  # closed while the watch was asked for: end it again
                self.watching = True
                self.stop()

        def failed(exc: BaseException) -> None:
            self._asking.discard(what)
            if self.running:
                self._failed(exc)

        self.tasks.run(op, answered, failed, owner=self)

    # -- watching and frames ----------------------------------------------------------------------

    def renew(self) -> None:
        self._ask("watch", lambda: self.client.request("POST", self.path + "/watch").json(), self._watching)

    def _watching(self, body: dict[str, Any]) -> None:
        ScreenWatch.model_validate(body)
        self.watching = True
        if self.frame_no == 0:
            self._say(lambda: self.tr("Waiting for %1's screen…").replace("%1", self.agent_name))
        self.poll_frame()

    def poll_frame(self) -> None:
        if not self.watching:
            return
        after = self.frame_no
        self._ask(
            "frame",
            lambda: _decoded(self.client.request("GET", self.path + "/frame", params={"after": after})),
            self._frame_arrived,
        )

    def _frame_arrived(self, frame: tuple[int, datetime | None, QImage] | None) -> None:
        if frame is None:
            if self.frame_no == 0 and time.monotonic() - self._asked_at > SILENT_S:
                self._say(
                    lambda: self.tr("%1's desktop does not answer: it may be closed or offline.").replace(
                        "%1", self.agent_name
                    )
                )
            return
        self.frame_no, self.frame_at, image = frame
        self.picture.set_image(image)
        self._say(self._frame_status)

    def _frame_status(self) -> str:
        at = self.frame_at.astimezone().strftime("%H:%M:%S") if self.frame_at else ""
        return self.tr("%1's screen at %2").replace("%1", self.agent_name).replace("%2", at)

    # -- the trail --------------------------------------------------------------------------------

    def poll_trail(self) -> None:
        params: dict[str, Any] = {"limit": TRAIL_FIRST} if self.trail_last is None else {"after": self.trail_last}
        path = f"/trail/{self.agent_id}"
        self._ask("trail", lambda: self.client.request("GET", path, params=params).json(), self._trail_arrived)

    def _trail_arrived(self, body: dict[str, Any]) -> None:
        trail = Trail.model_validate(body)
        self.trail_last = trail.last_id
        if trail.items:
            known = {item.id for item in self.items}
            self.items.extend(item for item in trail.items if item.id not in known)
            self.items.sort(key=lambda item: (item.at, item.id))
            self._show_trail()

    def _show_trail(self) -> None:
        starts, ends = call_starts(self.items), call_ends(self.items)
        rows = []
        for item in reversed(self.items):  # newest first
            template, args = describe(item)
            text = translate_msg(template)
            for number, arg in enumerate(args, start=1):
                text = text.replace(f"%{number}", translate_msg(arg))
            ref = item.call_ref or ""
            offset = call_offset(item.at, starts.get(ref), ends.get(ref))
            row = QTreeWidgetItem([item.at.astimezone().strftime("%H:%M:%S"), offset, text])
            row.setToolTip(2, text)
            rows.append(row)
        self.trail.clear()
        self.trail.addTopLevelItems(rows)

    # -- what went wrong --------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, StateConflict):  # the lease lapsed (the PC slept): watch again
            self.watching = False
            self.renew()
            return
        if isinstance(exc, NotFound | PermissionDenied):
            self._refused = True
            self.stop()
            self._say(lambda: self.tr("You may not view %1's screen.").replace("%1", self.agent_name))
            return
        reason = translate_msg(exc.message) if isinstance(exc, CrmError) else str(exc)
        logger.info("screen view of %s: %s", self.agent_id, type(exc).__name__)
        self._say(lambda: self.tr("%1 Trying again…").replace("%1", reason))

    def _say(self, text: Callable[[], str]) -> None:
        self._status = text
        self.status_label.setText(text())
        if self.frame_no == 0:
            self.picture.set_placeholder(text())

    def retranslateUi(self) -> None:
        what = self.tr("What %1 did").replace("%1", self.agent_name)
        self.trail.setHeaderLabels([self.tr("Time"), self.tr("In call"), what])
        self.trail.headerItem().setToolTip(2, what)
        self.trail.setToolTip(self.tr("The agent's operations, newest first; during a call, how far into it"))
        self._say(self._status)
        if self.items:
            self._show_trail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def _ignore(exc: BaseException) -> None:
    logger.info("screen view: ending the watch failed (%s); it lapses by itself", type(exc).__name__)


__all__ = ["FrameView", "ScreenViewer"]
