"""The server process: configuration errors, region routing, bad bytes, streaming."""

from __future__ import annotations

import os
import random
import re
import socket
import subprocess
import sys

import grpc
import pytest
from cognito.idp.v1 import enums_pb2, messages_pb2, service_pb2_grpc

from cognito_grpc_client import error_info
from tests.conftest import SERVICE, ServerProcess, free_port, require_tool


def run_cli(*args: str, env: dict | None = None, timeout: float = 20):
    return subprocess.run([sys.executable, "-m", "cognito_grpc", *args], capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


def test_port_in_use_exits_with_one_line():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("serve", "--listen", f"127.0.0.1:{port}")
    assert result.returncode != 0
    lines = [line for line in result.stderr.strip().splitlines() if line.startswith("cognito-grpc")]
    assert lines and "cannot listen" in lines[-1], result.stderr
    assert "Traceback" not in result.stderr


def test_region_from_metadata_then_from_the_pool_id(stub):
    created = stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="eu"),
                                  metadata=(("x-cognito-region", "eu-west-1"),))
    pool_id = created.user_pool.id
    assert pool_id.startswith("eu-west-1_")
    # no header: the pool id's prefix routes the call to eu-west-1, where the pool lives
    stub.AdminCreateUser(messages_pb2.AdminCreateUserRequest(user_pool_id=pool_id, username="e"))
    listed = stub.ListUserPools(messages_pb2.ListUserPoolsRequest(max_results=60))
    assert pool_id not in [p.id for p in listed.user_pools]  # the default region has not it
    with pytest.raises(grpc.RpcError) as error:
        stub.ListUserPools(messages_pb2.ListUserPoolsRequest(max_results=1),
                           metadata=(("x-cognito-region", "../etc"),))
    assert error.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert "x-cognito-region" in error.value.details()


@pytest.mark.parametrize("metadata,request_pool,field", [
    ((("x-cognito-region", "aa-bb-1"),), "", "x-cognito-region"),
    ((("x-cognito-region", "cn-north-1"),), "", "x-cognito-region"),  # moto has no China
    ((), "xx-yyyy-9_abc", "UserPoolId"),
])
def test_a_region_the_embedded_backend_does_not_serve_is_invalid_argument(stub, metadata,
                                                                         request_pool, field):
    with pytest.raises(grpc.RpcError) as error:
        if request_pool:
            stub.ListUsers(messages_pb2.ListUsersRequest(user_pool_id=request_pool), timeout=5)
        else:
            stub.ListUserPools(messages_pb2.ListUserPoolsRequest(max_results=1),
                               metadata=metadata, timeout=5)
    assert error.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert error.value.details().startswith(f"{field}: ")
    assert "not a region the embedded backend serves" in error.value.details()


def test_errors_carry_error_info(stub):
    pool = stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="errs")).user_pool
    with pytest.raises(grpc.RpcError) as error:
        stub.AdminGetUser(messages_pb2.AdminGetUserRequest(user_pool_id=pool.id, username="x"))
    assert error.value.code() is grpc.StatusCode.NOT_FOUND
    info = error_info(error.value)
    assert info.reason == "USER_NOT_FOUND" and info.domain == "cognito-idp.amazonaws.com"
    assert info.metadata["awsErrorCode"] == "UserNotFoundException"
    assert info.metadata["awsRequestId"]


def test_missing_required_field_is_invalid_argument_naming_it(stub):
    with pytest.raises(grpc.RpcError) as error:
        stub.AdminGetUser(messages_pb2.AdminGetUserRequest(user_pool_id="us-east-1_x"))
    assert error.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert error.value.details() == ("1 validation error detected: Value null at 'username' "
                                     "failed to satisfy constraint: Member must not be null")


def test_request_id_is_echoed_or_generated(stub):
    _, call = stub.ListUserPools.with_call(messages_pb2.ListUserPoolsRequest(max_results=1),
                                           metadata=(("x-request-id", "abc-123"),))
    assert ("x-request-id", "abc-123") in call.trailing_metadata()
    _, call = stub.ListUserPools.with_call(messages_pb2.ListUserPoolsRequest(max_results=1))
    generated = dict(call.trailing_metadata())["x-request-id"]
    assert len(generated) == 32
    assert dict(call.trailing_metadata())["x-amzn-requestid"]
    with pytest.raises(grpc.RpcError) as error:  # failures carry it too
        stub.AdminGetUser(messages_pb2.AdminGetUserRequest(user_pool_id="us-east-1_x",
                                                           username="u"),
                          metadata=(("x-request-id", "req-9"),))
    assert ("x-request-id", "req-9") in error.value.trailing_metadata()


@pytest.mark.parametrize("sent", ["caf\u00e9".encode(), b"\xff\xfe-bad", b"a\x7fb"])
def test_a_request_id_that_is_not_visible_ascii_is_replaced_not_echoed(server, sent):
    """grpc clients refuse to send such a header, so curl speaks HTTP/2 gRPC itself."""
    curl = require_tool("curl")
    body = messages_pb2.ListUserPoolsRequest(max_results=1).SerializeToString()
    result = subprocess.run(
        [curl, "-s", "--http2-prior-knowledge", "-o", "/dev/null", "-D", "-", "--max-time", "10",
         "-H", "content-type: application/grpc", "-H", "te: trailers",
         "-H", b"x-request-id: " + sent, "--data-binary", "@-",
         f"http://{server.address}/{SERVICE}/ListUserPools"],
        input=b"\0" + len(body).to_bytes(4, "big") + body, capture_output=True, timeout=20)
    headers = dict(line.split(b": ", 1) for line in result.stdout.splitlines() if b": " in line)
    assert headers.get(b"grpc-status") == b"0", result.stdout
    assert re.fullmatch(rb"[0-9a-f]{32}", headers[b"x-request-id"])  # a fresh one


def test_values_aws_cannot_take_are_invalid_argument_not_internal(stub):
    recovery = messages_pb2.InitiatePointInTimeRecoveryRequest(user_pool_id="us-east-1_x")
    recovery.restore_timestamp.seconds = 10**15
    webauthn = messages_pb2.CompleteWebAuthnRegistrationRequest(access_token="t" * 20)
    webauthn.credential.number_value = float("nan")
    for call, request, field in ((stub.InitiatePointInTimeRecovery, recovery, "RestoreTimestamp"),
                                 (stub.CompleteWebAuthnRegistration, webauthn, "Credential")):
        with pytest.raises(grpc.RpcError) as error:
            call(request, timeout=5)
        assert error.value.code() is grpc.StatusCode.INVALID_ARGUMENT
        assert error.value.details().startswith(f"{field}: ")


def test_a_response_over_the_message_limit_is_refused_with_a_reason_and_logged():
    server = ServerProcess("--max-message-bytes", "65536")
    try:
        with grpc.insecure_channel(server.address) as channel:
            stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
            pool = stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="big"))
            pool_id = pool.user_pool.id
            for i in range(40):  # 40 x 2 KB: about 80 KB in one page
                stub.CreateGroup(messages_pb2.CreateGroupRequest(
                    user_pool_id=pool_id, group_name=f"g{i}", description="d" * 2000))
            assert len(stub.ListGroups(messages_pb2.ListGroupsRequest(
                user_pool_id=pool_id, limit=10)).groups) == 10
            big = messages_pb2.ListGroupsRequest(user_pool_id=pool_id, limit=60)
            for call, request_id in ((stub.ListGroups, "big-page"),
                                     (lambda r, **kw: list(stub.ListGroupsStream(r, **kw)),
                                      "big-stream")):
                with pytest.raises(grpc.RpcError) as error:
                    call(big, timeout=10, metadata=(("x-request-id", request_id),))
                assert error.value.code() is grpc.StatusCode.RESOURCE_EXHAUSTED
                assert "--max-message-bytes allows 65536" in error.value.details()
                assert error_info(error.value).reason == "RESPONSE_TOO_LARGE"
                assert server.logged(request_id)["grpc_code"] == "RESOURCE_EXHAUSTED"
    finally:
        server.stop()


def test_a_page_token_the_backend_never_issued_is_invalid_argument(stub):
    pool = stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="tokens")).user_pool
    with pytest.raises(grpc.RpcError) as error:
        stub.ListGroups(messages_pb2.ListGroupsRequest(user_pool_id=pool.id,
                                                       next_token="not-a-token"), timeout=5)
    assert error.value.code() is grpc.StatusCode.INVALID_ARGUMENT


def _initiate_without_auth_parameters(stub):
    pool = stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="gaps")).user_pool
    client = stub.CreateUserPoolClient(messages_pb2.CreateUserPoolClientRequest(
        user_pool_id=pool.id, client_name="c", explicit_auth_flows=[
            enums_pb2.EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_USER_PASSWORD_AUTH])).user_pool_client
    with pytest.raises(grpc.RpcError) as error:
        stub.InitiateAuth(messages_pb2.InitiateAuthRequest(
            client_id=client.client_id, auth_flow=enums_pb2.AUTH_FLOW_TYPE_USER_PASSWORD_AUTH),
            timeout=5)
    return error.value


def test_moto_failing_on_input_it_never_checks_says_so():
    server = ServerProcess("--backend", "moto")
    try:
        with grpc.insecure_channel(server.address) as channel:
            error = _initiate_without_auth_parameters(
                service_pb2_grpc.CognitoIdentityProviderServiceStub(channel))
    finally:
        server.stop()
    # no AuthParameters: moto raises AttributeError
    assert error.code() is grpc.StatusCode.INTERNAL
    assert error_info(error).reason == "EMBEDDED_BACKEND_FAILED"
    assert "failed on this InitiateAuth request (AttributeError)" in error.details()


def test_the_engine_checks_what_moto_does_not(stub):
    error = _initiate_without_auth_parameters(stub)
    assert error.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert error_info(error).reason == "INVALID_PARAMETER"
    assert error.details() == "Missing required parameter USERNAME"


SECRET_TOKEN = "eyJ-Sekr3t-MARKER-" + "x" * 40


@pytest.mark.parametrize("call", [
    lambda stub: stub.ChangePassword(messages_pb2.ChangePasswordRequest(
        access_token=SECRET_TOKEN, previous_password="Old-Passw0rd!",
        proposed_password="New-Passw0rd!"), timeout=5),
    lambda stub: stub.RespondToAuthChallenge(messages_pb2.RespondToAuthChallengeRequest(
        client_id="abc", challenge_name=enums_pb2.CHALLENGE_NAME_TYPE_NEW_PASSWORD_REQUIRED,
        session=SECRET_TOKEN, challenge_responses={"USERNAME": "u"}), timeout=5),
], ids=["ChangePassword", "RespondToAuthChallenge"])
def test_error_messages_never_echo_a_secret_the_request_carried(stub, call):
    # moto's message for a refused token or session is the token or session itself
    with pytest.raises(grpc.RpcError) as error:
        call(stub)
    assert error.value.code() in (grpc.StatusCode.UNAUTHENTICATED, grpc.StatusCode.NOT_FOUND)
    assert "MARKER" not in error.value.details()
    assert not [v for k, v in error.value.trailing_metadata() if b"MARKER" in (
        v if isinstance(v, bytes) else v.encode())]


def test_unimplemented_operation_names_operation_and_backend():
    """The engine serves every operation (tests/engine/test_coverage.py); moto does not."""
    from cognito_grpc import coverage

    operation = "ListCIMDPolicies"  # its only required member is UserPoolId
    assert operation not in coverage.served("moto")
    server = ServerProcess("--backend", "moto")
    try:
        with grpc.insecure_channel(server.address) as channel:
            stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
            with pytest.raises(grpc.RpcError) as error:
                getattr(stub, operation)(getattr(messages_pb2, operation + "Request")(
                    user_pool_id="us-east-1_x"), timeout=20)
    finally:
        server.stop()
    assert error.value.code() is grpc.StatusCode.UNIMPLEMENTED
    assert operation in error.value.details()
    assert "moto" in error.value.details()


@pytest.mark.parametrize("method", ["AdminGetUser", "ListUsersStream"])
@pytest.mark.parametrize("payload", [b"\xff\xff\xff\xff", b"\x0a\xff\x01",
                                     random.Random(64).randbytes(64), b"\x12" * 300],
                         ids=["ff", "truncated-field", "random", "deep-nesting"])
def test_garbage_bytes_never_crash_the_server(server, channel, method, payload):
    request_id = f"garbage-{method}-{payload[:8].hex()}"
    call = (channel.unary_stream if method.endswith("Stream") else channel.unary_unary)(
        f"/{SERVICE}/{method}", request_serializer=None, response_deserializer=None)
    with pytest.raises(grpc.RpcError) as error:
        list(call(payload, timeout=5, metadata=(("x-request-id", request_id),)))
    # bytes that happen to parse are a request like any other (moto: no such pool)
    assert error.value.code() in (grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.NOT_FOUND)
    assert server.process.poll() is None
    # and it keeps serving
    raw_ok = channel.unary_unary(f"/{SERVICE}/ListUserPools")
    raw_ok(messages_pb2.ListUserPoolsRequest(max_results=1).SerializeToString(), timeout=5)
    # and the call was logged like any other
    line = server.logged(request_id)
    assert line["grpc_code"] == error.value.code().name
    assert "Exception in callback" not in server.logs()


def test_streaming_walks_every_page_and_stops_on_cancel(server, stub):
    pool = stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="pages")).user_pool
    for i in range(40):
        stub.AdminCreateUser(messages_pb2.AdminCreateUserRequest(user_pool_id=pool.id,
                                                                 username=f"user{i:02}"))
    pages = list(stub.ListUsersStream(messages_pb2.ListUsersRequest(user_pool_id=pool.id,
                                                                     limit=15)))
    assert [len(p.users) for p in pages] == [15, 15, 10]
    assert sorted(u.username for p in pages for u in p.users) == [f"user{i:02}" for i in range(40)]
    stream = stub.ListUsersStream(messages_pb2.ListUsersRequest(user_pool_id=pool.id, limit=1),
                                  metadata=(("x-request-id", "cancelled-stream"),))
    first = next(stream)
    assert len(first.users) == 1
    stream.cancel()
    with pytest.raises(grpc.RpcError) as error:
        list(stream)
    assert error.value.code() is grpc.StatusCode.CANCELLED
    # the server stopped fetching pages: it had 40 to go, one call into the backend each
    line = server.logged("cancelled-stream")
    assert line["grpc_code"] == "CANCELLED" and line["messages"] < 40
    assert "Task exception was never retrieved" not in server.logs()


def test_free_port_helper_gives_loopback_ports():
    assert 0 < free_port() < 65536


@pytest.mark.parametrize("listen,expected", [
    (None, "127.0.0.1:50051"), ("0.0.0.0:6000", "127.0.0.1:6000"),
    ("127.0.0.2:7000", "127.0.0.2:7000"), ("[::]:8000", "127.0.0.1:8000"),
])
def test_health_command_defaults_to_this_machines_server(listen, expected):
    from cognito_grpc import healthcheck

    environ = {} if listen is None else {"COGNITO_GRPC_LISTEN": listen}
    assert healthcheck.default_address(environ) == expected


@pytest.fixture(scope="module")
def moto_stub():
    server = ServerProcess("--backend", "moto")
    with grpc.insecure_channel(server.address) as channel:
        yield service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
    server.stop()


def test_error_messages_keep_what_the_caller_named_and_lose_only_credentials(moto_stub):
    """moto's UsernameExistsException message is the username itself: the caller gets it
    back (only logs redact usernames); a password in the same message would be taken out."""
    stub = moto_stub
    pool = stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="names")).user_pool
    request = messages_pb2.AdminCreateUserRequest(
        user_pool_id=pool.id, username="named-caller-42", temporary_password="Temp-Pass-1!",
        message_action=enums_pb2.MESSAGE_ACTION_TYPE_SUPPRESS)
    stub.AdminCreateUser(request, timeout=10)
    with pytest.raises(grpc.RpcError) as error:
        stub.AdminCreateUser(request, timeout=10)
    assert error.value.code() is grpc.StatusCode.ALREADY_EXISTS
    assert "named-caller-42" in error.value.details()
