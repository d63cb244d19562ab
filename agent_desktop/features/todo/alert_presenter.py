"""How a due to-do alerts: the shell's due alerts (tray message, the To-do tab's badge, the sound, the
taskbar), the banner and the highlighted row.

Nothing here activates or raises a window: an alert must never take the focus from the call controls.
Clicking the tray message (the window comes forward then) or the banner selects the to-do and asks
(:attr:`sig_open_customer`) for the item's customer card.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from agent_desktop.features.todo.banner import TodoBanner
from crm.records import TodoRecord

if TYPE_CHECKING:
    from agent_desktop.shell.due_alerts import DueAlerts

logger = logging.getLogger(__name__)

DOCK = "todo"


class AlertPresenter(QObject):
    """Shows alerts; ``alerts`` may be None (no shell around), ``highlight`` marks rows in the dock and
    ``select`` selects one."""

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
        alerts: DueAlerts | None = None,
        highlight: Callable[[list[str]], None] | None = None,
        select: Callable[[str], None] | None = None,
        lookup: Callable[[str], TodoRecord | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.banner = banner
        self.alerts = alerts
        self.highlight = highlight
        self.select = select
        self.lookup = lookup
        banner.sig_open_requested.connect(self.open_todo)
        banner.sig_dismissed.connect(self.acknowledge)

    def present(self, items: list[TodoRecord]) -> None:
        """Alert for ``items`` (already due)."""
        if not items:
            return
        ids = [t["id"] for t in items]
        title = self.tr("To-do due") if len(items) == 1 else self.tr("{0} to-dos due").format(len(items))
        body = "\n".join(str(t.get("title", "")) for t in items[:5])
        self.banner.show_items(items)
        if self.highlight is not None:
            self.highlight(ids)
        if self.alerts is not None and self.alerts.alert(DOCK, ids, title, body, on_open=self.open_todo):
            self.sig_tray_message_shown.emit(title, body)

    def acknowledge(self) -> None:
        """The agent dealt with the banner: the To-do tab's badge goes."""
        if self.alerts is not None:
            self.alerts.acknowledge(DOCK)

    def open_todo(self, todo_id: str) -> None:
        """Select ``todo_id`` and open its customer (or the to-do itself when it has none)."""
        if self.select is not None:
            self.select(todo_id)
        record = self.lookup(todo_id) if self.lookup is not None else None
        customer_id = (record or {}).get("customer_id")
        if customer_id:
            self.sig_open_customer.emit(customer_id)
        else:
            self.sig_open_todo.emit(todo_id)
