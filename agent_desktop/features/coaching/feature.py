"""Feature: coaching messages (``install(ctx, window)``); provides :data:`COACHING`.

* Once :data:`CRM` says who signed in, the user's recent coaching is read; with the shared CRM's live
  events (:data:`LIVE`) a message arrives at once (``coaching``), a read receipt too
  (``coaching_read``), and each reconnection reads what came meanwhile.
* A message for the user shows at once in the :class:`CoachingNotice` over the window's corner, unless
  the coaching dock is in front in the active window (then it is seen there). Nothing takes the
  keyboard focus: the agent keeps typing where they are. The shell's :data:`DUE_ALERTS` adds the
  dock tab's badge, the tray message and the sound.
* Seen: "Got it" (the notice or the dock), a reply, Insert into notes or Copy, or the dock in front
  while the window is active. The read receipt goes to the sender (once; sent again after a
  reconnection if it failed).
* Standard texts: "Insert into notes" adds the text to the wrap-up's notes (:data:`SCREENPOP`'s
  ``add_to_notes``; copied instead when no call or wrap-up is open); "Copy" puts it on the clipboard.
* Supervisors and admins: Tools → Send coaching message (Ctrl+Shift+K), a window to pick an agent or a
  team, write and send, with the history with them and its receipts and replies.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

from agent_desktop.features.coaching.api import COACHING
from agent_desktop.features.coaching.core.book import CoachingBook, Me
from agent_desktop.features.coaching.core.calls import CoachingCalls
from agent_desktop.features.coaching.core.checks import check_body, refusal
from agent_desktop.features.coaching.core.recipients import Recipient
from agent_desktop.features.coaching.dock import CoachingDock
from agent_desktop.features.coaching.notice import CoachingNotice
from agent_desktop.features.crm_link.api import CRM, LIVE, CrmService
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.shell.keys import DUE_ALERTS
from agent_desktop.shell.panel_window import PanelWindow
from crm.client_errors import CrmUnavailable
from crm.i18n import QT_TRANSLATE_NOOP
from crm.schemas.coaching import CoachingKind, CoachingMessage, CoachingReceipt

if TYPE_CHECKING:
    from agent_desktop.features.coaching.compose import ComposePanel
    from agent_desktop.features.crm_link.api import LiveEvents
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow

logger = logging.getLogger(__name__)

DOCK = "coaching"


class CoachingFeature(QObject):
    """The installed feature (provided as :data:`COACHING`)."""

    sig_changed = Signal()
    """The messages kept changed (arrived, read, receipts)."""
    sig_shown = Signal(str)
    """A message for the user is on screen (its id): in the notice, or in the dock in front."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.service: CrmService | None = None
        self.calls: CoachingCalls | None = None
        self.book: CoachingBook | None = None
        self.live: LiveEvents | None = None
        self.compose: ComposePanel | None = None
        self.compose_window: PanelWindow | None = None
        self._receipts_due: set[str] = set()
        self._reading = self._read_again = False
        self.dock = CoachingDock(self.me)
        window.set_dock_content(DOCK, self.dock)
        self.notice = CoachingNotice(window)
        self.action = window.add_menu_action(
            "tools", lambda: self.tr("Sen&d coaching message..."), "Ctrl+Shift+K", self.open
        )
        self.action.setVisible(False)
        self.dock.sig_seen.connect(self.seen)
        self.dock.sig_insert.connect(self.insert_into_notes)
        self.dock.sig_copy.connect(self.copy)
        self.dock.sig_reply.connect(self.reply)
        self.dock.sig_compose.connect(self.open)
        self.notice.sig_seen.connect(self.seen)
        self.notice.sig_insert.connect(self.insert_into_notes)
        self.notice.sig_copy.connect(self.copy)
        self.notice.sig_reply.connect(self._reply_from_notice)
        self.sig_changed.connect(self._show)
        window.dock(DOCK).visibilityChanged.connect(self._dock_visibility)
        window.installEventFilter(self)
        ctx.services.provide(COACHING, self)
        self._subscriptions = [
            ctx.services.subscribe(CRM, self.attach),
            ctx.services.subscribe(LIVE, self.attach_live),
        ]

    # -- who is signed in ---------------------------------------------------------------------------
    def me(self) -> Me | None:
        return self.book.me if self.book is not None else None

    def attach(self, service: CrmService) -> None:
        """The CRM is there (again): start over for whoever signed in."""
        user = service.user
        if service is self.service:
            return
        if user is None:
            logger.warning("coaching: the CRM did not say who signed in")
            return
        self.service = service
        self.calls = CoachingCalls(service.client)
        self.book = CoachingBook(Me(user.get("id", ""), user.get("role", ""), user.get("team", "") or ""))
        self._receipts_due.clear()
        self.notice.dismiss()
        self._close_compose()
        self.action.setVisible(self.book.me.coaches)
        self.sig_changed.emit()
        self.catch_up()  # (the live stream, once connected, reads again what came meanwhile)

    def attach_live(self, live: LiveEvents) -> None:
        if live is self.live:
            return
        self._detach_live()
        self.live = live
        live.sig_event.connect(self._event)
        live.sig_connected.connect(self._connected)
        if live.connected:
            self._connected(True)

    def _detach_live(self) -> None:
        if self.live is not None:
            for signal, slot in ((self.live.sig_event, self._event), (self.live.sig_connected, self._connected)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):  # gone with its CRM link
                    pass
            self.live = None

    def _connected(self, connected: bool) -> None:
        if connected:  # events sent while the stream was down are not replayed: read them
            self.catch_up()
            for message_id in sorted(self._receipts_due):
                self._send_receipt(message_id)

    def catch_up(self) -> None:
        """Read the user's messages since the newest kept (all recent ones the first time)."""
        calls, book = self.calls, self.book
        if calls is None or book is None or not book.me.has_coaching:
            return
        if self._reading:  # what that read started too early to see: once more when it is back
            self._read_again = True
            return
        self._reading, self._read_again = True, False
        since = book.newest_time()

        def finished() -> None:
            self._reading = False
            if self._read_again and book is self.book:
                self.catch_up()

        def done(messages: list[CoachingMessage]) -> None:
            if book is self.book:
                self._arrived(messages)
            finished()

        def failed(exc: BaseException) -> None:
            logger.info("coaching: reading the messages failed: %s", type(exc).__name__)
            finished()

        self.ctx.tasks.run(lambda: calls.history(since=since), done, failed, owner=self)

    # -- live events --------------------------------------------------------------------------------
    def _event(self, kind: str, data: dict[str, Any]) -> None:
        if kind == "coaching":
            if data.get("partial"):
                self._fetch(str(data.get("id", "")))
                return
            try:
                self._arrived([CoachingMessage.model_validate(data)])
            except ValueError:
                logger.warning("coaching: an unreadable message event was ignored")
        elif kind == "coaching_read" and self.book is not None:
            try:
                receipt = CoachingReceipt.model_validate(data)
            except ValueError:
                logger.warning("coaching: an unreadable receipt was ignored")
                return
            if self.book.receipt(receipt) is not None:
                self.sig_changed.emit()

    def _fetch(self, message_id: str) -> None:
        calls, book = self.calls, self.book
        if calls is None or not message_id:
            return

        def done(message: CoachingMessage) -> None:
            if book is self.book:
                self._arrived([message])

        self.ctx.tasks.run(
            lambda: calls.message(message_id),
            done,
            lambda exc: logger.info("coaching: reading message failed: %s", type(exc).__name__),
            owner=self,
        )

    def _arrived(self, messages: list[CoachingMessage]) -> None:
        book = self.book
        if book is None or not messages:
            return
        new = [m for m in messages if book.add(m)]
        self.sig_changed.emit()
        fresh = [m for m in new if book.incoming(m) and m.read_at is None]
        if not fresh:
            return
        if self._looking_at_dock():
            self._looked()
            for message in fresh:
                self.sig_shown.emit(message.id)
            return
        alerts = self.ctx.services.get(DUE_ALERTS)
        if alerts is not None:
            newest = fresh[-1]
            title = self.tr("Coaching message from {0}").format(newest.from_name)
            alerts.alert(DOCK, [m.id for m in fresh], title, newest.body[:200], on_open=self._open_in_dock)

    # -- showing --------------------------------------------------------------------------------------
    def _show(self) -> None:
        book = self.book
        if book is None:
            self.dock.show_messages([], [], lambda _m: False)
            return
        mine = [m for m in book.all() if m.from_user == book.me.id or book.incoming(m)]
        self.dock.show_messages(mine, book.standard_texts(), book.incoming)
        self._show_notice()
        self._show_compose_history()

    def _show_notice(self) -> None:
        book = self.book
        unread = book.unread() if book is not None else []
        if not unread or self._looking_at_dock():
            self.notice.dismiss()
            return
        newest = unread[-1]
        shown_before = self.notice.message_id
        self.notice.show_message(newest, len(unread) - 1)
        if shown_before != newest.id:
            self.sig_shown.emit(newest.id)

    def _looking_at_dock(self) -> bool:
        window, dock = self.window, self.window.dock(DOCK)
        return (
            window.isVisible()
            and not window.isMinimized()
            and window.isActiveWindow()
            and dock.isVisible()
            and not dock.visibleRegion().isEmpty()
        )

    def _looked(self) -> None:
        """The dock is in front in the active window: its unread messages are seen."""
        if self.book is None or not self._looking_at_dock():
            return
        for message in self.book.unread():
            self.seen(message.id)

    def _dock_visibility(self, _visible: bool) -> None:
        self._looked()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.ActivationChange, QEvent.Type.WindowStateChange):
            self._looked()
        return False

    def _open_in_dock(self, message_id: str) -> None:
        self.show_messages()
        self.dock.select(message_id)

    def show_messages(self) -> None:
        dock = self.window.dock(DOCK)
        dock.show()
        dock.raise_()
        self._looked()

    # -- the user's actions ---------------------------------------------------------------------------
    def seen(self, message_id: str) -> None:
        """The user saw ``message_id``: it is read, and the sender gets the receipt."""
        book = self.book
        message = book.get(message_id) if book is not None else None
        if book is None or message is None or message.read_at is not None or not book.incoming(message):
            return
        book.mark_read(message_id, datetime.now(timezone.utc))
        self._send_receipt(message_id)
        alerts = self.ctx.services.get(DUE_ALERTS)
        if alerts is not None and not book.unread():
            alerts.acknowledge(DOCK)
        self.sig_changed.emit()

    def _send_receipt(self, message_id: str) -> None:
        calls, book = self.calls, self.book
        if calls is None or book is None:
            return
        self._receipts_due.add(message_id)

        def done(message: CoachingMessage) -> None:
            self._receipts_due.discard(message_id)
            if book is self.book:
                book.add(message)
                self.sig_changed.emit()

        def failed(exc: BaseException) -> None:
            logger.info("coaching: the read receipt of %s failed: %s", message_id, type(exc).__name__)
            if not isinstance(exc, CrmUnavailable):  # refused: sending it again would not help
                self._receipts_due.discard(message_id)  # (unreachable: sent again when the stream is back)

        self.ctx.tasks.run(lambda: calls.mark_read(message_id), done, failed, owner=self)

    def insert_into_notes(self, message_id: str) -> None:
        message = self.book.get(message_id) if self.book is not None else None
        if message is None:
            return
        screenpop = self.ctx.services.get(SCREENPOP)
        if screenpop is not None and screenpop.add_to_notes(message.body):
            self.window.transient(self.tr("Added to the call's notes."))
        else:
            QApplication.clipboard().setText(message.body)
            self.window.transient(
                self.tr("No call or wrap-up is open: the text was copied; paste it where you need it.")
            )
        self.seen(message_id)

    def copy(self, message_id: str) -> None:
        message = self.book.get(message_id) if self.book is not None else None
        if message is None:
            return
        QApplication.clipboard().setText(message.body)
        self.window.transient(self.tr("Copied to the clipboard."))
        self.seen(message_id)

    def _reply_from_notice(self, message_id: str) -> None:
        self.show_messages()
        self.dock.start_reply(message_id)

    def reply(self, message_id: str, text: str) -> None:
        calls = self.calls
        problem = check_body(text)
        if problem is not None or calls is None:
            self.dock.show_error(
                problem or QT_TRANSLATE_NOOP("Coaching", "The CRM is still starting; try again in a moment.")
            )
            return
        self.seen(message_id)

        def done(message: CoachingMessage) -> None:
            self.dock.reply_sent()
            self._arrived([message])

        def failed(exc: BaseException) -> None:
            self.dock.show_error(refusal(exc)[1])

        self.ctx.tasks.run(lambda: calls.send(text, reply_to=message_id), done, failed, owner=self)

    # -- supervisors: Send coaching message ------------------------------------------------------------
    def open(self) -> None:
        self.open_compose()

    def open_compose(self, user_id: str | None = None) -> ComposePanel | None:
        """Show the "Send coaching message" window (supervisors and admins)."""
        book, calls = self.book, self.calls
        if book is None or calls is None:
            self.window.transient(self.tr("The CRM is still starting; try again in a moment."))
            return None
        if not book.me.coaches:
            return None
        if self.compose is None or self.compose_window is None:
            from agent_desktop.features.coaching.compose import ComposePanel

            self.compose = ComposePanel(self.me)
            self.compose.sig_send.connect(self._send)
            self.compose.sig_recipient_changed.connect(self._recipient_changed)
            self.compose_window = PanelWindow(self.compose, lambda: self.tr("Send coaching message"), self.window)
            self.compose_window.resize(560, 640)
            panel = self.compose
            me_id = book.me.id

            def listed(choices: list[Recipient]) -> None:
                panel.set_recipients(choices)
                if user_id is not None:
                    panel.choose(user_id)

            self.ctx.tasks.run(
                lambda: calls.recipients(me_id),
                listed,
                lambda exc: logger.info("coaching: the agents could not be listed: %s", type(exc).__name__),
                owner=panel,
            )
        elif user_id is not None:
            self.compose.choose(user_id)
        if not self.compose_window.isVisible():  # (re)opened: no "Sent." of an earlier message
            self.compose.clear_status()
        self.compose.set_library(self.ctx.settings.coaching.standard_texts)  # as the settings are now
        self.compose_window.show()
        self.compose_window.raise_()
        self.compose_window.activateWindow()  # the supervisor asked for it
        return self.compose

    def _recipient_changed(self, recipient: Recipient | None) -> None:
        self._show_compose_history()
        calls, book = self.calls, self.book
        if recipient is None or recipient.is_team or calls is None or book is None:
            return

        def done(messages: list[CoachingMessage]) -> None:
            if book is self.book:
                self._arrived(messages)

        self.ctx.tasks.run(
            lambda: calls.history(with_user=recipient.user_id),
            done,
            lambda exc: logger.info("coaching: the history could not be read: %s", type(exc).__name__),
            owner=self,
        )

    def _show_compose_history(self) -> None:
        panel, book = self.compose, self.book
        if panel is None or book is None:
            return
        recipient = panel.recipient()
        if recipient is None:
            messages: list[CoachingMessage] = []
        elif recipient.is_team:
            messages = book.with_team(recipient.team or "")
        else:
            messages = book.with_user(recipient.user_id, recipient.agent_team)
        panel.show_history(messages, book.incoming)

    def _send(self, recipient: Recipient, kind: CoachingKind, title: str, body: str) -> None:
        calls, panel = self.calls, self.compose
        if calls is None or panel is None:
            return

        def done(message: CoachingMessage) -> None:
            panel.sent(QT_TRANSLATE_NOOP("Coaching", "Sent."))
            self._arrived([message])

        def failed(exc: BaseException) -> None:
            panel.refused(*refusal(exc))

        self.ctx.tasks.run(
            lambda: calls.send(body, to=recipient, kind=kind, title=title or None), done, failed, owner=panel
        )

    def _close_compose(self) -> None:
        if self.compose_window is not None:
            self.compose_window.close()
            self.compose_window.deleteLater()
        self.compose_window = self.compose = None

    # -- the end --------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        for cancel in self._subscriptions:
            cancel()
        self._detach_live()
        self.window.removeEventFilter(self)
        self.window.dock(DOCK).visibilityChanged.disconnect(self._dock_visibility)
        self.book = None
        self._close_compose()
        self.notice.dismiss()
        self.ctx.services.withdraw(COACHING, self)
        self.window.menu("tools").removeAction(self.action)


def install(ctx: AppContext, window: MainWindow) -> CoachingFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    return CoachingFeature(ctx, window)
