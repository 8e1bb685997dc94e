"""The generated protos cover the model: expectations come from botocore's model itself."""

from __future__ import annotations

import copy
import json

import pytest
from cognito.idp.v1 import enums_pb2, messages_pb2, options_pb2, service_pb2, types_pb2

from tools.protogen import naming
from tools.protogen.__main__ import generate
from tools.protogen.model import load_model

SERVICE, PAGINATORS = load_model()
SHAPES = SERVICE["shapes"]
SERVICE_DESCRIPTOR = service_pb2.DESCRIPTOR.services_by_name["CognitoIdentityProviderService"]
FILES = (enums_pb2, types_pb2, messages_pb2)


def message(name: str):
    for module in FILES:
        if name in module.DESCRIPTOR.message_types_by_name:
            return module.DESCRIPTOR.message_types_by_name[name]
    raise KeyError(name)


def enum(name: str):
    return enums_pb2.DESCRIPTOR.enum_types_by_name[name]


def test_one_rpc_per_operation_plus_one_stream_per_paginator():
    methods = {m.name: m for m in SERVICE_DESCRIPTOR.methods}
    unary = [m for m in methods.values() if not m.server_streaming]
    assert len(unary) == len(SERVICE["operations"])
    for op in SERVICE["operations"]:
        method = methods[op]
        assert method.input_type.name == f"{op}Request"
        assert method.output_type.name == f"{op}Response"
        assert method.GetOptions().Extensions[options_pb2.operation] == op
    streams = {m.name for m in methods.values() if m.server_streaming}
    assert streams == {f"{op}Stream" for op in PAGINATORS}
    for op, page in PAGINATORS.items():
        pagination = methods[f"{op}Stream"].GetOptions().Extensions[options_pb2.pagination]
        assert pagination.input_token == page["input_token"]
        assert pagination.result_key == page["result_key"]


def _structures():
    """(message descriptor, shape) for every structure the operations use."""
    for op_name, op in SERVICE["operations"].items():
        for suffix, ref in (("Request", op.get("input")), ("Response", op.get("output"))):
            if ref:
                yield message(f"{op_name}{suffix}"), SHAPES[ref["shape"]]
            else:
                assert not message(f"{op_name}{suffix}").fields  # its own empty message
    for name, shape in SHAPES.items():
        if shape["type"] == "structure" and not shape.get("exception") \
                and not shape.get("document") and not name.endswith(("Request", "Response")):
            yield message(name), shape


def test_every_member_of_every_structure_has_a_field_with_its_aws_name():
    checked = 0
    for descriptor, shape in _structures():
        by_json = {f.json_name: f for f in descriptor.fields}
        for member, ref in shape.get("members", {}).items():
            field = by_json[member]
            options = field.GetOptions()
            assert field.name == naming.snake_case(member)
            assert options.Extensions[options_pb2.required] == (member in shape.get("required", []))
            member_shape = SHAPES[ref["shape"]]
            target = SHAPES[member_shape["member"]["shape"]] if member_shape["type"] == "list" \
                else SHAPES[member_shape["value"]["shape"]] if member_shape["type"] == "map" \
                else member_shape
            if member_shape.get("sensitive") or target.get("sensitive"):
                assert options.Extensions[options_pb2.sensitive] and options.debug_redact
            checked += 1
        assert len(descriptor.fields) == len(shape.get("members", {}))
    assert checked > 1000


def test_every_enum_value_appears_with_its_aws_string():
    enums = [(n, s) for n, s in SHAPES.items() if s["type"] == "string" and "enum" in s]
    assert enums
    for name, shape in enums:
        values = enum(name).values
        assert values[0].number == 0 and values[0].name.endswith("_UNSPECIFIED")
        aws = [v.GetOptions().Extensions[options_pb2.aws_value] for v in values[1:]]
        assert sorted(aws) == sorted(shape["enum"])


def test_optional_scalars_keep_presence_and_types_map_as_documented():
    request = message("AdminSetUserPasswordRequest").fields_by_name
    assert request["permanent"].has_presence  # Permanent=false differs from no Permanent
    assert not request["user_pool_id"].has_presence  # required: plain
    user = message("UserType").fields_by_name
    assert user["user_create_date"].message_type.full_name == "google.protobuf.Timestamp"
    assert user["attributes"].is_repeated
    auth = message("AdminInitiateAuthRequest").fields_by_name["auth_parameters"]
    assert auth.message_type.GetOptions().map_entry
    assert message("CreateUserImportJobResponse")  # output shape exists
    assert message("SetUICustomizationRequest").fields_by_name["image_file"].type == \
        auth.TYPE_BYTES


@pytest.mark.parametrize("aws,proto", [
    ("AllowedOAuthFlows", "allowed_oauth_flows"), ("SmsMfaSettings", "sms_mfa_settings"),
    ("MFAOptions", "mfa_options"), ("CallbackURLs", "callback_urls"),
    ("AWSAccountId", "aws_account_id"), ("KMSKeyID", "kms_key_id"),
    ("UserMFASettingList", "user_mfa_setting_list"), ("SSOSession", "sso_session"),
])
def test_snake_case_handles_acronyms(aws, proto):
    assert naming.snake_case(aws) == proto


def test_enum_values_are_prefixed_upper_snake():
    assert naming.enum_value_name("AliasAttributeType", "phone_number") == \
        "ALIAS_ATTRIBUTE_TYPE_PHONE_NUMBER"
    assert naming.enum_value_name("EventFilterType", "userAuthEvents") == \
        "EVENT_FILTER_TYPE_USER_AUTH_EVENTS"
    assert naming.enum_value_name("StatusType", "Enabled") == "STATUS_TYPE_ENABLED"


def test_generation_is_deterministic(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        (out / "cognito/idp/v1").mkdir(parents=True)
        generate(out)
    for path in sorted(first.rglob("*.proto")):
        assert path.read_bytes() == (second / path.relative_to(first)).read_bytes()


def _numbers(proto_root, message_name):
    from tools.protogen.numbering import read_published

    return read_published(proto_root, "cognito/idp/v1")[message_name]


def test_field_numbers_survive_a_model_change(tmp_path):
    """A member added, one removed and an enum value added: old numbers stay put."""
    service, paginators = copy.deepcopy(SERVICE), {"pagination": copy.deepcopy(PAGINATORS)}
    model, pages = tmp_path / "service-2.json", tmp_path / "paginators-1.json"
    out = tmp_path / "protos"
    out.mkdir()
    pages.write_text(json.dumps(paginators))
    model.write_text(json.dumps(service))
    generate(out, model, pages)
    before = _numbers(out, "UserType")
    before_enum = _numbers(out, "UserStatusType")

    members = service["shapes"]["UserType"]["members"]
    members.pop("Enabled")
    new_members = {"Nickname": {"shape": "StringType"}, **members}  # added first, numbered last
    service["shapes"]["UserType"]["members"] = new_members
    service["shapes"]["UserStatusType"]["enum"].insert(0, "HIBERNATING")
    model.write_text(json.dumps(service))
    generate(out, model, pages)
    after = _numbers(out, "UserType")
    after_enum = _numbers(out, "UserStatusType")

    for member, number in before.by_key.items():
        if member != "Enabled":
            assert after.by_key[member] == number
    assert after.by_key["Nickname"] == max(before.by_key.values()) + 1
    assert before.by_key["Enabled"] in after.reserved_numbers
    assert "enabled" in after.reserved_names
    for value, number in before_enum.by_key.items():
        assert after_enum.by_key[value] == number
    assert after_enum.by_key["USER_STATUS_TYPE_HIBERNATING"] == max(before_enum.by_key.values()) + 1

    # Regenerating again changes nothing, reservations included.
    text = (out / "cognito/idp/v1/types.proto").read_text()
    generate(out, model, pages)
    assert (out / "cognito/idp/v1/types.proto").read_text() == text


def test_header_records_botocore_version_and_model_uid():
    import botocore

    from tests.conftest import REPO

    header = (REPO / "protos/cognito/idp/v1/service.proto").read_text().splitlines()[:2]
    assert f"botocore {botocore.__version__}" in header[1]
    assert SERVICE["metadata"]["uid"] in header[1]
