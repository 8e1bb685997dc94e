"""Differential test: our engine against moto, the oracle, on every operation moto serves.

Each scenario (the facade's differential table, tests/integration/test_differential.py) sets up
fresh state on each side and makes one call. The answers must agree, and so must the pool's
state after the call, once ids, times and tokens are normalised. Every intended difference is
listed in DIFFERENCES with the line of Cognito's documentation that justifies it; a listed
difference that no longer differs fails too, so the list stays true.
"""

from __future__ import annotations

import dataclasses
import fnmatch

import boto3
import botocore.exceptions
import pytest
from botocore import xform_name
from moto import mock_aws

from cognito_grpc.engine import Engine
from tests.integration.test_differential import ERROR_SCENARIOS, SCENARIOS, VOLATILE
from tests.support import comparable

TIME_KEYS = {"CreationDate", "LastModifiedDate", "UserCreateDate", "UserLastModifiedDate",
             "DeviceCreateDate", "DeviceLastModifiedDate", "DeviceLastAuthenticatedDate"}


@dataclasses.dataclass(frozen=True)
class Difference:
    where: str  # "Operation:path" (fnmatch patterns; path "" is the outcome, "state.*" after)
    why: str  # the line of Cognito's documentation that justifies it


DIFFERENCES: tuple[Difference, ...] = (
    Difference("*:*[Pp]ool.DeletionProtection",
               "CreateUserPool, DeletionProtection: When you don't specify a value, the "
               "default is INACTIVE (UserPoolType carries it)."),
    Difference("*:*[Pp]ool.UserPoolTier",
               "CreateUserPool, UserPoolTier: The user pool feature plan ... The default is "
               "ESSENTIALS."),
    Difference("*:*[Pp]ool.Policies.PasswordPolicy",
               "PasswordPolicyType: each Require* member is a Boolean, false unless set, and "
               "TemporaryPasswordValidityDays defaults to 7: DescribeUserPool shows them all "
               "(moto shows only the members given)."),
    Difference("*:*UserPoolClient.LastModifiedDate",
               "UserPoolClientType, LastModifiedDate: The date and time when the item was "
               "modified."),
    Difference("*:*UserPoolClient.CreationDate",
               "UserPoolClientType, CreationDate: The date and time when the item was "
               "created."),
    Difference("*:answer.PreferredMfaSetting",
               "AdminGetUser and GetUser, PreferredMfaSetting: The user's preferred MFA "
               "setting; a user without MFA has none (moto sends an empty string)."),
    Difference("*:answer.WebAuthnConfiguration",
               "GetUserPoolMfaConfig, WebAuthnConfiguration: UserVerification ... defaults to "
               "preferred."),
    Difference("ForgotPassword:answer.CodeDeliveryDetails",
               "ForgotPassword: Amazon Cognito sends the code to the verified email or phone "
               "number (the scenario's user has a verified email; moto names a made-up phone)."),
    Difference("CreateUserPoolClient:*UserPoolClient.ExplicitAuthFlows",
               "CreateUserPoolClient, ExplicitAuthFlows: If you don't specify a value for "
               "ExplicitAuthFlows, your app client supports ALLOW_REFRESH_TOKEN_AUTH, "
               "ALLOW_USER_SRP_AUTH, and ALLOW_CUSTOM_AUTH."),
    Difference("UpdateUserPoolClient:*UserPoolClient.ExplicitAuthFlows",
               "UpdateUserPoolClient: If you don't provide a value for an attribute, Amazon "
               "Cognito sets it to its default value."),
    Difference("*:*[Gg]roup*.Description",
               "GroupType, Description: optional; a group created without one has none "
               "(moto sends an empty string)."),
    Difference("AdminUpdateUserAttributes:state.users[[]*[]].Attributes",
               "AdminUpdateUserAttributes: ... if you change the email address or phone number "
               "... the attribute becomes unverified (email_verified false)."),
    Difference("ConfirmSignUp:",
               "ConfirmSignUp, ConfirmationCode: The confirmation code that your user pool "
               "sent in response to the SignUp request (moto accepts any code: "
               "CodeMismatchException here)."),
    Difference("ConfirmForgotPassword:",
               "ConfirmForgotPassword, ConfirmationCode: The confirmation code from your "
               "user's request to reset their password (moto accepts any code)."),
    Difference("AdminCreateUser/missing username:",
               "boto3 refuses a missing required member before sending (ParamValidationError); "
               "Cognito itself answers InvalidParameterException: 1 validation error detected: "
               "Value null at 'username' failed to satisfy constraint: Member must not be "
               "null."),
)


def _flatten(value, prefix=""):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _flatten(item, f"{prefix}.{key}" if prefix else key)
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for index, item in enumerate(value):
            yield from _flatten(item, f"{prefix}[{index}]")
    else:
        yield prefix, value


def _normal(value):
    """Times as <time>, and attribute lists in name order: Cognito lists sub first, moto
    last, and no caller may rely on the order of a user's attributes."""
    if isinstance(value, list) and value and all(
            isinstance(v, dict) and "Name" in v and set(v) <= {"Name", "Value"} for v in value):
        return sorted(value, key=lambda v: v["Name"])
    if isinstance(value, dict):
        return {k: ("<time>" if k in TIME_KEYS else _normal(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_normal(v) for v in value]
    return value


def _call(client, operation, params):
    try:
        answer = getattr(client, xform_name(operation))(**params)
    except botocore.exceptions.ClientError as error:
        return {"": "error " + error.response["Error"]["Code"]}
    except botocore.exceptions.ParamValidationError:
        return {"": "error ParamValidationError"}
    answer.pop("ResponseMetadata", None)
    return {"": "ok", **{f"answer.{k}": v for k, v in _flatten(
        comparable(_normal(answer), VOLATILE))}}


def _state(client, pool_id):
    if not pool_id:
        return {}
    try:
        state = {
            "pool": client.describe_user_pool(UserPoolId=pool_id)["UserPool"],
            "users": client.list_users(UserPoolId=pool_id)["Users"],
            "groups": client.list_groups(UserPoolId=pool_id)["Groups"],
            "clients": client.list_user_pool_clients(UserPoolId=pool_id,
                                                     MaxResults=60)["UserPoolClients"],
        }
    except botocore.exceptions.ClientError as error:
        return {"state": error.response["Error"]["Code"]}
    return {f"state.{k}": v for k, v in _flatten(comparable(_normal(state), VOLATILE))}


def _listed(operation: str, path: str) -> Difference | None:
    for difference in DIFFERENCES:
        op_pattern, _, path_pattern = difference.where.partition(":")
        if fnmatch.fnmatchcase(operation, op_pattern) and (
                fnmatch.fnmatchcase(path, path_pattern) or
                fnmatch.fnmatchcase(path, path_pattern + ".*") or
                fnmatch.fnmatchcase(path, path_pattern + "[*")):
            return difference
    return None


@pytest.fixture(scope="module")
def sides():
    engine = Engine()
    with mock_aws():
        yield (lambda region: engine.client(region),
               lambda region: boto3.client("cognito-idp", region_name=region,
                                           aws_access_key_id="t", aws_secret_access_key="t"))
    engine.close()


def _compare(sides, operation, scenario, region="us-east-1", name=None):
    ours, oracle = sides[0](region), sides[1](region)
    our_params, oracle_params = scenario(ours), scenario(oracle)
    got = {**_call(ours, operation, our_params), **_state(ours, our_params.get("UserPoolId"))}
    want = {**_call(oracle, operation, oracle_params),
            **_state(oracle, oracle_params.get("UserPoolId"))}
    unexplained = []
    for path in sorted(set(got) | set(want)):
        if got.get(path) != want.get(path) and _listed(name or operation, path) is None:
            unexplained.append(f"{path}: engine {got.get(path)!r}, moto {want.get(path)!r}")
    assert not unexplained, "\n".join(unexplained)
    return got, want


@pytest.mark.parametrize("operation", sorted(SCENARIOS))
def test_the_engine_answers_as_moto_does(sides, operation):
    # ListUserPools sees every pool of its region: a region of its own, used by no other case
    region = "ap-south-1" if operation == "ListUserPools" else "us-east-1"
    got, want = _compare(sides, operation, SCENARIOS[operation], region)
    assert want[""] == "ok", f"the scenario itself fails on moto: {want['']}"


@pytest.mark.parametrize("name", sorted(ERROR_SCENARIOS))
def test_the_engine_refuses_as_moto_does(sides, name):
    operation, scenario = ERROR_SCENARIOS[name]
    got, want = _compare(sides, operation, scenario, name=name)
    assert got[""].startswith("error")


def test_every_listed_difference_still_differs(sides):
    """A listed difference that the two sides now agree on is stale: remove it."""
    cases = [(op, op, scenario) for op, scenario in SCENARIOS.items()]
    cases += [(name, op, scenario) for name, (op, scenario) in ERROR_SCENARIOS.items()]
    seen = set()
    for name, operation, scenario in sorted(cases, key=lambda case: case[0]):
        region = "ap-southeast-2" if operation == "ListUserPools" else "us-east-1"
        ours, oracle = sides[0](region), sides[1](region)
        our_params, oracle_params = scenario(ours), scenario(oracle)
        got = {**_call(ours, operation, our_params),
               **_state(ours, our_params.get("UserPoolId"))}
        want = {**_call(oracle, operation, oracle_params),
                **_state(oracle, oracle_params.get("UserPoolId"))}
        for path in set(got) | set(want):
            if got.get(path) != want.get(path):
                difference = _listed(name, path)
                if difference is not None:
                    seen.add(difference)
    stale = [d.where for d in DIFFERENCES if d not in seen]
    assert not stale, f"listed differences that no longer differ: {stale}"
