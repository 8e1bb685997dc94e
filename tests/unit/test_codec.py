"""The codec against the model: any valid AWS-shaped dict survives dict → message → dict."""

from __future__ import annotations

import datetime

import pytest
from cognito.idp.v1 import messages_pb2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cognito_grpc_client import codec
from tools.protogen.model import load_model

SERVICE, _ = load_model()
SHAPES = SERVICE["shapes"]
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_UTC_TIMES = st.datetimes(min_value=datetime.datetime(1971, 1, 1),
                          max_value=datetime.datetime(2200, 1, 1),
                          timezones=st.just(datetime.timezone.utc))
# A document is any JSON value; numbers are doubles in google.protobuf.Value.
_DOCUMENTS = st.recursive(
    st.one_of(_TEXT, st.booleans(), st.integers(-2**53, 2**53)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(_TEXT, inner, max_size=3)),
    max_leaves=6)


def aws_value(shape_name: str, depth: int = 0, required: bool = False, empty: bool = False):
    """A strategy for a valid AWS value of the shape (what boto3 takes or returns); lists and
    maps may be empty only with `empty` (their carrier is not the codec's: see empties)."""
    shape = SHAPES[shape_name]
    kind = shape["type"]
    if kind == "structure":
        if shape.get("document"):
            return _DOCUMENTS
        members = shape.get("members", {})
        needed = set(shape.get("required", []))
        fixed = {m: aws_value(r["shape"], depth + 1, True, empty) for m, r in members.items()
                 if m in needed}
        optional = {} if depth > 3 else {m: aws_value(r["shape"], depth + 1, False, empty)
                                         for m, r in members.items() if m not in needed}
        return st.fixed_dictionaries(fixed, optional=optional)
    if kind == "list":  # proto3 cannot tell an empty list from none
        return st.lists(aws_value(shape["member"]["shape"], depth + 1, True, empty),
                        min_size=0 if empty else 1, max_size=3)
    if kind == "map":
        return st.dictionaries(_TEXT, aws_value(shape["value"]["shape"], depth + 1, True, empty),
                               min_size=0 if empty else 1, max_size=3)
    if kind == "string":
        if "enum" in shape:
            return st.sampled_from(shape["enum"])
        # an empty required string is treated as missing (proto3 has no presence for it)
        return _TEXT.filter(bool) if required else _TEXT
    if kind == "integer":
        return st.integers(-2**31, 2**31 - 1)
    if kind == "long":
        return st.integers(-2**63, 2**63 - 1)
    if kind == "boolean":
        return st.booleans()
    if kind == "timestamp":
        return _UTC_TIMES
    if kind == "blob":
        return st.binary(max_size=16)
    raise AssertionError(kind)


def _io_shapes():
    for op_name in sorted(SERVICE["operations"]):
        op = SERVICE["operations"][op_name]
        for suffix, ref in (("Request", op.get("input")), ("Response", op.get("output"))):
            if ref:
                yield f"{op_name}{suffix}", ref["shape"]


IO_SHAPES = list(_io_shapes())


@pytest.mark.parametrize("message_name,shape_name", IO_SHAPES, ids=[m for m, _ in IO_SHAPES])
def test_round_trip_every_operation_shape(message_name, shape_name):
    message_class = getattr(messages_pb2, message_name)

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck),
              database=None)
    @given(aws_value(shape_name))
    def round_trip(data):
        message = codec.from_aws(message_class, data)
        assert codec.to_aws(message) == data
        # and through the wire, as the server and clients see it
        assert codec.to_aws(message_class.FromString(message.SerializeToString())) == data

    round_trip()


def test_unset_optional_fields_are_omitted_and_false_is_kept():
    request = messages_pb2.AdminSetUserPasswordRequest(user_pool_id="p", username="u",
                                                       password="x")
    assert codec.to_aws(request) == {"UserPoolId": "p", "Username": "u", "Password": "x"}
    request.permanent = False
    assert codec.to_aws(request)["Permanent"] is False


def test_required_booleans_without_presence_are_always_sent():
    assert codec.to_aws(messages_pb2.SignUpResponse()) == {"UserConfirmed": False}


def test_timestamps_keep_the_instant_across_time_zones_and_epoch_numbers():
    plus5 = datetime.timezone(datetime.timedelta(hours=5))
    moment = datetime.datetime(2024, 3, 1, 12, 0, 0, 250000, tzinfo=plus5)
    data = {"User": {"Username": "u", "UserCreateDate": moment}}
    back = codec.to_aws(codec.from_aws(messages_pb2.AdminCreateUserResponse, data))
    created = back["User"]["UserCreateDate"]
    assert created == moment and created.tzinfo == datetime.timezone.utc
    epoch = {"User": {"UserCreateDate": 1709290800.123}}
    message = codec.from_aws(messages_pb2.AdminCreateUserResponse, epoch)
    assert message.user.user_create_date.seconds == 1709290800
    assert message.user.user_create_date.nanos == 123_000_000


def test_unknown_enum_string_maps_to_unspecified_counted_and_logged_once(caplog):
    key = ("cognito.idp.v1.UserStatusType", "NEW_FROM_THE_FUTURE")
    before = codec.unknown_enum_values[key]
    for _ in range(3):
        message = codec.from_aws(messages_pb2.AdminGetUserResponse,
                                 {"Username": "u", "UserStatus": "NEW_FROM_THE_FUTURE"})
        assert message.user_status == 0
    assert codec.unknown_enum_values[key] == before + 3
    assert sum("NEW_FROM_THE_FUTURE" in r.getMessage() for r in caplog.records) == \
        (1 if before == 0 else 0)


def test_unspecified_enum_in_a_request_names_the_field():
    request = messages_pb2.CreateUserPoolRequest(pool_name="p", alias_attributes=[1, 0])
    with pytest.raises(codec.CodecError) as error:
        codec.to_aws(request)
    assert error.value.field == "AliasAttributes[1]"


def test_an_enum_number_the_enum_lacks_names_the_field_and_the_number():
    request = messages_pb2.CreateUserPoolRequest(pool_name="p", alias_attributes=[999])
    with pytest.raises(codec.CodecError) as error:
        codec.to_aws(request)
    assert error.value.field == "AliasAttributes[0]"
    assert error.value.description == "999 is not one of its enum's values"


@pytest.mark.parametrize("seconds,nanos", [(10**15, 0), (253402300800, 0), (0, -5)])
def test_an_out_of_range_timestamp_names_the_field(seconds, nanos):
    request = messages_pb2.InitiatePointInTimeRecoveryRequest(user_pool_id="p")
    request.restore_timestamp.seconds, request.restore_timestamp.nanos = seconds, nanos
    with pytest.raises(codec.CodecError) as error:
        codec.to_aws(request)
    assert error.value.field == "RestoreTimestamp"


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_a_document_number_json_cannot_hold_names_the_field(number):
    request = messages_pb2.CompleteWebAuthnRegistrationRequest(access_token="t")
    request.credential.struct_value.fields["rawId"].number_value = number
    with pytest.raises(codec.CodecError) as error:
        codec.to_aws(request)
    assert error.value.field == "Credential"


def test_bytes_stay_bytes():
    data = {"UserPoolId": "p", "ImageFile": b"\x00\xffpng"}
    message = codec.from_aws(messages_pb2.SetUICustomizationRequest, data)
    assert codec.to_aws(message) == data
