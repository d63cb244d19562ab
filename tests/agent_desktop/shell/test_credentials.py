"""Credentials: the real plaintext keyring (keyrings.alt) is refused; session-only memory works."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from agent_desktop.shell.credentials import Credentials, InsecureKeyringError, sip_account

SECRET = "Corr3ct-Horse-Battery"


@pytest.fixture
def plaintext_keyring(tmp_path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    return backend


def test_plaintext_backend_is_refused_with_a_clear_message(plaintext_keyring: PlaintextKeyring) -> None:
    creds = Credentials()
    with pytest.raises(InsecureKeyringError, match="PlaintextKeyring") as info:
        creds.set(sip_account("agent", ""), SECRET)
    assert "for this session" in str(info.value)
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
