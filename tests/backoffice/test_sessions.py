"""Sessions end when they must: a password change, a deactivation or a role change ends the user's
other sessions at once, on every server process over the database (issue 18, item 1)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
import requests

from tests.backoffice.conftest import if_match
from tests.fixtures.backoffice import ApiSession, BackofficeProcess

PASSWORD = "first-password-1"


def new_user(bo: BackofficeProcess, **fields: Any) -> dict[str, Any]:
    """A fresh agent (the demo users' sessions are shared by the other tests)."""
    body = {"username": f"s{uuid.uuid4().hex[:10]}", "display_name": "会话测试", "password": PASSWORD, **fields}
    r = bo.session("admin").post("/users", json=body)
    assert r.status_code == 201, r.text
    return r.json()


def sign_in(api: str, username: str, password: str = PASSWORD) -> ApiSession:
    r = requests.post(api + "/auth/login", json={"username": username, "password": password}, timeout=10)
    assert r.status_code == 200, r.text
    return ApiSession(api, r.json()["token"])


def alive(session: ApiSession) -> bool:
    status = session.get("/auth/me").status_code
    assert status in (200, 401)
    return status == 200


CHANGES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "password": lambda user: {"password": "a-new-password-2"},
    "deactivation": lambda user: {"active": False},
    "role": lambda user: {"role": "supervisor"},
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_an_admins_change_ends_every_session_of_the_user(bo: BackofficeProcess, change: str) -> None:
    user = new_user(bo)
    first, second = sign_in(bo.api, user["username"]), sign_in(bo.api, user["username"])
    assert alive(first) and alive(second)
    r = bo.session("admin").patch(f"/users/{user['id']}", json=CHANGES[change](user), headers=if_match(user))
    assert r.status_code == 200, r.text
    assert not alive(first) and not alive(second)
    assert first.get("/customers", params={"limit": 1}).status_code == 401


def test_a_display_name_change_keeps_the_sessions(bo: BackofficeProcess) -> None:
    user = new_user(bo)
    session = sign_in(bo.api, user["username"])
    r = bo.session("admin").patch(f"/users/{user['id']}", json={"display_name": "新名字"}, headers=if_match(user))
    assert r.status_code == 200 and alive(session)


def test_changing_your_own_password_keeps_only_this_session(bo: BackofficeProcess) -> None:
    user = new_user(bo)
    this, other = sign_in(bo.api, user["username"]), sign_in(bo.api, user["username"])
    wrong = this.post("/auth/password", json={"current_password": "not-it-at-all", "new_password": "x" * 12})
    assert wrong.status_code == 422 and wrong.json()["detail"][0]["loc"] == ["body", "current_password"]
    short = this.post("/auth/password", json={"current_password": PASSWORD, "new_password": "short-pw"})
    assert short.status_code == 422 and short.json()["detail"][0]["loc"] == ["body", "new_password"]
    assert alive(other)  # refused changes end nothing
    r = this.post("/auth/password", json={"current_password": PASSWORD, "new_password": "my-own-new-password"})
    assert r.status_code == 204, r.text
    assert alive(this) and not alive(other)
    old = requests.post(bo.api + "/auth/login", json={"username": user["username"], "password": PASSWORD}, timeout=10)
    assert old.status_code == 401
    assert alive(sign_in(bo.api, user["username"], "my-own-new-password"))


def test_an_admin_changing_their_own_password_keeps_this_session(bo: BackofficeProcess) -> None:
    admin = new_user(bo, role="admin")
    this, other = sign_in(bo.api, admin["username"]), sign_in(bo.api, admin["username"])
    r = this.patch(f"/users/{admin['id']}", json={"password": "admins-new-password"}, headers=if_match(admin))
    assert r.status_code == 200, r.text
    assert alive(this) and not alive(other)


def test_new_passwords_need_twelve_characters(bo: BackofficeProcess) -> None:
    admin = bo.session("admin")
    body = {"username": f"s{uuid.uuid4().hex[:10]}", "display_name": "短", "password": "elevenchars"}
    r = admin.post("/users", json=body)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "password"]
    user = new_user(bo)
    r = admin.patch(f"/users/{user['id']}", json={"password": "too-short"}, headers=if_match(user))
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "password"]


@pytest.mark.e2e
def test_a_session_ended_on_one_server_process_is_refused_by_another(
    bo: BackofficeProcess, backoffice_factory: Any
) -> None:
    """Two server processes over one database (as ``serve --workers N`` runs): the second has just
    served the token when the first ends its session; its very next request is refused."""
    second = backoffice_factory(seed_customers=None, db_url=bo.db_url)
    user = new_user(bo)
    token = sign_in(bo.api, user["username"]).headers["Authorization"]
    there = ApiSession(second.api, None)
    there.headers["Authorization"] = token
    assert alive(there)
    r = bo.session("admin").patch(f"/users/{user['id']}", json={"active": False}, headers=if_match(user))
    assert r.status_code == 200
    assert not alive(there)
