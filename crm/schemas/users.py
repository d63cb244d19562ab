"""Users, roles and login."""

from __future__ import annotations

import logging
from enum import Enum
from typing import Annotated

from pydantic import ConfigDict, Field

from crm.schemas.common import Contract, CreateModel, Name, ReadModel, UpdateModel

logger = logging.getLogger(__name__)


class Role(str, Enum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    LOGISTICS = "logistics"
    ADMIN = "admin"


Username = Annotated[str, Field(min_length=2, max_length=64, pattern=r"^[A-Za-z0-9_.@-]+$")]
MIN_PASSWORD_LENGTH = 12
Password = Annotated[
    str,
    Field(
        min_length=MIN_PASSWORD_LENGTH,
        max_length=256,
        description=f"A new password: {MIN_PASSWORD_LENGTH} to 256 characters",
        json_schema_extra={"format": "password", "writeOnly": True},
    ),
]


class UserCreate(CreateModel):
    username: Username
    display_name: Name
    role: Role = Role.AGENT
    password: Password
    active: bool = True
    team: str = Field(default="", max_length=64, description="Team name (to-dos can be shared with a team)")


class UserUpdate(UpdateModel):
    display_name: Name | None = None
    role: Role | None = None
    password: Password | None = None
    active: bool | None = None
    team: str | None = Field(default=None, max_length=64)


class UserRead(ReadModel):
    username: str
    display_name: str
    role: Role
    active: bool
    team: str = ""


class LoginRequest(Contract):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class PasswordChange(Contract):
    """``POST /api/v1/auth/password``: the signed-in user's own password; every other session of the
    user ends, the one that changed it stays."""

    model_config = ConfigDict(extra="forbid")

    current_password: str = Field(min_length=1, max_length=256, json_schema_extra={"format": "password"})
    new_password: Password


class LoginResponse(Contract):
    token: str = Field(description="Send as 'Authorization: Bearer <token>'")
    token_type: str = "bearer"
    expires_in: int = Field(description="Seconds until the token expires")
    user: UserRead
