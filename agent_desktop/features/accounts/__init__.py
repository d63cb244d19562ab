"""Accounts: File → Sign out (a shared CRM: the session ends on the server, the stored password is
forgotten, and the app starts again at the sign-in), and for admins Tools → User accounts (the users,
their roles and teams, deactivation, password resets and clearing the lock-outs of failed sign-ins)."""

from agent_desktop.features.accounts.api import ACCOUNTS
from agent_desktop.features.crm_link.api import CRM
from agent_desktop.shell.feature_spec import FeatureSpec

SPEC = FeatureSpec(
    name="accounts",
    requires=(CRM,),
    provides=(ACCOUNTS,),
)
