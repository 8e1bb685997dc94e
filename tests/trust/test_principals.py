"""Issuer-qualified principals (issue 17, item 3), as the attacks went:
- with two trusted pools, pool 2's `bob`, in pool 2's own `admins` group, got pool 1's
  `admins` grant;
- a user whose username equals another user's `sub` got that user's grant.

Policies now name JWT callers per pool, usernames and subs in sections of their own, and a
policy that does not say which pool a name belongs to is refused at start."""

from __future__ import annotations

import boto3
import grpc
import pytest

from cognito_grpc import settings as config
from cognito_grpc import tokens
from cognito_grpc.interceptors.policy import Identity, Policy
from tests.trust.conftest import METHODS, PASSWORD, aws, bearer, boto_pool, running

IDP = "/cognito.idp.v1.CognitoIdentityProviderService/"


def user(client, pool: str, username: str, group: str | None = None) -> str:
    """Creates the user (with a permanent password), returns its sub."""
    client.admin_create_user(UserPoolId=pool, Username=username, MessageAction="SUPPRESS")
    client.admin_set_user_password(UserPoolId=pool, Username=username, Password=PASSWORD,
                                   Permanent=True)
    if group:
        client.admin_add_user_to_group(UserPoolId=pool, Username=username, GroupName=group)
    attributes = client.admin_get_user(UserPoolId=pool, Username=username)["UserAttributes"]
    return next(a["Value"] for a in attributes if a["Name"] == "sub")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from moto import mock_aws

    with mock_aws():
        boto = boto3.client("cognito-idp", region_name="us-east-1")
        (pool1, client1), (pool2, client2) = boto_pool("one"), boto_pool("two")
        for pool in (pool1, pool2):
            boto.create_group(UserPoolId=pool, GroupName="admins")
        user(boto, pool1, "alice", "admins")
        carol = user(boto, pool1, "carol")
        user(boto, pool2, "bob", "admins")
        user(boto, pool1, carol)  # a username that is carol's sub
        policy = tmp_path_factory.mktemp("principals") / "policy.yaml"
        policy.write_text(f"""
jwt:
  {pool1}:
    groups:
      admins: ["*"]
    subs:
      {carol}: [CreateUserPool]
  {tokens.issuer_for(pool2)}:
    users:
      bob: [ListUserPools]
""")
        with running(auth=("jwt",), jwt_issuers=(tokens.issuer_for(pool1),
                                                 tokens.issuer_for(pool2)),
                     jwt_client_ids=(client1, client2), policy_file=str(policy)) as srv:
            with srv.channel() as channel:
                srv.wait_serving(channel)
                yield {"srv": srv, "channel": channel, "pool1": pool1, "client1": client1,
                       "pool2": pool2, "client2": client2, "carol": carol}


def outcome(world, token: str, operation: str = "CreateUserPool") -> grpc.StatusCode:
    params = {"PoolName": "new"} if operation == "CreateUserPool" else {"MaxResults": 1}
    try:
        aws(world["channel"], operation, params, (bearer(token),))
    except grpc.RpcError as error:
        return error.code()
    return grpc.StatusCode.OK


def access(world, pool: int, username: str) -> str:
    """A real access token, signed in straight in moto (the server refuses anonymous calls)."""
    boto = boto3.client("cognito-idp", region_name="us-east-1")
    return boto.admin_initiate_auth(
        UserPoolId=world[f"pool{pool}"], ClientId=world[f"client{pool}"],
        AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": username, "PASSWORD": PASSWORD}
    )["AuthenticationResult"]["AccessToken"]


def test_a_group_of_the_same_name_in_another_pool_grants_nothing(world):
    assert outcome(world, access(world, 1, "alice")) is grpc.StatusCode.OK
    bob = access(world, 2, "bob")  # in pool 2's admins
    assert outcome(world, bob) is grpc.StatusCode.PERMISSION_DENIED
    assert outcome(world, bob, "ListUserPools") is grpc.StatusCode.OK  # pool 2's own grant


def test_a_username_never_matches_a_sub_rule(world):
    assert outcome(world, access(world, 1, "carol")) is grpc.StatusCode.OK
    impostor = access(world, 1, world["carol"])  # username == carol's sub
    assert outcome(world, impostor) is grpc.StatusCode.PERMISSION_DENIED


def test_logs_name_the_pool_with_the_user(world):
    outcome(world, access(world, 2, "bob"), "ListUserPools")
    line = world["srv"].logs.last_rpc_line("ListUserPools")
    assert line["principal"] == f"{world['pool2']}/bob"


ISSUER1 = tokens.issuer_for("us-east-1_One")
ISSUER2 = tokens.issuer_for("eu-west-1_Two")
ALL = list(METHODS)


@pytest.mark.parametrize("data, message", [
    ({"groups": {"admins": ["*"]}}, "groups: JWT callers are named per pool"),
    ({"users": {"alice": ["*"]}}, "users: JWT callers are named per pool"),
    ({"scopes": {"x/read": ["*"]}}, "scopes: JWT callers are named per pool"),
    ({"jwt": {"us-east-1_Other": {"groups": {"admins": ["*"]}}}},
     "jwt.us-east-1_Other: not a trusted pool id or issuer URL"),
    ({"jwt": {"us-east-1_One": {}, ISSUER1: {}}}, "names a pool already named"),
    ({"jwt": {"us-east-1_One": {"user": {"alice": ["*"]}}}}, "unknown section(s) user"),
    ({"jwt": {"us-east-1_One": ["*"]}}, "expected a mapping of sections"),
    ({"jwt": {"us-east-1_One": {"groups": {"admins": ["Nope*"]}}}},
     "jwt.us-east-1_One.groups.admins: 'Nope*' is neither a role nor a pattern"),
])
def test_ambiguous_policies_are_refused(data, message):
    with pytest.raises(config.ConfigError) as raised:
        Policy.from_dict(data, ALL, issuers=(ISSUER1, ISSUER2))
    assert message in str(raised.value)


def test_a_jwt_section_without_jwt_mode_is_refused():
    with pytest.raises(config.ConfigError, match="trusted: none"):
        Policy.from_dict({"jwt": {"us-east-1_One": {}}}, ALL)


def test_a_pool_named_by_its_issuer_url_or_its_id_is_the_same_pool():
    policy = Policy.from_dict({"jwt": {ISSUER2: {"scopes": {"x/read": ["List*"]}},
                                       "us-east-1_One": {"users": {"alice": ["Get*"]}}}},
                              ALL, issuers=(ISSUER1, ISSUER2))
    alice = Identity("jwt", "us-east-1_One/alice", issuer=ISSUER1, username="alice",
                     subject="s1", scopes=("x/read",))
    assert policy.allows(alice, IDP + "GetUser")
    assert not policy.allows(alice, IDP + "ListUsers")  # x/read is pool 2's scope
    other = Identity("jwt", "eu-west-1_Two/alice", issuer=ISSUER2, username="alice",
                     subject="s2", scopes=("x/read",))
    assert policy.allows(other, IDP + "ListUsers") and not policy.allows(other, IDP + "GetUser")


def test_the_server_refuses_an_ambiguous_policy_at_start(tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text("groups:\n  admins: ['*']\n")
    with pytest.raises(config.ConfigError, match="named per pool"):
        with running(auth=("jwt",), jwt_issuers=(ISSUER1,), jwt_client_ids=("app",),
                     policy_file=str(policy)):
            pass


def test_reflection_v1_in_a_policy_says_which_name_to_exempt():
    """Issue 17, item 9: grpcio-reflection serves v1alpha only; a policy exempting v1 is
    refused at start, and the message names what to exempt."""
    from grpc_reflection.v1alpha import reflection

    methods = [*ALL, f"/{reflection.SERVICE_NAME}/ServerReflectionInfo"]
    with pytest.raises(config.ConfigError) as raised:
        Policy.from_dict({"exempt": ["grpc.reflection.v1.ServerReflection/*"]}, methods)
    assert "exempt grpc.reflection.v1alpha.ServerReflection/*" in str(raised.value)
    policy = Policy.from_dict({"exempt": ["grpc.reflection.v1alpha.ServerReflection/*"]},
                              methods)
    assert policy.is_exempt(f"/{reflection.SERVICE_NAME}/ServerReflectionInfo")
