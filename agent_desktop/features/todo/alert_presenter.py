"""How a due to-do alerts: tray message, a sound on the ringer, the banner and the highlighted row.

Nothing here activates or raises a window: an alert must never take the focus from the call controls.
Clicking the tray message or the banner asks (:attr:`sig_open_customer`) for the item's customer card.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from agent_desktop.features.todo.banner import TodoBanner
from crm.records import TodoRecord

logger = logging.getLogger(__name__)

TRAY_MESSAGE_MS = 15000


class AlertPresenter(QObject):
    """Shows alerts; ``tray`` may be None (no system tray) and ``highlight`` marks rows in the dock."""

    sig_tray_message_shown = Signal(str, str)
    """A tray notification was shown (title, message)."""

    sig_open_customer = Signal(str)
    """The agent clicked an alert of a to-do linked to this customer id: open the customer card."""

    sig_open_todo = Signal(str)
    """The agent clicked an alert of a to-do without a customer: show that to-do (its id)."""

    def __init__(
        self,
        banner: TodoBanner,
        *,
        tray: QSystemTrayIcon | None = None,
        sound: Callable[[], object] | None = None,
        highlight: Callable[[list[str]], None] | None = None,
        lookup: Callable[[str], TodoRecord | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.banner = banner
        self.tray = tray
        self.sound = sound or QApplication.beep
        self.highlight = highlight
        self.lookup = lookup
        self._last_ids: list[str] = []
        banner.sig_open_requested.connect(self.open_todo)
        if tray is not None:
            tray.messageClicked.connect(self._tray_clicked)

    def present(self, items: list[TodoRecord]) -> None:
        """Alert for ``items`` (already due)."""
        if not items:
            return
        self._last_ids = [t["id"] for t in items]
        title = self.tr("To-do due") if len(items) == 1 else self.tr("{0} to-dos due").format(len(items))
        body = "\n".join(str(t.get("title", "")) for t in items[:5])
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)
            self.sig_tray_message_shown.emit(title, body)
        try:
            self.sound()
        except Exception:
            logger.exception("alert sound failed")
        self.banner.show_items(items)
        if self.highlight is not None:
            self.highlight(self._last_ids)

    def _tray_clicked(self) -> None:
        if self._last_ids:
            self.open_todo(self._last_ids[0])

    def open_todo(self, todo_id: str) -> None:
        """Open the customer of ``todo_id`` (or the to-do itself when it has none)."""
        record = self.lookup(todo_id) if self.lookup is not None else None
        customer_id = (record or {}).get("customer_id")
        if customer_id:
            self.sig_open_customer.emit(customer_id)
        else:
            self.sig_open_todo.emit(todo_id)
