"""Feature: the to-do dock with due-time alerts (``install(ctx, window)``).

Waits for :data:`CRM`, then lists the agent's to-dos from the local store, keeps them current on every
sync, and alerts at due time through one timer armed for the next due item
(:mod:`agent_desktop.features.todo.alerts`): the shell's :data:`DUE_ALERTS` (tray message, the To-do
tab's badge, the sound, the taskbar), the banner and the highlighted row. Provides :data:`TODOS`
(:meth:`TodoFeature.new_todo`, from the card or a call). With :data:`SCREENPOP`, the card's "New to-do"
opens the form for its customer, and a clicked alert or row (:attr:`TodoFeature.sig_open_customer`)
shows that customer's card.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from agent_desktop.features.crm_link.api import CRM, CrmService, customer_name, remembered_user
from agent_desktop.features.screenpop.api import SCREENPOP, ScreenPopApi
from agent_desktop.features.todo.alert_presenter import AlertPresenter
from agent_desktop.features.todo.alerts import AlertScheduler
from agent_desktop.features.todo.api import TODOS
from agent_desktop.features.todo.dock import TodoDock
from agent_desktop.features.todo.model import TodoTableModel
from agent_desktop.shell.keys import DUE_ALERTS
from agent_desktop.shell.services import ServiceRegistry, ServiceWaiter
from crm.records import TodoRecord
from crm.store.todos import Me, TodoBook, utc_now
from screenpop.core.models import CardModel

if TYPE_CHECKING:
    from agent_desktop.shell.context import AppContext
    from agent_desktop.shell.main_window import MainWindow
    from agent_desktop.shell.tasks import BackgroundTasks
    from forms.todo_form import TodoForm

logger = logging.getLogger(__name__)


class TodoFeature(QObject):
    """The installed feature; ``attach(service)`` once the CRM service exists."""

    sig_open_customer = Signal(str)
    """Open the customer card of this customer id (alert clicked, or a row double-clicked)."""

    sig_ready = Signal()
    """The to-do list is attached to the CRM store and alerts are armed."""

    sig_written = Signal()
    """A to-do change the agent made has landed in the store; the list and the alert timer follow it."""

    _sig_local_write = Signal()

    def __init__(
        self,
        window: MainWindow,
        services: ServiceRegistry,
        tasks: BackgroundTasks | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.tasks = tasks
        self.clock = clock
        self.book: TodoBook | None = None
        self.service: CrmService | None = None
        self.agents: dict[str, str] = {}
        self._screenpop: ScreenPopApi | None = None
        self.model = TodoTableModel(names=self._name_of, customer_names=self._customer_name, parent=self)
        self.dock = TodoDock(self.model, clock=clock)
        window.set_dock_content("todo", self.dock)
        self.presenter = AlertPresenter(
            self.dock.banner,
            alerts=services.get(DUE_ALERTS),
            highlight=self.model.highlight,
            select=self.dock.select,
            lookup=self._lookup,
            parent=self,
        )
        self.presenter.sig_open_customer.connect(self.sig_open_customer)
        self.presenter.sig_open_todo.connect(self.edit_todo)
        self.scheduler: AlertScheduler | None = None
        self.action_new = window.add_menu_action("file", lambda: self.tr("New to-do…"), "", self.new_todo_here)
        self._connect_dock()
        self._wait = ServiceWaiter(services, CRM, self.attach)
        self._card_wait = ServiceWaiter(services, SCREENPOP, self.connect_card)
        self._forms: list[Any] = []
        self._alerting: set[str] = set()  # alerts shown whose "alerted" mark is being written

    def _connect_dock(self) -> None:
        d = self.dock
        d.sig_view_changed.connect(self.refresh)
        d.sig_new_requested.connect(self.new_todo_here)
        d.sig_edit_requested.connect(self.edit_todo)
        d.sig_complete_requested.connect(lambda i: self._write(lambda b: b.complete(i)))
        d.sig_reopen_requested.connect(lambda i: self._write(lambda b: b.reopen(i)))
        d.sig_snooze_requested.connect(self.snooze)
        d.sig_open_customer_requested.connect(self.sig_open_customer)
        d.banner.sig_dismissed.connect(lambda: self.model.highlight([]))

    # -- attaching to the CRM -------------------------------------------------------------------
    def start(self) -> None:
        self._wait.start()
        self._card_wait.start()

    def connect_card(self, screenpop: ScreenPopApi) -> None:
        """The customer card's "New to-do" opens the form linked to the card's customer; a clicked
        alert or row shows its customer on the card."""
        self._screenpop = screenpop
        screenpop.requests.sig_new_todo_requested.connect(self._from_card)
        self.sig_open_customer.connect(screenpop.open_customer)

    def new_todo_here(self) -> TodoForm | None:
        """File → New to-do and the dock's New: linked to the customer on the card, when one is shown
        (the form can unlink it)."""
        card = self._screenpop.current_card() if self._screenpop is not None else None
        return self._from_card(card) if card is not None else self.new_todo()

    def _from_card(self, card: CardModel) -> TodoForm | None:
        customer = card.customer
        return self.new_todo(
            customer_id=customer.id if customer else None, customer_label=customer.name if customer else ""
        )

    def attach(self, service: CrmService) -> None:
        self.service = service
        user = remembered_user(service.store, service.user)
        self.book = TodoBook(service.store, Me.from_user(user), self.clock)
        self.scheduler = AlertScheduler(self.book, self)
        self.scheduler.sig_alerts_due.connect(self._on_alerts_due)
        if service.signals is not None:
            service.signals.sig_records_changed.connect(self._on_records_changed)
        # another feature's local write (e.g. the wrap-up's follow-up to-do) may come from a worker
        # thread: the signal queues it to the GUI thread
        self._sig_local_write.connect(
            lambda: self._on_records_changed("todos", None), Qt.ConnectionType.QueuedConnection
        )
        service.store.add_write_listener(self._local_write)
        self.refresh()
        self.scheduler.rearm()  # items that fell due while the app was closed alert now
        self._load_agents()
        self.sig_ready.emit()

    def _load_agents(self) -> None:
        service = self.service
        if service is None:  # attach sets it before calling this
            return
        client = service.client
        if self.tasks is None or not getattr(client, "signed_in", False):
            return

        def fetch() -> dict[str, str]:
            page = client.list("users", limit=500)
            return {u.id: u.display_name for u in page.items if u.active and u.role.value == "agent"}

        self.tasks.run(fetch, self._on_agents, lambda exc: logger.info("agent list unavailable: %s", exc), owner=self)

    def _on_agents(self, agents: dict[str, str]) -> None:
        self.agents = agents
        if self.book is not None:
            self.refresh()

    # -- reacting -------------------------------------------------------------------------------
    def _on_records_changed(self, entity: str, _ids: object) -> None:
        if entity == "todos" and self.book is not None:  # None: shut down, the store may be closed
            self.refresh()
            if self.scheduler is not None:  # set by attach, with the book
                self.scheduler.rearm()

    def _local_write(self) -> None:
        if self.book is not None:  # the store keeps its listeners: ignore writes after shutdown
            self._sig_local_write.emit()

    def _on_alerts_due(self, items: list[TodoRecord]) -> None:
        items = [t for t in items if t["id"] not in self._alerting]  # shown, "alerted" not written yet
        if not items:
            return
        ids = [t["id"] for t in items]
        self._alerting.update(ids)
        self.presenter.present(items)
        self._write(lambda b: b.mark_alerted(ids), after=lambda: self._alerting.difference_update(ids), by_agent=False)

    def refresh(self) -> None:
        if self.book is None:
            return
        d = self.dock
        selected = d.selected_id()
        items = self.book.listed(d.filter_name(), d.sort_name(), include_closed=d.show_done.isChecked())
        self.model.set_items(items, self.clock())
        if selected:
            d.select(selected)

    def _write(
        self, op: Callable[[TodoBook], Any], after: Callable[[], Any] = lambda: None, by_agent: bool = True
    ) -> None:
        """Apply ``op`` to the store on the background helper's write lane (a sync may hold the
        store's writer for seconds: the window must not freeze); the list and the timer follow.
        ``after()`` runs on the GUI thread once the write landed or failed; ``sig_written`` tells
        of the agent's own changes (``by_agent``), not of the alerts' bookkeeping."""
        book = self.book
        if book is None:
            return
        if self.tasks is None:  # no background helper (tests, tools): here
            op(book)
            after()
            self._written(by_agent)
            return

        def landed(_result: object) -> None:
            after()
            self._written(by_agent)

        def failed(exc: BaseException) -> None:
            after()
            self._write_failed(exc)

        self.tasks.write(lambda: op(book), landed, failed, owner=self)

    def _written(self, by_agent: bool) -> None:
        if self.book is None:  # shut down meanwhile
            return
        self.dock.show_message("")
        self.refresh()
        if self.scheduler is not None:
            self.scheduler.rearm()
        if by_agent:
            self.sig_written.emit()

    def _write_failed(self, exc: BaseException) -> None:
        logger.error("to-do not saved: %s", exc, exc_info=exc)
        if self.book is not None:
            self.dock.show_message(self.tr("The to-do could not be saved: {0}").format(exc))

    # -- actions --------------------------------------------------------------------------------
    def new_todo(
        self, customer_id: str | None = None, call_log_id: str | None = None, title: str = "", customer_label: str = ""
    ) -> TodoForm | None:
        """Open the to-do form (optionally linked to a customer and a call); returns the dialog."""
        if self.book is None:
            return None
        form = self._form(
            customer_id=customer_id,
            call_log_id=call_log_id,
            title=title,
            customer_label=customer_label or self._customer_name(customer_id or ""),
        )
        form.accepted.connect(lambda: self._write(lambda b: b.create(**form.values())))
        return form

    def edit_todo(self, todo_id: str) -> TodoForm | None:
        record = self.book.get(todo_id) if self.book else None
        if record is None:
            return None
        form = self._form(record=record, customer_label=self._customer_name(record.get("customer_id") or ""))
        form.accepted.connect(lambda: self._write(lambda b: b.edit(todo_id, _changes(record, form.values()))))
        return form

    def _form(self, **kwargs: Any) -> TodoForm:
        from forms.todo_form import TodoForm

        assert self.book is not None  # callers checked
        agents = sorted(self.agents.items(), key=lambda a: a[1])
        form = TodoForm(
            me_id=self.book.me.user_id,
            team=self.book.me.team,
            agents=agents,
            now=self.clock(),
            parent=self.window,
            **kwargs,
        )
        self._open(form)
        return form

    def snooze(self, todo_id: str, until: timedelta | datetime | None) -> Any:
        if until is not None:
            self._write(lambda b: b.snooze(todo_id, until))
            return None
        from agent_desktop.features.todo.snooze_dialog import SnoozeDialog

        dialog = SnoozeDialog(self.clock() + timedelta(minutes=30), self.window)
        dialog.accepted.connect(lambda: self._write(lambda b: b.snooze(todo_id, dialog.until())))
        self._open(dialog)
        return dialog

    def _open(self, dialog: Any) -> None:
        self._forms.append(dialog)
        dialog.finished.connect(lambda _r: self._forms.remove(dialog) if dialog in self._forms else None)
        dialog.open()

    # -- lookups --------------------------------------------------------------------------------
    def _lookup(self, todo_id: str) -> TodoRecord | None:
        return self.book.get(todo_id) if self.book else None

    def _name_of(self, user_id: str) -> str:
        if self.book is not None and user_id == self.book.me.user_id:
            return self.tr("Me")
        return self.agents.get(user_id, user_id[:8])

    def _customer_name(self, customer_id: str) -> str:
        return customer_name(self.service.store if self.service is not None else None, customer_id)

    def shutdown(self) -> None:
        self._wait.stop()
        self._card_wait.stop()
        if self.scheduler is not None:
            self.scheduler.stop()
        if self.service is not None and self.service.signals is not None:
            self.service.signals.sig_records_changed.disconnect(self._on_records_changed)
        self.book = None
        self.service = None  # the dock may still repaint (a language switch): it reads no closed store
        self.services.withdraw(TODOS, self)


def _changes(before: TodoRecord, values: dict[str, Any]) -> dict[str, Any]:
    """Only the fields the form changed (times compared as instants)."""
    from crm.store.todos import parse_time

    out = {}
    for key, value in values.items():
        old = before.get(key)
        if key == "due_at":
            if parse_time(old) != value:
                out[key] = value
        elif (old or None) != (value or None):
            out[key] = value
    return out


def install(ctx: AppContext, window: MainWindow) -> TodoFeature:
    """Feature entry point (see agent_desktop.shell.feature_host)."""
    feature = TodoFeature(window, ctx.services, ctx.tasks)
    ctx.services.provide(TODOS, feature)
    feature.start()
    return feature
