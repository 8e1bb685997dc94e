"""User sessions through a real server on loopback: each sign-in is a session; revoking one
refuses its refresh and access tokens while the user's other sessions keep working."""

from __future__ import annotations

import re

import pytest

from cognito_grpc.engine import Engine
from cognito_grpc_client import boto3_compat
from tests.conftest import ServerProcess
from tests.engine import seed


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("sessions-data")
    engine = Engine(str(data_dir))
    try:
        pool = seed.pool(engine)
        app = seed.app_client(engine, pool["Id"])
        web = seed.app_client(engine, pool["Id"], RefreshTokenRotation={
            "Feature": "ENABLED", "RetryGracePeriodSeconds": 0})
        for name in ("alice", "bob", "carol"):
            seed.user(engine, pool["Id"], name)
    finally:
        engine.close()
    server = ServerProcess("--data-dir", str(data_dir))
    try:
        yield server, pool["Id"], app["ClientId"], web["ClientId"]
    finally:
        server.stop()


@pytest.fixture(scope="module")
def compat(served):
    client = boto3_compat.client(served[0].address, region_name="us-east-1")
    yield client
    client.close()


def sign_in(compat, pool_id: str, client_id: str, username: str) -> dict:
    return compat.admin_initiate_auth(
        UserPoolId=pool_id, ClientId=client_id, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": username, "PASSWORD": seed.PASSWORD})["AuthenticationResult"]


def refresh(compat, client_id: str, tokens: dict) -> dict:
    return compat.initiate_auth(
        ClientId=client_id, AuthFlow="REFRESH_TOKEN_AUTH",
        AuthParameters={"REFRESH_TOKEN": tokens["RefreshToken"]})["AuthenticationResult"]


def test_each_sign_in_is_a_session_and_the_current_one_is_marked(served, compat):
    _, pool_id, app, web = served
    phone = sign_in(compat, pool_id, app, "alice")
    laptop = sign_in(compat, pool_id, web, "alice")
    refresh(compat, app, phone)  # a refresh stays in its sign-in's session
    sessions = compat.list_user_sessions(AccessToken=phone["AccessToken"])["Sessions"]
    assert len(sessions) == 2
    assert all(re.fullmatch(r"tkn[a-z0-9]{25}", s["SessionId"]) for s in sessions)
    assert {s["ClientId"] for s in sessions} == {app, web}
    assert {s["SessionType"] for s in sessions} == {"TOKEN"}
    current = [s for s in sessions if s["IsCurrentSession"]]
    assert [s["ClientId"] for s in current] == [app]
    assert all(s["LastActiveDate"] >= s["CreateDate"] for s in sessions)
    admin = compat.admin_list_user_sessions(UserPoolId=pool_id, Username="alice")["Sessions"]
    assert sorted(s["SessionId"] for s in admin) == sorted(s["SessionId"] for s in sessions)
    assert all("IsCurrentSession" not in s for s in admin)
    other = compat.list_user_sessions(AccessToken=laptop["AccessToken"])["Sessions"]
    assert [s["ClientId"] for s in other if s["IsCurrentSession"]] == [web]


def test_revoking_a_session_refuses_its_tokens_and_not_the_others(served, compat):
    _, pool_id, app, web = served
    kept = sign_in(compat, pool_id, app, "bob")
    lost = sign_in(compat, pool_id, web, "bob")
    sessions = compat.list_user_sessions(AccessToken=kept["AccessToken"])["Sessions"]
    target = next(s["SessionId"] for s in sessions if not s["IsCurrentSession"])
    compat.revoke_user_session(AccessToken=kept["AccessToken"], SessionId=target)

    with pytest.raises(compat.exceptions.NotAuthorizedException) as raised:
        compat.get_user(AccessToken=lost["AccessToken"])
    assert raised.value.response["Error"]["Message"] == "Access Token has been revoked"
    with pytest.raises(compat.exceptions.NotAuthorizedException) as raised:
        compat.get_tokens_from_refresh_token(ClientId=web, RefreshToken=lost["RefreshToken"])
    assert raised.value.response["Error"]["Message"] == "Refresh Token has been revoked"

    assert compat.get_user(AccessToken=kept["AccessToken"])["Username"] == "bob"
    assert compat.get_user(AccessToken=refresh(compat, app, kept)["AccessToken"])["Username"] \
        == "bob"
    left = compat.list_user_sessions(AccessToken=kept["AccessToken"])["Sessions"]
    assert [s["SessionId"] for s in left] == [s["SessionId"] for s in sessions
                                              if s["SessionId"] != target]


def test_the_current_session_and_unknown_ones_cannot_be_revoked(served, compat):
    _, pool_id, app, _ = served
    tokens = sign_in(compat, pool_id, app, "carol")
    own = compat.list_user_sessions(AccessToken=tokens["AccessToken"])["Sessions"][0]
    with pytest.raises(compat.exceptions.InvalidParameterException):
        compat.revoke_user_session(AccessToken=tokens["AccessToken"],
                                   SessionId=own["SessionId"])
    with pytest.raises(compat.exceptions.ResourceNotFoundException):
        compat.revoke_user_session(AccessToken=tokens["AccessToken"], SessionId="tkn" + "0" * 25)
    assert compat.get_user(AccessToken=tokens["AccessToken"])["Username"] == "carol"


def test_an_administrator_revokes_a_session_rotated_tokens_and_all(served, compat):
    _, pool_id, _, web = served
    first = sign_in(compat, pool_id, web, "carol")
    rotated = compat.get_tokens_from_refresh_token(
        ClientId=web, RefreshToken=first["RefreshToken"])["AuthenticationResult"]
    sessions = compat.admin_list_user_sessions(UserPoolId=pool_id, Username="carol")["Sessions"]
    ours = [s for s in sessions if s["ClientId"] == web]
    assert len(ours) == 1  # a rotation stays in its session
    compat.admin_revoke_user_session(UserPoolId=pool_id, Username="carol",
                                     SessionId=ours[0]["SessionId"],
                                     RevokeAssociatedSessions="LINKED")
    for access in (first["AccessToken"], rotated["AccessToken"]):
        with pytest.raises(compat.exceptions.NotAuthorizedException):
            compat.get_user(AccessToken=access)
    with pytest.raises(compat.exceptions.NotAuthorizedException):
        compat.get_tokens_from_refresh_token(ClientId=web, RefreshToken=rotated["RefreshToken"])
    after = compat.admin_list_user_sessions(UserPoolId=pool_id, Username="carol")["Sessions"]
    assert ours[0]["SessionId"] not in {s["SessionId"] for s in after} and after
    with pytest.raises(compat.exceptions.UserNotFoundException):
        compat.admin_list_user_sessions(UserPoolId=pool_id, Username="nobody")


def test_a_global_sign_out_ends_every_session(served, compat):
    _, pool_id, app, web = served
    sign_in(compat, pool_id, web, "alice")
    compat.admin_user_global_sign_out(UserPoolId=pool_id, Username="alice")
    assert compat.admin_list_user_sessions(UserPoolId=pool_id, Username="alice")["Sessions"] == []
