"""Differential test: every operation moto implements, called directly
through boto3 and through the server. The decoded responses must be equal, leaving out fresh
ids, timestamps and tokens; so must the errors.

- endpoint mode: both sides on one shared moto server;
- moto mode: the server's in-process moto (with its own lean dispatch) against boto3 on
  moto in this process, each side set up by the same scenario.
"""

from __future__ import annotations

import uuid

import pyotp

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

import boto3
import botocore.exceptions
import grpc
import pytest
from botocore import xform_name
from cognito.idp.v1 import messages_pb2, service_pb2_grpc
from moto import mock_aws
from moto.cognitoidp.responses import CognitoIdpResponse

from cognito_grpc_client import boto3_compat, codec, error_info
from tests.conftest import ServerProcess
from tests.support import MotoServer, comparable
from tools.protogen.model import load_model

MODEL, _ = load_model()
IMPLEMENTED = sorted(op for op in MODEL["operations"] if hasattr(CognitoIdpResponse, xform_name(op)))
PASSWORD = "Corr3ct-Horse!"
VOLATILE = {"Id", "UserPoolId", "ClientId", "ClientSecret", "Arn", "AccessToken", "IdToken",
            "RefreshToken", "Session", "SecretCode", "ResponseMetadata", "CloudFrontDomain",
            "Domain", "CustomDomain", "AWSAccountId", "CloudFrontDistribution", "UserSub"}


# --- building blocks (boto3-style, on the side being set up) ---------------------------------

def pool(c, **extra) -> str:
    return c.create_user_pool(PoolName="diff", **extra)["UserPool"]["Id"]


def app(c, pool_id: str) -> str:
    return c.create_user_pool_client(
        UserPoolId=pool_id, ClientName="app",
        ExplicitAuthFlows=["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH",
                           "ALLOW_REFRESH_TOKEN_AUTH"])["UserPoolClient"]["ClientId"]


def user(c, pool_id: str, name: str = "alice", permanent: bool = True,
         verified: bool = False) -> str:
    verified_email = [{"Name": "email_verified", "Value": "true"}] if verified else []
    c.admin_create_user(UserPoolId=pool_id, Username=name, MessageAction="SUPPRESS",
                        TemporaryPassword=PASSWORD,
                        UserAttributes=[{"Name": "email", "Value": f"{name}@example.com"},
                                        *verified_email])
    if permanent:
        c.admin_set_user_password(UserPoolId=pool_id, Username=name, Password=PASSWORD,
                                  Permanent=True)
    return name


def signed_in(c):
    p = pool(c)
    cid = app(c, p)
    user(c, p)
    result = c.admin_initiate_auth(UserPoolId=p, ClientId=cid,
                                   AuthFlow="ADMIN_USER_PASSWORD_AUTH",
                                   AuthParameters={"USERNAME": "alice", "PASSWORD": PASSWORD})
    return p, cid, result["AuthenticationResult"]["AccessToken"]


def grouped(c):
    p = pool(c)
    user(c, p)
    c.create_group(UserPoolId=p, GroupName="admins", Description="the admins")
    c.admin_add_user_to_group(UserPoolId=p, Username="alice", GroupName="admins")
    return p


def with_idp(c):
    p = pool(c)
    c.create_identity_provider(UserPoolId=p, ProviderName="corp", ProviderType="OIDC",
                               ProviderDetails={"client_id": "x", "authorize_scopes": "openid",
                                                "oidc_issuer": "https://issuer.example.com"})
    return p


def with_resource_server(c):
    p = pool(c)
    c.create_resource_server(UserPoolId=p, Identifier="api", Name="api",
                             Scopes=[{"ScopeName": "read", "ScopeDescription": "read"}])
    return p


def with_domain(c):
    p = pool(c)
    domain = f"diff-{uuid.uuid4().hex[:12]}"
    c.create_user_pool_domain(UserPoolId=p, Domain=domain)
    return p, domain


def temp_password_challenge(c, admin: bool):
    p = pool(c)
    cid = app(c, p)
    user(c, p, "bob", permanent=False)
    flow = "ADMIN_USER_PASSWORD_AUTH" if admin else "USER_PASSWORD_AUTH"
    params = dict(ClientId=cid, AuthFlow=flow,
                  AuthParameters={"USERNAME": "bob", "PASSWORD": PASSWORD})
    result = (c.admin_initiate_auth(UserPoolId=p, **params) if admin
              else c.initiate_auth(**params))
    response = {"ClientId": cid, "ChallengeName": "NEW_PASSWORD_REQUIRED",
                "Session": result["Session"],
                "ChallengeResponses": {"USERNAME": "bob", "NEW_PASSWORD": "Brand-New-2!"}}
    return {"UserPoolId": p, **response} if admin else response


def signed_up(c):
    p = pool(c)
    cid = app(c, p)
    c.sign_up(ClientId=cid, Username="erin", Password=PASSWORD)
    return p, cid


def totp_code(secret: str) -> str:
    """The current code for a TOTP secret (moto's fixed secret is too short to be one, and
    moto takes any code)."""
    try:
        return pyotp.TOTP(secret).now()
    except ValueError:
        return "123456"


def _email(name="alice"):
    return [{"Name": "email", "Value": f"{name}@example.org"}]


# Operation → a function that sets up fresh state and returns the operation's parameters.
SCENARIOS = {
    "AddCustomAttributes": lambda c: {"UserPoolId": pool(c), "CustomAttributes": [
        {"Name": "tier", "AttributeDataType": "String", "Mutable": True}]},
    "AdminAddUserToGroup": lambda c: (lambda p: (user(c, p), c.create_group(
        UserPoolId=p, GroupName="g")) and {"UserPoolId": p, "Username": "alice",
                                          "GroupName": "g"})(pool(c)),
    "AdminConfirmSignUp": lambda c: {"UserPoolId": signed_up(c)[0], "Username": "erin"},
    "AdminCreateUser": lambda c: {"UserPoolId": pool(c), "Username": "dave",
                                  "UserAttributes": _email("dave"), "MessageAction": "SUPPRESS"},
    "AdminDeleteUser": lambda c: (lambda p: {"UserPoolId": p, "Username": user(c, p)})(pool(c)),
    "AdminDeleteUserAttributes": lambda c: (lambda p: {
        "UserPoolId": p, "Username": user(c, p), "UserAttributeNames": ["email"]})(pool(c)),
    "AdminDisableUser": lambda c: (lambda p: {"UserPoolId": p, "Username": user(c, p)})(pool(c)),
    "AdminEnableUser": lambda c: (lambda p: {"UserPoolId": p, "Username": user(c, p)})(pool(c)),
    "AdminGetUser": lambda c: (lambda p: {"UserPoolId": p, "Username": user(c, p)})(pool(c)),
    "AdminInitiateAuth": lambda c: (lambda p: (user(c, p), {
        "UserPoolId": p, "ClientId": app(c, p), "AuthFlow": "ADMIN_USER_PASSWORD_AUTH",
        "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD}})[1])(pool(c)),
    "AdminListGroupsForUser": lambda c: {"UserPoolId": grouped(c), "Username": "alice"},
    "AdminRemoveUserFromGroup": lambda c: {"UserPoolId": grouped(c), "Username": "alice",
                                           "GroupName": "admins"},
    "AdminResetUserPassword": lambda c: (lambda p: {
        "UserPoolId": p, "Username": user(c, p, verified=True)})(pool(c)),
    "AdminRespondToAuthChallenge": lambda c: temp_password_challenge(c, admin=True),
    "AdminSetUserMFAPreference": lambda c: (lambda p: {
        "UserPoolId": p, "Username": user(c, p),
        "SMSMfaSettings": {"Enabled": False, "PreferredMfa": False}})(pool(c)),
    "AdminSetUserPassword": lambda c: (lambda p: {
        "UserPoolId": p, "Username": user(c, p, permanent=False), "Password": "An0ther-Pass!",
        "Permanent": True})(pool(c)),
    "AdminUpdateUserAttributes": lambda c: (lambda p: {
        "UserPoolId": p, "Username": user(c, p), "UserAttributes": _email()})(pool(c)),
    "AdminUserGlobalSignOut": lambda c: (lambda p: {"UserPoolId": p,
                                                    "Username": user(c, p)})(pool(c)),
    "AssociateSoftwareToken": lambda c: {"AccessToken": signed_in(c)[2]},
    "ChangePassword": lambda c: {"AccessToken": signed_in(c)[2], "PreviousPassword": PASSWORD,
                                 "ProposedPassword": "An0ther-Pass!"},
    "ConfirmForgotPassword": lambda c: (lambda p: (user(c, p), {
        "ClientId": app(c, p), "Username": "alice", "ConfirmationCode": "123456",
        "Password": "An0ther-Pass!"})[1])(pool(c)),
    "ConfirmSignUp": lambda c: {"ClientId": signed_up(c)[1], "Username": "erin",
                                "ConfirmationCode": "123456"},
    "CreateGroup": lambda c: {"UserPoolId": pool(c), "GroupName": "devs", "Precedence": 3},
    "CreateIdentityProvider": lambda c: {
        "UserPoolId": pool(c), "ProviderName": "corp", "ProviderType": "OIDC",
        "ProviderDetails": {"client_id": "x", "authorize_scopes": "openid",
                            "oidc_issuer": "https://issuer.example.com"},
        "AttributeMapping": {"email": "email"}},
    "CreateResourceServer": lambda c: {"UserPoolId": pool(c), "Identifier": "api", "Name": "api",
                                       "Scopes": [{"ScopeName": "read", "ScopeDescription": "r"}]},
    "CreateUserPool": lambda c: {"PoolName": "fresh", "MfaConfiguration": "OFF",
                                 "UsernameAttributes": ["email"],
                                 "UserPoolTags": {"team": "identity"}},
    "CreateUserPoolClient": lambda c: {"UserPoolId": pool(c), "ClientName": "web",
                                       "GenerateSecret": False,
                                       "AllowedOAuthFlows": ["code"],
                                       "CallbackURLs": ["https://app.example.com/cb"]},
    "CreateUserPoolDomain": lambda c: {"UserPoolId": pool(c),
                                       "Domain": f"diff-{uuid.uuid4().hex[:12]}"},
    "DeleteGroup": lambda c: {"UserPoolId": grouped(c), "GroupName": "admins"},
    "DeleteIdentityProvider": lambda c: {"UserPoolId": with_idp(c), "ProviderName": "corp"},
    "DeleteUserPool": lambda c: {"UserPoolId": pool(c)},
    "DeleteUserPoolClient": lambda c: (lambda p: {"UserPoolId": p, "ClientId": app(c, p)})(
        pool(c)),
    "DeleteUserPoolDomain": lambda c: (lambda pd: {"UserPoolId": pd[0], "Domain": pd[1]})(
        with_domain(c)),
    "DescribeIdentityProvider": lambda c: {"UserPoolId": with_idp(c), "ProviderName": "corp"},
    "DescribeResourceServer": lambda c: {"UserPoolId": with_resource_server(c),
                                         "Identifier": "api"},
    "DescribeUserPool": lambda c: {"UserPoolId": pool(c, Policies={"PasswordPolicy": {
        "MinimumLength": 10, "RequireSymbols": True}})},
    "DescribeUserPoolClient": lambda c: (lambda p: {"UserPoolId": p, "ClientId": app(c, p)})(
        pool(c)),
    "DescribeUserPoolDomain": lambda c: {"Domain": with_domain(c)[1]},
    "ForgotPassword": lambda c: (lambda p: (user(c, p, verified=True), {"ClientId": app(c, p),
                                                         "Username": "alice"})[1])(pool(c)),
    "GetGroup": lambda c: {"UserPoolId": grouped(c), "GroupName": "admins"},
    "GetUser": lambda c: {"AccessToken": signed_in(c)[2]},
    "GetUserPoolMfaConfig": lambda c: {"UserPoolId": pool(c)},
    "GlobalSignOut": lambda c: {"AccessToken": signed_in(c)[2]},
    "InitiateAuth": lambda c: (lambda p: (user(c, p), {
        "ClientId": app(c, p), "AuthFlow": "USER_PASSWORD_AUTH",
        "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD}})[1])(pool(c)),
    "ListGroups": lambda c: {"UserPoolId": grouped(c)},
    "ListIdentityProviders": lambda c: {"UserPoolId": with_idp(c), "MaxResults": 10},
    "ListResourceServers": lambda c: {"UserPoolId": with_resource_server(c), "MaxResults": 10},
    "ListUserPoolClients": lambda c: (lambda p: (app(c, p), {"UserPoolId": p,
                                                             "MaxResults": 10})[1])(pool(c)),
    "ListUserPools": lambda c: {"MaxResults": 60},  # run in a region of its own, see below
    "ListUsers": lambda c: (lambda p: (user(c, p), user(c, p, "bob"), {
        "UserPoolId": p, "AttributesToGet": ["email"]})[2])(pool(c)),
    "ListUsersInGroup": lambda c: {"UserPoolId": grouped(c), "GroupName": "admins"},
    "RespondToAuthChallenge": lambda c: temp_password_challenge(c, admin=False),
    "SetUserMFAPreference": lambda c: {"AccessToken": signed_in(c)[2],
                                       "SMSMfaSettings": {"Enabled": False}},
    "SetUserPoolMfaConfig": lambda c: {"UserPoolId": pool(c), "MfaConfiguration": "OFF"},
    "SignUp": lambda c: {"ClientId": app(c, pool(c)), "Username": "frank", "Password": PASSWORD,
                         "UserAttributes": _email("frank")},
    "UpdateGroup": lambda c: {"UserPoolId": grouped(c), "GroupName": "admins",
                              "Description": "renamed", "Precedence": 1},
    "UpdateIdentityProvider": lambda c: {"UserPoolId": with_idp(c), "ProviderName": "corp",
                                         "AttributeMapping": {"email": "mail"}},
    "UpdateUserAttributes": lambda c: {"AccessToken": signed_in(c)[2],
                                       "UserAttributes": [{"Name": "name", "Value": "Al"}]},
    "UpdateUserPool": lambda c: {"UserPoolId": pool(c), "MfaConfiguration": "OFF",
                                 "UserPoolTags": {"env": "test"}},
    "UpdateUserPoolClient": lambda c: (lambda p: {
        "UserPoolId": p, "ClientId": app(c, p), "ClientName": "renamed",
        "RefreshTokenValidity": 10})(pool(c)),
    "UpdateUserPoolDomain": lambda c: (lambda pd: {
        "UserPoolId": pd[0], "Domain": pd[1],
        "CustomDomainConfig": {"CertificateArn": "arn:aws:acm:us-east-1:123456789012:"
                                                 "certificate/abc"}})(with_domain(c)),
    "VerifySoftwareToken": lambda c: (lambda token: {"AccessToken": token, "UserCode": totp_code(
        c.associate_software_token(AccessToken=token)["SecretCode"])})(signed_in(c)[2]),
}

# Bad input: the same error through both paths.
ERROR_SCENARIOS = {
    "AdminGetUser/unknown user": ("AdminGetUser", lambda c: {"UserPoolId": pool(c),
                                                             "Username": "ghost"}),
    "CreateGroup/duplicate": ("CreateGroup", lambda c: {"UserPoolId": grouped(c),
                                                        "GroupName": "admins"}),
    "AdminInitiateAuth/wrong password": ("AdminInitiateAuth", lambda c: (lambda p: (
        user(c, p), {"UserPoolId": p, "ClientId": app(c, p),
                     "AuthFlow": "ADMIN_USER_PASSWORD_AUTH",
                     "AuthParameters": {"USERNAME": "alice", "PASSWORD": "wrong-Pass1!"}})[1])(
        pool(c))),
    "DescribeUserPool/unknown pool": ("DescribeUserPool",
                                      lambda c: {"UserPoolId": "us-east-1_doesnotexist"}),
    "SignUp/existing user": ("SignUp", lambda c: (lambda p: (user(c, p), {
        "ClientId": app(c, p), "Username": "alice", "Password": PASSWORD})[1])(pool(c))),
    "AdminCreateUser/missing username": ("AdminCreateUser", lambda c: {"UserPoolId": pool(c)}),
}


def normalize(value):
    return comparable(value, VOLATILE)


@dataclass
class Sides:
    """A boto3 client per region for the direct call, one for setting up the served side's
    state, and the server's stub."""
    direct: Callable[[str], object]
    served_setup: Callable[[str], object]
    stub: service_pb2_grpc.CognitoIdentityProviderServiceStub


def _boto(url: str | None, region: str):
    return boto3.client("cognito-idp", region_name=region, endpoint_url=url,
                        aws_access_key_id="t", aws_secret_access_key="t")


@contextlib.contextmanager
def _serving(*args, env=None):
    server = ServerProcess(*args, env=env)
    channel = grpc.insecure_channel(server.address)
    try:
        yield server, service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
    finally:
        channel.close()
        server.stop()


@pytest.fixture(scope="module", params=["endpoint", "moto"])
def backend(request):
    if request.param == "endpoint":
        with MotoServer() as moto, _serving(
                "--backend", "endpoint", "--endpoint-url", moto.url,
                env={"AWS_ACCESS_KEY_ID": "t", "AWS_SECRET_ACCESS_KEY": "t"}) as (_, stub):
            direct = lambda region: _boto(moto.url, region)  # noqa: E731
            yield Sides(direct, direct, stub)
    else:
        with _serving("--backend", "moto") as (server, stub), mock_aws():
            compat = []
            try:
                yield Sides(lambda region: _boto(None, region), lambda region: compat.append(
                    boto3_compat.client(server.address, region_name=region)) or compat[-1], stub)
            finally:
                for client in compat:
                    client.close()


def via_boto(client, operation, params):
    try:
        return "ok", normalize(getattr(client, xform_name(operation))(**params))
    except botocore.exceptions.ClientError as error:
        return "error", error.response["Error"]["Code"]
    except botocore.exceptions.ParamValidationError:
        return "error", "ParamValidationError"


def via_server(stub, operation, params, region):
    request = codec.from_aws(getattr(messages_pb2, f"{operation}Request"), params)
    try:
        response = getattr(stub, operation)(request, timeout=30,
                                            metadata=(("x-cognito-region", region),))
        return "ok", normalize(codec.to_aws(response))
    except grpc.RpcError as error:
        info = error_info(error)
        if info is not None and "awsErrorCode" in info.metadata:
            return "error", info.metadata["awsErrorCode"]
        if error.code() is grpc.StatusCode.INVALID_ARGUMENT:
            return "error", "ParamValidationError"
        return "error", error.code().name


def test_the_scenario_table_covers_every_implemented_operation():
    assert sorted(SCENARIOS) == IMPLEMENTED


def pool_state(c, pool_id: str):
    """What a pool holds after a call: so that calls that answer {} are checked by their
    effect."""
    try:
        # .get: an empty list does not survive proto3 (the boto3-compatible client's side)
        return normalize({
            "pool": c.describe_user_pool(UserPoolId=pool_id)["UserPool"],
            "users": c.list_users(UserPoolId=pool_id).get("Users"),
            "groups": c.list_groups(UserPoolId=pool_id).get("Groups"),
            "clients": c.list_user_pool_clients(UserPoolId=pool_id,
                                                MaxResults=60).get("UserPoolClients"),
        })
    except botocore.exceptions.ClientError as error:  # a deleted pool, say
        return error.response["Error"]["Code"]


def _compare(sides: Sides, operation, scenario):
    # ListUserPools sees every pool of its region: each side gets a region of its own.
    regions = ("ap-south-1", "ap-southeast-2") if operation == "ListUserPools" else \
        ("us-east-1", "us-east-1")
    if operation == "ListUserPools":
        pool(sides.direct(regions[0]))
        pool(sides.served_setup(regions[1]))
    direct_client, served_client = sides.direct(regions[0]), sides.served_setup(regions[1])
    direct_params, served_params = scenario(direct_client), scenario(served_client)
    direct = via_boto(direct_client, operation, direct_params)
    served = via_server(sides.stub, operation, served_params, regions[1])
    assert direct[0] == "ok", f"the scenario itself fails: {direct}"
    assert served == direct
    if "UserPoolId" in direct_params:
        assert pool_state(served_client, served_params["UserPoolId"]) == \
            pool_state(direct_client, direct_params["UserPoolId"])


@pytest.mark.parametrize("operation", sorted(SCENARIOS))
def test_same_result_directly_and_through_the_server(backend, operation):
    _compare(backend, operation, SCENARIOS[operation])


@pytest.mark.parametrize("name", sorted(ERROR_SCENARIOS))
def test_same_error_directly_and_through_the_server(backend, name):
    operation, scenario = ERROR_SCENARIOS[name]
    direct_client = backend.direct("us-east-1")
    direct = via_boto(direct_client, operation, scenario(direct_client))
    served = via_server(backend.stub, operation, scenario(backend.served_setup("us-east-1")),
                        "us-east-1")
    assert direct[0] == "error" and served == direct
