"""Ask a server's grpc.health.v1 for its status, like grpc_health_probe.

Exit codes: 0 SERVING, 1 bad arguments, 2 cannot connect, 3 the RPC failed, 4 not serving.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

SERVING, BAD_ARGUMENTS, CANNOT_CONNECT, RPC_FAILED, NOT_SERVING = 0, 1, 2, 3, 4


def default_address(environ=os.environ) -> str:
    """This machine's own server: the port of COGNITO_GRPC_LISTEN, on loopback when it listens
    on every address (as in the container image)."""
    listen = environ.get("COGNITO_GRPC_LISTEN", "127.0.0.1:50051")
    host, _, port = listen.rpartition(":")
    host = host.strip("[]")
    if host in ("", "0.0.0.0", "::"):
        host = "127.0.0.1"
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--address", default=default_address(),
                        help="host:port of the server (default: from COGNITO_GRPC_LISTEN, "
                             "else 127.0.0.1:50051)")
    parser.add_argument("--service", default="", help="service name to check (default: server)")
    parser.add_argument("--timeout", type=float, default=3.0, help="seconds for connect and RPC")
    parser.add_argument("--tls", action="store_true", help="connect with TLS")
    parser.add_argument("--tls-ca", default="", help="PEM CA to verify the server with")
    parser.add_argument("--tls-cert", default="", help="PEM client certificate (mTLS)")
    parser.add_argument("--tls-key", default="", help="PEM client key (mTLS)")


def _channel(args) -> grpc.Channel:
    if not (args.tls or args.tls_ca or args.tls_cert):
        return grpc.insecure_channel(args.address)
    read = lambda path: Path(path).read_bytes() if path else None  # noqa: E731
    credentials = grpc.ssl_channel_credentials(read(args.tls_ca), read(args.tls_key),
                                               read(args.tls_cert))
    return grpc.secure_channel(args.address, credentials)


def run(args) -> int:
    try:
        channel = _channel(args)
    except (OSError, ValueError) as error:
        print(f"health: {error}", file=sys.stderr)
        return BAD_ARGUMENTS
    with channel:
        try:
            grpc.channel_ready_future(channel).result(timeout=args.timeout)
        except grpc.FutureTimeoutError:
            print(f"health: cannot connect to {args.address}", file=sys.stderr)
            return CANNOT_CONNECT
        try:
            response = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service=args.service), timeout=args.timeout)
        except grpc.RpcError as error:
            print(f"health: {error.code().name}: {error.details()}", file=sys.stderr)
            return CANNOT_CONNECT if error.code() is grpc.StatusCode.UNAVAILABLE else RPC_FAILED
    status = health_pb2.HealthCheckResponse.ServingStatus.Name(response.status)
    print(status)
    return SERVING if response.status == health_pb2.HealthCheckResponse.SERVING else NOT_SERVING


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # bad arguments exit 1, as grpc_health_probe's do
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        sys.exit(BAD_ARGUMENTS)


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog="python -m cognito_grpc.healthcheck", description=__doc__,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
