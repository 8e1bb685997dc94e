"""`cognito-grpc health`: ask a server's grpc.health.v1 for its status, like grpc_health_probe.

Also `python -m cognito_grpc.healthcheck` (the image's HEALTHCHECK). EXIT_CODES is the one
table of what it exits with; --help and the README show it.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import textwrap
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cognito_grpc.settings import ConfigError, split_host_port

PROG = "cognito-grpc health"
SUMMARY = "check a server's grpc.health.v1 status (exit 0 only when SERVING)"
SERVING, BAD_ARGUMENTS, CANNOT_CONNECT, RPC_FAILED, NOT_SERVING = 0, 1, 2, 3, 4
EXIT_CODES = (
    (SERVING, "the server (or --service) is `SERVING`"),
    (BAD_ARGUMENTS, "bad arguments; the message names the flag"),
    (CANNOT_CONNECT, "cannot connect within --timeout (nothing listens at --address, or it is "
                     "not a gRPC server), or the server answers `UNAVAILABLE`"),
    (RPC_FAILED, "the health RPC failed: `NOT_FOUND` means the server has no health status "
                 "for that --service name (it reports `\"\"`, the server, and each service "
                 "it serves); `UNAUTHENTICATED` or `PERMISSION_DENIED`, a --policy-file that "
                 "does not exempt health; `DEADLINE_EXCEEDED`, no answer within --timeout"),
    (NOT_SERVING, "`NOT_SERVING`: the server runs, but its backend does not answer (yet), or "
                  "it is draining"),
)


def exit_code_table() -> str:
    """EXIT_CODES as a Markdown table (the README's, via `python -m tools.docs`)."""
    return "\n".join(["| exit code | meaning |", "| --- | --- |",
                      *(f"| {code} | {meaning} |" for code, meaning in EXIT_CODES)])


def _epilog() -> str:
    return "exit codes:\n" + "\n".join(
        textwrap.fill(meaning.replace("`", ""), 79, initial_indent=f"  {code}  ",
                      subsequent_indent="     ") for code, meaning in EXIT_CODES)


def default_address(environ=os.environ) -> str:
    """This machine's own server: the port of COGNITO_GRPC_LISTEN, on loopback when it listens
    on every address (as in the container image)."""
    listen = environ.get("COGNITO_GRPC_LISTEN", "127.0.0.1:50051")
    host, _, port = listen.rpartition(":")
    host = host.strip("[]")
    if host in ("", "0.0.0.0", "::"):
        host = "127.0.0.1"
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _address(text: str) -> str:
    try:
        split_host_port(text, "--address")
    except ConfigError as error:  # argparse names the flag itself
        raise argparse.ArgumentTypeError(str(error).removeprefix("--address: ")) from None
    return text


def _timeout(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 < value < math.inf:
        raise argparse.ArgumentTypeError(f"{text!r} must be a number of seconds, more than 0")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--address", default=default_address(), type=_address,
                        help="host:port of the server (default: from COGNITO_GRPC_LISTEN, "
                             "else 127.0.0.1:50051)")
    parser.add_argument("--service", default="",
                        help="service name to check, e.g. "
                             "cognito.idp.v1.CognitoIdentityProviderService (default: \"\", "
                             "the server as a whole)")
    parser.add_argument("--timeout", type=_timeout, default=3.0,
                        help="seconds for the connection and for the RPC (default: 3)")
    parser.add_argument("--tls", action="store_true", help="connect with TLS")
    parser.add_argument("--tls-ca", default="", help="PEM CA to verify the server with")
    parser.add_argument("--tls-cert", default="", help="PEM client certificate (mTLS)")
    parser.add_argument("--tls-key", default="", help="PEM client key (mTLS)")


def _fail(message: str, code: int) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def _read(flag: str, path: str) -> bytes | None:
    if not path:
        return None
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise ValueError(f"{flag}: cannot read {path!r}: {error.strerror}") from None


def _channel(args) -> grpc.Channel:
    if not (args.tls or args.tls_ca or args.tls_cert):
        return grpc.insecure_channel(args.address)
    if bool(args.tls_cert) != bool(args.tls_key):
        raise ValueError("--tls-cert and --tls-key go together")
    credentials = grpc.ssl_channel_credentials(_read("--tls-ca", args.tls_ca),
                                               _read("--tls-key", args.tls_key),
                                               _read("--tls-cert", args.tls_cert))
    return grpc.secure_channel(args.address, credentials)


def _rpc_failure(args, error: grpc.RpcError) -> int:
    code = error.code()
    if code is grpc.StatusCode.UNAVAILABLE:
        return _fail(f"UNAVAILABLE: {error.details()}", CANNOT_CONNECT)
    if code is grpc.StatusCode.NOT_FOUND:
        return _fail(f"NOT_FOUND: the server at {args.address} has no health status for the "
                     f"service {args.service!r} (check --service)", RPC_FAILED)
    return _fail(f"{code.name}: {error.details()}", RPC_FAILED)


def run(args) -> int:
    try:
        channel = _channel(args)
    except ValueError as error:
        return _fail(str(error), BAD_ARGUMENTS)
    with channel:
        try:
            grpc.channel_ready_future(channel).result(timeout=args.timeout)
        except grpc.FutureTimeoutError:
            return _fail(f"cannot connect to {args.address} within {args.timeout:g} s",
                         CANNOT_CONNECT)
        try:
            response = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service=args.service), timeout=args.timeout)
        except grpc.RpcError as error:
            return _rpc_failure(args, error)
    status = health_pb2.HealthCheckResponse.ServingStatus.Name(response.status)
    print(status)
    return SERVING if response.status == health_pb2.HealthCheckResponse.SERVING else NOT_SERVING


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # bad arguments exit 1, as grpc_health_probe's do; one line
        print(f"{self.prog}: {message} (see --help)", file=sys.stderr)
        sys.exit(BAD_ARGUMENTS)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description=f"{PROG}: {SUMMARY}.", epilog=_epilog(),
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
