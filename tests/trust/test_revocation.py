"""Revocation as Cognito does it (issue 17, item 4). The attack: after a user was disabled,
deleted or globally signed out, or removed from a group, the old token still passed, with
the old group's grant, although the backend itself already refused it; and ID tokens, which
Cognito cannot revoke, were accepted as bearer credentials.

Now only access tokens are bearer credentials unless --jwt-accept-id-tokens, and with
--jwt-check-revocation the backend's word (GetUser with the token, and the user's current
groups) decides, cached per token for --jwt-revocation-cache-seconds."""

from __future__ import annotations

import time

import grpc
import pytest
from botocore.exceptions import EndpointConnectionError

from cognito_grpc import tokens
from tests.trust.conftest import (ADMIN_KEY, api_key, aws, bearer, boto_pool, create_user,
                                  error_info, running, sign_in)

TTL = 0.5
POLICY = """
api_keys:
  setup: ["*"]
jwt:
  {pool}:
    groups:
      admins: ["*"]
    scopes:
      aws.cognito.signin.user.admin: [ListUserPools]
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from moto import mock_aws

    with mock_aws():
        pool, client = boto_pool("revoke")
        policy = tmp_path_factory.mktemp("revocation") / "policy.yaml"
        policy.write_text(POLICY.format(pool=pool))
        common = {"auth": ("api-key", "jwt"), "api_keys": f"{ADMIN_KEY}=setup",
                  "jwt_issuers": (tokens.issuer_for(pool),), "jwt_client_ids": (client,),
                  "policy_file": str(policy)}
        with running(**common, jwt_check_revocation=True,
                     jwt_revocation_cache_seconds=TTL) as checked, \
                running(**common, jwt_accept_id_tokens=True) as unchecked:
            with checked.channel() as channel:
                checked.wait_serving(channel)
                admin = (api_key(ADMIN_KEY),)
                aws(channel, "CreateGroup", {"UserPoolId": pool, "GroupName": "admins"}, admin)
                yield {"checked": checked, "unchecked": unchecked, "channel": channel,
                       "pool": pool, "client": client, "admin": admin}


def signed_in(world, username: str, admins: bool = True) -> dict:
    create_user(world["channel"], world["pool"], username, metadata=world["admin"])
    if admins:
        admin_call(world, "AdminAddUserToGroup", username, GroupName="admins")
    return sign_in(world["channel"], world["pool"], world["client"], username,
                   metadata=world["admin"])


def admin_call(world, operation: str, username: str, **params):
    aws(world["channel"], operation, {"UserPoolId": world["pool"], "Username": username,
                                      **params}, world["admin"])


def attempt(srv, token: str, operation: str = "CreateUserPool"):
    """(code, ErrorInfo reason, tokenFailure) of one call with the bearer token."""
    params = {"PoolName": "p"} if operation == "CreateUserPool" else {"MaxResults": 1}
    with srv.channel() as channel:
        try:
            aws(channel, operation, params, (bearer(token),))
        except grpc.RpcError as error:
            info = error_info(error)
            return error.code(), info.reason, info.metadata.get("tokenFailure", "")
    return grpc.StatusCode.OK, "", ""


def eventually(srv, token, expected, operation="CreateUserPool", within: float = TTL + 5):
    """Polls until the call ends as `expected` (the cache may answer for up to TTL)."""
    deadline = time.monotonic() + within
    while (got := attempt(srv, token, operation)) != expected:
        assert time.monotonic() < deadline, f"still {got}, expected {expected}"
        time.sleep(0.05)


REVOKED = (grpc.StatusCode.UNAUTHENTICATED, "INVALID_BEARER_TOKEN", "REVOKED")
OK = (grpc.StatusCode.OK, "", "")


@pytest.mark.parametrize("revoke", [
    lambda w, u: admin_call(w, "AdminUserGlobalSignOut", u),
    lambda w, u: admin_call(w, "AdminDisableUser", u),
    lambda w, u: admin_call(w, "AdminDeleteUser", u),
], ids=["global-sign-out", "disable", "delete"])
def test_a_revoked_token_is_refused_within_the_cache_time(world, revoke):
    username = f"user-{time.monotonic_ns()}"
    token = signed_in(world, username)["AccessToken"]
    assert attempt(world["checked"], token) == OK
    assert attempt(world["unchecked"], token) == OK
    revoke(world, username)
    eventually(world["checked"], token, REVOKED)
    # without the check, the old token still passes with the old grant: the attack
    assert attempt(world["unchecked"], token) == OK


def test_a_group_left_grants_nothing_though_the_token_still_says_so(world):
    username = f"leaver-{time.monotonic_ns()}"
    token = signed_in(world, username)["AccessToken"]
    assert attempt(world["checked"], token) == OK
    admin_call(world, "AdminRemoveUserFromGroup", username, GroupName="admins")
    eventually(world["checked"], token,
               (grpc.StatusCode.PERMISSION_DENIED, "METHOD_NOT_ALLOWED", ""))
    assert attempt(world["checked"], token, "ListUserPools") == OK  # its scope still counts
    assert attempt(world["unchecked"], token) == OK


def test_answers_are_cached_per_token(world):
    token = signed_in(world, f"cached-{time.monotonic_ns()}", admins=False)["AccessToken"]
    revocation = world["checked"].server.auth.authenticator.revocation
    before = revocation.backend_calls
    for _ in range(10):
        assert attempt(world["checked"], token, "ListUserPools") == OK
    assert revocation.backend_calls - before <= 2  # one per TTL; the loop may cross one
    time.sleep(TTL)
    assert attempt(world["checked"], token, "ListUserPools") == OK
    assert revocation.backend_calls > before


def test_a_backend_that_cannot_answer_admits_nothing(world):
    token = signed_in(world, f"outage-{time.monotonic_ns()}", admins=False)["AccessToken"]
    backend = world["checked"].server.backend

    class Down:
        def get_user(self, **_):
            raise EndpointConnectionError(endpoint_url="https://cognito-idp.invalid")

    backend.client = lambda region=None: Down()
    try:
        code, reason, _ = attempt(world["checked"], token, "ListUserPools")
    finally:
        del backend.client
    assert (code, reason) == (grpc.StatusCode.UNAVAILABLE, "REVOCATION_UNCHECKED")
    assert attempt(world["checked"], token, "ListUserPools") == OK  # nothing was cached


def test_id_tokens_are_no_bearer_credentials_by_default(world):
    result = signed_in(world, f"id-{time.monotonic_ns()}")
    assert attempt(world["checked"], result["IdToken"]) == (
        grpc.StatusCode.UNAUTHENTICATED, "INVALID_BEARER_TOKEN", "WRONG_TOKEN_USE")
    assert attempt(world["unchecked"], result["IdToken"]) == OK  # opted in
    warnings = [r for r in world["unchecked"].logs.records()
                if r.get("level") == "warning" and "ID tokens are accepted" in r["event"]]
    assert warnings
    assert not [r for r in world["checked"].logs.records()
                if "ID tokens are accepted" in r.get("event", "")]
