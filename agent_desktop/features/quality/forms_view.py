"""Tools → QA forms (supervisors, admins): the forms in use, one edited at a time: its name and weighted
criteria (name, weight, maximum score, fail-all, description), rows added, removed and moved; saved
through the back office in the background, retired with a question.

Saving a form that was used makes its next version: evaluations keep the version they were scored
with, so a change never rescores them (the editor says so before saving). A refused save (weights not
adding up to 100, a criterion without a name, the back office's refusal) says why and keeps everything
typed; choosing another form with changes not saved asks Save / Discard / Cancel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.quality.core.form_edit import (
    NAME_MAX,
    WEIGHT_TOTAL,
    FormEdit,
    Issue,
    Problem,
)
from agent_desktop.features.quality.criteria_table import CriteriaTable, named
from agent_desktop.features.quality.status_line import StatusLine
from agent_desktop.features.quality.texts import criterion_name, error_text
from agent_desktop.features.quality.unsaved import ask_unsaved
from crm.client_errors import StateConflict
from crm.schemas.quality import MAX_CRITERIA
from resources.colours import tint
from resources.live_text import Retranslated

if TYPE_CHECKING:
    from agent_desktop.shell.tasks import BackgroundTasks
    from crm.client import CrmClient

logger = logging.getLogger(__name__)


class FormsView(Retranslated, QWidget):
    """The QA form editor; talks to the back office through ``client`` on ``tasks``."""

    sig_forms_changed = Signal()
    """A form was saved or retired (the QA screen reads the forms again)."""

    def __init__(self, client: CrmClient, tasks: BackgroundTasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client, self.tasks = client, tasks
        self.forms: list[dict[str, Any]] = []
        self.edit = FormEdit()
        self._saved = self.edit.content()
        self.saving = False

        self.form_list = QTreeWidget()
        self.form_list.setObjectName("form_list")
        self.form_list.setRootIsDecorated(False)
        self.form_list.setColumnCount(3)
        self.form_list.itemClicked.connect(lambda item, _col: self._chosen(item))
        self.new_button = named(QPushButton(), "new_form")
        self.new_button.clicked.connect(lambda: self._leave(self.start_new))
        self.retire_button = named(QPushButton(), "retire_form")
        self.retire_button.clicked.connect(self.ask_retire)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.form_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.retire_button)
        left_layout.addLayout(buttons)

        self.name_label = QLabel()
        self.name = named(QLineEdit(), "form_name")
        self.name.setMaxLength(NAME_MAX)
        self.name.textEdited.connect(self._name_typed)
        self.table = CriteriaTable()
        self.table.sig_edited.connect(self._show_counts)
        self.add_button = named(QPushButton(), "add_criterion")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = named(QPushButton(), "remove_criterion")
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button = named(QPushButton(), "move_up")
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button = named(QPushButton(), "move_down")
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.weights = named(QLabel(), "weights_label")
        self.weights_off = named(QLabel(), "weights_off_label")  # the same, in the error colour
        tint(self.weights_off, "error")
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.weights)
        row_buttons.addWidget(self.weights_off)
        self.note = named(QLabel(), "version_note")
        self.note.setWordWrap(True)
        self.status_line = StatusLine()
        self.status, self.error = self.status_line.status, self.status_line.error
        self.save_button = named(QPushButton(), "save_form")
        self.save_button.clicked.connect(lambda: self.save())
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(name_row)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(row_buttons)
        right_layout.addWidget(self.note)
        right_layout.addWidget(self.error)
        right_layout.addLayout(bottom)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslateUi()
        self._show_edit()

    # -- texts -------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.form_list.setHeaderLabels([self.tr("Form"), self.tr("Version"), self.tr("Evaluations")])
        self.new_button.setText(self.tr("New form"))
        self.retire_button.setText(self.tr("Retire form..."))
        self.retire_button.setToolTip(
            self.tr("New evaluations no longer use it; evaluations made with it keep their scores")
        )
        self.name_label.setText(self.tr("Form name:"))
        self.add_button.setText(self.tr("Add criterion"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.save_button.setText(self.tr("Save form"))
        self.edit.relabel(criterion_name)  # the standard form's names, unless typed over
        self._show_edit(self.table.selected_row())
        self._fill_list()
        self._show_counts()
        self.status_line.retranslate()

    def issue_text(self, issue: Issue) -> str:
        """An issue in the language in use."""
        texts = {
            Problem.NO_NAME: lambda: self.tr("Give the form a name."),
            Problem.NO_CRITERIA: lambda: self.tr("Add at least one criterion."),
            Problem.TOO_MANY: lambda: self.tr("A form has at most %1 criteria.").replace("%1", issue.arg),
            Problem.CRITERION_UNNAMED: lambda: self.tr("Criterion %1 has no name.").replace("%1", issue.arg),
            Problem.SAME_NAME: lambda: self.tr("Two criteria are called “%1”.").replace("%1", issue.arg),
            Problem.WEIGHTS: lambda: (
                self.tr("The weights add up to %1; make them add up to %2.")
                .replace("%1", issue.arg)
                .replace("%2", str(WEIGHT_TOTAL))
            ),
        }
        return texts[issue.problem]()

    # -- the list of forms -------------------------------------------------------------------------
    def load(self, select_key: str | None = None) -> None:
        """Read the forms in use (background); ``select_key``'s form is shown after (else the one shown)."""
        client = self.client

        def read() -> list[dict[str, Any]]:
            return list(client.request("GET", "/quality/forms").json()["items"])

        def done(forms: list[dict[str, Any]]) -> None:
            self.forms = forms
            self._fill_list()
            key = select_key if select_key is not None else self.edit.form_key
            chosen = next((f for f in forms if f["form_key"] == key), None)
            if chosen is not None and (select_key is not None or not self.dirty):
                self.show_form(chosen, keep_status=True)
            elif key is not None and chosen is None and not self.dirty and forms:
                self.show_form(forms[0], keep_status=True)
            elif self.edit.form_key is None and not self.edit.rows and forms:
                self.show_form(forms[0], keep_status=True)
            self._select_current()

        self.tasks.run(read, done, lambda exc: self.status_line.say(lambda: error_text(exc), True), owner=self)

    def _fill_list(self) -> None:
        self.form_list.clear()
        for form in self.forms:
            item = QTreeWidgetItem(
                [criterion_name(str(form["name"])), str(form.get("version") or 1), str(form.get("evaluations") or 0)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, form["form_key"])
            self.form_list.addTopLevelItem(item)
        for column in range(1, 3):
            self.form_list.resizeColumnToContents(column)
        self._select_current()

    def _select_current(self) -> None:
        for i in range(self.form_list.topLevelItemCount()):
            item = self.form_list.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == self.edit.form_key:
                self.form_list.setCurrentItem(item)
                return
        self.form_list.setCurrentIndex(QModelIndex())  # a new form: none of the list

    def _chosen(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole)
        form = next((f for f in self.forms if f["form_key"] == key), None)
        if form is None or key == self.edit.form_key:
            return
        self._select_current()  # until the changes shown are settled
        self._leave(lambda: self.show_form(form))

    # -- the form shown ----------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        """Something typed that is not saved."""
        return self.edit.content() != self._saved

    def _leave(self, then: Callable[[], None], cancel: Callable[[], None] = lambda: None) -> None:
        """Do ``then`` once the changes shown are saved or discarded (asked when there are any)."""
        self.settle(then, cancel)

    def settle(self, proceed: Callable[[], None], cancel: Callable[[], None]) -> None:
        """Nothing typed is lost: with changes not saved, ask Save / Discard / Cancel first."""
        if not self.dirty:
            proceed()
            return
        name = self.edit.name.strip() or self.tr("the new form")
        text = self.tr("The changes to %1 are not saved.").replace("%1", criterion_name(name))
        ask_unsaved(self, text, lambda: self.save(then=proceed, failed=cancel), lambda: self._discard(proceed), cancel)

    def _discard(self, then: Callable[[], None]) -> None:
        self._saved = self.edit.content()
        then()

    def start_new(self) -> None:
        """An empty new form with one criterion to fill in."""
        self.edit = FormEdit()
        self.edit.add()
        self.edit.rows[0].weight = WEIGHT_TOTAL
        self._saved = self.edit.content()
        self._select_current()
        self._show_edit()
        self.status_line.say(lambda: "")
        self.name.setFocus()

    def show_form(self, form: dict[str, Any], keep_status: bool = False) -> None:
        """Show ``form`` to edit (``keep_status``: what the last save or retirement said stays)."""
        self.edit = FormEdit.of(form, criterion_name)
        self._saved = self.edit.content()
        self._select_current()
        self._show_edit()
        if not keep_status:
            self.status_line.say(lambda: "")

    def _show_edit(self, current: int | None = None) -> None:
        """The edited form in the widgets (rebuilt: after a row was added, removed or moved)."""
        self.name.setText(self.edit.name)
        self.table.show_rows(self.edit.rows, current)
        self._show_counts()

    def _name_typed(self, text: str) -> None:
        self.edit.name = text
        self._show_counts()

    def add_row(self) -> None:
        row = self.edit.add()
        self._show_edit(row)
        self.table.focus_name(row)

    def remove_row(self) -> None:
        row = self.table.selected_row()
        if row >= 0:
            self.edit.remove(row)
            self._show_edit(min(row, len(self.edit.rows) - 1))

    def move_row(self, by: int) -> None:
        row = self.table.selected_row()
        if row >= 0:
            self._show_edit(self.edit.move(row, by))

    def _show_counts(self) -> None:
        """The weights' sum (in the error colour while it is not 100), what saving does, the buttons."""
        total = self.edit.weight_sum()
        text = self.tr("Weights: %1 of %2").replace("%1", str(total)).replace("%2", str(WEIGHT_TOTAL))
        self.weights.setText(text)
        self.weights_off.setText(text)
        self.weights.setVisible(total == WEIGHT_TOTAL)
        self.weights_off.setVisible(total != WEIGHT_TOTAL)
        if self.edit.form_key is None:
            self.note.setText(self.tr("A new form: once saved, it is offered on the QA screen."))
        elif self.edit.evaluations:
            self.note.setText(
                self.tr(
                    "Saving makes version %1. The %2 evaluations made so far keep the version they were scored with: their scores do not change."
                )
                .replace("%1", str(self.edit.version + 1))
                .replace("%2", str(self.edit.evaluations))
            )
        else:
            self.note.setText(self.tr("Version %1, not used yet.").replace("%1", str(self.edit.version)))
        self.add_button.setEnabled(len(self.edit.rows) < MAX_CRITERIA)
        self.retire_button.setEnabled(self.edit.form_key is not None and len(self.forms) > 1)
        self.save_button.setEnabled(not self.saving and (self.dirty or self.edit.form_key is None))

    # -- saving and retiring -----------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None, failed: Callable[[], None] | None = None) -> None:
        """Check the form, then send it (background); a refusal says why and keeps everything typed."""
        issues = self.edit.issues()
        if issues:
            first = issues[0]
            self.status_line.say(lambda: self.issue_text(first), error=True)
            if first.row is not None:
                self.table.selectRow(first.row)
            if failed is not None:
                failed()
            return
        client, body, key = self.client, self.edit.body(), self.edit.form_key
        self.saving = True
        self._show_counts()
        self.status_line.say(lambda: self.tr("Saving…"))

        def send() -> dict[str, Any]:
            if key is None:
                return dict(client.request("POST", "/quality/forms", json=body).json())
            return dict(client.request("PUT", f"/quality/forms/{key}", json=body).json())

        def done(saved: dict[str, Any]) -> None:
            self.saving = False
            if self.edit.form_key is None:
                self.edit.form_key = str(saved["form_key"])
            self.edit.version, self.edit.evaluations = int(saved["version"]), int(saved.get("evaluations") or 0)
            self._saved = self.edit.content()
            others = [f for f in self.forms if f["form_key"] != saved["form_key"]]
            self.forms = [saved, *others] if saved["form_key"] == "standard" else [*others, saved]
            self._fill_list()  # at once: the list is read again below
            self._show_counts()
            version = str(saved["version"])
            self.status_line.say(lambda: self.tr("Saved: version %1.").replace("%1", version))
            self.sig_forms_changed.emit()
            self.load(str(saved["form_key"]) if then is None else None)
            if then is not None:
                then()

        def refused(exc: BaseException) -> None:
            self.saving = False
            self._show_counts()
            reason = self._refusal(exc)
            self.status_line.say(
                lambda: self.tr("Not saved: %1 Nothing you typed is lost.").replace("%1", reason()), True
            )
            if failed is not None:
                failed()

        self.tasks.run(send, done, refused, owner=self)

    def _refusal(self, exc: BaseException) -> Callable[[], str]:
        if isinstance(exc, StateConflict) and exc.code == "form_retired":
            return lambda: self.tr("This form was retired meanwhile.")
        if isinstance(exc, StateConflict) and exc.code == "last_form":
            return lambda: self.tr("It is the last form in use: make another one first.")
        return lambda: error_text(exc)

    def ask_retire(self) -> None:
        key = self.edit.form_key
        if key is None:
            return
        name = criterion_name(self.edit.name.strip())
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Retire form"),
            self.tr("Retire “%1”? New evaluations no longer use it; the %2 evaluations made with it keep their scores.")
            .replace("%1", name)
            .replace("%2", str(self.edit.evaluations)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("retire_question")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        retire = box.addButton(self.tr("Retire"), QMessageBox.ButtonRole.DestructiveRole)
        retire.setObjectName("retire_confirm")
        box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _r: self.retire(key) if box.clickedButton() is retire else None)
        box.open()

    def retire(self, key: str) -> None:
        """Retire form ``key`` (background); the list follows."""
        client = self.client
        self.status_line.say(lambda: self.tr("Retiring…"))

        def send() -> None:
            client.request("DELETE", f"/quality/forms/{key}")

        def done(_none: None) -> None:
            self.status_line.say(lambda: self.tr("The form was retired; its evaluations keep their scores."))
            self.edit, self._saved = FormEdit(), FormEdit().content()
            self.forms = [f for f in self.forms if f["form_key"] != key]
            self._show_edit()
            self.sig_forms_changed.emit()
            self.load()

        def refused(exc: BaseException) -> None:
            reason = self._refusal(exc)
            self.status_line.say(lambda: self.tr("Not retired: %1").replace("%1", reason()), True)

        self.tasks.run(send, done, refused, owner=self)
