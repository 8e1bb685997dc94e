"""Load-test any unary RPC of a cognito-grpc server (or any gRPC server with these services).

The body is the JSON grpcurl's -d takes (AWS member names, enum values by proto name), with
{{seq}}, {{uuid}} and {{worker}} filled in for each call. Examples:

  cognito-grpc load 127.0.0.1:50051 AdminGetUser -c 64 -z 30s \\
      -d '{"UserPoolId": "us-east-1_abc", "Username": "alice"}'
  cognito-grpc load 127.0.0.1:50051 AdminCreateUser --rate 200 -n 10000 \\
      -d '{"UserPoolId": "us-east-1_abc", "Username": "user-{{seq}}",
           "MessageAction": "MESSAGE_ACTION_TYPE_SUPPRESS"}'
  cognito-grpc load 127.0.0.1:50051 --mix mix.yaml --procs 2 --json --html report.html

Exit codes: 0 the run finished (whatever the calls' statuses), 1 it could not run (no
connection, a client process failed), 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cognito_grpc.settings import usable_cpus


def _seconds(text: str) -> float:
    """`30`, `30s`, `500ms`, `2m`."""
    scale = 1.0
    for suffix, factor in (("ms", 1e-3), ("s", 1.0), ("m", 60.0)):
        if text.endswith(suffix):
            text, scale = text[: -len(suffix)], factor
            break
    value = float(text) * scale
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError("must be a duration of 0 or more (30, 30s, 500ms, 2m)")
    return value


def _positive(parse):
    def checked(text: str):
        value = parse(text)
        if not value > 0:
            raise argparse.ArgumentTypeError("must be more than 0")
        return value
    return checked


def _procs(text: str) -> int:
    return usable_cpus() if text == "auto" else _positive(int)(text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("address", help="host:port of the server")
    parser.add_argument("rpc", nargs="?", help="AdminGetUser, or Service/Method as grpcurl "
                        "takes it (e.g. grpc.health.v1.Health/Check); or --mix")
    body = parser.add_argument_group("what to send")
    body.add_argument("-d", "--data", default="{}", metavar="JSON",
                      help="the request, as grpcurl's -d ('@' reads stdin, '@FILE' a file); "
                           "templates {{seq}} {{uuid}} {{worker}}")
    body.add_argument("--mix", metavar="FILE", help="several RPCs with weights (YAML or JSON: "
                      "a list of {rpc, weight, data, headers}) instead of RPC and -d")
    body.add_argument("-H", "--header", action="append", default=[], metavar="'NAME: VALUE'",
                      help="metadata for every call, as grpcurl's -H (e.g. 'x-api-key: ...')")
    load = parser.add_argument_group("how much")
    load.add_argument("-c", "--concurrency", type=_positive(int), default=16,
                      help="calls in flight (closed loop); with --rate, the most in flight "
                           "(default: 16)")
    load.add_argument("--rate", type=_positive(float), metavar="CALLS_PER_S",
                      help="open loop: calls start on this schedule whatever the server does, "
                           "and latency counts from the scheduled start")
    load.add_argument("-z", "--duration", type=_seconds, metavar="SECONDS",
                      help="how long to measure (30, 30s, 2m; default 10 s, unless -n)")
    load.add_argument("-n", "--total", type=_positive(int), metavar="CALLS",
                      help="how many calls to measure")
    load.add_argument("--warmup", type=_seconds, default=0.0, metavar="SECONDS",
                      help="load first sent for this long and left out of the figures")
    load.add_argument("--connections", type=_positive(int),
                      help="TCP connections in all (default: up to 4, one per process at "
                           "least; a server with --workers spreads connections, not calls, so "
                           "each call takes the connection with the fewest in flight)")
    load.add_argument("--procs", type=_procs, default=1, metavar="N|auto",
                      help="client processes, so that the client is not the bottleneck "
                           "(auto: one per CPU; default 1)")
    load.add_argument("--timeout", type=_positive(float), default=20.0, metavar="SECONDS",
                      help="deadline of each call (default 20)")
    load.add_argument("--interval", type=_positive(float), default=1.0, metavar="SECONDS",
                      help="timeline resolution of the live line and the report (default 1)")
    tls = parser.add_argument_group("connection (plaintext unless --tls)")
    tls.add_argument("--plaintext", action="store_true", help="no TLS (the default)")
    tls.add_argument("--tls", action="store_true", help="TLS, checked against --cacert or "
                     "the system's roots")
    tls.add_argument("--cacert", metavar="FILE", help="PEM CA the server's certificate is "
                     "checked against (implies --tls)")
    tls.add_argument("--cert", metavar="FILE", help="PEM client certificate (mTLS)")
    tls.add_argument("--key", metavar="FILE", help="PEM client key (mTLS)")
    tls.add_argument("--authority", default="", help="the name the server's certificate must "
                     "carry (and the :authority), if not the address's host")
    out = parser.add_argument_group("results")
    out.add_argument("--json", action="store_true", help="print the results as JSON instead "
                     "of the table")
    out.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report "
                     "(latency over time, the distribution)")


def _read_body(data: str) -> str:
    if data == "@":
        return sys.stdin.read()
    if data.startswith("@"):
        return Path(data[1:]).read_text()
    return data


def plan_from(args):
    from cognito_grpc.load import mix as mixes
    from cognito_grpc.load.calls import Call, CallError, parse_headers
    from cognito_grpc.load.runner import Plan

    if args.plaintext and (args.tls or args.cacert):
        raise CallError("--plaintext and --tls/--cacert contradict each other")
    if bool(args.cert) != bool(args.key):
        raise CallError("--cert and --key go together")
    headers = parse_headers(args.header)
    if args.mix:
        if args.rpc:
            raise CallError("give an RPC or --mix, not both")
        entries = mixes.load(args.mix, headers)
        mix = tuple((c.path, c.body, c.metadata, w) for c, w in entries)
    elif args.rpc:
        body = _read_body(args.data)
        call = Call.build(args.rpc, body, headers)  # fails here, before any process starts
        mix = ((call.path, call.body, call.metadata, 1),)
    else:
        raise CallError("which RPC? give one (e.g. AdminGetUser) or --mix")
    if args.procs > args.concurrency:
        raise CallError(f"--procs {args.procs} needs --concurrency {args.procs} or more")
    read = lambda path: Path(path).read_bytes() if path else None  # noqa: E731
    tls = bool(args.tls or args.cacert or args.cert)
    connections = args.connections or max(args.procs, min(args.concurrency, 4))
    return Plan(target=args.address, mix=mix, concurrency=args.concurrency, rate=args.rate,
                duration=args.duration if args.duration is not None else
                (None if args.total else 10.0),
                total=args.total, warmup=args.warmup, connections=max(connections, args.procs),
                timeout=args.timeout, interval=args.interval, procs=args.procs, tls=tls,
                ca=read(args.cacert), cert=read(args.cert), key=read(args.key),
                authority=args.authority)


def main(args) -> int:
    from cognito_grpc.load import processes, report
    from cognito_grpc.load.calls import CallError

    try:
        plan = plan_from(args)
    except (CallError, OSError) as error:
        print(f"cognito-grpc load: {error}", file=sys.stderr)
        return 2
    progress = report.Progress(sys.stdout) if sys.stdout.isatty() and not args.json else None
    results = processes.run(plan, progress or (lambda tick, results: None))
    if progress is not None:
        progress.finish()
    if results.errors:
        for error in results.errors:
            print(f"cognito-grpc load: {error}", file=sys.stderr)
        return 1
    doc = report.document(results)
    print(json.dumps(doc, indent=2) if args.json else report.table(doc))
    if args.html:
        from cognito_grpc.load import html

        Path(args.html).write_text(html.page(doc), encoding="utf-8")
        if not args.json:
            print(f"report: {args.html}")
    return 0
