"""Settings layers: defaults < system policy < user file < this run's ``--set`` overrides.

Keys the policy locks always keep the policy's value: the user file, ``--set``, provisioning
bundles and the Settings dialog cannot change them (enforced here, not by the UI alone).

Start-up (issue 23): a manager made with ``deferred=True`` reads its files but builds the schema's
models (pydantic) only when the resolved settings are first asked for; until then :meth:`early` gives
the window its language and theme from the raw layers, with the same precedence and locks.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from agent_desktop.settings.errors_text import os_reason
from agent_desktop.settings.layers import (
    IN,
    SettingsError,
    check_nested,
    coerce_text,
    invalid_values,
    merged,
    read_toml,
    split_key,
    unflatten,
    write_toml_atomic,
)
from agent_desktop.settings.policy import Policy
from crm.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from agent_desktop.settings.schema import Settings

logger = logging.getLogger(__name__)

SETTINGS_FILE = "settings.toml"


class LockedKeyError(SettingsError):
    """The key is locked by the system policy."""


def _get(settings: Settings, key: str) -> Any:
    section, name = split_key(key)
    return getattr(getattr(settings, section), name)


def _raw_flat(data: dict[str, Any]) -> dict[str, Any]:
    """A TOML file's ``{section: {key: value}}`` flat, names unchecked (what :meth:`SettingsManager.early` reads)."""
    return {f"{s}.{k}": v for s, table in data.items() if isinstance(table, dict) for k, v in table.items()}


class SettingsManager(QObject):
    """Owns the layers, resolves them into one :class:`Settings`, and saves the user layer."""

    sig_settings_changed = Signal(object)
    """The resolved settings changed (carries the new Settings)."""

    def __init__(
        self, user_file: Path, policy: Policy | None = None, parent: QObject | None = None, *, deferred: bool = False
    ) -> None:
        """``deferred``: validate the layers when the settings are first needed (see :meth:`early`),
        not now."""
        super().__init__(parent)
        self.user_file = Path(user_file)
        self.policy = policy or Policy()
        self._overrides: dict[str, Any] = {}
        self._user: dict[str, Any] = {}
        self._base: Settings  # defaults + policy, and the resolved settings: built by _validate()
        self._settings: Settings
        self._raw_user: dict[str, Any] | None = self._read_user_file()
        """The user file as read until the layers are validated (then None, and _user holds it checked)."""
        if not deferred:
            self._validate()

    # ---- reading -------------------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        """The resolved settings (a fresh model; treat as read-only)."""
        self._validate()
        return self._settings

    @property
    def validated(self) -> bool:
        """Whether the layers have been validated into :attr:`settings` yet."""
        return self._raw_user is None

    def early(self, key: str) -> str:
        """A text setting the window needs before the schema is built (``ui.language``, ``ui.theme``):
        its value from the raw layers, with their precedence and locks, unchecked; ``""`` when no layer
        sets it or the value is not text. Once validated: the validated value. The consumers take any
        text (``""`` or an unknown language or theme as the system's, the default), and the shell
        applies the validated values right after the first paint."""
        if self._raw_user is None:
            value = self.value(key)
        else:
            layers = (_raw_flat(self._raw_user), self._overrides)
            value = merged(self.policy.values, self.policy.locked, *layers).get(key, "")
        return value if isinstance(value, str) else ""

    def is_locked(self, key: str) -> bool:
        """True when the system policy fixes ``key``."""
        return key in self.policy.locked

    def value(self, key: str) -> Any:
        return _get(self.settings, key)

    def source(self, key: str) -> str:
        """Which layer the value of ``key`` comes from: default, policy, user or override."""
        self._validate()
        if key in self.policy.locked:
            return "policy"
        if key in self._overrides:
            return "override"
        if key in self._user:
            return "user"
        return "policy" if key in self.policy.values else "default"

    # ---- changing --------------------------------------------------------------------------
    def set_override(self, key: str, raw: Any) -> None:
        """Override ``key`` for this run only (``--set``); text is converted and validated."""
        self._validate()
        section, name = split_key(key)
        key = f"{section}.{name}"
        if self.is_locked(key):
            raise LockedKeyError(
                QT_TRANSLATE_NOOP("Settings", "{0} is set by your administrator and cannot be changed"), key
            )
        value = coerce_text(key, raw) if isinstance(raw, str) else raw
        overrides = dict(self._overrides)
        overrides[key] = value
        self._settings = self._resolve(overrides=overrides)
        self._overrides = {k: _get(self._settings, k) for k in overrides}
        self.sig_settings_changed.emit(self._settings)

    def check(self, changes: dict[str, Any]) -> list[dict[str, Any]]:
        """Validate ``changes`` on top of the current layers without applying them.

        Returns pydantic's error dicts with ``key`` (dotted) added; empty when all is valid.
        """
        from pydantic import ValidationError

        from agent_desktop.settings.schema import Settings

        self._validate()
        user = dict(self._user)
        user.update({".".join(split_key(k)): v for k, v in changes.items()})
        try:
            Settings.model_validate(unflatten(merged(self.policy.values, self.policy.locked, user)))
        except ValidationError as exc:
            return [dict(err, key=".".join(str(p) for p in err["loc"][:2])) for err in exc.errors()]
        return []

    def update(self, changes: dict[str, Any]) -> None:
        """Apply the user's changes (flat dotted keys), validate all of them together, save.

        Nothing is applied when any value is invalid (:class:`SettingsError` names them all), a
        key is locked (:class:`LockedKeyError`) or the user file cannot be written (``OSError``).
        """
        self._validate()
        changes = {".".join(split_key(k)): v for k, v in changes.items()}
        locked = [k for k, v in changes.items() if self.is_locked(k) and v != _get(self._base, k)]
        if locked:
            raise LockedKeyError(
                QT_TRANSLATE_NOOP("Settings", "set by your administrator and cannot be changed: {0}"),
                ", ".join(sorted(locked)),
            )
        changes = {k: v for k, v in changes.items() if not self.is_locked(k)}
        user = dict(self._user)
        user.update(changes)
        overrides = {k: v for k, v in self._overrides.items() if k not in changes}
        resolved = self._resolve(user=user, overrides=overrides)
        minimal = self._minimal(user, resolved, overrides)
        write_toml_atomic(self.user_file, unflatten(minimal))  # first: when it fails (OSError) nothing changed
        self._user = minimal
        self._overrides = overrides
        self._settings = resolved
        logger.info("settings changed: %s", ", ".join(sorted(changes)) or "nothing")
        self.sig_settings_changed.emit(self._settings)

    def import_bundle(self, data: Any, origin: str) -> list[str]:
        """Merge a provisioning bundle (``{section: {key: value}}``) into the user layer and save.

        Validated as a whole first: on any error nothing is applied. Returns the keys imported.
        """
        self._validate()
        flat = check_nested(data, origin)
        conflicts = [
            k for k, v in flat.items() if self.is_locked(k) and v != self.policy.values.get(k, _get(self._base, k))
        ]
        if conflicts:
            raise LockedKeyError(
                QT_TRANSLATE_NOOP("Settings", "{0}: these keys are set by your administrator: {1}"),
                origin,
                ", ".join(sorted(conflicts)),
            )
        try:
            self.update({k: v for k, v in flat.items() if not self.is_locked(k)})
        except SettingsError as exc:
            raise SettingsError(IN, origin, exc) from None
        except OSError as exc:  # the user file cannot be written: nothing was applied
            raise SettingsError(
                QT_TRANSLATE_NOOP("Settings", "{0}: the settings file {1} cannot be written: {2}"),
                origin,
                str(self.user_file),
                os_reason(exc),
            ) from None
        return sorted(flat)

    def save(self) -> None:
        """Write the user layer to the user file (atomically)."""
        self._validate()
        write_toml_atomic(self.user_file, unflatten(self._user))

    # ---- internals -------------------------------------------------------------------------
    def _validate(self) -> None:
        """Build the settings from the layers read (once): the user file's invalid values are dropped
        and logged."""
        if self._raw_user is None:
            return
        from agent_desktop.settings.schema import Settings

        self._base = Settings.model_validate(unflatten(self.policy.values))
        self._user = self._load_user_file(self._raw_user)
        self._settings = self._resolve()
        self._raw_user = None

    def _resolve(self, user: dict[str, Any] | None = None, overrides: dict[str, Any] | None = None) -> Settings:
        from pydantic import ValidationError

        from agent_desktop.settings.schema import Settings

        user = self._user if user is None else user
        overrides = self._overrides if overrides is None else overrides
        try:
            return Settings.model_validate(unflatten(merged(self.policy.values, self.policy.locked, user, overrides)))
        except ValidationError as exc:
            raise invalid_values(exc) from None

    def _minimal(self, user: dict[str, Any], resolved: Settings, overrides: dict[str, Any]) -> dict[str, Any]:
        """Keep only user values that differ from defaults+policy, as validated (typed) values."""
        out = {}
        for key in user:
            value = _get(resolved, key) if key not in overrides else user[key]
            if value != _get(self._base, key):
                out[key] = value
        return out

    def _read_user_file(self) -> dict[str, Any]:
        """The user file as read (``{section: {key: value}}``); ``{}`` when absent or unreadable (logged)."""
        if not self.user_file.exists():
            return {}
        try:
            return read_toml(self.user_file)
        except SettingsError as exc:
            logger.warning("ignoring the user settings file: %s", exc)
            return {}

    def _load_user_file(self, data: dict[str, Any]) -> dict[str, Any]:
        try:
            flat = check_nested(data, str(self.user_file))
        except SettingsError as exc:
            logger.warning("ignoring the user settings file: %s", exc)
            return {}
        flat = {k: v for k, v in flat.items() if not self.is_locked(k)}
        for _ in range(len(flat) + 1):
            try:
                resolved = self._resolve(user=flat, overrides={})
                return self._minimal(flat, resolved, {})
            except SettingsError:
                bad = self._first_bad_key(flat)
                logger.warning("ignoring invalid user setting %s=%r", bad, flat.pop(bad))
        return {}

    def _first_bad_key(self, flat: dict[str, Any]) -> str:
        from pydantic import ValidationError

        from agent_desktop.settings.schema import Settings

        try:
            Settings.model_validate(unflatten(merged(self.policy.values, (), flat)))
        except ValidationError as exc:
            loc = exc.errors()[0]["loc"]
            key = ".".join(str(p) for p in loc[:2])
            if key in flat:
                return key
        return next(iter(flat))
