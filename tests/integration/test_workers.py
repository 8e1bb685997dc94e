"""`--workers N`: worker processes behind one port, in endpoint mode in front of a moto server."""

from __future__ import annotations

import concurrent.futures
import json
import os
import signal
import socket
import subprocess
import sys
import time

import grpc
import pytest
from cognito.idp.v1 import enums_pb2, messages_pb2, service_pb2_grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from tests.conftest import ServerProcess, free_port
from tests.support import LatencyProxy, MotoServer, handled, scrape, started

ENDPOINT_ENV = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}
CHANNELS = 16  # SO_REUSEPORT spreads connections: 16 land on one worker of 2 once in 32,768


def fleet(url: str, *args: str, workers: int = 2) -> ServerProcess:
    return ServerProcess("--workers", str(workers), "--backend", "endpoint", "--endpoint-url",
                         url, "--health-interval", "0.5", *args, env=ENDPOINT_ENV)


def log_lines(server: ServerProcess) -> list[dict]:
    return [json.loads(text) for text in server.log_path.read_text().splitlines()
            if text.startswith("{")]


def worker_pids(server: ServerProcess) -> dict[int, int]:
    """worker id → pid of its latest process, from the supervisor's lines."""
    return {line["worker_id"]: line["pid"] for line in log_lines(server)
            if line["event"] == "worker started"}


def health(channel) -> str:
    try:
        status = health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(), timeout=1).status
    except grpc.RpcError as error:
        return error.code().name
    return health_pb2.HealthCheckResponse.ServingStatus.Name(status)


def poll(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.02)
    raise AssertionError(f"not within {timeout} s: {what}")


@pytest.fixture(scope="module")
def moto():
    with MotoServer() as server:
        yield server


def stubs(address: str, count: int) -> tuple[list, list]:
    """`count` stubs, each on its own TCP connection (a local subchannel pool: else grpc
    shares one connection between channels to the same address)."""
    channels = [grpc.insecure_channel(address, options=[("grpc.use_local_subchannel_pool", 1)])
                for _ in range(count)]
    return channels, [service_pb2_grpc.CognitoIdentityProviderServiceStub(c) for c in channels]


def create_pool(address: str, name: str) -> str:
    with grpc.insecure_channel(address) as channel:
        stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
        return stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name=name)).user_pool.id


def test_a_killed_worker_is_replaced_and_health_dips_and_recovers(moto):
    server = fleet(moto.url)
    try:
        before = poll(lambda: len(worker_pids(server)) == 2 and worker_pids(server), 10,
                      "both workers started")
        with grpc.insecure_channel(server.address) as channel:
            assert health(channel) == "SERVING"
            os.kill(before[1], signal.SIGKILL)
            poll(lambda: health(channel) == "NOT_SERVING", 10,
                 "the surviving worker reports NOT_SERVING")
            poll(lambda: health(channel) == "SERVING", 30, "SERVING again")
        after = worker_pids(server)
        assert after[1] != before[1] and after[2] == before[2]
        assert any(line["event"] == "worker died" and line["pid"] == before[1]
                   and line["exit_code"] == -signal.SIGKILL for line in log_lines(server))
        # the replacement serves calls: every connection gets an answer
        channels, clients = stubs(server.address, CHANNELS)
        try:
            for client in clients:
                client.ListUserPools(messages_pb2.ListUserPoolsRequest(max_results=1), timeout=10)
        finally:
            for channel in channels:
                channel.close()
    finally:
        assert server.stop() == 0


def test_sigterm_drains_every_worker_and_no_call_sent_before_it_is_lost(moto):
    pool = None
    with LatencyProxy(moto.url, delay=1.0) as slow:
        metrics_port = free_port()
        server = fleet(slow.url, "--metrics-address", f"127.0.0.1:{metrics_port}",
                       "--shutdown-grace", "20")
        channels, clients = stubs(server.address, CHANNELS)
        try:
            pool = create_pool(server.address, "drain")
            with concurrent.futures.ThreadPoolExecutor(2 * CHANNELS) as pool_of_threads:
                calls = [pool_of_threads.submit(
                    client.AdminCreateUser, messages_pb2.AdminCreateUserRequest(
                        user_pool_id=pool, username=f"user-{i}-{j}",
                        message_action=enums_pb2.MESSAGE_ACTION_TYPE_SUPPRESS), timeout=30)
                    for i, client in enumerate(clients) for j in range(2)]
                # every call has reached a worker (and waits on the slow backend)
                poll(lambda: started(scrape(metrics_port), "AdminCreateUser") == len(calls), 10,
                     "every call started on a worker")
                server.terminate()
                responses = [call.result() for call in calls]
            assert all(r.user.username.startswith("user-") for r in responses)
            assert server.process.wait(30) == 0
        finally:
            server.stop()
            for channel in channels:
                channel.close()
    lines = log_lines(server)
    served_by = {line["worker"] for line in lines
                 if line.get("rpc_method", "").endswith("/AdminCreateUser")}
    assert served_by == {1, 2}, "both workers had calls in flight at SIGTERM"
    assert sorted(line["worker"] for line in lines if line["event"] == "server stopped") == [1, 2]
    # nothing was lost: every user exists in the backend
    import boto3
    cognito = boto3.client("cognito-idp", region_name="us-east-1", endpoint_url=moto.url,
                           aws_access_key_id="test", aws_secret_access_key="test")
    users = cognito.list_users(UserPoolId=pool)["Users"]
    assert len(users) == 2 * CHANNELS


def test_one_scrape_covers_the_calls_of_every_worker(moto):
    metrics_port = free_port()
    server = fleet(moto.url, "--metrics-address", f"127.0.0.1:{metrics_port}")
    channels, clients = stubs(server.address, CHANNELS)
    try:
        pool = create_pool(server.address, "metered")
        for client in clients:
            for _ in range(3):
                with pytest.raises(grpc.RpcError):
                    client.AdminGetUser(messages_pb2.AdminGetUserRequest(
                        user_pool_id=pool, username="ghost"), timeout=10)
        samples = scrape(metrics_port)
        assert handled(samples, "AdminGetUser", "NOT_FOUND") == 3 * CHANNELS
        assert handled(samples, "CreateUserPool", "OK") == 1
        def logged():
            found = [line for line in log_lines(server)
                     if line.get("rpc_method", "").endswith("/AdminGetUser")]
            return found if len(found) == 3 * CHANNELS else None
        lines = poll(logged, 5, "every call logged")
        assert {line["worker"] for line in lines} == {1, 2}, "the calls went to both workers"
    finally:
        for channel in channels:
            channel.close()
        server.stop()


def test_the_fleets_metrics_sit_behind_the_api_keys(moto, tmp_path):
    """--metrics-auth api-key holds for the supervisor's merged /metrics too, and a key
    rotated into the file reaches it as it reaches the workers."""
    import urllib.error

    keys = tmp_path / "api-keys"
    old, new = "fleet-scraper-key-0001", "fleet-scraper-key-0002"
    keys.write_text(f"{old} prometheus\n")
    metrics_port = free_port()
    server = fleet(moto.url, "--metrics-address", f"127.0.0.1:{metrics_port}",
                   "--metrics-auth", "api-key", "--auth", "api-key",
                   "--api-keys-file", str(keys), "--reload-interval", "0.2")

    def status(key: str | None) -> int:
        headers = {"x-api-key": key} if key else {}
        request = urllib.request.Request(f"http://127.0.0.1:{metrics_port}/metrics",
                                         headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
    try:
        assert status(None) == 401 and status("not-a-key-0123456789") == 401
        assert status(old) == 200
        keys.write_text(f"{new} prometheus\n")
        poll(lambda: status(new) == 200, 10, "the rotated key accepted")
        assert status(old) == 401
    finally:
        server.stop()


def serve_exits(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cognito_grpc", "serve", *args],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, **ENDPOINT_ENV})


def test_a_port_another_process_holds_is_an_error(moto):
    with socket.socket() as other:
        other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)  # sharing would not help
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        result = serve_exits("--workers", "2", "--backend", "endpoint", "--endpoint-url",
                             moto.url, "--listen", f"127.0.0.1:{port}")
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr


@pytest.mark.parametrize("args,message", [
    (("--backend", "moto"), "--backend moto keeps its state in each process"),
    (("--backend", "embedded"), "--workers 2 with --backend embedded needs --data-dir"),
])
def test_workers_refuse_a_state_they_cannot_share(args, message):
    result = serve_exits("--workers", "2", *args, "--listen", f"127.0.0.1:{free_port()}")
    assert result.returncode == 2 and message in result.stderr, result.stderr
