"""What tracing costs: AdminGetUser p50 at concurrency 1, tracing off against tracing on.

- off: a `cognito-grpc serve` process with no OTLP endpoint (the default: nothing is
  instrumented). The baseline.
- on, sampled: the same server with `--otlp-endpoint` to an OTLP collector in this process,
  every call carrying a sampled `traceparent`, so each one makes its RPC span and its backend
  span and exports them (batched, as in production).
- on, not sampled: the same traced server, the `traceparent` saying "not sampled": what the
  instrumentation costs when a caller samples a call out.

Real processes with the embedded backend on loopback; the load is grpc.aio in this process,
sending pre-serialized bytes. Rounds alternate the setups, each round starting with the next
one, so the drift of a shared machine hits all alike; the figures are medians of per-round
ratios to the baseline of the same round. No target: the figures are for operators to weigh.

    python bench/bench_tracing.py [--seconds 1] [--rounds 8]
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import sys
from pathlib import Path

import grpc
from cognito.idp.v1 import messages_pb2, service_pb2_grpc

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from bench.bench_trust import machine  # noqa: E402
from bench.load import run_aio  # noqa: E402
from tests.conftest import ServerProcess  # noqa: E402
from tests.support import OtlpCollector  # noqa: E402

GET_USER = "/cognito.idp.v1.CognitoIdentityProviderService/AdminGetUser"


def seed(address: str) -> bytes:
    """A pool with alice in it; the AdminGetUser request for her, serialized."""
    with grpc.insecure_channel(address) as channel:
        stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
        pool = stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="bench"),
                                   timeout=10).user_pool.id
        stub.AdminCreateUser(messages_pb2.AdminCreateUserRequest(user_pool_id=pool,
                                                                 username="alice"), timeout=10)
    return messages_pb2.AdminGetUserRequest(user_pool_id=pool,
                                            username="alice").SerializeToString()


def p50(address: str, request: bytes, metadata, seconds: float) -> float:
    def make_call(channel):
        rpc = channel.unary_unary(GET_USER)
        return lambda: rpc(request, metadata=metadata)
    return run_aio(address, make_call, 1, seconds, warmup=50).p50


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()

    with OtlpCollector() as collector:
        servers = {"off": ServerProcess(),
                   "on": ServerProcess("--otlp-endpoint", collector.url)}
        try:
            requests = {name: seed(server.address) for name, server in servers.items()}
            trace_id, parent_id = secrets.token_hex(16), secrets.token_hex(8)
            setups = {  # name: (server, metadata)
                "off": ("off", ()),
                "on, sampled": ("on", (("traceparent", f"00-{trace_id}-{parent_id}-01"),)),
                "on, not sampled": ("on", (("traceparent", f"00-{trace_id}-{parent_id}-00"),)),
            }
            names = list(setups)
            figures: dict[str, list[float]] = {name: [] for name in names}
            for round_ in range(args.rounds):
                for name in names[round_ % len(names):] + names[:round_ % len(names)]:
                    server, metadata = setups[name]
                    figures[name].append(p50(servers[server].address, requests[server],
                                             metadata, args.seconds))
        finally:
            for server in servers.values():
                server.stop()  # the traced one exports what it still holds
        exported = len(collector.spans)

    print(f"machine: {machine()}; {args.rounds} rounds of {args.seconds:g} s each")
    baseline = figures["off"]
    print(f"AdminGetUser p50, c=1, {'off (baseline)':<16} {statistics.median(baseline) * 1000:.3f} ms")
    for name in names[1:]:
        ratios = [value / base for value, base in zip(figures[name], baseline)]
        ratio = statistics.median(ratios)
        low, _, high = statistics.quantiles(ratios, n=4)
        print(f"AdminGetUser p50, c=1, {name:<16} {statistics.median(figures[name]) * 1000:.3f} ms;"
              f" paired ratio {ratio:.3f} ({(ratio - 1) * 100:+.1f} %), quartiles "
              f"{low:.3f}..{high:.3f}")
    print(f"{exported} spans exported")
    return 0


if __name__ == "__main__":
    sys.exit(main())
