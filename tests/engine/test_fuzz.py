"""A fuzz test over every RPC: hostile but type-correct messages never answer INTERNAL or
UNKNOWN, and the server keeps serving."""

from __future__ import annotations

import random

import grpc
import pytest
from cognito.idp.v1 import service_pb2
from google.protobuf import descriptor, message_factory

from cognito_grpc.service import SERVICE_DESCRIPTOR, SERVICE_NAME

SEED = 20261202
MESSAGES_PER_RPC = 6
HOSTILE_STRINGS = ("", " ", "\x00", "💥" * 300, "a" * 5000, "../../etc/passwd", "' OR 1=1 --",
                   "%s%n{0}", "\u202e\ufeff", "us-east-1_AbC123", "us-east-1_", "_",
                   "admin", "ALLOW_USER_PASSWORD_AUTH", "email = \"x\"", "\ud7ff\ue000",
                   "custom:tier", "https://example.com/cb", "0", "-1", "null", "{}",
                   "aws.cognito.signin.user.admin", "a" * 129, "\n\r\t")
HOSTILE_INTS = (0, 1, -1, 60, 61, 2**31 - 1, -2**31)
HOSTILE_INT64S = HOSTILE_INTS + (2**63 - 1, -2**63)
FD = descriptor.FieldDescriptor


def _value(field: descriptor.FieldDescriptor, rng: random.Random, depth: int):
    if field.type == FD.TYPE_STRING:
        return rng.choice(HOSTILE_STRINGS)
    if field.type == FD.TYPE_BYTES:
        return rng.choice((b"", b"\x00" * 10, bytes(rng.randrange(256) for _ in range(64))))
    if field.type == FD.TYPE_BOOL:
        return rng.random() < 0.5
    if field.type in (FD.TYPE_INT32, FD.TYPE_SINT32, FD.TYPE_SFIXED32):
        return rng.choice(HOSTILE_INTS)
    if field.type in (FD.TYPE_INT64, FD.TYPE_SINT64, FD.TYPE_SFIXED64):
        return rng.choice(HOSTILE_INT64S)
    if field.type in (FD.TYPE_UINT32, FD.TYPE_FIXED32):
        return rng.choice((0, 1, 2**32 - 1))
    if field.type in (FD.TYPE_UINT64, FD.TYPE_FIXED64):
        return rng.choice((0, 1, 2**64 - 1))
    if field.type in (FD.TYPE_DOUBLE, FD.TYPE_FLOAT):
        return rng.choice((0.0, -1.5, 1e300, -1e-300))
    if field.type == FD.TYPE_ENUM:
        return rng.choice(field.enum_type.values).number
    raise AssertionError(field.type)


def _fill(message, rng: random.Random, depth: int = 0) -> None:
    if message.DESCRIPTOR.full_name == "google.protobuf.Timestamp":
        message.seconds = rng.choice((0, 1, 1_700_000_000, 253402300799))
        return
    if message.DESCRIPTOR.full_name in ("google.protobuf.Struct", "google.protobuf.Value",
                                        "google.protobuf.ListValue"):
        return
    for field in message.DESCRIPTOR.fields:
        if rng.random() < 0.35:
            continue
        is_repeated = field.is_repeated
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            target = getattr(message, field.name)
            value_field = field.message_type.fields_by_name["value"]
            for _ in range(rng.randrange(4)):
                key = rng.choice(HOSTILE_STRINGS)
                if value_field.message_type is not None:
                    if depth < 3:
                        _fill(target[key], rng, depth + 1)
                else:
                    target[key] = _value(value_field, rng, depth)
            continue
        if field.message_type is not None:
            if depth >= 3:
                continue
            if is_repeated:
                for _ in range(rng.randrange(4)):
                    _fill(getattr(message, field.name).add(), rng, depth + 1)
            else:
                _fill(getattr(message, field.name), rng, depth + 1)
                if not message.HasField(field.name):
                    getattr(message, field.name).SetInParent()
            continue
        if is_repeated:
            getattr(message, field.name).extend(
                _value(field, rng, depth) for _ in range(rng.randrange(4)))
        else:
            setattr(message, field.name, _value(field, rng, depth))


METHODS = [m for m in SERVICE_DESCRIPTOR.methods]


@pytest.mark.parametrize("method", METHODS, ids=[m.name for m in METHODS])
def test_hostile_messages_never_fail_the_server(channel, method):
    request_class = message_factory.GetMessageClass(method.input_type)
    response_class = message_factory.GetMessageClass(method.output_type)
    path = f"/{SERVICE_NAME}/{method.name}"
    call = (channel.unary_stream if method.server_streaming else channel.unary_unary)(
        path, request_serializer=request_class.SerializeToString,
        response_deserializer=response_class.FromString)
    rng = random.Random(f"{SEED}-{method.name}")
    for _ in range(MESSAGES_PER_RPC):
        request = request_class()
        _fill(request, rng)
        try:
            result = call(request, timeout=20)
            if method.server_streaming:
                for _ in zip(range(3), result):
                    pass
        except grpc.RpcError as error:
            assert error.code() not in (grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN), (
                f"{method.name}: {error.code().name}: {error.details()}\n{request}")


def test_the_service_has_every_operation():
    assert len(METHODS) == len(service_pb2.DESCRIPTOR.services_by_name[
        "CognitoIdentityProviderService"].methods) >= 153
