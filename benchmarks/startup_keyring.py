"""Keyring backend for ``benchmarks/startup.py --crm-url``: hands the app the CRM password.

The app reads the password of a shared CRM from the system keyring only. For the benchmark the
app is started with ``PYTHON_KEYRING_BACKEND=startup_keyring.BenchKeyring`` (this directory on
``PYTHONPATH``) and the secrets as JSON in ``STARTUP_BENCH_SECRETS`` (``{"crm:user@url": "..."}``);
nothing is written anywhere. It first loads every installed keyring backend, as keyring's own
detection on a desktop does, so the memory figure is comparable with a run on the embedded default.
"""

from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend, get_all_keyring
from keyring.errors import PasswordDeleteError

SECRETS_ENV = "STARTUP_BENCH_SECRETS"


class BenchKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]
    _detecting = False

    def __init__(self) -> None:
        super().__init__()
        if not BenchKeyring._detecting:  # get_all_keyring() makes one of every backend, this one too
            BenchKeyring._detecting = True
            get_all_keyring()  # what keyring's detection costs when no backend is configured
        self._secrets: dict[tuple[str, str], str] = {}
        for account, secret in json.loads(os.environ.get(SECRETS_ENV) or "{}").items():
            self._secrets[("agent-desktop", account)] = secret

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
