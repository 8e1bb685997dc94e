"""What one RPC learns about itself as it runs, shared by the interceptors and the service.

The outermost interceptor starts a Call; the auth interceptor fills in the principal and the
service the AWS facts; the logging and metrics interceptors read it when the call ends.
"""

from __future__ import annotations

import contextvars
import dataclasses
import uuid

import grpc
from google.protobuf.message import DecodeError

from cognito_grpc_client import empties

REQUEST_ID_HEADER = "x-request-id"
AWS_REQUEST_ID_HEADER = "x-amzn-requestid"
_MAX_REQUEST_ID = 128
_DEADLINE_SLACK = 0.1  # seconds


@dataclasses.dataclass
class Call:
    method: str  # full method path, /package.Service/Method
    request_id: str
    principal: str = "anonymous"
    code: grpc.StatusCode = grpc.StatusCode.OK
    aws_error_code: str = ""
    aws_request_id: str = ""
    response: object = None
    error: BaseException | None = None
    # The empty lists and maps of the response (empties' overlay; None: too many to say).
    empty: dict | None = dataclasses.field(default_factory=dict)

    def response_metadata(self) -> tuple[tuple[str, str], ...]:
        """Sent back as trailing metadata: in the call's last batch, so it costs no extra
        write (initial metadata sent early would)."""
        pairs = ((REQUEST_ID_HEADER, self.request_id),)
        if self.aws_request_id:
            pairs += ((AWS_REQUEST_ID_HEADER, self.aws_request_id),)
        return pairs + empties.encode(self.empty)


class UndecodableRequest:
    """What the deserializer hands on for bytes that are not the method's request message;
    the handler turns it into INVALID_ARGUMENT (grpc itself would answer UNKNOWN)."""

    def __init__(self, message_name: str):
        self.message_name = message_name


def lenient(message_class):
    """A request deserializer that hands on an UndecodableRequest instead of raising."""
    parse = message_class.FromString

    def deserialize(data: bytes):
        try:
            return parse(data)
        except DecodeError:
            return UndecodableRequest(message_class.DESCRIPTOR.name)
    return deserialize


current: contextvars.ContextVar[Call | None] = contextvars.ContextVar("current_call",
                                                                       default=None)


def request_id_from(metadata) -> str:
    """The caller's x-request-id when it is sane, else a fresh one."""
    for key, value in metadata or ():
        if key == REQUEST_ID_HEADER and isinstance(value, str):
            # echoed back as a header: visible ASCII only, or grpc refuses the whole response
            if 0 < len(value) <= _MAX_REQUEST_ID and value.isascii() and value.isprintable():
                return value
    return uuid.uuid4().hex


def metadata_value(metadata, key: str) -> str | None:
    for k, v in metadata or ():
        if k == key:
            return v
    return None


def cancelled_code(context) -> grpc.StatusCode:
    """What a call grpc cancelled ended with: DEADLINE_EXCEEDED when its deadline had come
    (grpc's cancellation can beat the service's own deadline check to it), else CANCELLED.
    The client's deadline fires first and its cancel arrives while the server, which started
    the clock a network hop later, still has a little time left: hence the slack."""
    remaining = context.time_remaining()
    if remaining is not None and remaining <= _DEADLINE_SLACK:
        return grpc.StatusCode.DEADLINE_EXCEEDED
    return grpc.StatusCode.CANCELLED


async def abort(context, status) -> None:
    """Ends the call with `status` (a grpc.Status), the call's response metadata added."""
    call = current.get()
    if call is not None:
        call.code = status.code
    extra = call.response_metadata() if call is not None else ()
    await context.abort(status.code, status.details, tuple(status.trailing_metadata) + extra)
