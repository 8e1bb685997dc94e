"""The server's cost against its baselines, all measured in this one run.

Setups, for AdminGetUser and AdminInitiateAuth at concurrency 1, 16 and 64:
  (a) a no-op RPC (grpc.health.v1 Check) on the same server stack: the transport floor
  (b) direct boto3 on in-process moto
  (c) the server with the embedded backend
  (d) direct boto3 to a moto server over HTTP
Targets: (c) - (b) at concurrency 1 <= 1.5 x (a); (c) at least 2x faster per call than (d);
and against a backend with 100 ms added latency, 32 calls in flight reach >= 0.8 x 32/0.1
calls per second (no pool or executor bottleneck).
Then, where (c)'s time goes: the backend call as the server times it (its metrics) against
the same call on the server's embedded backend back to back here, and the ceiling that puts
on (d)/(c) on this machine (floor plus back-to-back call: a facade that costs nothing).

    python bench/bench_server.py [--seconds 2]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import urllib.request
from pathlib import Path

import boto3
from cognito.idp.v1 import enums_pb2, messages_pb2, service_pb2_grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from moto import mock_aws

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from cognito_grpc.backends import Backend  # noqa: E402
from tests.conftest import ServerProcess, free_port  # noqa: E402
from tests.support import CannedCognito, MotoServer  # noqa: E402
from bench.load import Result, run_aio, run_threads  # noqa: E402

PASSWORD = "Corr3ct-Horse!"
CONCURRENCY = (1, 16, 64)


def seed(cognito) -> dict:
    pool_id = cognito.create_user_pool(PoolName="bench")["UserPool"]["Id"]
    client_id = cognito.create_user_pool_client(
        UserPoolId=pool_id, ClientName="bench",
        ExplicitAuthFlows=["ALLOW_ADMIN_USER_PASSWORD_AUTH",
                           "ALLOW_REFRESH_TOKEN_AUTH"])["UserPoolClient"]["ClientId"]
    cognito.admin_create_user(UserPoolId=pool_id, Username="alice", MessageAction="SUPPRESS")
    cognito.admin_set_user_password(UserPoolId=pool_id, Username="alice", Password=PASSWORD,
                                    Permanent=True)
    return {"pool": pool_id, "client": client_id}


def boto_calls(cognito, ids) -> dict:
    return {
        "AdminGetUser": lambda: cognito.admin_get_user(UserPoolId=ids["pool"], Username="alice"),
        "AdminInitiateAuth": lambda: cognito.admin_initiate_auth(
            UserPoolId=ids["pool"], ClientId=ids["client"], AuthFlow="ADMIN_USER_PASSWORD_AUTH",
            AuthParameters={"USERNAME": "alice", "PASSWORD": PASSWORD}),
    }


def grpc_calls(ids) -> dict:
    get_user = messages_pb2.AdminGetUserRequest(user_pool_id=ids["pool"], username="alice")
    auth = messages_pb2.AdminInitiateAuthRequest(
        user_pool_id=ids["pool"], client_id=ids["client"],
        auth_flow=enums_pb2.AUTH_FLOW_TYPE_ADMIN_USER_PASSWORD_AUTH,
        auth_parameters={"USERNAME": "alice", "PASSWORD": PASSWORD})
    stub = service_pb2_grpc.CognitoIdentityProviderServiceStub
    return {
        "AdminGetUser": lambda ch: (lambda s: lambda: s.AdminGetUser(get_user))(stub(ch)),
        "AdminInitiateAuth": lambda ch: (lambda s: lambda: s.AdminInitiateAuth(auth))(stub(ch)),
    }


def health_check(channel):
    stub, request = health_pb2_grpc.HealthStub(channel), health_pb2.HealthCheckRequest()
    return lambda: stub.Check(request)


def seed_through(address: str) -> dict:
    from cognito_grpc_client import boto3_compat

    compat = boto3_compat.client(address, region_name="us-east-1")
    try:
        return seed(compat)
    finally:
        compat.close()


def backend_seconds(metrics_url: str, operation: str) -> tuple[float, int]:
    """The server's cognito_backend_seconds sum and count for `operation`."""
    text = urllib.request.build_opener(urllib.request.ProxyHandler({})).open(
        metrics_url, timeout=10).read().decode()
    found = dict(re.findall(
        rf'^cognito_backend_seconds_(sum|count){{operation="{operation}"}} (\S+)$', text, re.M))
    return float(found.get("sum", 0)), int(float(found.get("count", 0)))


def breakdown(seconds: float, rounds: int, http_calls: dict) -> None:
    """(c) at concurrency 1 split into the floor, the backend call as the server times it,
    and the rest; against the same embedded backend call run back to back in this process.
    Two bounds on (d)/(c) follow: (d) over floor plus back-to-back call (a facade that costs
    nothing and never waits for a CPU to wake), and (d) over floor plus the backend call as
    timed in the server (a facade that costs nothing, on a machine whose idle CPUs are slow
    to come back, as every server's are between calls)."""
    metrics_port = free_port()
    server = ServerProcess("--max-workers", "64", "--metrics-address",
                           f"127.0.0.1:{metrics_port}")
    local = Backend("embedded", "us-east-1")
    local.start()  # patches moto in this process: so this runs after (b) was measured
    try:
        ids = seed_through(server.address)
        local_calls = boto_calls(local.client(), seed(local.client()))
        url = f"http://127.0.0.1:{metrics_port}/metrics"
        print(f"\nWhere (c)'s time goes at concurrency 1 (a server with --metrics-address;"
              f" medians of {rounds} interleaved rounds):")
        for op in ("AdminGetUser", "AdminInitiateAuth"):
            figures = {name: [] for name in ("rpc", "in_server", "floor", "local", "d")}
            for _ in range(rounds):
                before = backend_seconds(url, op)
                figures["rpc"].append(run_aio(server.address, grpc_calls(ids)[op], 1, seconds).p50)
                after = backend_seconds(url, op)
                figures["in_server"].append((after[0] - before[0]) / max(1, after[1] - before[1]))
                figures["floor"].append(run_aio(server.address, health_check, 1, seconds).p50)
                figures["local"].append(run_threads(local_calls[op], 1, seconds).p50)
                figures["d"].append(run_threads(http_calls[op], 1, seconds).p50)
            rpc, in_server, floor, back_to_back, d = (
                statistics.median(figures[name]) for name in figures)
            ideal = floor + back_to_back
            print(f"  {op}: RPC p50 {rpc * 1e3:.3f} ms = floor (a) {floor * 1e3:.3f} ms"
                  f" + backend call in the server {in_server * 1e3:.3f} ms (mean)"
                  f" + the rest {(rpc - floor - in_server) * 1e3:.3f} ms;"
                  f" the same backend call back to back here {back_to_back * 1e3:.3f} ms"
                  f" (in the server: {in_server / back_to_back:.2f} x)")
            print(f"  {op}: ceiling on (d)/(c) here: (d) {d * 1e3:.3f} ms / (floor + back-to-back"
                  f" call) {ideal * 1e3:.3f} ms = {d / ideal:.2f} x;"
                  f" measured in these rounds {d / rpc:.2f} x")
            # A server idles between calls, so its backend call always pays the wake-up: this
            # is (d)/(c) for a server on this path whose own work costs nothing.
            print(f"  {op}: with no facade work at all: (d) / (floor + backend call in the"
                  f" server) = {d / (floor + in_server):.2f} x")
    finally:
        local.stop()
        server.stop()


def row(setup: str, op: str, concurrency: int, result: Result) -> None:
    print(f"{setup:<36} {op:<18} {concurrency:>4} {result.p50 * 1e3:9.3f} {result.p99 * 1e3:9.3f}"
          f" {result.rate:9.0f}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.5, help="per measurement")
    parser.add_argument("--rounds", type=int, default=5,
                        help="interleaved rounds for the concurrency-1 targets")
    args = parser.parse_args()
    seconds = args.seconds
    header = f"{'setup':<36} {'operation':<18} {'conc':>4} {'p50 ms':>9} {'p99 ms':>9} {'calls/s':>9}"
    passed = True

    server = ServerProcess("--max-workers", "64")
    moto = MotoServer().start()
    try:
        served_ids = seed_through(server.address)
        http_boto = boto3.client("cognito-idp", region_name="us-east-1", endpoint_url=moto.url,
                                 aws_access_key_id="b", aws_secret_access_key="b")
        http_ids = seed(http_boto)

        def measure(setup: str, op: str, concurrency: int, duration: float) -> Result:
            if setup == "a":
                return run_aio(server.address, health_check, concurrency, duration)
            if setup == "b":
                with mock_aws():
                    local = boto3.client("cognito-idp", region_name="us-east-1")
                    return run_threads(boto_calls(local, seed(local))[op], concurrency, duration)
            if setup == "c":
                return run_aio(server.address, grpc_calls(served_ids)[op], concurrency, duration)
            return run_threads(boto_calls(http_boto, http_ids)[op], concurrency, duration)

        names = {"a": "(a) no-op RPC, same server stack", "b": "(b) boto3 on in-process moto",
                 "c": "(c) cognito-grpc, embedded", "d": "(d) boto3 to moto server (HTTP)"}
        # The targets, at concurrency 1: setups interleaved round by round, so that drift in
        # this shared machine's speed falls on all four alike; each figure is the median of
        # the rounds' p50s.
        print(f"Targets at concurrency 1: {args.rounds} interleaved rounds of {seconds} s each")
        for op in ("AdminGetUser", "AdminInitiateAuth"):
            rounds = {setup: [] for setup in "abcd"}
            for _ in range(args.rounds):
                for setup in "abcd":
                    rounds[setup].append(measure(setup, op, 1, seconds).p50)
            a, b, c, d = (statistics.median(rounds[setup]) for setup in "abcd")
            for setup in "abcd":
                print(f"  {names[setup]:<36} {op:<18} p50 {statistics.median(rounds[setup]) * 1e3:7.3f} ms"
                      f"  (rounds: {', '.join(f'{x * 1e3:.2f}' for x in rounds[setup])})")
            facade, speedup = (c - b) / a, d / c
            print(f"  {op}: facade (c)-(b) = {(c - b) * 1e3:.3f} ms = {facade:.2f} x floor (a) "
                  f"(target <= 1.5): {'PASS' if facade <= 1.5 else 'FAIL'}")
            print(f"  {op}: (d)/(c) = {speedup:.2f} x (target >= 2): "
                  f"{'PASS' if speedup >= 2 else 'FAIL'}")
            passed &= facade <= 1.5 and speedup >= 2

        print()
        print(header)
        for op in ("AdminGetUser", "AdminInitiateAuth"):
            for concurrency in CONCURRENCY:
                for setup in "abcd":
                    row(names[setup], op, concurrency, measure(setup, op, concurrency, seconds))
        breakdown(seconds, args.rounds, boto_calls(http_boto, http_ids))
    finally:
        server.stop()
        moto.stop()

    # 100 ms of backend latency, 32 calls in flight: the pools must not be the bottleneck.
    # The backend answers canned bodies, so its own CPU cost does not blur the figure.
    with CannedCognito(delay=0.1) as backend:
        slow = ServerProcess("--backend", "endpoint", "--endpoint-url", backend.url,
                             "--health-interval", "60",
                             env={"AWS_ACCESS_KEY_ID": "b", "AWS_SECRET_ACCESS_KEY": "b"})
        try:
            result = run_aio(slow.address, grpc_calls({"pool": "us-east-1_canned", "client": ""})[
                "AdminGetUser"], 32, max(seconds, 3.0))
        finally:
            slow.stop()
    target = 0.8 * 32 / 0.1
    row("(e) endpoint, 100 ms canned backend", "AdminGetUser", 32, result)
    print(f"100 ms backend, 32 in flight: {result.rate:.0f} calls/s = "
          f"{result.rate / (32 / 0.1):.2f} x ideal {32 / 0.1:.0f} (target >= 0.8): "
          f"{'PASS' if result.rate >= target else 'FAIL'}")
    passed &= result.rate >= target
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
