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
    assert len(status.details) <= errors.MAX_MESSAGE
    assert status.details.startswith("bad token [REDACTED] yyy")
