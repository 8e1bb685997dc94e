"""boto3 drop-in: one module of plain boto3-style code, run with boto3 under moto and with the
compat client against the server. Only the client line differs; the results must match
wherever ids and tokens are not involved."""

from __future__ import annotations

import boto3
import botocore.exceptions
import pytest
from moto import mock_aws

from cognito_grpc_client import boto3_compat
from tests.conftest import ServerProcess
from tests.support import exact

PASSWORD = "Corr3ct-Horse!"
FRESH = {"Id", "UserPoolId", "ClientId", "ClientSecret", "Arn", "AccessToken", "IdToken",
         "RefreshToken", "Session", "RequestId", "HTTPHeaders", "RetryAttempts", "UserSub"}


def scrub(value):
    return exact(value, FRESH)


def user_directory_story(cognito) -> list:
    """Plain boto3 code, as an existing service would have it."""
    seen = []
    record = lambda label, value: seen.append((label, scrub(value)))  # noqa: E731

    pool = cognito.create_user_pool(PoolName="story", Policies={"PasswordPolicy": {
        "MinimumLength": 8, "RequireUppercase": True}})["UserPool"]
    record("pool", pool)
    pool_id = pool["Id"]
    app = cognito.create_user_pool_client(
        UserPoolId=pool_id, ClientName="app",
        ExplicitAuthFlows=["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])
    record("client", app["UserPoolClient"])
    client_id = app["UserPoolClient"]["ClientId"]
    record("describe pool", cognito.describe_user_pool(UserPoolId=pool_id)["UserPool"]["Name"])

    for name in ("alice", "bob", "carol", "dave", "erin"):
        created = cognito.admin_create_user(
            UserPoolId=pool_id, Username=name, MessageAction="SUPPRESS",
            TemporaryPassword="Temp-Pass-1!",
            UserAttributes=[{"Name": "email", "Value": f"{name}@example.com"},
                            {"Name": "email_verified", "Value": "true"}])
        record(f"created {name}", created["User"])
    cognito.admin_update_user_attributes(UserPoolId=pool_id, Username="alice", UserAttributes=[
        {"Name": "name", "Value": "Alice"}])
    record("alice", cognito.admin_get_user(UserPoolId=pool_id, Username="alice"))
    cognito.admin_delete_user_attributes(UserPoolId=pool_id, Username="alice",
                                         UserAttributeNames=["name"])
    record("alice attrs", cognito.admin_get_user(UserPoolId=pool_id,
                                                 Username="alice")["UserAttributes"])

    cognito.create_group(UserPoolId=pool_id, GroupName="admins", Precedence=1)
    cognito.admin_add_user_to_group(UserPoolId=pool_id, Username="alice", GroupName="admins")
    record("groups", cognito.admin_list_groups_for_user(UserPoolId=pool_id, Username="alice"))
    record("members", cognito.list_users_in_group(UserPoolId=pool_id, GroupName="admins"))

    cognito.admin_set_user_password(UserPoolId=pool_id, Username="alice", Password=PASSWORD,
                                    Permanent=True)
    auth = cognito.admin_initiate_auth(
        UserPoolId=pool_id, ClientId=client_id, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": "alice", "PASSWORD": PASSWORD})
    record("auth", auth)
    assert auth["AuthenticationResult"]["IdToken"].count(".") == 2

    challenge = cognito.admin_initiate_auth(
        UserPoolId=pool_id, ClientId=client_id, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": "bob", "PASSWORD": "Temp-Pass-1!"})
    record("challenge", challenge)
    answered = cognito.admin_respond_to_auth_challenge(
        UserPoolId=pool_id, ClientId=client_id, ChallengeName="NEW_PASSWORD_REQUIRED",
        Session=challenge["Session"],
        ChallengeResponses={"USERNAME": "bob", "NEW_PASSWORD": "Brand-New-2!"})
    record("answered", answered)
    cognito.admin_set_user_password(UserPoolId=pool_id, Username="carol", Password=PASSWORD,
                                    Permanent=True)
    cognito.admin_reset_user_password(UserPoolId=pool_id, Username="carol")
    record("carol", cognito.admin_get_user(UserPoolId=pool_id, Username="carol")["UserStatus"])
    cognito.admin_disable_user(UserPoolId=pool_id, Username="dave")
    record("dave", cognito.admin_get_user(UserPoolId=pool_id, Username="dave")["Enabled"])

    paginator = cognito.get_paginator("list_users")
    pages = list(paginator.paginate(UserPoolId=pool_id, PaginationConfig={"PageSize": 2}))
    record("page sizes", [len(p["Users"]) for p in pages])
    record("all users", sorted(u["Username"] for p in pages for u in p["Users"]))
    full = paginator.paginate(UserPoolId=pool_id).build_full_result()
    record("full", sorted(u["Username"] for u in full["Users"]))
    record("can paginate", (cognito.can_paginate("list_users"),
                            cognito.can_paginate("admin_get_user")))

    try:
        cognito.admin_get_user(UserPoolId=pool_id, Username="nobody")
    except cognito.exceptions.UserNotFoundException as error:
        record("missing user", (error.response["Error"]["Code"],
                                error.response["ResponseMetadata"]["HTTPStatusCode"]))
    try:
        cognito.admin_initiate_auth(
            UserPoolId=pool_id, ClientId=client_id, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
            AuthParameters={"USERNAME": "alice", "PASSWORD": "Wrong-Pass-9!"})
    except botocore.exceptions.ClientError as error:
        record("wrong password", error.response["Error"]["Code"])
    try:
        cognito.create_group(UserPoolId=pool_id, GroupName="admins")
    except cognito.exceptions.GroupExistsException as error:
        record("duplicate group", error.response["Error"]["Code"])
    with pytest.raises(botocore.exceptions.ParamValidationError) as invalid:
        cognito.admin_get_user(UserPoolId=pool_id)
    record("validation", "Username" in str(invalid.value))

    cognito.admin_delete_user(UserPoolId=pool_id, Username="erin")
    record("after delete", sorted(u["Username"] for u in cognito.list_users(
        UserPoolId=pool_id)["Users"]))
    record("status", auth["ResponseMetadata"]["HTTPStatusCode"])
    return seen


@pytest.fixture(scope="module")
def moto_backed():
    """The compat client's fidelity, on the same Cognito both ways: moto (the engine's own
    differences from moto are tests/engine/test_differential_moto.py's)."""
    process = ServerProcess("--backend", "moto")
    yield process
    process.stop()


def test_the_same_story_through_boto3_and_through_the_server(moto_backed):
    server = moto_backed
    with mock_aws():
        direct = user_directory_story(boto3.client("cognito-idp", region_name="us-east-1"))
    compat = boto3_compat.client(server.address, region_name="us-east-1")
    try:
        served = user_directory_story(compat)
    finally:
        compat.close()
    assert [label for label, _ in served] == [label for label, _ in direct]
    for (label, got), (_, expected) in zip(served, direct):
        assert got == expected, label


def test_compat_client_mirrors_boto3_surface():
    compat = boto3_compat.client("127.0.0.1:9", region_name="eu-west-1", timeout=1)
    real = boto3.client("cognito-idp", region_name="eu-west-1")
    try:
        operations = [name for name in dir(real) if name in real.meta.method_to_api_mapping]
        assert operations and all(hasattr(compat, name) for name in operations)
        assert issubclass(compat.exceptions.UserNotFoundException,
                          botocore.exceptions.ClientError)
        assert compat.meta.region_name == "eu-west-1"
        with pytest.raises(botocore.exceptions.EndpointConnectionError):
            compat.list_user_pools(MaxResults=1)
    finally:
        compat.close()
