"""Any failure → a gRPC status (Google AIP-193): a code, a message and one ErrorInfo.

AWS_ERROR_CODES is the one table from AWS error codes to gRPC codes. It covers every
exception the cognito-idp model declares (a test checks this against the model), plus the
generic AWS codes any service can return.
"""

from __future__ import annotations

import re
from typing import Collection

import botocore.exceptions
from google.protobuf import duration_pb2
from google.rpc import error_details_pb2, status_pb2
from grpc import StatusCode
from grpc_status import rpc_status

from cognito_grpc import redact
from cognito_grpc_client.codec import CodecError

DOMAIN = "cognito-idp.amazonaws.com"
THROTTLE_RETRY_SECONDS = 1
# A status travels in the trailers: its message percent-encoded in grpc-message, and again,
# with the details, in grpc-status-details-bin (base64). grpc refuses trailers past 8 KiB
# (sometimes; always past 16 KiB), so both are bounded by their size on the wire.
MAX_MESSAGE_WIRE_BYTES = 1024  # of grpc-message, percent-encoded
MAX_DETAIL_TEXT_BYTES = 128  # of any one string in the details (UTF-8)
MAX_FIELD_VIOLATIONS = 8
# of the serialized google.rpc.Status (before base64): the message and every detail at their
# bounds fit, so the guard in grpc_status only ever trims a detail we add later
MAX_DETAILS_BYTES = 3072
_ELLIPSIS = "…"

_NOT_FOUND = StatusCode.NOT_FOUND
_EXISTS = StatusCode.ALREADY_EXISTS
_INVALID = StatusCode.INVALID_ARGUMENT
_PRECONDITION = StatusCode.FAILED_PRECONDITION
_EXHAUSTED = StatusCode.RESOURCE_EXHAUSTED
_INTERNAL = StatusCode.INTERNAL

AWS_ERROR_CODES: dict[str, StatusCode] = {
    # Something named in the request does not exist.
    "ResourceNotFoundException": _NOT_FOUND,
    "UserNotFoundException": _NOT_FOUND,
    "CachedCIMDURLDoesNotExistException": _NOT_FOUND,
    "MFAMethodNotFoundException": _NOT_FOUND,
    "SoftwareTokenMFANotFoundException": _NOT_FOUND,
    "WebAuthnChallengeNotFoundException": _NOT_FOUND,
    "ScopeDoesNotExistException": _NOT_FOUND,
    # Something the request would create exists already.
    "AliasExistsException": _EXISTS,
    "DeviceKeyExistsException": _EXISTS,
    "DuplicateProviderException": _EXISTS,
    "GroupExistsException": _EXISTS,
    "ManagedLoginBrandingExistsException": _EXISTS,
    "TermsExistsException": _EXISTS,
    "UsernameExistsException": _EXISTS,
    # The request itself is wrong, whatever the state.
    "InvalidParameterException": _INVALID,
    "InvalidPasswordException": _INVALID,
    "InvalidOAuthFlowException": _INVALID,
    "InvalidEmailRoleAccessPolicyException": _INVALID,
    "InvalidSmsRoleAccessPolicyException": _INVALID,
    "InvalidSmsRoleTrustRelationshipException": _INVALID,
    "InvalidUserPoolConfigurationException": _INVALID,
    "CodeMismatchException": _INVALID,
    "PasswordHistoryPolicyViolationException": _INVALID,
    "UserLambdaValidationException": _INVALID,
    "UnsupportedIdentityProviderException": _INVALID,
    "UnsupportedTokenTypeException": _INVALID,
    "WebAuthnClientMismatchException": _INVALID,
    "WebAuthnOriginNotAllowedException": _INVALID,
    "WebAuthnRelyingPartyMismatchException": _INVALID,
    "WebAuthnCredentialNotSupportedException": _INVALID,
    "ValidationException": _INVALID,
    "SerializationException": _INVALID,
    "InvalidToken": _INVALID,  # moto, for a NextToken or PaginationToken it did not issue
    # The request is fine, but the pool, user or feature is not in a state to take it.
    "ExpiredCodeException": _PRECONDITION,
    "PreconditionNotMetException": _PRECONDITION,
    "UserNotConfirmedException": _PRECONDITION,
    "PasswordResetRequiredException": _PRECONDITION,
    "UnsupportedUserStateException": _PRECONDITION,
    "UserImportInProgressException": _PRECONDITION,
    "OperationNotEnabledException": _PRECONDITION,
    "UserPoolAddOnNotEnabledException": _PRECONDITION,
    "FeatureUnavailableInTierException": _PRECONDITION,
    "TierChangeNotAllowedException": _PRECONDITION,
    "WebAuthnNotEnabledException": _PRECONDITION,
    "WebAuthnConfigurationMissingException": _PRECONDITION,
    "EnableSoftwareTokenMFAException": _PRECONDITION,
    "UserPoolTaggingException": _PRECONDITION,
    "ConcurrentModificationException": StatusCode.ABORTED,
    # The end user's credentials (password, token, code) were not accepted.
    "NotAuthorizedException": StatusCode.UNAUTHENTICATED,
    "UnauthorizedException": StatusCode.UNAUTHENTICATED,
    "RefreshTokenReuseException": StatusCode.UNAUTHENTICATED,
    # This server's AWS identity may not do this.
    "AccessDeniedException": StatusCode.PERMISSION_DENIED,
    "ForbiddenException": StatusCode.PERMISSION_DENIED,
    # Quotas and throttling: retry later (RetryInfo says when).
    "TooManyRequestsException": _EXHAUSTED,
    "LimitExceededException": _EXHAUSTED,
    "ServiceQuotaExceededException": _EXHAUSTED,
    "TooManyFailedAttemptsException": _EXHAUSTED,
    "ThrottlingException": _EXHAUSTED,
    # Cognito or a Lambda trigger failed.
    "InternalErrorException": _INTERNAL,
    "InternalServerException": _INTERNAL,
    "InternalFailure": _INTERNAL,
    "UnexpectedLambdaException": _INTERNAL,
    "InvalidLambdaResponseException": _INTERNAL,
    "CodeDeliveryFailureException": StatusCode.UNAVAILABLE,
    "ServiceUnavailable": StatusCode.UNAVAILABLE,
    "UnsupportedOperationException": StatusCode.UNIMPLEMENTED,
    # The server's own AWS credentials were refused: its operator must act.
    "UnrecognizedClientException": StatusCode.UNAVAILABLE,
    "InvalidSignatureException": StatusCode.UNAVAILABLE,
    "ExpiredTokenException": StatusCode.UNAVAILABLE,
    "MissingAuthenticationTokenException": StatusCode.UNAVAILABLE,
}

# Errors that are not AWS error codes, by what raised them: the families, so that every
# transport failure (refused, reset, timed out, TLS, proxy) and every missing credential counts.
UNREACHABLE = (
    botocore.exceptions.ConnectionError,
    botocore.exceptions.HTTPClientError,
    botocore.exceptions.NoCredentialsError,
    botocore.exceptions.PartialCredentialsError,
    botocore.exceptions.CredentialRetrievalError,
    botocore.exceptions.NoRegionError,
)

_THROTTLING = {"TooManyRequestsException", "LimitExceededException", "ThrottlingException",
               "TooManyFailedAttemptsException", "ServiceQuotaExceededException"}
_EXCEPTION_SUFFIX = re.compile(r"(Exception|Fault)$")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


class DeadlinePassed(Exception):
    """The caller's gRPC deadline ran out before the backend answered."""


class ShuttingDown(Exception):
    """The server is draining: the call is refused before it reaches the backend, or, when
    the grace ran out while the backend was answering, ended (it may have taken effect)."""

    def __init__(self, reached_backend: bool = False):
        super().__init__(
            "the server is shutting down and the backend had not answered within "
            "--shutdown-grace; the call may have taken effect" if reached_backend else
            "the server is shutting down; the call did not reach the backend: retry")
        self.reached_backend = reached_backend


class ServerBusy(Exception):
    """More calls in flight than --max-concurrency allows."""

    def __init__(self, limit: int):
        super().__init__(f"server busy: {limit} calls in flight (--max-concurrency); retry later")


class ResponseTooLarge(Exception):
    """The backend's answer is larger than --max-message-bytes lets the server send."""

    def __init__(self, size: int, limit: int):
        super().__init__(f"the response is {size} bytes; --max-message-bytes allows {limit} "
                         "(ask for fewer items per page)")


class EmbeddedFailure(Exception):
    """moto, the embedded backend, raised something other than an AWS error."""

    def __init__(self, operation: str, error: Exception):
        super().__init__(f"moto, the embedded backend, failed on this {operation} request "
                         f"({type(error).__name__}): it checks less than Cognito does, so a "
                         "parameter is most likely missing or invalid")


class BackendUnimplemented(Exception):
    """The backend does not implement the operation."""

    def __init__(self, operation: str, backend: str):
        super().__init__(f"{operation} is not implemented by the {backend} backend")


def reason_for(aws_code: str) -> str:
    """`UserNotFoundException` → `USER_NOT_FOUND`."""
    return _CAMEL.sub("_", _EXCEPTION_SUFFIX.sub("", aws_code)).upper()


def code_for_aws(aws_code: str, http_status: int | None = None) -> StatusCode:
    if aws_code in AWS_ERROR_CODES:
        return AWS_ERROR_CODES[aws_code]
    if http_status is not None and http_status >= 500:
        return StatusCode.UNAVAILABLE if http_status in (502, 503, 504) else _INTERNAL
    if http_status == 429:
        return _EXHAUSTED
    return StatusCode.UNKNOWN if http_status is None else _PRECONDITION


def _valid_text(text: str) -> str:
    """`text` as UTF-8 can carry it: a lone surrogate (from a JSON escape) becomes U+FFFD."""
    return text.encode("utf-8", "replace").decode("utf-8") if not text.isascii() else text


def _percent_encoded_size(char: str) -> int:
    """What one character costs in grpc-message: printable ASCII but `%` is itself, every
    other byte of its UTF-8 is %XX."""
    if " " <= char <= "~" and char != "%":
        return 1
    return 3 * len(char.encode("utf-8", "replace"))


def _utf8_size(char: str) -> int:
    return len(char.encode("utf-8", "replace"))


def wire_size(text: str) -> int:
    """The bytes `text` takes as grpc-message."""
    return sum(_percent_encoded_size(c) for c in text)


def fit(text: str, limit: int, size=_percent_encoded_size) -> str:
    """`text`, cut short (with an ellipsis) so that its size, char by char, is at most
    `limit`."""
    text = _valid_text(text)
    total = 0
    for i, char in enumerate(text):
        total += size(char)
        if total > limit:
            break
    else:
        return text
    budget, kept = limit - sum(size(c) for c in _ELLIPSIS), 0
    for char in text:
        budget -= size(char)
        if budget < 0:
            break
        kept += 1
    return text[:kept] + _ELLIPSIS


def _detail_text(text: str) -> str:
    return fit(text, MAX_DETAIL_TEXT_BYTES, _utf8_size)


def violation(field: str, description: str) -> error_details_pb2.BadRequest.FieldViolation:
    return error_details_pb2.BadRequest.FieldViolation(field=_detail_text(field),
                                                       description=_detail_text(description))


def build_status(code: StatusCode, message: str, reason: str, metadata: dict[str, str],
                 extra: list | None = None) -> status_pb2.Status:
    """A google.rpc.Status with one ErrorInfo (our domain) and any further details, each of
    its strings bounded (the backend's codes and request ids are not ours to trust)."""
    metadata = {_detail_text(k): _detail_text(v) for k, v in metadata.items()}
    info = error_details_pb2.ErrorInfo(reason=_detail_text(reason), domain=DOMAIN,
                                       metadata=metadata)
    status = status_pb2.Status(code=code.value[0], message=_valid_text(message))
    for detail in [info, *(extra or [])]:
        status.details.add().Pack(detail)
    return status


# botocore's validation report names the parameter; its values are dropped, as they may be
# passwords or tokens.
_PARAM = re.compile(r'(?P<what>[^:]*?) ?(?:for )?parameter(?: in input)?:? "?(?P<field>[\w.\[\]]+)"?')


def _field_violations(report: str) -> list[error_details_pb2.BadRequest.FieldViolation]:
    violations = []
    for line in report.splitlines():
        match = _PARAM.search(line)
        if match:
            what = match.group("what").strip().lower() or "invalid"
            bounds = re.search(r"valid (min|max) (length|value): \d+", line)
            description = what + (f" ({bounds.group(0)})" if bounds else "")
            violations.append(violation(match.group("field"), description))
    return violations[:MAX_FIELD_VIOLATIONS]


def to_status(error: BaseException, request_id: str) -> status_pb2.Status:
    """The google.rpc.Status for `error`. Our own messages never quote request values; the
    backend's may (to_grpc_status scrubs them)."""
    if isinstance(error, botocore.exceptions.ClientError):
        err = error.response.get("Error", {})
        meta = error.response.get("ResponseMetadata", {})
        aws_code = err.get("Code", "Unknown")
        code = code_for_aws(aws_code, meta.get("HTTPStatusCode"))
        metadata = {"awsErrorCode": aws_code, "awsRequestId": meta.get("RequestId", ""),
                    "requestId": request_id}
        extra = []
        if aws_code in _THROTTLING:
            extra.append(error_details_pb2.RetryInfo(
                retry_delay=duration_pb2.Duration(seconds=THROTTLE_RETRY_SECONDS)))
        violations = err.get("FieldViolations")  # the embedded engine names the members
        if violations:
            extra.append(error_details_pb2.BadRequest(field_violations=[
                error_details_pb2.BadRequest.FieldViolation(
                    field=v["Field"], description=v["Description"]) for v in violations]))
        message = err.get("Message") or aws_code
        return build_status(code, message, reason_for(aws_code), metadata, extra)
    if isinstance(error, botocore.exceptions.ParamValidationError):
        violations = _field_violations(str(error.kwargs.get("report", "")))
        fields = ", ".join(v.field for v in violations) or "request"
        return build_status(_INVALID, f"invalid request: {fields}", "INVALID_REQUEST",
                       {"requestId": request_id},
                       [error_details_pb2.BadRequest(field_violations=violations)])
    if isinstance(error, CodecError):
        bad = error_details_pb2.BadRequest(
            field_violations=[violation(error.field, error.description)])
        return build_status(_INVALID, str(error), "INVALID_REQUEST", {"requestId": request_id},
                            [bad])
    if isinstance(error, DeadlinePassed):
        return build_status(StatusCode.DEADLINE_EXCEEDED, "deadline exceeded before the backend "
                       "answered", "DEADLINE_EXCEEDED", {"requestId": request_id})
    if isinstance(error, ShuttingDown):
        return build_status(StatusCode.UNAVAILABLE, str(error), "SHUTTING_DOWN",
                            {"requestId": request_id})
    if isinstance(error, ServerBusy):
        retry = error_details_pb2.RetryInfo(
            retry_delay=duration_pb2.Duration(seconds=THROTTLE_RETRY_SECONDS))
        return build_status(_EXHAUSTED, str(error), "SERVER_BUSY", {"requestId": request_id},
                            [retry])
    if isinstance(error, ResponseTooLarge):
        return build_status(_EXHAUSTED, str(error), "RESPONSE_TOO_LARGE",
                            {"requestId": request_id})
    if isinstance(error, BackendUnimplemented):
        return build_status(StatusCode.UNIMPLEMENTED, str(error), "NOT_IMPLEMENTED_BY_BACKEND",
                       {"requestId": request_id})
    if isinstance(error, EmbeddedFailure):
        return build_status(_INTERNAL, f"{error} (request id {request_id})",
                            "EMBEDDED_BACKEND_FAILED", {"requestId": request_id})
    if isinstance(error, UNREACHABLE):
        return build_status(StatusCode.UNAVAILABLE, f"backend unavailable: {type(error).__name__}",
                       "BACKEND_UNAVAILABLE", {"requestId": request_id})
    return build_status(_INTERNAL, f"internal error (request id {request_id})", "INTERNAL",
                   {"requestId": request_id})


def to_grpc_status(error: BaseException, request_id: str, credentials: Collection[str] = ()):
    """The grpc.Status (code, message and the details trailer) for `error`.

    The caller gets the backend's message as it is, with only `credentials` (the passwords,
    tokens, sessions, secret hashes and codes the request carried) taken out: moto, say, puts
    a refused access token or session in it. Logs scrub far more (redact.sensitive_values).
    """
    status = to_status(error, request_id)
    status.message = redact.scrub(status.message, set(credentials))
    return grpc_status(status)


def grpc_status(status: status_pb2.Status):
    """`status` as grpc sends it, bounded by its size on the wire whatever it holds (emoji,
    NUL, megabytes), so that the caller always receives its code: the message cut to
    MAX_MESSAGE_WIRE_BYTES percent-encoded, and the details to MAX_DETAILS_BYTES (the
    ErrorInfo first, the others dropped last to first)."""
    status.message = fit(status.message, MAX_MESSAGE_WIRE_BYTES)
    while status.ByteSize() > MAX_DETAILS_BYTES and len(status.details) > 1:
        del status.details[-1]
    return rpc_status.to_status(status)
