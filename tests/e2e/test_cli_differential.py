"""The AWS CLI against grpcurl through the facade, on one moto server: the same commands,
field by field the same answers, errors included.

The CLI is awscli from PyPI (pinned in constraints.txt), in a venv of its own under
.cache/awscli-venv (gitignored), installed on first use. grpcurl reads the facade with the
shipped protoset and `-v`, so the trailers (the x-cognito-empty carrier) are seen too.

The two outputs are normalised by the proto schema, never by guessing: grpcurl's enum names
become the AWS strings their option names, int64 strings become numbers, times (epoch numbers
from the CLI, RFC 3339 from grpcurl) become "<time>" once checked to be times, and fresh ids,
tokens and the `sub` attribute become a marker of their type. A member present on one side
only, a type, an enum value or an order that differs, fails the test.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import subprocess

import pytest
from botocore import xform_name
from cognito.idp.v1 import messages_pb2
from google.protobuf.descriptor import FieldDescriptor

from cognito_grpc_client import empties
from cognito_grpc_client.schema import Kind, fields_of
from tests.conftest import REPO, ServerProcess, require_tool
from tests.support import MotoServer

PROTOSET = REPO / "clients" / "protoset" / "cognito-grpc.protoset"
SERVICE = "cognito.idp.v1.CognitoIdentityProviderService"
ENV = {"AWS_ACCESS_KEY_ID": "t", "AWS_SECRET_ACCESS_KEY": "t", "AWS_DEFAULT_REGION": "us-east-1"}
PASSWORD = "Corr3ct-Horse!"
FRESH = {"Id", "UserPoolId", "ClientId", "ClientSecret", "Arn", "AccessToken", "IdToken",
         "RefreshToken", "Session", "UserSub"}
_INT64 = {FieldDescriptor.TYPE_INT64, FieldDescriptor.TYPE_UINT64, FieldDescriptor.TYPE_SINT64,
          FieldDescriptor.TYPE_FIXED64, FieldDescriptor.TYPE_SFIXED64}
_CLI_ERROR = re.compile(r"An error occurred \((?P<code>[^)]+)\) when calling the \w+ "
                        r"operation(?: \(reached max retries: \d+\))?: (?P<message>.*)", re.S)


@pytest.fixture(scope="module")
def sides(aws_cli):
    require_tool("grpcurl")
    with MotoServer() as moto:
        server = ServerProcess("--backend", "endpoint", "--endpoint-url", moto.url, env=ENV)
        try:
            yield Cli(aws_cli, moto.url), Grpcurl(server.address)
        finally:
            server.stop()


# --- the two ways of calling ------------------------------------------------------------

class Cli:
    def __init__(self, aws: str, url: str):
        self.aws, self.url = aws, url

    def __call__(self, operation: str, request: dict):
        env = {**os.environ, **ENV, "AWS_CONFIG_FILE": os.devnull,
               "AWS_SHARED_CREDENTIALS_FILE": os.devnull, "AWS_PAGER": ""}
        result = subprocess.run(
            [self.aws, "--endpoint-url", self.url, "--output", "json", "cognito-idp",
             xform_name(operation, "-"), "--cli-input-json", json.dumps(request)],
            capture_output=True, text=True, env=env, timeout=60)
        if result.returncode == 0:
            # the CLI prints nothing for an answer with no members
            return "ok", json.loads(result.stdout) if result.stdout.strip() else {}
        match = _CLI_ERROR.search(result.stderr)
        assert match, result.stderr
        return "error", (match.group("code"), match.group("message").strip())


class Grpcurl:
    def __init__(self, address: str):
        self.address = address

    def __call__(self, operation: str, request: dict):
        request_class = getattr(messages_pb2, f"{operation}Request")
        body = json.dumps(to_grpcurl(request_class.DESCRIPTOR, request))
        result = subprocess.run(
            ["grpcurl", "-plaintext", "-v", "-format-error", "-protoset", str(PROTOSET),
             "-d", "@", self.address, f"{SERVICE}/{operation}"],
            input=body, capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            status = json.loads(result.stderr)
            info = [d for d in status.get("details", ())
                    if d["@type"].endswith("google.rpc.ErrorInfo")]
            assert info, result.stderr
            return "error", (info[0]["metadata"]["awsErrorCode"], status["message"])
        contents = result.stdout.split("Response contents:\n", 1)[1]
        response, trailers = contents.split("\nResponse trailers received:\n", 1)
        data = json.loads(response)
        for line in trailers.splitlines():
            name, _, value = line.partition(": ")
            if name == empties.HEADER:  # what proto3 left out, carried beside it
                response_class = getattr(messages_pb2, f"{operation}Response")
                empties.restore(response_class.DESCRIPTOR, data,
                                empties.decode(((name, value),)))
        return "ok", data


def to_grpcurl(descriptor, request: dict) -> dict:
    """An AWS request body as grpcurl takes it: enum strings as their proto names."""
    out = {}
    infos = {info.aws_name: info for info in fields_of(descriptor)}
    for key, value in request.items():
        info = infos[key]

        def one(item):
            if info.kind is Kind.ENUM:
                number = info.enum.from_aws[item]
                return info.descriptor.enum_type.values_by_number[number].name \
                    if not info.is_map else info.message  # no map of enums in requests
            if info.kind is Kind.MESSAGE:
                return to_grpcurl(info.message, item)
            return item
        out[key] = {k: one(v) for k, v in value.items()} if info.is_map else \
            [one(v) for v in value] if info.repeated else one(value)
    return out


# --- the normalisation, by the schema ---------------------------------------------------

def normalize(descriptor, data, side: str):
    assert isinstance(data, dict), (descriptor.full_name, data)
    infos = {info.aws_name: info for info in fields_of(descriptor)}
    out = {}
    for key, value in data.items():
        info = infos.get(key)
        if info is None:
            out[key] = ("<not in the proto>", value)
        elif key in FRESH:
            out[key] = f"<{type(value).__name__}>"
        elif info.is_map:
            assert isinstance(value, dict), key
            out[key] = {k: _leaf(info, v, side) for k, v in value.items()}
        elif info.repeated:
            assert isinstance(value, list), key
            out[key] = [_leaf(info, v, side) for v in value]
        else:
            out[key] = _leaf(info, value, side)
    if out.get("Name") == "sub" and isinstance(out.get("Value"), str):
        out["Value"] = "<str>"
    return out


def _leaf(info, value, side: str):
    if info.kind is Kind.MESSAGE:
        return normalize(info.message, value, side)
    if info.kind is Kind.TIMESTAMP:
        if side == "cli":  # epoch seconds, as the wire had them
            assert isinstance(value, (int, float)) and not isinstance(value, bool), value
            datetime.datetime.fromtimestamp(value, datetime.timezone.utc)
        else:  # RFC 3339
            assert isinstance(value, str), value
            datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return "<time>"
    if info.kind is Kind.ENUM:
        assert isinstance(value, str), value
        if side == "cli":
            assert value in info.enum.from_aws, value
            return value
        number = info.descriptor.enum_type.values_by_name[value].number
        return info.enum.to_aws[number]
    element = info.descriptor.message_type.fields_by_name["value"] if info.is_map \
        else info.descriptor
    if element.type in _INT64 and side == "grpc":  # proto3 JSON writes int64 as a string
        assert isinstance(value, str) and re.fullmatch(r"-?\d+", value), value
        return int(value)
    return value


def same(sides, operation: str, cli_request: dict, grpc_request: dict):
    """Both sides' (outcome, normalised answer); asserts they agree, returns the raw ones."""
    cli, grpcurl = sides
    cli_outcome, cli_answer = cli(operation, cli_request)
    grpc_outcome, grpc_answer = grpcurl(operation, grpc_request)
    response = getattr(messages_pb2, f"{operation}Response").DESCRIPTOR
    if cli_outcome == "ok" and grpc_outcome == "ok":
        assert normalize(response, grpc_answer, "grpc") == \
            normalize(response, cli_answer, "cli"), operation
    else:
        assert (grpc_outcome, grpc_answer) == (cli_outcome, cli_answer), operation
    return cli_answer, grpc_answer


# --- the commands -----------------------------------------------------------------------

def test_the_cli_and_grpcurl_say_the_same(sides):
    state = ({}, {})  # per side: the ids each side's own calls returned

    def both(operation, build, keep=None):
        requests = [build(s) for s in state]
        answers = same(sides, operation, *requests)
        if keep:
            for s, answer in zip(state, answers):
                s.update(keep(answer))
        return answers

    auth_flows = ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH",
                  "ALLOW_REFRESH_TOKEN_AUTH"]
    # The ten commands of the walk-through (the seed's tldr page).
    both("CreateUserPool", lambda s: {"PoolName": "tldr"},
         lambda a: {"pool": a["UserPool"]["Id"]})
    both("CreateUserPoolClient", lambda s: {"UserPoolId": s["pool"], "ClientName": "app",
                                            "ExplicitAuthFlows": auth_flows},
         lambda a: {"client": a["UserPoolClient"]["ClientId"]})
    both("AdminCreateUser", lambda s: {
        "UserPoolId": s["pool"], "Username": "alice", "MessageAction": "SUPPRESS",
        "UserAttributes": [{"Name": "email", "Value": "alice@example.com"}]})
    both("ListUsers", lambda s: {"UserPoolId": s["pool"]})
    both("AdminSetUserPassword", lambda s: {"UserPoolId": s["pool"], "Username": "alice",
                                            "Password": PASSWORD, "Permanent": True})
    signin = lambda s, user, password: {  # noqa: E731
        "UserPoolId": s["pool"], "ClientId": s["client"], "AuthFlow": "ADMIN_USER_PASSWORD_AUTH",
        "AuthParameters": {"USERNAME": user, "PASSWORD": password}}
    both("AdminInitiateAuth", lambda s: signin(s, "alice", PASSWORD))
    both("CreateGroup", lambda s: {"UserPoolId": s["pool"], "GroupName": "admins"})
    both("AdminAddUserToGroup", lambda s: {"UserPoolId": s["pool"], "Username": "alice",
                                           "GroupName": "admins"})
    both("AdminListGroupsForUser", lambda s: {"UserPoolId": s["pool"], "Username": "alice"})
    both("AdminCreateUser", lambda s: {"UserPoolId": s["pool"], "Username": "bob",
                                       "TemporaryPassword": "Temp-Pass-1!",
                                       "MessageAction": "SUPPRESS"})
    both("AdminInitiateAuth", lambda s: signin(s, "bob", "Temp-Pass-1!"),
         lambda a: {"session": a["Session"]})
    both("AdminRespondToAuthChallenge", lambda s: {
        "UserPoolId": s["pool"], "ClientId": s["client"],
        "ChallengeName": "NEW_PASSWORD_REQUIRED", "Session": s["session"],
        "ChallengeResponses": {"USERNAME": "bob", "NEW_PASSWORD": "Brand-New-Pass-2!"}})
    both("AdminDeleteUser", lambda s: {"UserPoolId": s["pool"], "Username": "alice"})
    both("AdminGetUser", lambda s: {"UserPoolId": s["pool"], "Username": "alice"})  # missing

    # And the rest of what the issue lists.
    both("AdminGetUser", lambda s: {"UserPoolId": s["pool"], "Username": "bob"})
    both("ListGroups", lambda s: {"UserPoolId": s["pool"]})
    both("AdminListGroupsForUser", lambda s: {"UserPoolId": s["pool"], "Username": "bob"})
    both("DescribeUserPool", lambda s: {"UserPoolId": s["pool"]})
    both("UpdateUserPoolClient", lambda s: {"UserPoolId": s["pool"], "ClientId": s["client"],
                                            "ClientName": "renamed", "RefreshTokenValidity": 10,
                                            "ExplicitAuthFlows": auth_flows})
    both("DescribeUserPoolClient", lambda s: {"UserPoolId": s["pool"], "ClientId": s["client"]})
    both("AdminUpdateUserAttributes", lambda s: {
        "UserPoolId": s["pool"], "Username": "bob",
        "UserAttributes": [{"Name": "name", "Value": "Bob"},
                           {"Name": "email", "Value": "bob@example.com"}]})
    both("ListUsers", lambda s: {"UserPoolId": s["pool"], "Filter": 'username = "bob"'})
    both("ListUsers", lambda s: {"UserPoolId": s["pool"], "Filter": 'username = "nobody"'})
    both("AdminDisableUser", lambda s: {"UserPoolId": s["pool"], "Username": "bob"})
    both("AdminInitiateAuth", lambda s: signin(s, "bob", "Brand-New-Pass-2!"))  # disabled

    # Errors: the same code and the same message.
    both("DescribeUserPool", lambda s: {"UserPoolId": "us-east-1_Missing000"})
    both("CreateGroup", lambda s: {"UserPoolId": s["pool"], "GroupName": "admins"})
    both("AdminEnableUser", lambda s: {"UserPoolId": s["pool"], "Username": "bob"})
    both("AdminInitiateAuth", lambda s: signin(s, "bob", "Wrong-Pass-9!"))
    both("AdminAddUserToGroup", lambda s: {"UserPoolId": s["pool"], "Username": "bob",
                                           "GroupName": "nope"})
