"""One boto3 story, run twice on one moto server: with boto3 against moto directly, and with
the boto3-compatible client against a server in --backend endpoint mode. Both runs must give
equal results: every key (empty lists and maps too), type, enum string and error code."""

from __future__ import annotations

import boto3
import botocore.exceptions
import pytest

from cognito_grpc_client import boto3_compat
from tests.conftest import ServerProcess
from tests.support import MotoServer, exact

PASSWORD = "Corr3ct-Horse!"
FRESH = {"Id", "UserPoolId", "ClientId", "ClientSecret", "Arn", "AccessToken", "IdToken",
         "RefreshToken", "Session", "RequestId", "HTTPHeaders", "RetryAttempts", "UserSub"}
ENV = {"AWS_ACCESS_KEY_ID": "t", "AWS_SECRET_ACCESS_KEY": "t"}


def story(cognito) -> list:
    """Plain boto3 code: what an application does on a fresh pool, its errors included."""
    seen = []

    def record(label, value):
        seen.append((label, exact(value, FRESH)))

    def error(label, call, **params):
        try:
            call(**params)
        except botocore.exceptions.ClientError as raised:
            record(label, (type(raised).__name__, raised.response["Error"]["Code"],
                           raised.response["ResponseMetadata"]["HTTPStatusCode"]))
        else:
            record(label, "no error")

    pool_id = cognito.create_user_pool(PoolName="story")["UserPool"]["Id"]
    # an empty pool: every list is there, and empty
    record("users", cognito.list_users(UserPoolId=pool_id))
    record("groups", cognito.list_groups(UserPoolId=pool_id))
    record("clients", cognito.list_user_pool_clients(UserPoolId=pool_id, MaxResults=10))
    record("resource servers", cognito.list_resource_servers(UserPoolId=pool_id, MaxResults=10))
    record("providers", cognito.list_identity_providers(UserPoolId=pool_id, MaxResults=10))
    record("users in no group", list(cognito.get_paginator("list_users").paginate(
        UserPoolId=pool_id)))
    record("full result", cognito.get_paginator("list_users").paginate(
        UserPoolId=pool_id).build_full_result())
    record("pool", cognito.describe_user_pool(UserPoolId=pool_id)["UserPool"])
    record("mfa config", cognito.get_user_pool_mfa_config(UserPoolId=pool_id))

    app = cognito.create_user_pool_client(
        UserPoolId=pool_id, ClientName="app",
        ExplicitAuthFlows=["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH",
                           "ALLOW_REFRESH_TOKEN_AUTH"])["UserPoolClient"]
    record("app", app)
    client_id = app["ClientId"]
    cognito.admin_create_user(UserPoolId=pool_id, Username="alice", MessageAction="SUPPRESS",
                              TemporaryPassword="Temp-Pass-1!",
                              UserAttributes=[{"Name": "email", "Value": "a@example.com"}])
    cognito.admin_set_user_password(UserPoolId=pool_id, Username="alice", Password=PASSWORD,
                                    Permanent=True)
    # a user without MFA
    record("alice", cognito.admin_get_user(UserPoolId=pool_id, Username="alice"))
    record("listed", cognito.list_users(UserPoolId=pool_id, Filter='username = "alice"'))
    record("alice's groups", cognito.admin_list_groups_for_user(UserPoolId=pool_id,
                                                                Username="alice"))
    # sign-ins without a challenge
    signed = cognito.admin_initiate_auth(
        UserPoolId=pool_id, ClientId=client_id, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": "alice", "PASSWORD": PASSWORD})
    record("admin sign-in", signed)
    record("sign-in", cognito.initiate_auth(
        ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": "alice", "PASSWORD": PASSWORD}))
    access = signed["AuthenticationResult"]["AccessToken"]
    record("me", cognito.get_user(AccessToken=access))
    cognito.update_user_attributes(AccessToken=access,
                                   UserAttributes=[{"Name": "name", "Value": "Alice"}])
    record("attributes", cognito.admin_get_user(UserPoolId=pool_id,
                                                Username="alice")["UserAttributes"])
    cognito.create_group(UserPoolId=pool_id, GroupName="readers", Precedence=2)
    record("empty group", cognito.list_users_in_group(UserPoolId=pool_id, GroupName="readers"))

    # values the enums lack, and other refusals
    error("enum in a list", cognito.create_user_pool, PoolName="bad",
          Schema=[{"Name": "fruit", "AttributeDataType": "Banana"}])
    error("enum at the top", cognito.admin_initiate_auth, UserPoolId=pool_id,
          ClientId=client_id, AuthFlow="BANANA", AuthParameters={"USERNAME": "alice"})
    error("wrong password", cognito.admin_initiate_auth, UserPoolId=pool_id,
          ClientId=client_id, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
          AuthParameters={"USERNAME": "alice", "PASSWORD": "Wrong-Pass-9!"})
    error("missing user", cognito.admin_get_user, UserPoolId=pool_id, Username="nobody")
    error("duplicate group", cognito.create_group, UserPoolId=pool_id, GroupName="readers")
    error("missing pool", cognito.describe_user_pool, UserPoolId="us-east-1_Nope0000")
    cognito.admin_disable_user(UserPoolId=pool_id, Username="alice")
    error("disabled user", cognito.admin_initiate_auth, UserPoolId=pool_id,
          ClientId=client_id, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
          AuthParameters={"USERNAME": "alice", "PASSWORD": PASSWORD})
    return seen


@pytest.fixture(scope="module")
def moto():
    with MotoServer() as server:
        yield server


def test_the_story_gives_the_same_results_directly_and_through_the_server(moto):
    direct = story(boto3.client("cognito-idp", region_name="us-east-1", endpoint_url=moto.url,
                                aws_access_key_id="t", aws_secret_access_key="t"))
    server = ServerProcess("--backend", "endpoint", "--endpoint-url", moto.url, env=ENV)
    try:
        compat = boto3_compat.client(server.address, region_name="us-east-1")
        try:
            served = story(compat)
        finally:
            compat.close()
    finally:
        server.stop()
    assert [label for label, _ in served] == [label for label, _ in direct]
    for (label, got), (_, expected) in zip(served, direct):
        assert got == expected, label
    # the story did meet what it is about
    results = dict(direct)
    assert results["users"]["Users"] == [] and results["groups"]["Groups"] == []
    assert results["admin sign-in"]["ChallengeParameters"] == {}
    assert results["alice"]["MFAOptions"] == [] and results["alice"]["UserMFASettingList"] == []
    assert results["enum in a list"][1:] == ("InvalidParameterException", 400)
    assert results["enum at the top"][1:] == ("InvalidParameterException", 400)
