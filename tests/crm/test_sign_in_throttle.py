"""The desktop's CRM client and the back office's sign-in throttle (issue 18, item 2): a refused
password is not tried again by itself (that would count as guessing and lock the agent out), and a
held-back sign-in says so."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.auth_tables import login_failures
from backoffice.db import Database
from crm.client import ClientConfig, CrmClient
from crm.client_errors import AuthenticationFailed, TooManyAttempts
from tests.crm.helpers import client_for, make_user


def failures(db_url: str, username: str) -> int:
    db = Database(db_url)
    try:
        with db.read.connect() as conn:
            value = conn.execute(
                select(login_failures.c.failures).where(login_failures.c.key == f"account:{username}")
            ).scalar()
        return int(value or 0)
    finally:
        db.dispose()


def test_a_password_changed_elsewhere_is_tried_once_not_again_and_again(live_backoffice) -> None:
    client = client_for(live_backoffice.url, "agent2")
    assert client.total("customers") >= 0  # signed in and talking
    make_user(live_backoffice.db_url, "agent2", password="changed-by-the-admin")  # ends its sessions
    for _ in range(3):  # e.g. the sync engine's rounds while the agent has not typed the new one yet
        with pytest.raises(AuthenticationFailed):
            client.total("customers")
    assert failures(live_backoffice.db_url, "agent2") == 1
    client.login("agent2", "changed-by-the-admin")
    assert failures(live_backoffice.db_url, "agent2") == 0 and client.total("customers") >= 0
    client.close()


def test_a_held_back_sign_in_says_so(live_backoffice) -> None:
    client = CrmClient(ClientConfig(live_backoffice.url))
    for _ in range(5):
        with pytest.raises(AuthenticationFailed) as refused:
            client.login("agent1", "not-the-password")
        assert not isinstance(refused.value, TooManyAttempts)
    with pytest.raises(TooManyAttempts) as held:
        client.login("agent1", "correct-horse-battery")
    assert held.value.status == 429 and "Too many failed sign-ins" in held.value.message
    assert isinstance(held.value, AuthenticationFailed)  # the sync engine waits for a new sign-in
    client.close()
