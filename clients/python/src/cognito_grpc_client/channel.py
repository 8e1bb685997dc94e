"""A channel to cognito-grpc that sends credentials, the region and a default deadline."""

from __future__ import annotations

import grpc
from cognito.idp.v1 import service_pb2_grpc
from google.rpc import error_details_pb2
from grpc_status import rpc_status


class _CallDefaults(grpc.UnaryUnaryClientInterceptor, grpc.UnaryStreamClientInterceptor):
    def __init__(self, metadata: tuple[tuple[str, str], ...], timeout: float | None):
        self._metadata = metadata
        self._timeout = timeout

    def _details(self, details: grpc.ClientCallDetails) -> grpc.ClientCallDetails:
        given = tuple(details.metadata or ())
        names = {key for key, _ in given}
        metadata = given + tuple(kv for kv in self._metadata if kv[0] not in names)
        timeout = details.timeout if details.timeout is not None else self._timeout
        return _Details(details, metadata, timeout)

    def intercept_unary_unary(self, continuation, client_call_details, request):
        return continuation(self._details(client_call_details), request)

    def intercept_unary_stream(self, continuation, client_call_details, request):
        return continuation(self._details(client_call_details), request)


class _Details(grpc.ClientCallDetails):
    def __init__(self, base, metadata, timeout):
        self.method = base.method
        self.metadata = metadata
        self.timeout = timeout
        self.credentials = base.credentials
        self.wait_for_ready = getattr(base, "wait_for_ready", None)
        self.compression = getattr(base, "compression", None)


class Connection:
    """The generated CognitoIdentityProviderService stub plus its channel.

    `conn.AdminGetUser(request)` calls the RPC; `conn.channel` is the grpc.Channel; use it as
    a context manager or call `close()`.
    """

    def __init__(self, channel: grpc.Channel, target: str):
        self.channel = channel
        self.target = target
        self.stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)

    def __getattr__(self, name):
        return getattr(self.stub, name)

    def close(self) -> None:
        self.channel.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def connect(target: str, *, tls: bool | grpc.ChannelCredentials = False,
            api_key: str | None = None, bearer_token: str | None = None,
            region: str | None = None, timeout: float | None = 30.0,
            options: list[tuple[str, object]] | None = None) -> Connection:
    """Connect to a cognito-grpc server at `target` (host:port).

    tls: False for plaintext (loopback, sidecars), True for TLS with the system roots, or
    your own grpc.ChannelCredentials (e.g. with a client certificate for mTLS).
    timeout: the default deadline of every call in seconds (None: no deadline).
    """
    metadata = []
    if api_key:
        metadata.append(("x-api-key", api_key))
    if bearer_token:
        metadata.append(("authorization", f"Bearer {bearer_token}"))
    if region:
        metadata.append(("x-cognito-region", region))
    if tls is False:
        channel = grpc.insecure_channel(target, options=options)
    else:
        credentials = grpc.ssl_channel_credentials() if tls is True else tls
        channel = grpc.secure_channel(target, credentials, options=options)
    channel = grpc.intercept_channel(channel, _CallDefaults(tuple(metadata), timeout))
    return Connection(channel, target)


def error_info(error: grpc.RpcError) -> error_details_pb2.ErrorInfo | None:
    """The ErrorInfo the server put in a failed call's status details, if any."""
    try:
        status = rpc_status.from_call(error) if isinstance(error, grpc.Call) else None
    except ValueError:  # details that do not match the call's code are not the server's
        return None
    for detail in status.details if status else ():
        if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            info = error_details_pb2.ErrorInfo()
            detail.Unpack(info)
            return info
    return None
