"""The credentials the AWS model leaves unmarked: one list (redact.SECRET_MEMBERS) next to the
model's sensitive flag, and a check that the model has grown no code- or verifier-like member
that is in neither."""

from __future__ import annotations

from cognito.idp.v1 import service_pb2
from cognito.tokens.v1 import token_verifier_pb2
from google.protobuf.descriptor import FieldDescriptor

from cognito_grpc import redact
from cognito_grpc_client.schema import Kind, fields_of

# Code-like names that are not credentials (none yet): add one only with the reason.
NOT_SECRET: dict[str, str] = {}


def every_field():
    services = [service_pb2.DESCRIPTOR.services_by_name["CognitoIdentityProviderService"],
                token_verifier_pb2.DESCRIPTOR.services_by_name["TokenVerifierService"]]
    seen, stack = set(), [t for s in services for m in s.methods
                          for t in (m.input_type, m.output_type)]
    while stack:
        message = stack.pop()
        if message.full_name in seen:
            continue
        seen.add(message.full_name)
        for info in fields_of(message):
            yield message, info
            if info.kind is Kind.MESSAGE and info.message is not None:
                stack.append(info.message)


def test_every_code_or_verifier_member_is_a_secret():
    unmarked = sorted(f"{message.name}.{info.aws_name}" for message, info in every_field()
                      if info.descriptor.type == FieldDescriptor.TYPE_STRING
                      and redact.CODE_LIKE.search(info.aws_name)
                      and not redact.is_secret(info) and info.aws_name not in NOT_SECRET)
    assert not unmarked, ("credentials the AWS model does not mark sensitive: add them to "
                          f"redact.SECRET_MEMBERS (or, if they are not, to NOT_SECRET): "
                          f"{unmarked}")


def test_the_list_names_members_the_model_has_and_does_not_mark():
    found = {info.aws_name: info.sensitive for _, info in every_field()
             if info.aws_name in redact.SECRET_MEMBERS}
    assert set(found) == redact.SECRET_MEMBERS  # no stale names
    assert not any(found.values())  # nothing the model already marks


def test_the_issue_s_members_are_caught_by_the_rule():
    for name in ("ConfirmationCode", "Code", "PasswordVerifier", "Salt"):
        assert redact.CODE_LIKE.search(name) and name in redact.SECRET_MEMBERS
