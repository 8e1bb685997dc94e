"""Servers in endpoint mode against a real moto server process: replicas, faults, shutdown."""

from __future__ import annotations

import concurrent.futures
import contextlib
import time

import grpc
import pytest
from cognito.idp.v1 import messages_pb2, service_pb2_grpc
from google.rpc import error_details_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_status import rpc_status

from cognito_grpc.backends import PROBE_TIMEOUT
from cognito_grpc_client import error_info
from tests.conftest import ServerProcess, eventually, wait_serving
from tests.support import FailingCognito, LatencyProxy, MotoServer

ENDPOINT_ENV = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}


def endpoint_server(url: str, *args: str, wait: bool = True) -> ServerProcess:
    return ServerProcess("--backend", "endpoint", "--endpoint-url", url, *args,
                         env=ENDPOINT_ENV, wait=wait)


def stub_for(address: str, channel_holder: list):
    channel = grpc.insecure_channel(address)
    channel_holder.append(channel)
    return service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)


@pytest.fixture
def moto():
    with MotoServer() as server:
        yield server


def health(address: str) -> str:
    with grpc.insecure_channel(address) as channel:
        try:
            response = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(), timeout=2)
        except grpc.RpcError as error:
            return error.code().name
    return health_pb2.HealthCheckResponse.ServingStatus.Name(response.status)


def test_three_replicas_share_one_backend(moto):
    replicas = [endpoint_server(moto.url) for _ in range(3)]
    channels: list = []
    try:
        stubs = [stub_for(r.address, channels) for r in replicas]
        pool = stubs[0].CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="shared"))
        pool_id = pool.user_pool.id
        stubs[1].AdminCreateUser(messages_pb2.AdminCreateUserRequest(
            user_pool_id=pool_id, username="carol"))
        for stub in stubs:
            users = stub.ListUsers(messages_pb2.ListUsersRequest(user_pool_id=pool_id)).users
            assert [u.username for u in users] == ["carol"]
    finally:
        for channel in channels:
            channel.close()
        for replica in replicas:
            assert replica.stop() == 0


def test_serving_only_once_the_backend_answers():
    backend = MotoServer()  # its port, with nothing listening yet
    server = endpoint_server(backend.url, wait=False)
    try:
        seen = set()
        until = time.monotonic() + 4
        while time.monotonic() < until:
            seen.add(health(server.address))
            time.sleep(0.1)
        assert "SERVING" not in seen and "NOT_SERVING" in seen
        backend.start()
        wait_serving(server.address, timeout=15)
    finally:
        server.stop()
        backend.stop()


def test_backend_outage_gives_unavailable_and_flips_health(moto):
    server = endpoint_server(moto.url, "--health-interval", "0.3", "--max-attempts", "2")
    revived = MotoServer(moto.port)
    channels: list = []
    try:
        stub = stub_for(server.address, channels)
        stub.ListUserPools(messages_pb2.ListUserPoolsRequest(max_results=1), timeout=5)
        moto.stop()

        started = time.monotonic()
        with pytest.raises(grpc.RpcError) as error:
            stub.ListUserPools(messages_pb2.ListUserPoolsRequest(max_results=1), timeout=5)
        assert error.value.code() in (grpc.StatusCode.UNAVAILABLE,
                                      grpc.StatusCode.DEADLINE_EXCEEDED)
        assert time.monotonic() - started < 5.5
        deadline = time.monotonic() + 10
        while health(server.address) != "NOT_SERVING" and time.monotonic() < deadline:
            time.sleep(0.1)
        assert health(server.address) == "NOT_SERVING"

        revived.start()  # the same address comes back
        wait_serving(server.address, timeout=15)
        stub.ListUserPools(messages_pb2.ListUserPoolsRequest(max_results=1), timeout=5)
    finally:
        for channel in channels:
            channel.close()
        server.stop()
        revived.stop()


def _at_least(backend, requests: int) -> None:
    assert backend.in_flight >= requests, f"{backend.in_flight} of {requests} requests waiting"


def wait_health(address: str, wanted: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while health(address) != wanted:
        assert time.monotonic() < deadline, f"health never became {wanted}"
        time.sleep(0.1)


def test_a_hung_backend_flips_health_and_does_not_hold_up_shutdown(moto):
    with LatencyProxy(moto.url, delay=0) as proxy:
        server = endpoint_server(proxy.url, "--health-interval", "0.3")
        try:
            proxy.delay = 30  # it takes requests now, and answers none in time
            started = time.monotonic()
            wait_health(server.address, "NOT_SERVING", timeout=20)
            # one probe attempt, bounded: not botocore's 30 s read timeout, three times over
            assert time.monotonic() - started < 2 * PROBE_TIMEOUT + 2
            proxy.delay = 0
            wait_serving(server.address, timeout=20)

            proxy.delay = 30
            eventually(lambda: _at_least(proxy, 1))  # a probe is waiting on the hung backend
            started = time.monotonic()
            assert server.stop() == 0
            assert time.monotonic() - started < PROBE_TIMEOUT + 3
        finally:
            server.stop()


@contextlib.contextmanager
def behind_slow_backend(moto, delay: float, *args: str):
    """A server whose backend answers `delay` seconds late: (server, stub, proxy). The delay
    stays under PROBE_TIMEOUT, or the server never reports SERVING."""
    with LatencyProxy(moto.url, delay=delay) as proxy:
        server = endpoint_server(proxy.url, "--health-interval", "60", *args, wait=False)
        channels: list = []
        try:
            wait_serving(server.address, timeout=30)
            yield server, stub_for(server.address, channels), proxy
        finally:
            for channel in channels:
                channel.close()
            server.stop()


def test_deadline_bounds_a_slow_backend(moto):
    with behind_slow_backend(moto, 2.0) as (server, stub, _):
        started = time.monotonic()
        with pytest.raises(grpc.RpcError) as error:
            stub.ListUserPools(messages_pb2.ListUserPoolsRequest(max_results=1), timeout=0.5,
                               metadata=(("x-request-id", "slow"),))
        assert error.value.code() is grpc.StatusCode.DEADLINE_EXCEEDED
        assert time.monotonic() - started < 1.5
        # the server itself answered at the deadline (grpc alone would have cancelled the call)
        line = server.logged("slow")
        assert line["grpc_code"] == "DEADLINE_EXCEEDED" and line["duration_ms"] < 1000


def test_deadline_stops_botocore_retries():
    with FailingCognito(delay=0.3, operation="AdminGetUser") as backend:
        server = endpoint_server(backend.url, "--max-attempts", "6", "--health-interval", "60")
        channels: list = []
        try:
            stub = stub_for(server.address, channels)
            with pytest.raises(grpc.RpcError) as error:
                stub.AdminGetUser(messages_pb2.AdminGetUserRequest(
                    user_pool_id="us-east-1_x", username="u"), timeout=0.5)
            assert error.value.code() is grpc.StatusCode.DEADLINE_EXCEEDED
            time.sleep(4)  # what six attempts with backoff would have taken
            assert 1 <= backend.attempts <= 2
        finally:
            for channel in channels:
                channel.close()
            server.stop()


def test_sigterm_lets_twenty_in_flight_calls_finish(moto):
    with behind_slow_backend(moto, 2.0, "--shutdown-grace", "15") as (server, stub, proxy), \
            grpc.insecure_channel(server.address) as watching:
        request = messages_pb2.ListUserPoolsRequest(max_results=1)
        watch = health_pb2_grpc.HealthStub(watching).Watch(health_pb2.HealthCheckRequest(),
                                                            timeout=20)
        assert next(watch).status == health_pb2.HealthCheckResponse.SERVING
        with concurrent.futures.ThreadPoolExecutor(20) as pool:
            futures = [pool.submit(stub.ListUserPools, request, timeout=20) for _ in range(20)]
            eventually(lambda: _at_least(proxy, 20))  # all 20 wait on the slow backend now
            server.terminate()
            assert next(watch).status == health_pb2.HealthCheckResponse.NOT_SERVING
            watch.cancel()
            # while the 20 drain, a new call is refused
            with grpc.insecure_channel(server.address) as late:
                with pytest.raises(grpc.RpcError) as refused:
                    service_pb2_grpc.CognitoIdentityProviderServiceStub(late).ListUserPools(
                        request, timeout=2)
            assert refused.value.code() is grpc.StatusCode.UNAVAILABLE
            assert not any(f.done() for f in futures)  # it was refused during the drain
            results = [f.result() for f in futures]  # raises if any failed
        assert len(results) == 20
        assert server.process.wait(20) == 0
        with pytest.raises(grpc.RpcError):  # and nothing is served after the drain
            stub.ListUserPools(request, timeout=2)


def test_calls_past_the_concurrency_limit_get_resource_exhausted(moto):
    with behind_slow_backend(moto, 2.0, "--max-concurrency", "3") as (server, stub, proxy):
        request = messages_pb2.ListUserPoolsRequest(max_results=1)
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            futures = [pool.submit(stub.ListUserPools.future(request, timeout=10).exception)
                       for _ in range(8)]
            def three_wait_five_refused():
                assert proxy.in_flight >= 3 and sum(f.done() for f in futures) >= 5
            eventually(three_wait_five_refused)
            # a busy server is still a healthy one: probes are not counted against the limit
            assert health(server.address) == "SERVING"
            with pytest.raises(grpc.RpcError) as stream_refused:  # streams count, too
                list(stub.ListUsersStream(messages_pb2.ListUsersRequest(
                    user_pool_id="us-east-1_x"), timeout=5))
            assert stream_refused.value.code() is grpc.StatusCode.RESOURCE_EXHAUSTED
            outcomes = [f.result() for f in futures]
        refused = [e for e in outcomes if e is not None]
        assert len(outcomes) - len(refused) >= 3
        assert refused and all(e.code() is grpc.StatusCode.RESOURCE_EXHAUSTED for e in refused)
        assert "--max-concurrency" in refused[0].details()
        assert error_info(refused[0]).reason == "SERVER_BUSY"
        assert any(detail.Is(error_details_pb2.RetryInfo.DESCRIPTOR)
                   for detail in rpc_status.from_call(refused[0]).details)
        # refused calls are logged like any other (each line just after its call answered)
        def all_busy_logged():
            busy = [line for line in server.rpc_lines() if line["grpc_code"] == "RESOURCE_EXHAUSTED"]
            assert len(busy) >= len(refused) + 1  # and the stream
            return busy
        assert len(eventually(all_busy_logged)) == len(refused) + 1
