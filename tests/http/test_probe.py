"""Every operation over HTTP, with an empty and with a mistyped body: an AWS-style answer,
never an internal error."""

from __future__ import annotations

import json

import botocore.session
import pytest

from tests.http.test_aws_json import TARGET, post

MODEL = botocore.session.get_session().get_service_model("cognito-idp")
OPERATIONS = sorted(MODEL.operation_names)


def required_body(shape, name: str = ""):
    """The operation's required members, each a plausible value of its type."""
    kind = shape.type_name
    if kind == "structure":
        return {member: required_body(shape.members[member], member)
                for member in shape.required_members}
    if kind == "string":
        if shape.enum:
            return shape.enum[0]
        return "us-east-1_Probe0000" if name.endswith("PoolId") else "probe-value"
    return {"integer": 1, "long": 1, "boolean": True, "list": [], "map": {},
            "timestamp": 1_800_000_000, "blob": "cHJvYmU=", "double": 1.0}.get(kind)


def test_every_operation_answers_without_an_internal_error(http_server):
    failures = []
    for operation in OPERATIONS:
        shape = MODEL.operation_model(operation).input_shape
        for body in ({}, {"UserPoolId": "us-east-1_Probe0000", "Username": 7},
                     required_body(shape) if shape is not None else {}):
            status, answer = post(http_server.url, json.dumps(body).encode(),
                                  {"X-Amz-Target": TARGET + operation})
            if status >= 500 and status != 501 or "__type" not in answer and status != 200:
                failures.append((operation, body, status, answer))
    assert not failures, failures[:5]


@pytest.mark.parametrize("operation", ["AdminGetUser", "InitiateAuth", "CreateUserPool"])
def test_json_nulls_and_nesting_are_answered(http_server, operation):
    for body in ({"UserPoolId": None}, {"AuthParameters": {"USERNAME": None}},
                 {"PoolName": {"deep": [[[{}]]]}}):
        status, answer = post(http_server.url, json.dumps(body).encode(),
                              {"X-Amz-Target": TARGET + operation})
        assert status == 400 and answer["__type"], (body, answer)
