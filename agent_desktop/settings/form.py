"""One page of the Settings dialog, built from field descriptions; shows locks and validation errors."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.settings import SettingsManager
from agent_desktop.settings.pages import Field, Heading
from agent_desktop.settings.reasons_editor import ReasonsEditor
from agent_desktop.shell.i18n import translate_msg
from resources.live_text import Retranslated
from resources.wheel_guard import guard_wheel

logger = logging.getLogger(__name__)


def _display(value: Any, kind: str) -> Any:
    if kind == "list":
        return ", ".join(value)
    if kind in ("int", "float"):
        if value == "auto":  # a number chosen at run time (sip.local_port): an empty field, its hint says so
            return ""
        return f"{value:g}" if isinstance(value, float) else str(value)
    return value


class SettingsForm(Retranslated, QScrollArea):
    """Editors for a group of settings. Values come back as the user typed them (validated later)."""

    def __init__(self, fields: tuple, manager: SettingsManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.manager = manager
        self.fields: dict[str, Field] = {}
        self.editors: dict[str, QWidget] = {}
        # The same editors again, typed by kind (a field's kind decides which of these holds it).
        self._checks: dict[str, QCheckBox] = {}
        self._combos: dict[str, QComboBox] = {}
        self._hotkeys: dict[str, QKeySequenceEdit] = {}
        self._lines: dict[str, QLineEdit] = {}
        self._reasons: dict[str, ReasonsEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self._headings: list[tuple[QLabel, Heading]] = []
        self._devices_listed: dict[str, list[str]] = {}
        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for item in fields:
            if isinstance(item, Heading):
                head = QLabel()
                head.setObjectName("DockPlaceholderTitle")
                self.form.addRow(head)
                self._headings.append((head, item))
            else:
                self._add_field(item)
        self.setWidget(body)
        guard_wheel(body)  # scrolling the page must not change the choices it passes
        self.retranslateUi()
        self.load()

    # ---- building ------------------------------------------------------------------------------
    def _add_field(self, field: Field) -> None:
        editor = self._make_editor(field)
        editor.setObjectName(f"edit_{field.key}")
        editor.setMinimumHeight(editor.sizeHint().height())
        label = QLabel()
        label.setBuddy(editor)
        error = QLabel()
        error.setObjectName("FieldError")
        error.hide()
        hint = QLabel()
        hint.setObjectName("LockedHint" if self._locked(field) else "DockPlaceholderText")
        hint.setWordWrap(True)
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 4)
        col.setSpacing(2)
        for w in (editor, hint, error):
            col.addWidget(w)
        self.form.addRow(label, box)
        self.fields[field.key] = field
        self.editors[field.key] = editor
        self.labels[field.key] = label
        self.errors[field.key] = error
        self.hints[field.key] = hint
        if self._locked(field):
            editor.setEnabled(False)

    def _make_editor(self, field: Field) -> QWidget:
        if field.kind == "bool":
            check = self._checks[field.key] = QCheckBox()
            return check
        if field.kind in ("choice", "device"):
            combo = self._combos[field.key] = QComboBox()
            if field.kind == "device":
                combo.addItem("", "")
            for value, _text in field.choices:
                combo.addItem("", value)
            return combo
        if field.kind == "reasons":
            reasons = self._reasons[field.key] = ReasonsEditor()
            return reasons
        if field.kind == "hotkey":
            hotkey = self._hotkeys[field.key] = QKeySequenceEdit()
            hotkey.setClearButtonEnabled(True)
            hotkey.setMaximumSequenceLength(1)
            return hotkey
        edit = self._lines[field.key] = QLineEdit()
        if field.kind == "password":
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _locked(self, field: Field) -> bool:
        return field.kind != "password" and self.manager.is_locked(field.key)

    # ---- values ----------------------------------------------------------------------------------
    def load(self) -> None:
        """Show the current resolved values (passwords stay empty: typing one replaces it)."""
        for key, field in self.fields.items():
            if field.kind == "password":
                continue
            self.set_value(key, self.manager.value(key))

    def set_value(self, key: str, value: Any) -> None:
        field = self.fields[key]
        if field.kind == "bool":
            self._checks[key].setChecked(bool(value))
        elif field.kind in ("choice", "device"):
            combo = self._combos[key]
            index = combo.findData(value)
            if index < 0:
                combo.addItem(value, value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        elif field.kind == "reasons":
            self._reasons[key].set_value(value)
        elif field.kind == "hotkey":
            self._hotkeys[key].setKeySequence(QKeySequence.fromString(value, QKeySequence.SequenceFormat.PortableText))
        else:
            self._lines[key].setText(_display(value, field.kind))

    def raw_value(self, key: str) -> Any:
        """What the editor holds: text for text/number fields, list for lists, bool, choice data."""
        field = self.fields[key]
        if field.kind == "bool":
            return self._checks[key].isChecked()
        if field.kind in ("choice", "device"):
            return self._combos[key].currentData()
        if field.kind == "hotkey":
            return self._hotkeys[key].keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        if field.kind == "reasons":
            return self._reasons[key].value()
        text = self._lines[key].text()
        if field.kind == "list":
            return [part.strip() for part in text.split(",") if part.strip()]
        return text if field.kind == "password" else text.strip()

    def changes(self) -> dict[str, Any]:
        """Settings (not passwords, not locked) whose editor differs from the current value."""
        out = {}
        for key, field in self.fields.items():
            if field.kind == "password" or self._locked(field):
                continue
            raw, current = self.raw_value(key), self.manager.value(key)
            if field.kind in ("int", "float", "text"):
                if raw != _display(current, field.kind):
                    out[key] = raw
            elif field.kind == "reasons":  # the models as the editor's plain data
                if raw != [r.model_dump(exclude_none=True) for r in current]:
                    out[key] = raw
            elif raw != current:
                out[key] = raw
        return out

    def passwords(self) -> dict[str, str]:
        """Passwords the user typed, by key (``sip.password``, ``crm.password``)."""
        return {k: self.raw_value(k) for k, f in self.fields.items() if f.kind == "password" and self.raw_value(k)}

    # ---- devices -----------------------------------------------------------------------------------
    def set_devices(self, direction: str, names: list[str]) -> None:
        """Offer ``names`` in the device fields of ``direction`` (input/output), keeping the selection."""
        self._devices_listed[direction] = names
        for key, field in self.fields.items():
            if field.kind != "device" or field.device != direction:
                continue
            combo, current = self._combos[key], self.raw_value(key)
            while combo.count() > 1:
                combo.removeItem(1)
            for name in names:
                combo.addItem(name, name)
            self.set_value(key, current)
            self._device_texts(key)

    def _device_texts(self, key: str) -> None:
        combo, field = self._combos[key], self.fields[key]
        listed = self._devices_listed.get(field.device)
        for i in range(1, combo.count()):
            name = combo.itemData(i)
            missing = listed is not None and name not in listed
            combo.setItemText(i, self.tr("{0} (not connected)").format(name) if missing else name)

    # ---- messages ----------------------------------------------------------------------------------
    def show_error(self, key: str, message: str) -> None:
        label = self.errors[key]
        label.setText(message)
        label.setVisible(bool(message))

    def clear_errors(self) -> None:
        for key in self.errors:
            self.show_error(key, "")

    def retranslateUi(self) -> None:
        for head, item in self._headings:
            head.setText(translate_msg(item.text))
        for key, field in self.fields.items():
            self.labels[key].setText(translate_msg(field.label))
            editor, hint = self.editors[key], self.hints[key]
            if field.kind in ("choice", "device"):
                combo = self._combos[key]
                for i, (_value, text) in enumerate(field.choices):
                    combo.setItemText(i, translate_msg(text))
                if field.kind == "device":
                    combo.setItemText(0, self.tr("System default"))
                    self._device_texts(key)
            if field.kind == "password":
                self._lines[key].setPlaceholderText(self.tr("Unchanged; type to set a new password"))
            if self._locked(field):
                hint.setText(self.tr("Set by your administrator"))
                editor.setToolTip(self.tr("This setting is set by your administrator and cannot be changed here."))
            else:
                hint.setText(translate_msg(field.help) if field.help else "")
            hint.setVisible(bool(hint.text()))
