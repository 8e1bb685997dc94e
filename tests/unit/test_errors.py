"""The one error table covers every exception the model declares, with AIP-193 details."""

from __future__ import annotations

import botocore.exceptions
import grpc
import pytest
from google.rpc import error_details_pb2

from cognito_grpc import errors
from cognito_grpc_client.codec import CodecError
from tools.protogen.model import load_model

SERVICE, _ = load_model()
MODEL_EXCEPTIONS = sorted(n for n, s in SERVICE["shapes"].items() if s.get("exception"))


def _client_error(code: str, status: int = 400) -> botocore.exceptions.ClientError:
    return botocore.exceptions.ClientError(
        {"Error": {"Code": code, "Message": f"{code} happened"},
         "ResponseMetadata": {"RequestId": "aws-req-1", "HTTPStatusCode": status}}, "AdminGetUser")


def _details(status):
    found = {}
    for any_detail in status.details:
        for kind in (error_details_pb2.ErrorInfo, error_details_pb2.BadRequest,
                     error_details_pb2.RetryInfo):
            if any_detail.Is(kind.DESCRIPTOR):
                detail = kind()
                any_detail.Unpack(detail)
                found[kind.__name__] = detail
    return found


@pytest.mark.parametrize("aws_code", MODEL_EXCEPTIONS)
def test_every_model_exception_has_a_code_and_a_reason(aws_code):
    assert aws_code in errors.AWS_ERROR_CODES
    status = errors.to_status(_client_error(aws_code), "req-1")
    assert status.code == errors.AWS_ERROR_CODES[aws_code].value[0]
    info = _details(status)["ErrorInfo"]
    assert info.domain == "cognito-idp.amazonaws.com"
    assert info.reason == errors.reason_for(aws_code)
    assert info.metadata["awsErrorCode"] == aws_code
    assert info.metadata["awsRequestId"] == "aws-req-1"


@pytest.mark.parametrize("aws_code,code,reason", [
    ("UserNotFoundException", grpc.StatusCode.NOT_FOUND, "USER_NOT_FOUND"),
    ("UsernameExistsException", grpc.StatusCode.ALREADY_EXISTS, "USERNAME_EXISTS"),
    ("NotAuthorizedException", grpc.StatusCode.UNAUTHENTICATED, "NOT_AUTHORIZED"),
    ("InvalidParameterException", grpc.StatusCode.INVALID_ARGUMENT, "INVALID_PARAMETER"),
    ("UserNotConfirmedException", grpc.StatusCode.FAILED_PRECONDITION, "USER_NOT_CONFIRMED"),
    ("MFAMethodNotFoundException", grpc.StatusCode.NOT_FOUND, "MFA_METHOD_NOT_FOUND"),
])
def test_known_mappings(aws_code, code, reason):
    status = errors.to_status(_client_error(aws_code), "r")
    assert status.code == code.value[0]
    assert _details(status)["ErrorInfo"].reason == reason


@pytest.mark.parametrize("aws_code", ["TooManyRequestsException", "LimitExceededException"])
def test_throttling_is_resource_exhausted_with_retry_info(aws_code):
    status = errors.to_status(_client_error(aws_code), "r")
    assert status.code == grpc.StatusCode.RESOURCE_EXHAUSTED.value[0]
    assert _details(status)["RetryInfo"].retry_delay.seconds >= 1


def test_unknown_aws_codes_fall_back_on_the_http_status():
    assert errors.code_for_aws("Brand new", 503) is grpc.StatusCode.UNAVAILABLE
    assert errors.code_for_aws("Brand new", 500) is grpc.StatusCode.INTERNAL
    assert errors.code_for_aws("Brand new", 400) is grpc.StatusCode.FAILED_PRECONDITION


def test_param_validation_names_fields_without_echoing_values():
    report = ('Missing required parameter in input: "Username"\n'
              'Invalid type for parameter Password, value: hunter2secret, type: <int>, '
              'valid types: <str>')
    status = errors.to_status(botocore.exceptions.ParamValidationError(report=report), "r")
    assert status.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    fields = [v.field for v in _details(status)["BadRequest"].field_violations]
    assert fields == ["Username", "Password"]
    assert "hunter2secret" not in str(status)


def test_codec_errors_name_the_field():
    status = errors.to_status(CodecError("AliasAttributes[1]", "must be set"), "r")
    assert status.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    assert _details(status)["BadRequest"].field_violations[0].field == "AliasAttributes[1]"


def test_unexpected_errors_are_internal_with_the_request_id_and_no_detail():
    status = errors.to_status(RuntimeError("secret stuff"), "req-42")
    assert status.code == grpc.StatusCode.INTERNAL.value[0]
    assert "req-42" in status.message and "secret" not in status.message


@pytest.mark.parametrize("unreachable", [
    botocore.exceptions.EndpointConnectionError(endpoint_url="http://127.0.0.1:1"),
    botocore.exceptions.ConnectTimeoutError(endpoint_url="http://127.0.0.1:1"),
    botocore.exceptions.ReadTimeoutError(endpoint_url="http://127.0.0.1:1"),
    botocore.exceptions.ConnectionClosedError(endpoint_url="http://127.0.0.1:1"),
    botocore.exceptions.SSLError(endpoint_url="https://127.0.0.1:1", error="bad certificate"),
    botocore.exceptions.ProxyConnectionError(proxy_url="http://127.0.0.1:9", error="refused"),
    botocore.exceptions.HTTPClientError(error="connection reset"),
    botocore.exceptions.NoCredentialsError(),
    botocore.exceptions.PartialCredentialsError(provider="env", cred_var="AWS_SECRET_ACCESS_KEY"),
    botocore.exceptions.CredentialRetrievalError(provider="sts", error_msg="refused"),
], ids=lambda error: type(error).__name__)
def test_an_unreachable_backend_is_unavailable(unreachable):
    status = errors.to_status(unreachable, "r")
    assert status.code == grpc.StatusCode.UNAVAILABLE.value[0]
    assert status.message == f"backend unavailable: {type(unreachable).__name__}"


def test_a_passed_deadline_is_deadline_exceeded():
    assert errors.to_status(errors.DeadlinePassed(), "r").code == \
        grpc.StatusCode.DEADLINE_EXCEEDED.value[0]


def test_status_messages_lose_the_secrets_they_quote_and_stay_short():
    error = botocore.exceptions.ClientError(
        {"Error": {"Code": "NotAuthorizedException", "Message": "bad token tok-Sekr3t " + "y" * 5000},
         "ResponseMetadata": {"HTTPStatusCode": 400}}, "GetUser")
    status = errors.to_grpc_status(error, "r", {"tok-Sekr3t"})
    assert "tok-Sekr3t" not in status.details
    assert errors.wire_size(status.details) <= errors.MAX_MESSAGE_WIRE_BYTES
    assert status.details.startswith("bad token [REDACTED] yyy")


def _trailer_bytes(status) -> int:
    """What the status costs in the trailers: grpc-message percent-encoded, and the details
    base64-encoded, each with HTTP/2's 32 bytes of accounting."""
    details = dict(status.trailing_metadata)["grpc-status-details-bin"]
    return errors.wire_size(status.details) + 4 * -(-len(details) // 3) + 2 * 32 + 40


@pytest.mark.parametrize("text", [
    "\U0001F600" * 1000, "\x00" * 5000, "x" * 100_000, "%" * 3000, "\ud800" * 2000,
    "é" * 20_000 + "😀" * 20_000,
], ids=["emoji", "nul", "100kB", "percent", "lone-surrogates", "mixed"])
def test_statuses_fit_the_trailers_whatever_the_backend_quotes(text):
    error = botocore.exceptions.ClientError(
        {"Error": {"Code": "ResourceNotFoundException" + text[:300],
                   "Message": f"User pool {text} does not exist."},
         "ResponseMetadata": {"HTTPStatusCode": 400, "RequestId": text}}, "DescribeUserPool")
    status = errors.to_grpc_status(error, "r")
    assert errors.wire_size(status.details) <= errors.MAX_MESSAGE_WIRE_BYTES
    assert status.details.startswith("User pool ") and status.details.endswith("…")
    status.details.encode("utf-8")  # valid UTF-8, no lone surrogate left
    assert _trailer_bytes(status) < 6 * 1024  # grpc's limit is 8 KiB
    info = _error_info(status)
    assert info.reason.startswith("RESOURCE_NOT_FOUND") and "awsErrorCode" in info.metadata


def test_many_bad_fields_keep_the_status_small():
    report = "\n".join(f'Invalid length for parameter {"F" * 500}{i}, value: 0, valid min '
                       f'length: 1' for i in range(200))
    status = errors.to_grpc_status(botocore.exceptions.ParamValidationError(report=report), "r")
    assert _trailer_bytes(status) < 6 * 1024


def test_fit_cuts_by_encoded_size_at_character_boundaries():
    assert errors.fit("abc", 3) == "abc"
    assert errors.wire_size("😀") == 12 and errors.wire_size("%a") == 4
    cut = errors.fit("😀" * 10, 40)
    assert cut == "😀" * 2 + "…" and errors.wire_size(cut) <= 40


def _error_info(status) -> error_details_pb2.ErrorInfo:
    from google.rpc import status_pb2

    details = status_pb2.Status.FromString(dict(status.trailing_metadata)["grpc-status-details-bin"])
    info = error_details_pb2.ErrorInfo()
    details.details[0].Unpack(info)
    assert details.message == status.details  # the same message in both places
    return info


def test_only_credentials_leave_the_callers_message():
    from cognito.idp.v1 import messages_pb2

    from cognito_grpc import redact

    request = messages_pb2.AdminRespondToAuthChallengeRequest(
        user_pool_id="us-east-1_abc", client_id="client-123", session="sess-Sekr3t-1",
        challenge_responses={"USERNAME": "alice-named", "NEW_PASSWORD": "Brand-New-2!",
                             "SMS_MFA_CODE": "123456"})
    assert redact.credential_values(request) == {"sess-Sekr3t-1", "Brand-New-2!", "123456"}
    assert {"alice-named", "client-123"} <= redact.sensitive_values(request)
    confirm = messages_pb2.ConfirmSignUpRequest(client_id="c", username="bob-named",
                                                confirmation_code="654321",
                                                secret_hash="hash-Sekr3t")
    assert redact.credential_values(confirm) == {"654321", "hash-Sekr3t"}
    error = botocore.exceptions.ClientError(
        {"Error": {"Code": "CodeMismatchException",
                   "Message": "alice-named: code 123456 for session sess-Sekr3t-1"},
         "ResponseMetadata": {"HTTPStatusCode": 400}}, "AdminRespondToAuthChallenge")
    status = errors.to_grpc_status(error, "r", redact.credential_values(request))
    assert status.details == "alice-named: code [REDACTED] for session [REDACTED]"
