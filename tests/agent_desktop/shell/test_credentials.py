"""Credentials: the real plaintext keyring (keyrings.alt) is refused; session-only memory works, also
when a keyring that cannot be used makes it the only choice."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from agent_desktop.shell.credentials import Credentials, InsecureKeyringError, crm_account, crm_user, sip_account
from tests.fixtures.keyrings import LockedKeyring

SECRET = "Corr3ct-Horse-Battery"


@pytest.fixture
def plaintext_keyring(tmp_path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    return backend


def test_plaintext_backend_is_refused_with_a_clear_message(plaintext_keyring: PlaintextKeyring) -> None:
    creds = Credentials()
    with pytest.raises(InsecureKeyringError, match="plain file") as info:
        creds.set(sip_account("agent", ""), SECRET)
    assert "for this session" in str(info.value) and "PlaintextKeyring" not in str(info.value)
    assert info.value.backend_name.endswith("PlaintextKeyring")  # for IT, in the log
    assert not Path(plaintext_keyring.file_path).exists()
    assert not creds.is_secure()


def test_fail_backend_is_refused() -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(InsecureKeyringError):
        Credentials().get("sip:agent@local")


def test_session_only_keeps_secrets_in_memory(plaintext_keyring: PlaintextKeyring) -> None:
    creds = Credentials()
    creds.use_session_only()
    account = sip_account("agent", "pbx.example")
    creds.set(account, SECRET)
    assert creds.get(account) == SECRET
    assert not Path(plaintext_keyring.file_path).exists()
    # The next session (a new Credentials) has forgotten it and still refuses the plaintext store.
    with pytest.raises(InsecureKeyringError):
        Credentials().get(account)
    creds.delete(account)
    assert creds.get(account) is None


def test_secure_backend_round_trip(memory_keyring) -> None:
    creds = Credentials()
    creds.set("crm:alice@embedded", SECRET)
    assert memory_keyring.store[("agent-desktop", "crm:alice@embedded")] == SECRET
    assert Credentials().get("crm:alice@embedded") == SECRET
    creds.delete("crm:alice@embedded")
    assert Credentials().get("crm:alice@embedded") is None


class Chain(KeyringBackend):
    """keyring's chain of installed backends, as ``keyring.backends.chainer`` builds it: highest priority first."""

    priority = 10

    def __init__(self, *members: KeyringBackend) -> None:
        super().__init__()
        self.backends = list(members)

    def get_password(self, service: str, username: str) -> str | None:
        return next((p for b in self.backends if (p := b.get_password(service, username)) is not None), None)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.backends[0].set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self.backends[0].delete_password(service, username)


def test_a_system_keyring_first_in_the_chain_is_used_though_a_plaintext_one_is_installed_too(
    memory_keyring, tmp_path: Path
) -> None:
    """keyrings.alt installed beside an unlocked system keyring must not make the app refuse the
    keyring (and then register with an empty password)."""
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring_pass.cfg")
    plaintext.set_password("agent-desktop", "sip:agent@pbx", "old-plaintext-secret")
    keyring.set_keyring(Chain(memory_keyring, plaintext))
    creds = Credentials()
    assert creds.is_secure()
    assert creds.get("sip:agent@pbx") is None  # never read from the plaintext file lower in the chain
    creds.set("sip:agent@pbx", SECRET)
    assert memory_keyring.store[("agent-desktop", "sip:agent@pbx")] == SECRET
    assert Credentials().get("sip:agent@pbx") == SECRET


def test_a_chain_that_would_write_to_a_plaintext_file_is_refused(memory_keyring, tmp_path: Path) -> None:
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring_pass.cfg")
    keyring.set_keyring(Chain(plaintext, memory_keyring))
    with pytest.raises(InsecureKeyringError, match="plain file"):
        Credentials().set("sip:agent@pbx", SECRET)
    assert not Path(plaintext.file_path).exists()
    keyring.set_keyring(Chain())
    with pytest.raises(InsecureKeyringError, match="No system password store is running") as info:
        Credentials().get("sip:agent@pbx")
    assert info.value.backend_name == "none"


SECURE_FILE_BACKEND = '''
import json, os
from keyring.backend import KeyringBackend

class Keyring(KeyringBackend):
    """Stands in for a system keyring in a subprocess: secrets in a file named by an environment variable."""
    priority = 5

    def _load(self):
        path = os.environ["TEST_KEYRING_FILE"]
        return json.load(open(path)) if os.path.exists(path) else {}

    def get_password(self, service, username):
        return self._load().get(service + "/" + username)

    def set_password(self, service, username, password):
        data = self._load()
        data[service + "/" + username] = password
        json.dump(data, open(os.environ["TEST_KEYRING_FILE"], "w"))

    def delete_password(self, service, username):
        pass
'''


def test_it_can_give_the_sip_password_with_the_keyring_command_line(tmp_path: Path, monkeypatch) -> None:
    """The documented login-script step: the keyring CLI of the app's environment, secret on standard
    input, service agent-desktop, account sip:{user}@{registrar}; the app then reads it."""
    import os
    import subprocess
    import sys

    (tmp_path / "testkeyring.py").write_text(SECURE_FILE_BACKEND)
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path),
        "PYTHON_KEYRING_BACKEND": "testkeyring.Keyring",
        "TEST_KEYRING_FILE": str(tmp_path / "secrets.json"),
    }
    cli = Path(sys.executable).with_name("keyring")
    account = sip_account("agent007", "pbx.example.com")
    done = subprocess.run(
        [str(cli), "set", "agent-desktop", account], input=SECRET, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("TEST_KEYRING_FILE", env["TEST_KEYRING_FILE"])
    import testkeyring

    keyring.set_keyring(testkeyring.Keyring())
    assert account == "sip:agent007@pbx.example.com"
    assert Credentials().get(account) == SECRET


@pytest.mark.parametrize("backend", [fail.Keyring(), LockedKeyring()], ids=["no keyring", "locked"])
def test_a_keyring_that_cannot_be_used_keeps_a_typed_secret_for_the_session(backend, caplog) -> None:
    keyring.set_keyring(backend)
    creds = Credentials()
    stored: list[str] = []
    creds.add_listener(stored.append)
    account = crm_account("sup1", "http://crm.example")
    assert creds.recall(account) is None
    assert creds.session_only and creds.unavailable
    assert creds.keep(account, SECRET) is False
    assert creds.recall(account) == SECRET and stored == [account]
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and not warnings[0].exc_info and SECRET not in caplog.text
    assert Credentials().recall(account) is None  # forgotten with the session


def test_keep_stores_in_a_secure_keyring_and_tells_listeners(memory_keyring) -> None:
    creds = Credentials()
    stored: list[str] = []
    stop = creds.add_listener(stored.append)
    assert creds.keep("crm:sup1@http://crm.example", SECRET) is True
    assert memory_keyring.store[("agent-desktop", "crm:sup1@http://crm.example")] == SECRET
    stop()
    creds.keep("crm:sup1@http://crm.example", "another")
    assert stored == ["crm:sup1@http://crm.example"] and creds.unavailable is None


def test_crm_user_reads_the_user_name_of_a_crm_account() -> None:
    assert crm_user(crm_account("sup1", "http://crm:8000"), "http://crm:8000") == "sup1"
    assert crm_user(crm_account("sup1", "http://crm:8000"), "http://other") is None
    assert crm_user(sip_account("sup1", "http://crm:8000"), "http://crm:8000") is None
