"""Validation generated from the AWS model: for every constrained member of every operation's
input, a violating value is InvalidParameterException in Cognito's words, naming that member."""

from __future__ import annotations

import grpc
import pytest
import regex
from botocore.model import ListShape, MapShape, StringShape, StructureShape
from cognito.idp.v1 import messages_pb2
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from cognito_grpc import coverage
from cognito_grpc.engine import Engine, EngineError

ENGINE = Engine()
MODEL = ENGINE.model
_CANDIDATES = ("", " ", "\x00", "a b", "!!", "__", "💥", "a" * 3, "-", "_x", "x_", "A",
               "ab\ncd", "http://x", "0")


def _bad_string(shape: StringShape) -> str | None:
    low, high = shape.metadata.get("min"), shape.metadata.get("max")
    if shape.enum:
        return "Banana"
    if low:
        return ""
    if high is not None:
        return "a" * (high + 1)
    pattern = shape.metadata.get("pattern")
    if pattern:
        compiled = regex.compile(pattern)
        for candidate in _CANDIDATES:
            if not compiled.fullmatch(candidate):
                return candidate
    return None


def _violation(shape):
    """A value that breaks one of the shape's own constraints, or None."""
    meta = shape.metadata
    if isinstance(shape, StringShape):
        return _bad_string(shape)
    if shape.type_name in ("integer", "long"):
        if "min" in meta:
            return int(meta["min"]) - 1
        if "max" in meta:
            return int(meta["max"]) + 1
    if isinstance(shape, ListShape) and ("min" in meta or "max" in meta):
        return [] if meta.get("min") else [None] * (int(meta["max"]) + 1)
    if isinstance(shape, MapShape) and meta.get("min"):
        return {}
    return None


def _cases():
    # an operation the engine does not serve answers UNIMPLEMENTED before any check (see
    # test_coverage.py, which holds the list of those to the README's table)
    for operation in sorted(coverage.served("embedded")):
        shape = MODEL.operation_model(operation).input_shape
        if not isinstance(shape, StructureShape):
            continue
        for name, member in shape.members.items():
            path = name[:1].lower() + name[1:]
            if name in shape.required_members:
                yield pytest.param(operation, name, None, path, id=f"{operation}.{name}-null")
            bad = _violation(member)
            if bad is not None:
                yield pytest.param(operation, name, bad, path, id=f"{operation}.{name}")


CASES = list(_cases())


def test_the_model_gives_hundreds_of_cases():
    assert len(CASES) > 500


@pytest.mark.parametrize("operation,member,value,path", CASES)
def test_a_violating_member_is_named(operation, member, value, path):
    params = {} if value is None else {member: value}
    client = ENGINE.client("us-east-1")
    from botocore import xform_name

    with pytest.raises(EngineError) as error:
        getattr(client, xform_name(operation))(**params)
    response = error.value.response["Error"]
    assert response["Code"] == "InvalidParameterException"
    assert response["Message"].startswith(("1 validation error detected: ",
                                           f"{response['Message'].split(' ')[0]} validation "
                                           "errors detected: "))
    fields = [violation["Field"] for violation in response["FieldViolations"]]
    assert path in fields, (response["Message"], fields)
    if value is not None and member in ("Password", "AccessToken") and isinstance(value, str):
        assert value not in response["Message"] or not value


def test_the_message_reads_as_cognitos():
    with pytest.raises(EngineError) as error:
        ENGINE.client("us-east-1").describe_user_pool(UserPoolId="no way")
    assert error.value.response["Error"]["Message"] == (
        "1 validation error detected: Value 'no way' at 'userPoolId' failed to satisfy "
        "constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+")


def test_nested_members_and_sensitive_values():
    with pytest.raises(EngineError) as error:
        ENGINE.client("us-east-1").admin_create_user(
            UserPoolId="us-east-1_abc", Username="bob", TemporaryPassword="has space",
            UserAttributes=[{"Name": "", "Value": "x"}])
    message = error.value.response["Error"]["Message"]
    assert message.startswith("3 validation errors detected: ")
    assert "Value at 'temporaryPassword' failed to satisfy constraint" in message
    assert "has space" not in message  # a password is never quoted
    assert "at 'userAttributes.1.member.name'" in message


def test_through_the_server_it_is_invalid_argument_with_a_bad_request(stub):
    with pytest.raises(grpc.RpcError) as error:
        stub.ListUsers(messages_pb2.ListUsersRequest(user_pool_id="us-east-1_abc", limit=61),
                       timeout=10)
    assert error.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert "Member must have value less than or equal to 60" in error.value.details()
    status = rpc_status.from_call(error.value)
    fields = []
    for detail in status.details:
        if detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad = error_details_pb2.BadRequest()
            detail.Unpack(bad)
            fields = [v.field for v in bad.field_violations]
    assert fields == ["limit"]
