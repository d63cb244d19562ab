"""What accounts offers the other features: signing out, and the admins' user accounts window."""

from __future__ import annotations

from typing import Protocol

from agent_desktop.shell.services import ServiceKey

__all__ = ["ACCOUNTS", "AccountsApi"]


class AccountsApi(Protocol):
    """The installed accounts feature (provided as :data:`ACCOUNTS`)."""

    def sign_out(self) -> None:
        """File → Sign out: asks what quitting asks (work not kept), then ends the session on the
        server, forgets the stored password and starts the app again at the sign-in."""

    def open_users(self) -> None:
        """Admins: the User accounts window."""


ACCOUNTS: ServiceKey[AccountsApi] = ServiceKey("accounts")
"""Signing out, and the admins' User accounts window."""
