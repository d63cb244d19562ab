"""The User accounts window's form: a new user (login, name, role, team, password) or the one chosen in
the list (name, role, team). What the CRM refused is said under its field, in the language in use, and
nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.accounts.core.refusals import FIELDS, FORM, Problem
from agent_desktop.features.accounts.core.users import ROLES, UserRow, new_password
from agent_desktop.shell.team_edit import TeamEdit
from crm.schemas.users import MIN_PASSWORD_LENGTH, Role
from forms.order_labels import error_label
from resources.live_text import Retranslated

Values = dict[str, str]
_Edit = TypeVar("_Edit", bound=QLineEdit)


def problem_text(problem: Problem) -> str:
    """``problem`` in the language in use."""
    return QCoreApplication.translate(problem.text.context, str(problem.text)).replace("{0}", problem.arg)


class UserForm(Retranslated, QWidget):
    """Edits one user; ``sig_save_requested`` when the admin saves."""

    sig_save_requested = Signal()
    sig_edited = Signal()
    """Something was typed or chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: UserRow | None = None
        """The user edited; None for a new one."""
        self._saved: Values = {}
        self._generated = ""  # the password Generate filled in (shown once more after Create)
        self._problems: dict[str, Problem] = {}
        self.heading = QLabel()
        self.heading.setObjectName("form_heading")
        self.heading.setWordWrap(True)
        self.username = self._edit("username", 64, QLineEdit())
        self.display_name = self._edit("display_name", 200, QLineEdit())
        self.role = QComboBox()
        self.role.setObjectName("role")
        for key in ROLES:
            self.role.addItem("", key)
        self.role.currentIndexChanged.connect(lambda _i: self._changed("role"))
        self.team = self._edit("team", 64, TeamEdit())  # offers the teams of the users listed
        self.password = self._edit("password", 256, QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.generate_button = QPushButton()
        self.generate_button.setObjectName("generate_password")
        self.generate_button.clicked.connect(self.generate_password)
        self.errors = {name: error_label(name) for name in (*FIELDS, FORM)}
        self.captions = {name: QLabel() for name in FIELDS}
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.generate_button)
        self.password_row = QWidget()
        self.password_row.setLayout(password_row)
        password_row.setContentsMargins(0, 0, 0, 0)
        fields: dict[str, QWidget] = {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role,
            "team": self.team,
            "password": self.password_row,
        }
        form = QFormLayout()
        for name, field in fields.items():
            self.captions[name].setBuddy(field if field is not self.password_row else self.password)
            form.addRow(self.captions[name], field)
            form.addRow(self.errors[name])
        self._form = form
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_user")
        self.save_button.clicked.connect(self.sig_save_requested)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.errors[FORM])
        layout.addLayout(bottom)
        layout.addStretch(1)
        self._heading: Callable[[], str] = lambda: ""
        self.show_new()
        self.retranslateUi()

    def _edit(self, name: str, length: int, edit: _Edit) -> _Edit:
        edit.setObjectName(name)
        edit.setMaxLength(length)
        edit.textEdited.connect(lambda _t: self._changed(name))
        return edit

    def _changed(self, name: str) -> None:
        """Field ``name`` was changed: what was said about it no longer applies."""
        if self._problems.pop(name, None) is not None:
            self._show_problems()
        self.sig_edited.emit()

    def retranslateUi(self) -> None:
        captions = {
            "username": self.tr("&Login:"),
            "display_name": self.tr("&Name:"),
            "role": self.tr("&Role:"),
            "team": self.tr("&Team:"),
            "password": self.tr("&Password:"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        for i, role in enumerate(ROLES.values()):
            self.role.setItemText(i, QCoreApplication.translate(role.context, role))
        self.team.setPlaceholderText(self.tr("e.g. Sales 1 (empty: no team)"))
        self.password.setPlaceholderText(self.tr("At least %1 characters").replace("%1", str(MIN_PASSWORD_LENGTH)))
        self.generate_button.setText(self.tr("&Generate"))
        self.generate_button.setToolTip(self.tr("Fill in a random password (shown, to pass on to the user)"))
        self.save_button.setText(self.tr("&Save user") if self.row is not None else self.tr("&Create user"))
        self.heading.setText(self._heading())
        self._show_problems()

    # -- what is shown ------------------------------------------------------------------------------
    def show_new(self) -> None:
        """An empty form for a new user (an agent, no team)."""
        self.row = None
        self._generated = ""
        for edit in (self.username, self.display_name, self.team, self.password):
            edit.clear()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role.setCurrentIndex(self.role.findData(Role.AGENT.value))
        self.username.setReadOnly(False)
        self.password_row.show()
        self.captions["password"].show()
        self._heading = lambda: self.tr("New user")
        self._saved = self.values()
        self.show_problems({})
        self.retranslateUi()

    def show_user(self, row: UserRow, keep_typed: bool = False) -> None:
        """``row`` in the form; ``keep_typed``: the same user read again (a newer version), what the admin
        typed stays."""
        typed = self.values() if keep_typed and self.dirty else None
        self.row = row
        self.username.setText(row.username)
        self.username.setReadOnly(True)  # a login is not renamed
        self.display_name.setText(row.display_name)
        self.team.setText(row.team)
        self.role.setCurrentIndex(max(0, self.role.findData(row.role)))
        self.password.clear()
        self.password_row.hide()
        self.captions["password"].hide()
        self.errors["password"].hide()
        login = row.username
        self._heading = lambda: self.tr("User %1").replace("%1", login)
        self._saved = self.values()
        if typed is not None:
            self.display_name.setText(typed["display_name"])
            self.team.setText(typed["team"])
            self.role.setCurrentIndex(max(0, self.role.findData(typed["role"])))
        else:
            self.show_problems({})
        for edit in (self.username, self.display_name, self.team):
            edit.setCursorPosition(0)
        self.retranslateUi()

    def values(self) -> Values:
        return {
            "username": self.username.text(),
            "display_name": self.display_name.text(),
            "role": str(self.role.currentData() or Role.AGENT.value),
            "team": self.team.text(),
            "password": self.password.text(),
        }

    @property
    def dirty(self) -> bool:
        """Something typed and not saved."""
        return self.values() != self._saved

    def mark_saved(self) -> None:
        """What the form holds was saved (the CRM's copy follows)."""
        self._saved = self.values()

    def forget_typed(self) -> None:
        """Discard: back to what was last shown or saved."""
        if self.row is None:
            self.show_new()
        else:
            self.show_user(self.row)

    def generate_password(self) -> None:
        self._generated = new_password()
        self.password.setText(self._generated)
        self.password.setEchoMode(QLineEdit.EchoMode.Normal)  # to read out or pass on
        self._changed("password")

    def generated_password(self) -> str:
        """The password Generate filled in, while the field still holds it ("" otherwise)."""
        return self._generated if self._generated and self.password.text() == self._generated else ""

    # -- refusals -----------------------------------------------------------------------------------
    def show_problems(self, problems: dict[str, Problem]) -> None:
        """Each refusal under its field (the whole form's under the form); the rest hidden."""
        self._problems = {}
        for name, problem in problems.items():
            hidden = name not in self.errors or (name == "password" and self.row is not None)
            self._problems.setdefault(FORM if hidden else name, problem)
        self._show_problems()

    def _show_problems(self) -> None:
        for name, label in self.errors.items():
            problem = self._problems.get(name)
            label.setVisible(problem is not None)
            label.setText(problem_text(problem) if problem is not None else "")
