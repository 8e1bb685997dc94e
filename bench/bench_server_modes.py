"""grpc.aio with a bounded executor against grpcio's threaded server, for our call path.

Both serve one RPC doing what the server does for AdminGetUser (codec decode, the boto3 call
on in-process moto, codec encode) plus grpc.health.v1 as the no-op floor; the baseline is the
aio server. The server keeps grpc.aio unless the threaded one is better here.

    python bench/bench_server_modes.py [--seconds 2]
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import subprocess
import sys
import time
from pathlib import Path

import grpc
from cognito.idp.v1 import messages_pb2
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.load import run_threads  # noqa: E402
from tests.conftest import free_port  # noqa: E402

REQUEST, RESPONSE = messages_pb2.AdminGetUserRequest, messages_pb2.AdminGetUserResponse
METHOD = "/bench.Modes/AdminGetUser"


def serve(mode: str, port: int, pool_file: Path) -> None:
    from cognito_grpc.backends import Backend
    from cognito_grpc_client import codec

    backend = Backend("embedded", "us-east-1")
    backend.start()
    client = backend.client()
    pool_id = client.create_user_pool(PoolName="modes")["UserPool"]["Id"]
    client.admin_create_user(UserPoolId=pool_id, Username="alice", MessageAction="SUPPRESS")
    executor = concurrent.futures.ThreadPoolExecutor(64)

    def work(request):
        return codec.from_aws(RESPONSE, client.admin_get_user(**codec.to_aws(request)))

    def handlers(behavior):
        method = grpc.unary_unary_rpc_method_handler(behavior, REQUEST.FromString,
                                                     RESPONSE.SerializeToString)
        return grpc.method_handlers_generic_handler("bench.Modes", {"AdminGetUser": method})

    if mode == "aio":
        async def behavior(request, context):
            return await asyncio.get_running_loop().run_in_executor(executor, work, request)

        async def main():
            server = grpc.aio.server()
            server.add_generic_rpc_handlers((handlers(behavior),))
            health_pb2_grpc.add_HealthServicer_to_server(health.aio.HealthServicer(), server)
            server.add_insecure_port(f"127.0.0.1:{port}")
            await server.start()
            pool_file.write_text(pool_id)
            await server.wait_for_termination()
        asyncio.run(main())
    else:
        server = grpc.server(executor)
        server.add_generic_rpc_handlers((handlers(lambda request, context: work(request)),))
        health_pb2_grpc.add_HealthServicer_to_server(health.HealthServicer(), server)
        server.add_insecure_port(f"127.0.0.1:{port}")
        server.start()
        pool_file.write_text(pool_id)
        server.wait_for_termination()


def measure(call, concurrency: int, seconds: float) -> tuple[float, float]:
    result = run_threads(call, concurrency, seconds, warmup=20)
    return result.p50 * 1e3, result.rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--serve", nargs=3, metavar=("MODE", "PORT", "POOL_FILE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], int(args.serve[1]), Path(args.serve[2]))
        return 0
    figures = {}
    for mode in ("aio", "threads"):
        port = free_port()
        pool_file = Path(f"/tmp/bench-modes-{port}")
        process = subprocess.Popen([sys.executable, __file__, "--serve", mode, str(port),
                                    str(pool_file)])
        try:
            while not pool_file.exists():
                time.sleep(0.1)
            time.sleep(0.2)
            with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
                rpc = channel.unary_unary(METHOD, REQUEST.SerializeToString, RESPONSE.FromString)
                request = REQUEST(user_pool_id=pool_file.read_text(), username="alice")
                check = health_pb2_grpc.HealthStub(channel).Check
                for concurrency in (1, 16, 64):
                    floor = measure(lambda: check(health_pb2.HealthCheckRequest()), concurrency,
                                    args.seconds)
                    call = measure(lambda: rpc(request), concurrency, args.seconds)
                    figures[(mode, concurrency)] = call
                    print(f"{mode:<8} conc {concurrency:>2}: floor p50 {floor[0]:7.3f} ms  "
                          f"call p50 {call[0]:7.3f} ms  {call[1]:6.0f} calls/s", flush=True)
        finally:
            process.terminate()
            process.wait()
            pool_file.unlink(missing_ok=True)
    for concurrency in (1, 16, 64):
        aio, threads = figures[("aio", concurrency)], figures[("threads", concurrency)]
        print(f"conc {concurrency:>2}: threaded / aio throughput = {threads[1] / aio[1]:.2f}, "
              f"p50 = {threads[0] / aio[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
