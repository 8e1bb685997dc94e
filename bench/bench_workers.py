"""`serve --workers 2` against `--workers 1`: calls/s and p99 at concurrency 64.

Both servers run side by side on one backend; the rounds interleave them (w1, w2, w1, w2, ...)
so that this shared machine's drift falls on both alike. The client is `cognito-grpc load`
itself (closed loop, 8 connections: SO_REUSEPORT spreads connections over the workers), and
it is checked against bench/bench_server.py's own load loop (bench/load.py's run_aio: one
channel, concurrency tasks) on the --workers 1 server: the two must agree within 10 %.

Target: --workers 2 at least 1.6x the calls/s of --workers 1, with p99 not worse. Next to
it the script prints the most this machine allows: the CPUs it may use over the cores that
--workers 1's run took (server, backend and client together), since a second worker costs at
least as much CPU per call as the first.

Two more cases show what the workers do when the backend is not what limits: the no-op RPC
(grpc.health.v1 Check, no backend call), and, in endpoint mode, AdminGetUser in front of a
backend that answers canned bodies at once (tests.support.CannedCognito, next to no CPU per
call, where a moto server spends milliseconds). Those are printed, not judged.

    python bench/bench_workers.py --backend endpoint   # in front of a moto server
    python bench/bench_workers.py --backend embedded   # our engine, one --data-dir
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import boto3

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.bench_server import (PASSWORD, grpc_calls, health_check, seed,  # noqa: E402
                                seed_through)
from bench.load import run_aio  # noqa: E402
from tests.conftest import ServerProcess  # noqa: E402
from tests.support import CannedCognito, MotoServer  # noqa: E402

OPERATIONS = ("AdminGetUser", "AdminInitiateAuth")
FLOOR = "grpc.health.v1.Health/Check"
ENDPOINT_ENV = {"AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench"}


def bodies(ids: dict) -> dict[str, str]:
    return {
        "AdminGetUser": json.dumps({"UserPoolId": ids["pool"], "Username": "alice"}),
        "AdminInitiateAuth": json.dumps({
            "UserPoolId": ids["pool"], "ClientId": ids["client"],
            "AuthFlow": "AUTH_FLOW_TYPE_ADMIN_USER_PASSWORD_AUTH",
            "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD}}),
    }


def load(address: str, op: str, body: str, concurrency: int, seconds: float,
         connections: int) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "cognito_grpc", "load", address, op, "-d", body,
         "-c", str(concurrency), "-z", str(seconds), "--warmup", "1",
         "--connections", str(connections), "--json"],
        capture_output=True, text=True, timeout=seconds + 120, check=True)
    doc = json.loads(result.stdout)
    if doc["errors"]:
        raise RuntimeError(f"{op} on {address}: {doc['codes']}")
    return doc


def cpu_seconds(pid: int, children: bool = True) -> float:
    """CPU seconds (user + system) of a process, and of its children's tree."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
            if children:
                for task in Path(f"/proc/{current}/task").iterdir():
                    stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total / os.sysconf("SC_CLK_TCK")


CPUS = len(os.sched_getaffinity(0))


def ceiling(cores_per_w1_run: float) -> float:
    """The most --workers 2 can gain here: at --workers 1's CPU per call (server, backend and
    client together), these CPUs carry CPUS / cores_per_w1_run times its calls/s."""
    return CPUS / cores_per_w1_run if cores_per_w1_run else float("inf")


def servers(backend: str, url: str, data_dir: str):
    common = ("--max-workers", "64", "--health-interval", "30")
    if backend == "endpoint":
        args = ("--backend", "endpoint", "--endpoint-url", url, *common)
    else:
        args = ("--backend", "embedded", "--data-dir", data_dir, *common)
    return {workers: ServerProcess(*args, "--workers", str(workers), env=ENDPOINT_ENV)
            for workers in (1, 2)}


def measure(label: str, pair: dict, op: str, body: str, calls, args,
            backend: tuple[int, bool] | None) -> tuple[bool, bool]:
    """Interleaved rounds on one pair of servers; prints the rows and the verdict. Where the
    CPU went: cores used by the server (all its processes), the backend and the client, over
    the warm-up and the measured seconds."""
    rows = {1: [], 2: []}
    checks, ceilings = [], []
    loaded = args.seconds + 1.0
    for number in range(1, args.rounds + 1):
        for workers in (1, 2):
            server_pid = pair[workers].process.pid
            before = cpu_seconds(server_pid), cpu_seconds(*backend) if backend else 0.0
            doc = load(pair[workers].address, op, body, args.concurrency, args.seconds,
                       connections=8)
            server_cores = (cpu_seconds(server_pid) - before[0]) / loaded
            backend_cores = (cpu_seconds(*backend) - before[1]) / loaded if backend else 0.0
            rows[workers].append(doc)
            if workers == 1:
                ceilings.append(ceiling(server_cores + backend_cores
                                        + doc["client_cpu_cores"]))
            print(f"{label:<28} {number:>5} {workers:>7} {doc['calls_per_second']:9.1f}"
                  f" {doc['latency_ms']['p50']:8.2f} {doc['latency_ms']['p99']:8.2f}"
                  f" {server_cores:7.2f} {backend_cores:7.2f} {doc['client_cpu_cores']:7.2f}",
                  flush=True)
        # the cross-check: bench_server.py's loop and ours, same server, one channel
        ours = load(pair[1].address, op, body, args.concurrency, args.seconds,
                    connections=1)["calls_per_second"]
        theirs = run_aio(pair[1].address, calls, args.concurrency, args.seconds).rate
        checks.append(ours / theirs)
        print(f"{label:<28} {number:>5} {'check':>7} load {ours:.1f} vs bench_server's loop "
              f"{theirs:.1f} calls/s: {ours / theirs:.3f}", flush=True)
    ratios = [b["calls_per_second"] / a["calls_per_second"] for a, b in zip(rows[1], rows[2])]
    p99s = [b["latency_ms"]["p99"] / a["latency_ms"]["p99"] for a, b in zip(rows[1], rows[2])]
    ratio, p99, check, most = (statistics.median(x) for x in (ratios, p99s, checks, ceilings))
    scaled, agreed = ratio >= 1.6 and p99 <= 1.0, abs(check - 1) <= 0.10
    print(f"{label}: --workers 2 / --workers 1: calls/s {ratio:.2f} x (target >= 1.6), p99 "
          f"{p99:.2f} x (target <= 1): {'PASS' if scaled else 'FAIL'}; load vs bench_server's "
          f"loop {check:.3f} (within 10 %: {'PASS' if agreed else 'FAIL'}); the most these "
          f"{CPUS} CPUs allow: {most:.2f} x", flush=True)
    return scaled, agreed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("endpoint", "embedded"), default="endpoint")
    parser.add_argument("--seconds", type=float, default=5.0, help="per measurement")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--no-extra", action="store_true",
                        help="only the two judged operations")
    args = parser.parse_args()

    moto = MotoServer().start() if args.backend == "endpoint" else None
    canned = CannedCognito(delay=0.0).__enter__() if moto is not None else None
    data_dir = tempfile.mkdtemp(prefix="bench-workers-")
    pairs: dict[str, dict] = {}
    try:
        if moto is not None:
            ids = seed(boto3.client("cognito-idp", region_name="us-east-1",
                                    endpoint_url=moto.url, aws_access_key_id="bench",
                                    aws_secret_access_key="bench"))
        pairs["main"] = servers(args.backend, moto.url if moto else "", data_dir)
        if moto is None:
            ids = seed_through(pairs["main"][1].address)  # one store: both servers see it
        print(f"backend {args.backend}, concurrency {args.concurrency}, {args.rounds} rounds "
              f"of {args.seconds} s (after 1 s of warm-up), interleaved")
        print(f"{'case':<28} {'round':>5} {'workers':>7} {'calls/s':>9} {'p50 ms':>8}"
              f" {'p99 ms':>8} {'server':>7} {'backend':>7} {'client':>7}  (CPU cores)")
        main_backend = (moto.process.pid, True) if moto is not None else None
        passed = True
        for op in OPERATIONS:
            scaled, agreed = measure(f"{op} ({args.backend})", pairs["main"], op,
                                     bodies(ids)[op], grpc_calls(ids)[op], args, main_backend)
            passed &= scaled and agreed
        if not args.no_extra:
            measure("no-op RPC (Health/Check)", pairs["main"], FLOOR, "{}", health_check, args,
                    main_backend)
            if canned is not None:
                pairs["canned"] = servers("endpoint", canned.url, data_dir)
                canned_ids = {"pool": "us-east-1_canned", "client": ""}
                measure("AdminGetUser (canned)", pairs["canned"], "AdminGetUser",
                        bodies(canned_ids)["AdminGetUser"],
                        grpc_calls(canned_ids)["AdminGetUser"], args,
                        (os.getpid(), False))  # the canned backend's threads are ours
        return 0 if passed else 1
    finally:
        for pair in pairs.values():
            for server in pair.values():
                server.stop()
        if canned is not None:
            canned.__exit__(None, None, None)
        if moto is not None:
            moto.stop()


if __name__ == "__main__":
    sys.exit(main())
