"""Secrets (SIP and CRM passwords, tokens) in the system keyring, never in files or logs.

Outside tests, keyring backends that do not protect secrets are refused: the fail and null backends
and the plaintext/base64 file backends of ``keyrings.alt``. The user may then choose "remember for this
session only": secrets are kept in this process's memory and forgotten on quit. Where a secret the
user just typed must not be lost (a sign-in), :meth:`Credentials.recall` and :meth:`Credentials.keep`
make that choice themselves on any keyring failure (none, insecure, locked, broken): one warning in
the log, then session-only.

Account names: ``sip:{username}@{registrar or 'local'}``, ``crm:{username}@{url or 'embedded'}``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

logger = logging.getLogger(__name__)

SERVICE = "agent-desktop"


class InsecureKeyringError(RuntimeError):
    """The keyring backend would not keep secrets safe; the message is translated for the user and
    says what was found in plain words (the backend's class, for IT, is :attr:`backend_name`)."""

    def __init__(self, backend_name: str) -> None:
        self.backend_name = backend_name
        plain_file = backend_name.startswith("keyrings.alt") or "plaintext" in backend_name.lower()
        found = (
            QCoreApplication.translate("Credentials", "The only password store found keeps passwords in a plain file.")
            if plain_file
            else QCoreApplication.translate("Credentials", "No system password store is running.")
        )
        super().__init__(
            found
            + " "
            + QCoreApplication.translate(
                "Credentials",
                "Passwords can only be remembered for this session; install and unlock a system keyring "
                "(GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain) to store them permanently.",
            )
        )


def sip_account(username: str, registrar: str) -> str:
    """Keyring account name of a SIP password."""
    return f"sip:{username}@{registrar or 'local'}"


def crm_account(username: str, url: str) -> str:
    """Keyring account name of a CRM password or token."""
    return f"crm:{username}@{url or 'embedded'}"


def crm_user(account: str, url: str) -> str | None:
    """The user name of a :func:`crm_account` on the CRM at ``url``; None for another account."""
    prefix, suffix = "crm:", f"@{url or 'embedded'}"
    if account.startswith(prefix) and account.endswith(suffix):
        return account[len(prefix) : -len(suffix)] or None
    return None


def effective_backend(backend: object) -> object | None:
    """The backend that actually holds the secrets: ``backend`` itself or, for keyring's chain of every
    installed backend, its highest-priority member (the one ``set_password`` writes to). None when the
    chain is empty."""
    members = getattr(backend, "backends", None)
    if members is None:
        return backend
    members = list(members)
    return members[0] if members else None


def insecure_reason(backend: object) -> str | None:
    """Why ``backend`` must not hold secrets, or None when it is acceptable.

    Only the backend actually used is judged: a system keyring first in the chain is fine even when a
    plaintext backend sits lower in it (e.g. ``keyrings.alt`` installed for something else)."""
    from keyring.backends import fail, null

    used = effective_backend(backend)
    if used is None:
        return "none"
    cls = type(used)
    name = f"{cls.__module__}.{cls.__qualname__}"
    if isinstance(used, (fail.Keyring, null.Keyring)):
        return name
    if cls.__module__.startswith("keyrings.alt") or "plaintext" in cls.__qualname__.lower():
        return name
    return None


class Credentials:
    """get/set/delete secrets per account; in the keyring, or in memory when ``session_only``."""

    def __init__(
        self,
        service: str = SERVICE,
        session_only: bool = False,
        on_secret: Callable[[str], None] | None = None,
    ) -> None:
        self.service = service
        self.session_only = session_only
        self.unavailable: str | None = None
        """Why the keyring is not used (the backend's name or the error, English, for the log); None
        until :meth:`recall` or :meth:`keep` found it failing."""
        self._memory: dict[str, str] = {}
        self._on_secret = on_secret
        self._listeners: list[Callable[[str], None]] = []

    def add_listener(self, listener: Callable[[str], None]) -> Callable[[], None]:
        """Call ``listener(account)`` after each :meth:`set`, on the thread that stored the secret (hand
        it to the GUI thread with a queued signal). Returns the function that removes it."""
        self._listeners.append(listener)

        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    def check(self) -> None:
        """Raise :class:`InsecureKeyringError` when secrets cannot be stored safely (not session-only)."""
        if not self.session_only:
            self._keyring()

    def _keyring(self) -> Any:
        """The backend that holds our secrets, after checking it keeps them safe.

        Always that one backend, never the whole chain: reading through the chain could return a
        secret some plaintext backend lower in it still holds."""
        import keyring

        chosen = keyring.get_keyring()
        reason = insecure_reason(chosen)
        if reason:
            raise InsecureKeyringError(reason)
        return effective_backend(chosen)

    def is_secure(self) -> bool:
        """True when :meth:`set` would store secrets permanently and safely."""
        try:
            self.check()
        except InsecureKeyringError:
            return False
        return not self.session_only

    def use_session_only(self) -> None:
        """From now on keep secrets in memory for this session only (the user chose so)."""
        if not self.session_only:
            logger.info("credentials: remembering secrets for this session only")
        self.session_only = True

    def _fall_back(self, exc: Exception) -> None:
        """The keyring failed: keep secrets in memory for this session from now on (said once)."""
        detail = exc.backend_name if isinstance(exc, InsecureKeyringError) else f"{type(exc).__name__}: {exc}"
        if self.unavailable is None:
            logger.warning(
                "credentials: no usable password store (%s); passwords are kept in memory for this session only",
                detail,
            )
        self.unavailable = detail
        self.session_only = True

    def recall(self, account: str) -> str | None:
        """:meth:`get`, but a keyring that cannot be used is not an error: secrets are kept for this
        session only from then on (see :attr:`unavailable`), and None is returned."""
        try:
            return self.get(account)
        except Exception as exc:  # any backend failure: none, insecure, locked, D-Bus gone
            self._fall_back(exc)
            return self._memory.get(account)

    def keep(self, account: str, secret: str) -> bool:
        """:meth:`set`, but when the keyring cannot be used the secret is kept in memory for this session
        (as :meth:`recall`). True when it is stored permanently."""
        try:
            self.set(account, secret)
        except Exception as exc:  # as in recall
            self._fall_back(exc)
            self.set(account, secret)  # session-only now: in memory
        return not self.session_only

    def _seen(self, secret: str | None) -> None:
        if secret and self._on_secret is not None:
            self._on_secret(secret)

    def get(self, account: str) -> str | None:
        if account in self._memory:
            return self._memory[account]
        if self.session_only:
            return None
        secret: str | None = self._keyring().get_password(self.service, account)
        self._seen(secret)
        return secret

    def set(self, account: str, secret: str) -> None:
        self._seen(secret)
        if self.session_only:
            self._memory[account] = secret
        else:
            self._keyring().set_password(self.service, account, secret)
            logger.info("credentials: stored the secret of %s in the keyring", account)
        for listener in list(self._listeners):
            try:
                listener(account)
            except Exception:  # one listener's bug must not make the secret look unsaved
                logger.exception("credentials: a listener of %s failed", account)

    def delete(self, account: str) -> None:
        self._memory.pop(account, None)
        if self.session_only:
            return
        from keyring.errors import PasswordDeleteError

        used = self._keyring()
        try:
            used.delete_password(self.service, account)
        except PasswordDeleteError:
            pass
