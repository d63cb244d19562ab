"""The Qt-free part of accounts: the admins' user list, the bodies of their changes, and the CRM's
refusals by field."""
