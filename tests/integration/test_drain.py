"""SIGTERM with 30 calls in flight: each is served or refused UNAVAILABLE before it reaches the
backend, none CANCELLED, each logged, all within --shutdown-grace; embedded and endpoint."""

from __future__ import annotations

import contextlib
import json
import time

import boto3
import grpc
import pytest
from cognito.idp.v1 import messages_pb2 as m
from cognito.idp.v1 import service_pb2_grpc

from cognito_grpc_client import error_info
from tests.conftest import ServerProcess
from tests.support import LatencyProxy, MotoServer

CALLS = 30
GRACE = 10.0
HEAVY = [f"custom:a{i}" for i in range(10_000)]
ENV = {"AWS_ACCESS_KEY_ID": "t", "AWS_SECRET_ACCESS_KEY": "t"}


@contextlib.contextmanager
def serving(mode: str):
    """(server, stub, users in the backend's pool after the run or None) for `mode`."""
    if mode == "embedded":
        server = ServerProcess("--shutdown-grace", str(GRACE))
        yield server, None
        server.stop()
    else:
        with MotoServer() as moto:
            server = ServerProcess("--backend", "endpoint", "--endpoint-url", moto.url,
                                   "--shutdown-grace", str(GRACE), env=ENV)
            yield server, boto3.client("cognito-idp", region_name="us-east-1",
                                       endpoint_url=moto.url, **{
                                           "aws_access_key_id": "t",
                                           "aws_secret_access_key": "t"})
            server.stop()


def _logged_codes(server: ServerProcess) -> dict[str, str]:
    lines = [json.loads(text) for text in server.logs().splitlines() if text.startswith("{")]
    return {line["request_id"]: line["grpc_code"] for line in lines if "request_id" in line}


@pytest.mark.parametrize("after", [0.15, 0.5])
@pytest.mark.parametrize("mode", ["embedded", "endpoint"])
def test_sigterm_with_thirty_calls_in_flight(mode, after):
    with serving(mode) as (server, direct):
        channel = grpc.insecure_channel(server.address)
        stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
        pool = stub.CreateUserPool(m.CreateUserPoolRequest(pool_name="drain"), timeout=10)
        pool_id = pool.user_pool.id
        stub.AdminCreateUser(m.AdminCreateUserRequest(user_pool_id=pool_id, username="seed"),
                             timeout=10)
        # Half the calls keep moto busy for tens of ms each (holding the GIL, in embedded
        # mode: grpc's queue fills, as under load); half have an effect, so that the backend
        # shows which ones reached it.
        # moto walks every name it is given; the engine refuses names its schema lacks, and
        # scans the pool for a filter instead
        heavy = m.ListUsersRequest(user_pool_id=pool_id, attributes_to_get=HEAVY) \
            if mode != "embedded" else m.ListUsersRequest(user_pool_id=pool_id,
                                                          filter='email ^= "nobody"')
        futures = {}
        for i in range(CALLS):
            request_id = f"drain-{mode}-{after}-{i}"
            request = m.AdminCreateUserRequest(user_pool_id=pool_id, username=f"u{i}") \
                if i % 2 else heavy
            method = stub.AdminCreateUser if i % 2 else stub.ListUsers
            futures[request_id] = (f"u{i}" if i % 2 else None, method.future(
                request, timeout=30, metadata=(("x-request-id", request_id),)))
        time.sleep(after)
        signalled = time.monotonic()
        server.terminate()
        outcomes = {}
        for request_id, (username, future) in futures.items():
            error = future.exception(timeout=30)
            outcomes[request_id] = (username, error)
        assert server.process.wait(GRACE + 5) == 0
        exited = time.monotonic() - signalled
        channel.close()

        codes = {rid: (e.code() if e else grpc.StatusCode.OK) for rid, (_, e) in outcomes.items()}
        assert grpc.StatusCode.CANCELLED not in codes.values(), codes
        assert set(codes.values()) <= {grpc.StatusCode.OK, grpc.StatusCode.UNAVAILABLE}, codes
        assert exited < GRACE + 1
        logged = _logged_codes(server)
        for request_id, (username, error) in outcomes.items():
            if error is None:
                assert logged.get(request_id) == "OK", request_id
                continue
            info = error_info(error)
            if info is not None:  # refused by the server, which logged it
                assert info.reason == "SHUTTING_DOWN" and "did not reach" in error.details()
                assert logged.get(request_id) == "UNAVAILABLE", request_id
        if direct is not None:  # only the calls that completed created their user
            users = {u["Username"] for u in direct.list_users(UserPoolId=pool_id)["Users"]}
            for request_id, (username, error) in outcomes.items():
                if username is not None:
                    assert (username in users) == (error is None), (request_id, error)


def test_calls_a_hung_backend_holds_past_the_grace_are_answered_unavailable():
    with MotoServer() as moto, LatencyProxy(moto.url, delay=0) as proxy:
        server = ServerProcess("--backend", "endpoint", "--endpoint-url", proxy.url,
                               "--shutdown-grace", "2", "--health-interval", "60", env=ENV)
        channel = grpc.insecure_channel(server.address)
        try:
            stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
            proxy.delay = 30  # every call now waits on the backend
            before = proxy.arrived
            futures = [stub.ListUserPools.future(m.ListUserPoolsRequest(max_results=1),
                                                 timeout=30) for _ in range(5)]
            deadline = time.monotonic() + 10
            while proxy.arrived < before + 5:  # all five are at the backend
                assert time.monotonic() < deadline, "the calls never reached the backend"
                time.sleep(0.02)
            signalled = time.monotonic()
            server.terminate()
            errors = [f.exception(timeout=10) for f in futures]
            assert server.process.wait(10) == 0
            assert time.monotonic() - signalled < 2 + 1  # within the grace, and a little
            assert all(e is not None and e.code() is grpc.StatusCode.UNAVAILABLE for e in errors)
            assert all(error_info(e).reason == "SHUTTING_DOWN" and "may have taken effect" in
                       e.details() for e in errors)
        finally:
            channel.close()
            server.stop()
