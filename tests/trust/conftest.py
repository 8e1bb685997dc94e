"""The trust suite's helpers: an in-process server on a loopback port (so a test can read its
logs, metrics and verifier), calls by AWS-shaped dicts, and statuses with their ErrorInfo."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import sys
import threading
import time

import grpc
import pytest
from cognito.idp.v1 import service_pb2
from cognito.tokens.v1 import token_verifier_pb2
from google.protobuf import message_factory
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cognito_grpc_client import error_info  # noqa: F401  (tests import it from here)
from cognito_grpc import settings as config
from cognito_grpc.interceptors import logging as logging_interceptor
from cognito_grpc.server import Server
from cognito_grpc_client.codec import from_aws, to_aws
from tests.conftest import eventually

IDP = "cognito.idp.v1.CognitoIdentityProviderService"
TOKENS = "cognito.tokens.v1.TokenVerifierService"
PASSWORD = "Corr3ct-Horse!"
ADMIN_KEY = "admin-key-0123456789abcdef"


class MethodInfo:
    def __init__(self, service, method):
        self.path = f"/{service.full_name}/{method.name}"
        self.name = method.name
        self.request_class = message_factory.GetMessageClass(method.input_type)
        self.response_class = message_factory.GetMessageClass(method.output_type)
        self.streaming = method.server_streaming


def all_methods() -> list[MethodInfo]:
    """Every method of both services, from their descriptors."""
    services = [service_pb2.DESCRIPTOR.services_by_name["CognitoIdentityProviderService"],
                token_verifier_pb2.DESCRIPTOR.services_by_name["TokenVerifierService"]]
    return [MethodInfo(s, m) for s in services for m in s.methods]


METHODS = {m.path: m for m in all_methods()}


class LogCapture(io.TextIOBase):
    """A thread-safe text stream that keeps everything written to it."""

    def __init__(self):
        self._lock = threading.Lock()
        self._parts: list[str] = []

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        with self._lock:
            self._parts.append(text)
        return len(text)

    def text(self) -> str:
        with self._lock:
            return "".join(self._parts)

    def records(self) -> list[dict]:
        found = []
        for line in self.text().splitlines():
            with contextlib.suppress(ValueError):
                found.append(json.loads(line))
        return found

    def rpc_lines(self, method: str | None = None, at_least: int = 0,
                  timeout: float = 5) -> list[dict]:
        """The RPC lines (of `method`); waits for `at_least` of them, as a call's line is
        written just after its answer goes out."""
        deadline = time.monotonic() + timeout
        while True:
            lines = [r for r in self.records() if r.get("event") == "rpc" and
                     (method is None or r.get("rpc_method", "").endswith("/" + method))]
            if len(lines) >= at_least or time.monotonic() >= deadline:
                return lines
            time.sleep(0.02)

    def wait_rpc_lines(self, method: str | None, count: int = 1,
                       timeout: float = 10) -> list[dict]:
        """At least `count` RPC lines of `method`: each is written just after its call
        answers, so a test that reads it at once may find it missing."""
        def enough():
            lines = self.rpc_lines(method)
            assert len(lines) >= count, f"{len(lines)} of {count} {method} lines logged"
            return lines
        return eventually(enough, timeout)

    def last_rpc_line(self, method: str, count: int = 1, timeout: float = 5) -> dict:
        """The method's latest rpc line once there are `count` of them, waited for: each is
        written just after its response."""
        deadline = time.monotonic() + timeout
        while len(lines := self.rpc_lines(method)) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no rpc line for {method}")
            time.sleep(0.01)
        return lines[-1]


class _Switch(io.TextIOBase):
    """The one stream the process logs to: structlog caches its loggers on first use, so the
    stream is configured once and each server points it at its own capture."""

    def __init__(self):
        self.target = None

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        target = self.target
        return (target or sys.stderr).write(text)

    def flush(self) -> None:
        pass


_SWITCH = _Switch()


class InProcessServer:
    """cognito_grpc.server.Server on 127.0.0.1 (a free port), run by its own event loop on a
    background thread; its logs (debug level, JSON) go to `self.logs`."""

    def __init__(self, **values):
        values.setdefault("listen", "127.0.0.1:0")
        values.setdefault("health_interval", 0.2)
        values.setdefault("shutdown_grace", 1.0)
        # These tests seed moto's state in-process (boto_pool) and mint tokens with moto's
        # published key, to isolate each property; the engine's keys have tests of their own.
        values.setdefault("backend", "moto")
        self.settings = config.Settings(**values)
        config.validate(self.settings)
        self.logs = LogCapture()
        root = logging.getLogger()
        self._saved_logging = (root.handlers[:], root.level)
        logging_interceptor.configure("debug", "json", stream=_SWITCH)
        _SWITCH.target = self.logs
        self.server = Server(self.settings)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="server-loop",
                                       daemon=True)
        self.thread.start()
        try:
            self._run(self.server.start(), timeout=60)
        except BaseException:
            self.close()
            raise
        self.address = f"127.0.0.1:{self.server.port}"

    def _run(self, coroutine, timeout: float = 30):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.server.metrics_port}/metrics"

    def channel(self, credentials: grpc.ChannelCredentials | None = None,
                target_name: str | None = None) -> grpc.Channel:
        if credentials is None:
            return grpc.insecure_channel(self.address)
        options = [("grpc.ssl_target_name_override", target_name)] if target_name else []
        return grpc.secure_channel(self.address, credentials, options=options)

    def wait_serving(self, channel: grpc.Channel, timeout: float = 30) -> None:
        stub = health_pb2_grpc.HealthStub(channel)
        deadline = time.monotonic() + timeout
        while True:
            try:
                status = stub.Check(health_pb2.HealthCheckRequest(), timeout=2).status
                if status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError:
                if time.monotonic() > deadline:
                    raise
            if time.monotonic() > deadline:
                raise TimeoutError("server not SERVING")
            time.sleep(0.05)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._run(self.server.stop(), timeout=30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()
        _SWITCH.target = None
        root = logging.getLogger()
        root.handlers[:], level = self._saved_logging
        root.setLevel(level)


@contextlib.contextmanager
def running(**values):
    server = InProcessServer(**values)
    try:
        yield server
    finally:
        server.close()


# --- calls ------------------------------------------------------------------------------

def invoke(channel: grpc.Channel, path: str, request, metadata=(), timeout: float = 30):
    """The response (a list of them for server-streaming methods); raises grpc.RpcError."""
    info = METHODS[path]
    if info.streaming:
        stream = channel.unary_stream(path, request_serializer=info.request_class.SerializeToString,
                                      response_deserializer=info.response_class.FromString)
        return list(stream(request, metadata=tuple(metadata), timeout=timeout))
    unary = channel.unary_unary(path, request_serializer=info.request_class.SerializeToString,
                                response_deserializer=info.response_class.FromString)
    return unary(request, metadata=tuple(metadata), timeout=timeout)


def aws(channel: grpc.Channel, operation: str, params: dict | None = None, metadata=()) -> dict:
    """One Cognito operation, written as its AWS request, answered as its AWS response."""
    path = f"/{IDP}/{operation}"
    request = from_aws(METHODS[path].request_class, params or {})
    return to_aws(invoke(channel, path, request, metadata))


def verify(channel: grpc.Channel, metadata=(), **fields):
    request = token_verifier_pb2.VerifyTokenRequest(**fields)
    return invoke(channel, f"/{TOKENS}/VerifyToken", request, metadata)


def outcome(channel, path: str, metadata=()) -> tuple[grpc.StatusCode, str]:
    """(status code, ErrorInfo reason or "") of calling `path` with an empty request."""
    try:
        invoke(channel, path, METHODS[path].request_class(), metadata, timeout=30)
    except grpc.RpcError as error:
        info = error_info(error)
        return error.code(), info.reason if info else ""
    return grpc.StatusCode.OK, ""


def bearer(token: str) -> tuple[str, str]:
    return ("authorization", f"Bearer {token}")


def api_key(key: str) -> tuple[str, str]:
    return ("x-api-key", key)


# --- a user pool with a signed-in user --------------------------------------------------

def sign_in(channel, pool: str, client: str, username: str, password: str = PASSWORD,
            metadata=()) -> dict:
    return aws(channel, "AdminInitiateAuth", {
        "UserPoolId": pool, "ClientId": client, "AuthFlow": "ADMIN_USER_PASSWORD_AUTH",
        "AuthParameters": {"USERNAME": username, "PASSWORD": password}},
        metadata)["AuthenticationResult"]


def create_user(channel, pool: str, username: str, password: str = PASSWORD, metadata=()):
    aws(channel, "AdminCreateUser", {"UserPoolId": pool, "Username": username,
                                     "MessageAction": "SUPPRESS"}, metadata)
    aws(channel, "AdminSetUserPassword", {"UserPoolId": pool, "Username": username,
                                          "Password": password, "Permanent": True}, metadata)


@pytest.fixture
def moto_state():
    """An outer moto mock, so a test can create pools (and know their ids) before the server
    starts; the server's own mock nests inside it and keeps the state."""
    from moto import mock_aws

    with mock_aws():
        yield


def boto_pool(name: str = "trust", region: str = "us-east-1") -> tuple[str, str]:
    """(pool id, app client id), made straight in moto's state (inside moto_state)."""
    import boto3

    client = boto3.client("cognito-idp", region_name=region)
    pool = client.create_user_pool(PoolName=name)["UserPool"]["Id"]
    app = client.create_user_pool_client(
        UserPoolId=pool, ClientName="app",
        ExplicitAuthFlows=["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])
    return pool, app["UserPoolClient"]["ClientId"]
