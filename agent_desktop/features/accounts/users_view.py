"""Tools → User accounts (admins): every user with their role, team, whether they may sign in and until
when failed sign-ins hold them back; a new user, a change of name, role or team, deactivation and
reactivation, a password reset (the new password shown once) and clearing a lock-out; under the users,
the client addresses locked out after failed sign-ins, each of which the admin may unlock. Everything
talks to the back office in the background; a refusal is said by its field and nothing typed is lost."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.accounts.address_list import AddressLockouts
from agent_desktop.features.accounts.core import users as core
from agent_desktop.features.accounts.core.refusals import FORM, refusal
from agent_desktop.features.accounts.notices import ask_unsaved, confirm, show_password
from agent_desktop.features.accounts.row_table import row_table
from agent_desktop.features.accounts.user_form import UserForm, problem_text
from agent_desktop.features.accounts.users_model import UsersModel
from crm.client_errors import VersionMismatch
from resources.live_text import Retranslated

if TYPE_CHECKING:
    from agent_desktop.shell.tasks import BackgroundTasks
    from crm.client import CrmClient

logger = logging.getLogger(__name__)

Settle = Callable[[Callable[[], None], Callable[[], None]], None]


class UsersView(Retranslated, QWidget):
    """The User accounts window's panel; talks to the back office through ``client`` on ``tasks``.
    ``keep_secret(text)``: a password shown to the admin never reaches the log (the log's redaction)."""

    def __init__(
        self,
        client: CrmClient,
        tasks: BackgroundTasks,
        keep_secret: Callable[[str], None] = lambda _secret: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.client, self.tasks, self.keep_secret = client, tasks, keep_secret
        self.busy = False
        self._quiet = False  # the selection is being set here, not chosen by the admin
        self.model = UsersModel()
        self.table = row_table(self.model, "users_table")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name takes the rest
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_button = self._button("new_user", lambda: self._leave(self.start_new))
        self.reload_button = self._button("reload_users", lambda: self._leave(self.load))
        self.active_button = self._button("toggle_active", self.ask_toggle_active)
        self.reset_button = self._button("reset_password", self.ask_reset_password)
        self.unlock_button = self._button("clear_lockout", self.clear_lockout)
        self.addresses = AddressLockouts()
        self.addresses.sig_unlock_requested.connect(self.unlock_address)
        self.status = QLabel()
        self.status.setObjectName("status_label")
        self.status.setWordWrap(True)
        self._status: Callable[[], str] = lambda: ""
        self.form = UserForm()
        self.form.sig_save_requested.connect(lambda: self.save())
        self.form.sig_edited.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.reload_button)
        actions = QHBoxLayout()
        for button in (self.active_button, self.reset_button, self.unlock_button):
            actions.addWidget(button)
        actions.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.addresses)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslateUi()
        self._update_buttons()

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def retranslateUi(self) -> None:
        self.new_button.setText(self.tr("&New user"))
        self.reload_button.setText(self.tr("Re&load"))
        self.reset_button.setText(self.tr("Reset pass&word…"))
        self.unlock_button.setText(self.tr("&Clear lock-out"))
        self.unlock_button.setToolTip(self.tr("Let the user sign in again at once after failed sign-ins"))
        self._update_buttons()
        self.status.setText(self._status())
        self.model.retranslate()

    def say(self, text: Callable[[], str]) -> None:
        """``text()`` under the list (again after a language switch)."""
        self._status = text
        self.status.setText(text())

    # -- the list -----------------------------------------------------------------------------------
    def selected(self) -> core.UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def load(self, select_id: str | None = None, said: Callable[[], str] | None = None) -> None:
        """Read the users and the lock-outs again (background); ``select_id``: the user to show then (by
        default the one shown now); ``said``: what an action just did, said now and kept once read."""
        client = self.client
        shown = select_id or (self.form.row.id if self.form.row is not None else None)
        self.say(said or (lambda: self.tr("Reading the users…")))

        def read() -> tuple[list[core.UserRow], list[core.AddressRow]]:
            return core.read_accounts(client, datetime.now(timezone.utc))

        def done(listed: tuple[list[core.UserRow], list[core.AddressRow]]) -> None:
            rows, addresses = listed
            self.addresses.set_rows(addresses)
            self.form.team.set_teams(r.team for r in rows if r.active)
            row = self._select(rows, shown)
            if row >= 0:
                self.form.show_user(self.model.rows[row], keep_typed=True)
            count = str(len(rows))
            self.say(said or (lambda: self.tr("Users: %1").replace("%1", count)))
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            self._refused(exc, lambda: self.tr("The users could not be read."))

        self.tasks.run(read, done, failed, owner=self)

    def _selection_changed(self, _selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._quiet:
            return
        row = self.selected()
        if row is None or (self.form.row is not None and row.id == self.form.row.id):
            self._update_buttons()
            return
        before = [index.row() for index in deselected.indexes()]

        def back() -> None:  # the admin stays with what they typed
            self._select(None, self.model.rows[before[0]].id if before else None)
            self._update_buttons()

        def show() -> None:
            self.form.show_user(row)
            self._update_buttons()

        self._leave(show, back)

    def _select(self, rows: list[core.UserRow] | None, user_id: str | None) -> int:
        """Show ``rows`` (None: those shown) with ``user_id`` selected (None: none); its row, or -1."""
        self._quiet = True
        try:
            if rows is not None:
                self.model.set_rows(rows)
            row = self.model.row_of(user_id) if user_id else -1
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
        finally:
            self._quiet = False
        return row

    def start_new(self) -> None:
        self._select(None, None)
        self.form.show_new()
        self.form.username.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.form.row
        self.active_button.setText(
            self.tr("Rea&ctivate") if row is not None and not row.active else self.tr("&Deactivate")
        )
        for button in (self.active_button, self.reset_button):
            button.setEnabled(row is not None and not self.busy)
        self.unlock_button.setEnabled(row is not None and row.held_until is not None and not self.busy)
        self.addresses.set_busy(self.busy)
        self.form.save_button.setEnabled(not self.busy and (self.form.row is None or self.form.dirty))

    # -- saving -------------------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None, failed: Callable[[], None] | None = None) -> None:
        """Create the new user, or send what changed of the one shown (background)."""
        values, row, client = self.form.values(), self.form.row, self.client
        generated = self.form.generated_password() if row is None else ""  # shown once more when created
        if generated:
            self.keep_secret(generated)
        if row is None:
            body = core.create_body(
                values["username"], values["display_name"], values["role"], values["team"], values["password"]
            )

            def send() -> dict[str, Any]:
                return core.create_user(client, body)
        else:
            body = core.changes(row, values["display_name"], values["role"], values["team"])
            if not body:
                self.form.forget_typed()
                if then is not None:
                    then()
                return

            def send() -> dict[str, Any]:
                return core.update_user(client, row, body)

        self._busy(True)
        self.say(lambda: self.tr("Saving…"))

        def done(saved: dict[str, Any]) -> None:
            self._busy(False)
            self.form.show_problems({})
            login = str(saved.get("username") or "")
            self.form.mark_saved()  # shown as the CRM has it once the list is read again
            self.load(str(saved["id"]), lambda: self.tr("Saved: %1.").replace("%1", login))
            if generated:
                show_password(self, login, generated, created=True)
            if then is not None:
                then()

        def refused(exc: BaseException) -> None:
            self._busy(False)
            self._refused(exc, lambda: self.tr("Not saved; nothing you typed is lost."))
            if failed is not None:
                failed()

        self.tasks.run(send, done, refused, owner=self)

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _refused(self, exc: BaseException, what: Callable[[], str]) -> None:
        problems = refusal(exc)
        self.form.show_problems(problems)
        whole = problems.get(FORM)
        self.say(lambda: what() if whole is None else f"{what()} {problem_text(whole)}")
        if isinstance(exc, VersionMismatch):  # what the others changed is shown; what was typed stays
            self.load()

    # -- one user's actions -------------------------------------------------------------------------
    def ask_toggle_active(self) -> None:
        row = self.form.row
        if row is None:
            return
        if not row.active:
            self._send(row, {"active": True}, lambda: self.tr("%1 may sign in again.").replace("%1", row.username))
            return
        confirm(
            self,
            "deactivate_question",
            self.tr("Deactivate user"),
            self.tr("Deactivate %1? They are signed out at once and cannot sign in until reactivated.").replace(
                "%1", row.username
            ),
            self.tr("Deactivate"),
            lambda: self._send(
                row, {"active": False}, lambda: self.tr("%1 is deactivated.").replace("%1", row.username)
            ),
        )

    def ask_reset_password(self) -> None:
        row = self.form.row
        if row is None:
            return
        confirm(
            self,
            "reset_question",
            self.tr("Reset password"),
            self.tr("Give %1 a new password? Their sessions end; you pass the new password on to them.").replace(
                "%1", row.username
            ),
            self.tr("Reset password"),
            lambda: self.reset_password(row),
        )

    def reset_password(self, row: core.UserRow) -> None:
        """A new random password for ``row``, shown once to the admin (never logged, not kept here)."""
        password = core.new_password()
        self.keep_secret(password)
        self._send(
            row,
            {"password": password},
            lambda: self.tr("The password of %1 was reset.").replace("%1", row.username),
            lambda: show_password(self, row.username, password),
        )

    def _send(
        self,
        row: core.UserRow,
        body: dict[str, Any],
        said: Callable[[], str],
        after: Callable[[], object] | None = None,
    ) -> None:
        client = self.client
        self._busy(True)

        def done(_saved: dict[str, Any]) -> None:
            self._busy(False)
            self.load(row.id, said)
            if after is not None:
                after()

        def refused(exc: BaseException) -> None:
            self._busy(False)
            self._refused(exc, lambda: self.tr("Not changed."))

        self.tasks.run(lambda: core.update_user(client, row, body), done, refused, owner=self)

    def clear_lockout(self) -> None:
        row = self.form.row
        if row is None:
            return
        client = self.client
        self._busy(True)

        def done(_none: None) -> None:
            self._busy(False)
            self.load(row.id, lambda: self.tr("%1 may sign in again at once.").replace("%1", row.username))

        def refused(exc: BaseException) -> None:
            self._busy(False)
            self._refused(exc, lambda: self.tr("The lock-out was not cleared."))

        self.tasks.run(lambda: core.clear_lockout(client, row.username), done, refused, owner=self)

    def unlock_address(self, address: str) -> None:
        """Forget the failed sign-ins from ``address``: sign-ins from it are let in again at once."""
        client = self.client
        self._busy(True)

        def done(_none: None) -> None:
            self._busy(False)
            self.load(None, lambda: self.tr("Sign-ins from %1 are let in again.").replace("%1", address))

        def refused(exc: BaseException) -> None:
            self._busy(False)
            self._refused(exc, lambda: self.tr("The lock-out was not cleared."))

        self.tasks.run(lambda: core.clear_lockout(client, address, "address"), done, refused, owner=self)

    # -- something typed, not saved -----------------------------------------------------------------
    def settle(self, proceed: Callable[[], None], cancel: Callable[[], None]) -> None:
        """Nothing typed to lose: ``proceed()``; else ask Save / Discard / Cancel (the window's close
        button, another user chosen, quitting or signing out)."""
        if not self.form.dirty:
            proceed()
            return

        def discard() -> None:
            self.form.forget_typed()
            self._update_buttons()
            proceed()

        ask_unsaved(self, lambda: self.save(proceed, cancel), discard, cancel)

    def _leave(self, then: Callable[[], None], stay: Callable[[], None] = lambda: None) -> None:
        self.settle(then, stay)
