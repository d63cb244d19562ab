"""Tools > Settings: edit SIP account, audio devices, CRM connection, language and hotkeys.

Nothing is applied until OK, and then all or nothing: invalid values are marked next to their field
(what the user typed stays in place), passwords go to the keyring (or, when the keyring is not secure
and the user agrees, are remembered for this session only).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from agent_desktop.settings import SettingsError
from agent_desktop.settings.form import SettingsForm
from agent_desktop.settings.pages import PAGES
from agent_desktop.shell.context import AppContext
from agent_desktop.shell.credentials import InsecureKeyringError, crm_account, sip_account
from agent_desktop.shell.i18n import translate_msg
from agent_desktop.shell.style import apply_sheet
from resources.live_text import Retranslated

logger = logging.getLogger(__name__)


def list_audio_devices() -> dict[str, list[str]]:
    """Names of input and output devices (runs in a background task: PortAudio may be slow)."""
    import sounddevice

    devices = sounddevice.query_devices()
    inputs = [d["name"] for d in devices if d.get("max_input_channels", 0) > 0]
    outputs = [d["name"] for d in devices if d.get("max_output_channels", 0) > 0]
    return {"input": inputs, "output": outputs}


class SettingsDialog(Retranslated, QDialog):
    """Tabs built from :data:`agent_desktop.settings.pages.PAGES`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        apply_sheet(self)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.forms: dict[str, SettingsForm] = {}
        for name, _title, fields in PAGES:
            form = SettingsForm(fields, ctx.settings_manager)
            self.forms[name] = form
            self.tabs.addTab(form, "")
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("LockedHint")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()
        self._keyring_text: Callable[[], str] | None = None
        self.session_only = QCheckBox()
        self.session_only.setObjectName("session_only")
        self.session_only.hide()
        self.devices_note = QLabel()
        self.devices_note.setObjectName("DockPlaceholderText")
        self.devices_note.setWordWrap(True)
        self.forms["audio"].form.addRow(self.devices_note)  # the form's layout (its widget's layout)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply_and_close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.session_only)
        layout.addWidget(self.buttons)
        self.resize(620, 640)
        self._devices_state = "loading"
        self.retranslateUi()
        self._check_keyring()
        self._start_device_listing()

    # ---- keyring and devices -------------------------------------------------------------------
    def _check_keyring(self) -> None:
        """Ask the keyring (in the background: it may be a D-Bus round trip) whether it is secure."""
        creds = self.ctx.credentials
        if creds.session_only:  # chosen here before, or no usable keyring was found: say so
            self.session_only.setChecked(True)
            self.session_only.setEnabled(False)
            self._show_keyring_note(
                lambda: self.tr("No system password store is available: passwords are kept only until you quit.")
            )
            return
        self.ctx.tasks.run(creds.check, None, self._on_keyring_problem, owner=self)

    def _on_keyring_problem(self, exc: BaseException) -> None:
        if isinstance(exc, InsecureKeyringError):
            backend = exc.backend_name
            self._show_keyring_note(lambda: str(InsecureKeyringError(backend)))  # its text in today's language
        else:
            logger.warning("keyring unavailable: %s", exc)
            self._show_keyring_note(lambda: self.tr("The password store is not available: {0}").format(exc))

    def _show_keyring_note(self, text: Callable[[], str]) -> None:
        """Why passwords cannot be kept (``text`` is asked again on a language switch)."""
        self._keyring_text = text
        self.keyring_note.setText(text())
        self.keyring_note.show()
        self.session_only.show()

    def _start_device_listing(self) -> None:
        self.ctx.tasks.run(list_audio_devices, self._on_devices, self._on_devices_failed, owner=self)

    def _on_devices(self, devices: dict[str, list[str]]) -> None:
        form = self.forms["audio"]
        for direction, names in devices.items():
            form.set_devices(direction, names)
        self._devices_state = "found" if any(devices.values()) else "none"
        self._devices_text()

    def _on_devices_failed(self, exc: BaseException) -> None:
        logger.warning("could not list audio devices: %s", exc)
        self._devices_state = "failed"
        self._devices_text()

    def _devices_text(self) -> None:
        texts = {
            "loading": self.tr("Looking for audio devices…"),
            "found": "",
            "none": self.tr("No audio devices found. Calls will use the system default once a device is connected."),
            "failed": self.tr(
                "Audio devices could not be listed (is PortAudio installed?). The system default will be used."
            ),
        }
        self.devices_note.setText(texts[self._devices_state])
        self.devices_note.setVisible(bool(texts[self._devices_state]))

    # ---- applying -----------------------------------------------------------------------------------
    @staticmethod
    def error_message(err: dict[str, Any]) -> str:
        """A translated message for one pydantic error (also for other windows: no dialog needed)."""
        kind, ctx = err.get("type", ""), err.get("ctx") or {}
        if kind == "int_parsing":
            return QCoreApplication.translate("SettingsDialog", "Enter a whole number.")
        if kind == "float_parsing":
            return QCoreApplication.translate("SettingsDialog", "Enter a number.")
        if kind == "less_than_equal":
            return QCoreApplication.translate("SettingsDialog", "Must be at most {0}.").format(ctx.get("le"))
        if kind == "greater_than_equal":
            return QCoreApplication.translate("SettingsDialog", "Must be at least {0}.").format(ctx.get("ge"))
        if kind == "greater_than":
            return QCoreApplication.translate("SettingsDialog", "Must be more than {0}.").format(ctx.get("gt"))
        if kind == "value_error":
            return QCoreApplication.translate("Settings", str(ctx.get("error", err.get("msg", ""))))
        if kind in ("literal_error", "enum"):  # the values allowed, as written in a setting
            values = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
            allowed = ", ".join(value or '""' for value in values)  # "": the empty value (automatic)
            return QCoreApplication.translate("SettingsDialog", "Not a valid value; use one of: {0}.").format(allowed)
        return QCoreApplication.translate("SettingsDialog", "Not a valid value.")  # pydantic's own text is English only

    def _field_errors(self, changes: dict[str, Any]) -> dict[str, str]:
        errors = {e["key"]: self.error_message(e) for e in self.ctx.settings_manager.check(changes)}
        hotkeys = self.forms["hotkeys"]
        seen: dict[str, str] = {}
        for key in hotkeys.fields:
            seq = hotkeys.raw_value(key)
            if seq and seq in seen:
                errors[key] = self.tr('{0} is already used for "{1}".').format(
                    seq, translate_msg(hotkeys.fields[seen[seq]].label)
                )
            seen.setdefault(seq, key)
        return errors

    def apply_and_close(self) -> None:
        """Validate everything; save passwords (in the background) and settings, then close.

        On any problem the dialog stays open with the messages next to the fields concerned.
        """
        changes: dict[str, Any] = {}
        passwords: dict[str, str] = {}
        for form in self.forms.values():
            form.clear_errors()
            changes.update(form.changes())
            passwords.update(form.passwords())
        errors = self._field_errors(changes)
        if errors:
            self._show_errors(errors)
            return
        if not passwords:
            self._save_settings(changes)
            return
        creds = self.ctx.credentials
        if self.session_only.isChecked():
            creds.use_session_only()
        value = lambda key: changes.get(key, self.ctx.settings_manager.value(key))  # noqa: E731
        accounts = {
            "sip.password": sip_account(value("sip.username"), value("sip.registrar")),
            "crm.password": crm_account(value("crm.username"), value("crm.url")),
        }
        secrets = [(accounts[key], secret) for key, secret in passwords.items()]

        def store() -> None:  # keyring calls may wait for D-Bus or an unlock prompt: not on the GUI thread
            for account, secret in secrets:
                creds.set(account, secret)

        self.buttons.setEnabled(False)
        self.ctx.tasks.run(
            store,
            lambda _none: self._save_settings(changes),
            lambda exc: self._passwords_failed(exc, passwords),
            owner=self,
        )

    def _save_settings(self, changes: dict[str, Any]) -> None:
        self.buttons.setEnabled(True)
        manager = self.ctx.settings_manager
        try:
            if changes:
                manager.update(changes)
        except SettingsError as exc:  # its text is English: show the fields' own messages instead
            logger.warning("settings not saved: %s", exc)
            errors = self._field_errors(changes)
            self._show_errors(errors or {next(iter(changes)): self.tr("Not saved: the settings were refused.")})
            return
        except OSError as exc:
            logger.error("settings not saved: %s", exc)
            message = self.tr("Not saved: the settings file {0} could not be written.")
            self._show_errors({next(iter(changes)): message.format(manager.user_file)})
            return
        self.accept()

    def _passwords_failed(self, exc: BaseException, passwords: dict[str, str]) -> None:
        self.buttons.setEnabled(True)
        self._on_keyring_problem(exc)
        if isinstance(exc, InsecureKeyringError):
            message = self.tr("Not saved: tick the session-only box below.")
        else:
            message = self.tr("Not saved: the password store failed ({0}).").format(type(exc).__name__)
        self._show_errors({key: message for key in passwords})

    def _show_errors(self, errors: dict[str, str]) -> None:
        """Mark each field's error and bring the first page with an error to the front."""
        pages = [name for name, _title, _fields in PAGES]
        for key, message in errors.items():
            for name in pages:
                if key in self.forms[name].fields:
                    self.forms[name].show_error(key, message)
        for i, name in enumerate(pages):
            if any(label.text() for label in self.forms[name].errors.values()):
                self.tabs.setCurrentIndex(i)
                break

    # ---- texts ----------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for i, (_name, title, _fields) in enumerate(PAGES):
            self.tabs.setTabText(i, translate_msg(title))
        self.session_only.setText(self.tr("Remember passwords for this session only"))
        if self._keyring_text is not None:
            self.keyring_note.setText(self._keyring_text())
        self._devices_text()
