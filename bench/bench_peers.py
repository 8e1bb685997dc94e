"""cognito-grpc embedded against the local Cognito peers, in interleaved rounds.

Systems (each a process on a free 127.0.0.1 port, started here and stopped at the end):
  ours           cognito-grpc serve --backend embedded, called through the raw Python stubs
  ours-disk      the same with --data-dir <tmp> --sync normal
  ours-full      the same with --data-dir <tmp> --sync full (the sync workload only)
  ours-w2        the same as ours-disk with --workers 2 (the c=16 workloads; not judged)
  moto           moto_server (moto[server]), called with boto3
  ministack      ministack from PyPI, in its own venv under the cache folder, with boto3
  cognito-local  cognito-local from npm (Node), config UsernameAttributes [], with boto3
  floor          grpc.health.v1 Health/Check on `ours`: the transport floor (AdminGetUser only)
The peers install themselves into the cache folder (bench/.peers/) the first time.

Callers: one thread per concurrent caller, each with its own client: a boto3 client for a
peer, a channel with its own connection for our server (--shared-channel: one channel for
all threads). The callers run in this process, so their CPU shares the machine's two cores
with the server, and boto3's per-call CPU (larger than the stubs') counts against the peers.

Each round runs every system on one workload, in an order rotated by one each round; the
ratio is computed within each round against the fastest peer of that round, and the
summary gives the median ratio of the rounds next to its target.

    python bench/bench_peers.py                      # everything (about 15 minutes)
    python bench/bench_peers.py --workloads get1,get16 --rounds 3
    python bench/bench_peers.py --quick --no-install # small counts: the smoke test
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.load import Run, drive  # noqa: E402
from bench.peers import (  # noqa: E402
    BotoClient, CognitoLocal, Ministack, MotoServer, OurServer, Process, StubClient,
    Unavailable, rss_bytes, user_name)

PASSWORD = "Corr3ct-Horse!"
CACHE = Path(__file__).resolve().parent / ".peers"
OURS, OURS_DISK, OURS_FULL, FLOOR = "ours", "ours-disk", "ours-full", "floor"
OURS_W2 = "ours-w2"
PEERS = ("moto", "ministack", "cognito-local")
ALL_SYSTEMS = (OURS, OURS_DISK, OURS_FULL, OURS_W2, *PEERS, FLOOR)
LABELS = {
    OURS: "cognito-grpc embedded (raw stubs)",
    OURS_DISK: "cognito-grpc embedded --data-dir --sync normal",
    OURS_FULL: "cognito-grpc embedded --data-dir --sync full",
    OURS_W2: "cognito-grpc embedded --data-dir --workers 2",
    "moto": "boto3 -> moto server",
    "ministack": "boto3 -> ministack 1.5.33 (PyPI, with cryptography)",
    "cognito-local": "boto3 -> cognito-local 5.3.0 (npm)",
    FLOOR: "gRPC floor (Health/Check)",
}


# --- the systems --------------------------------------------------------------------------

class System:
    """A process (started on first use) with its clients and its prepared pools."""

    def __init__(self, key: str, process: Process, make_client: Callable,
                 shares: "System | None" = None):
        self.key, self.label = key, LABELS[key]
        self.process, self.make_client, self.shares = process, make_client, shares
        self.kind = "peer" if key in PEERS else key
        self._clients: list = []
        self.small: dict | None = None
        self.big: dict | None = None
        self.tokens_verify: bool | None = None  # checked once, before its first sign-in run
        self.started = False

    def ensure_started(self) -> None:
        if self.shares:
            self.shares.ensure_started()
        elif not self.started:
            seconds = self.process.start()
            self.started = True
            print(f"  started {self.key} (pid {self.process.pid}, port {self.process.port})"
                  f" in {seconds:.2f} s", flush=True)

    def clients(self, count: int) -> list:
        self.ensure_started()
        while len(self._clients) < count:
            self._clients.append(self.make_client())
        return self._clients[:count]

    def stop(self) -> None:
        for client in self._clients:
            client.close()
        self._clients.clear()
        if not self.shares and self.started:
            self.process.stop()
            self.started = False


def make_systems(keys: list[str], workdir: Path, args) -> dict[str, System]:
    def ours(name: str, *flags: str) -> OurServer:
        return OurServer(name, workdir, *flags)

    def stubs(process: OurServer):
        return lambda: StubClient(process.address, args.shared_channel)

    def boto(process: Process):
        return lambda: BotoClient(f"http://127.0.0.1:{process.port}")

    built: dict[str, System] = {}
    servers = {OURS: ours(OURS),
               OURS_DISK: ours(OURS_DISK, "--data-dir", str(workdir / "data-normal"),
                               "--sync", "normal"),
               OURS_FULL: ours(OURS_FULL, "--data-dir", str(workdir / "data-full"),
                               "--sync", "full"),
               OURS_W2: ours(OURS_W2, "--data-dir", str(workdir / "data-w2"),
                             "--sync", "normal", "--workers", "2")}
    for key in keys:
        if key in servers:
            built[key] = System(key, servers[key], stubs(servers[key]))
        elif key == FLOOR:  # on the `ours` server, started for it if `ours` is not measured
            host = built.get(OURS) or built.setdefault(
                "floor-host", System(OURS, servers[OURS], stubs(servers[OURS])))
            built[key] = System(key, servers[OURS], stubs(servers[OURS]), shares=host)
        else:
            process = {"moto": lambda: MotoServer("moto", workdir),
                       "ministack": lambda: Ministack(workdir, args.cache, not args.no_install),
                       "cognito-local": lambda: CognitoLocal(workdir, args.cache,
                                                             not args.no_install)}[key]()
            try:
                if hasattr(process, "ensure_installed"):
                    process.ensure_installed()
            except Unavailable as why:
                print(f"skip {key}: {why}", flush=True)
                continue
            built[key] = System(key, process, boto(process))
    return built


# --- preparing pools ----------------------------------------------------------------------

def small_pool(system: System) -> dict:
    """A pool with one confirmed user, alice."""
    if system.small is None:
        client = system.clients(1)[0]
        ids = client.create_pool("bench-small")
        client.create_user(ids["pool"], "alice")
        client.set_password(ids["pool"], "alice", PASSWORD)
        system.small = ids
    return system.small


def load_users(system: System, pool: str, count: int, budget: float | None = None) -> Run:
    return drive(system.clients(16), lambda client, i: client.create_user(pool, user_name(i)),
                 items=list(range(count)), budget=budget)


def big_pool(system: System, users: int) -> dict:
    """A pool of `users` users, loaded through the API at concurrency 16 (cognito-local:
    cloned in its own file format, see CognitoLocal.clone_users)."""
    if system.big is None:
        client = system.clients(1)[0]
        ids = client.create_pool("bench-big")
        began = time.perf_counter()
        if isinstance(system.process, CognitoLocal):
            client.create_user(ids["pool"], "template")
            system.process.clone_users(ids["pool"], "template", users)
            how = "cloned in its pool file"
        else:
            load_users(system, ids["pool"], users)
            how = "AdminCreateUser at concurrency 16"
        system.big = ids
        seconds = time.perf_counter() - began
        page = client.list_users(ids["pool"])
        print(f"  {system.key}: {users} users in pool {ids['pool']} ({how}) in {seconds:.1f} s;"
              f" RSS {rss_bytes(system.process.pid) / 2**20:.0f} MB; ListUsers Limit=60 "
              f"returns {page} users", flush=True)
    return system.big


# --- workloads ----------------------------------------------------------------------------

@dataclass
class Workload:
    key: str
    title: str
    concurrency: int
    metric: str  # "p50": lower is better, ratio peer/ours; "rate": ratio ours/peer
    target: float | None  # None: measured, not judged
    systems: tuple[str, ...]
    call: Callable  # (system, args) -> (client, item) -> None
    items: Callable | None = None  # (system, args, round) -> (items, cleanup)


def _get(system, args):
    if system.kind == FLOOR:
        return lambda client, _: client.check_health()
    pool = small_pool(system)["pool"]
    return lambda client, _: client.get_user(pool, "alice")


def _auth(system, args):
    ids = small_pool(system)
    check_tokens(system, ids)
    return lambda client, _: client.auth(ids, "alice", PASSWORD)


def check_tokens(system: System, ids: dict) -> None:
    """Whether the system's access tokens verify: a sign-in is only comparable with another
    if both sign their tokens for real."""
    if system.tokens_verify is None:
        client = system.clients(1)[0]
        system.tokens_verify = client.token_verifies(ids, client.auth(ids, "alice", PASSWORD))
        print(f"  {system.key}: its access token "
              f"{'verifies' if system.tokens_verify else 'does NOT verify'} against the "
              f"pool's JWKS", flush=True)


def _srp(system, args):
    ids = small_pool(system)
    return lambda client, _: client.srp_auth(ids, "alice", PASSWORD)


def _list(system, args):
    pool = big_pool(system, args.users)["pool"]
    return lambda client, _: client.list_users(pool)


def _fresh_pool(system, name):
    client = system.clients(1)[0]
    ids = client.create_pool(name)
    return ids, lambda: client.delete_pool(ids["pool"])


def _load(system, args):
    return lambda client, item: client.create_user(item[0], user_name(item[1]))


def _load_items(system, args, round_no):
    ids, cleanup = _fresh_pool(system, f"bench-load-{round_no}")
    return [(ids["pool"], i) for i in range(args.users)], cleanup


def _create(system, args):
    """AdminCreateUser of new users into a fresh pool, deleted after the measurement."""
    counter = itertools.count()
    ids, cleanup = _fresh_pool(system, "bench-create")

    def call(client, _):
        client.create_user(ids["pool"], f"c{next(counter):07d}")
    call.cleanup = cleanup
    return call


SPEED = (OURS, OURS_DISK, *PEERS)
WIDE = (OURS, OURS_DISK, OURS_W2, *PEERS)  # at c=16, where a second worker has work
SRP = (OURS, OURS_DISK, *(peer for peer in PEERS if peer != "cognito-local"))


def workloads() -> list[Workload]:
    return [
        Workload("get1", "AdminGetUser c=1", 1, "p50", 2.0, (*SPEED, FLOOR), _get),
        Workload("get16", "AdminGetUser c=16", 16, "rate", 2.0, (*WIDE, FLOOR), _get),
        Workload("auth1", "AdminInitiateAuth c=1", 1, "p50", 1.0, SPEED, _auth),
        Workload("auth16", "AdminInitiateAuth c=16", 16, "rate", 1.0, WIDE, _auth),
        # issue 12: no target; the peers that serve USER_SRP_AUTH (cognito-local does not)
        Workload("srp1", "USER_SRP_AUTH sign-in (2 calls) c=1", 1, "p50", None, SRP, _srp),
        Workload("srp16", "USER_SRP_AUTH sign-in (2 calls) c=16", 16, "rate", None, SRP,
                 _srp),
        Workload("list1", "ListUsers 60 of 10k c=1", 1, "p50", 2.0, SPEED, _list),
        Workload("list16", "ListUsers 60 of 10k c=16", 16, "rate", 2.0, WIDE, _list),
        Workload("load", "load 10k users, AdminCreateUser c=16", 16, "rate", 2.0, WIDE,
                 _load, _load_items),
        Workload("sync", "AdminCreateUser p50 c=1, --data-dir / in memory", 1,
                 "p50", 1.3, (OURS, OURS_DISK, OURS_FULL), _create),
    ]


EXTRA = ("rss", "startup")


def fmt(run: Run) -> str:
    cut = "" if run.done else f" CUT at {run.count} in {run.wall:.0f} s"
    return f"p50 {run.p50 * 1e3:8.2f} ms {run.rate:8.1f}/s{cut}"


def ratio_of(workload: Workload, ours: Run, peer: Run) -> float:
    if workload.metric == "p50":
        return peer.p50 / ours.p50
    return ours.rate / peer.rate


def run_workload(workload: Workload, systems: dict[str, System], args
                 ) -> tuple[list[str], set[str]]:
    """The rounds; returns the summary lines and the systems that failed."""
    keys = [key for key in workload.systems if key in systems]
    if workload.key == "sync":
        rounds, title = args.rounds, workload.title
    elif workload.key == "load":
        rounds, title = args.load_rounds, workload.title.replace("10k", f"{args.users}")
    else:
        rounds, title = args.rounds, workload.title.replace("10k", f"{args.users}")
    print(f"\n== {workload.key}: {title} ({rounds} rounds)", flush=True)
    runs: dict[str, list[Run]] = {key: [] for key in keys}
    failed: set[str] = set()
    ratios: dict[str, list[float]] = {}
    for round_no in range(rounds):
        order = keys[round_no % len(keys):] + keys[:round_no % len(keys)]
        this: dict[str, Run] = {}
        for key in order:
            if key in failed:
                continue
            system = systems[key]
            try:
                call = workload.call(system, args)
                clients = system.clients(workload.concurrency)
                if workload.items:
                    items, cleanup = workload.items(system, args, round_no)
                    budget = args.load_budget if system.kind == "peer" else None
                    run = drive(clients, call, items=items, budget=budget)
                    cleanup()
                else:
                    run = drive(clients, call, seconds=args.seconds)
                    getattr(call, "cleanup", lambda: None)()
            except Exception as error:  # noqa: BLE001 (one broken peer must not end the run)
                print(f"  ERROR {key}: {type(error).__name__}: {error}", flush=True)
                failed.add(key)
                continue
            this[key] = run
            runs[key].append(run)
        print(f"  round {round_no + 1}: " + " | ".join(
            f"{key} {fmt(this[key])}" for key in order if key in this), flush=True)
        if workload.key == "sync":
            pairs = [(OURS_DISK, OURS), (OURS_FULL, OURS)]
            for mine, base in pairs:
                if mine in this and base in this:
                    ratios.setdefault(mine, []).append(this[mine].p50 / this[base].p50)
            continue
        peers = [this[key] for key in PEERS if key in this]
        if not peers:
            continue
        fastest = min(peers, key=lambda r: r.p50) if workload.metric == "p50" else \
            max(peers, key=lambda r: r.rate)
        for mine in (OURS, OURS_DISK, OURS_W2):
            if mine in this:
                ratios.setdefault(mine, []).append(ratio_of(workload, this[mine], fastest))
    print(f"  {'system':<48} {'p50 ms':>9} {'p99 ms':>9} {'calls/s':>9}  (medians of rounds)")
    for key in keys:
        if runs[key]:
            cut = "" if all(r.done for r in runs[key]) else "  (cut by --load-budget: an upper bound)"
            print(f"  {LABELS[key]:<48} {statistics.median(r.p50 for r in runs[key]) * 1e3:9.2f}"
                  f" {statistics.median(r.p99 for r in runs[key]) * 1e3:9.2f}"
                  f" {statistics.median(r.rate for r in runs[key]):9.1f}{cut}")
    if workload.key == "load":
        for key in keys:
            if runs[key]:
                print(f"  {key}: {args.users} users in "
                      f"{statistics.median(r.wall for r in runs[key]):.1f} s (median), "
                      f"{statistics.median(r.rate for r in runs[key]):.0f} users/s")
    lines = []
    for mine, values in ratios.items():
        if workload.key == "sync":
            verdict = "PASS" if statistics.median(values) <= workload.target else "FAIL"
            goal = f"<= {workload.target}"
            vs = "in memory"
        elif workload.target is None:
            verdict, goal, vs = "info", "none", "the fastest peer"
        else:
            verdict = "PASS" if statistics.median(values) >= workload.target else "FAIL"
            goal = f">= {workload.target:g}"
            vs = "the fastest peer"
        judged = mine == (OURS_DISK if workload.key == "sync" else OURS)
        line = (f"ratio {workload.key}: {mine} vs {vs}, {title}: median "
                f"{statistics.median(values):.2f} x (rounds: "
                f"{', '.join(f'{v:.2f}' for v in values)}; target {goal}): "
                f"{verdict if judged else 'info'}")
        print(line, flush=True)
        lines.append(line)
    return lines, failed


# --- RSS and start-up ---------------------------------------------------------------------

def measure_rss(workdir: Path, args) -> list[str]:
    """A fresh server with --data-dir, `users` users loaded through the API: its VmRSS."""
    print(f"\n== rss: server RSS with --data-dir at {args.users} users", flush=True)
    data = workdir / "data-rss"
    server = OurServer("rss", workdir, "--data-dir", str(data))
    system = System(OURS_DISK, server, lambda: StubClient(server.address, args.shared_channel))
    try:
        client = system.clients(1)[0]
        before = rss_bytes(server.pid)
        ids = client.create_pool("bench-rss")
        run = load_users(system, ids["pool"], args.users)
        rss = rss_bytes(server.pid)
    finally:
        system.stop()
    megabytes = rss / 2**20
    print(f"  empty: {before / 2**20:.0f} MB; after {args.users} users ({fmt(run)}): "
          f"{megabytes:.0f} MB")
    line = (f"ratio rss: ours --data-dir RSS at {args.users} users: {megabytes:.0f} MB "
            f"(target <= 100 MB): {'PASS' if megabytes <= 100 else 'FAIL'}")
    print(line, flush=True)
    return [line]


def keeps_state(workdir: Path) -> bool:
    """Whether a pool created on a server with --data-dir is there after a restart."""
    server = OurServer("startup-probe", workdir, "--data-dir", str(workdir / "data-probe"))
    found = False
    for restarted in (False, True):
        server.start()
        client = StubClient(server.address)
        try:
            if restarted:
                found = client.find_pool("bench-probe") is not None
            else:
                client.create_pool("bench-probe")
        finally:
            client.close()
            server.stop()
    return found


def build_data_dir(data: Path, users: int, workdir: Path) -> None:
    """`users` users in pool bench-startup, through the API at concurrency 16."""
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(parents=True)
    server = OurServer("startup-build", workdir, "--data-dir", str(data))
    builder = System(OURS_DISK, server, lambda: StubClient(server.address))
    try:
        pool = builder.clients(1)[0].create_pool("bench-startup")["pool"]
        run = load_users(builder, pool, users)
    finally:
        builder.stop()
    print(f"  built {data} through the API: {users} users in {run.wall:.0f} s "
          f"({run.rate:.0f}/s)", flush=True)


def serving_times(data: Path, rounds: int, workdir: Path) -> tuple[list[float], list[int]]:
    """Seconds from spawn to SERVING in each round, and the users found in bench-startup."""
    times, counts = [], []
    for _ in range(rounds):
        server = OurServer("startup", workdir, "--data-dir", str(data))
        try:
            times.append(server.start())
            client = StubClient(server.address)
            pool = client.find_pool("bench-startup")
            counts.append(client.count_users(pool) if pool else 0)
            client.close()
        finally:
            server.stop()
    return times, counts


def measure_startup(workdir: Path, args) -> list[str]:
    """Seconds from spawning `cognito-grpc serve --data-dir DIR` to SERVING, with a data dir
    of `startup_users` users. The data dir is built once through the API and kept in the
    cache folder (rebuilt if a server cannot start on it, e.g. after a schema change). A
    backend that does not keep its state gets an empty data dir, and a NOTE."""
    users = args.startup_users
    print(f"\n== startup: SERVING with a {users}-user data dir ({args.startup_rounds} rounds)",
          flush=True)
    data = args.cache / f"data-{users}users"
    stamp = args.cache / f"data-{users}users.built"
    kept = keeps_state(workdir)
    if not kept:
        print("  this server does not keep its state in --data-dir: timing an empty one")
        data = workdir / "data-empty"
        data.mkdir()
    elif not stamp.exists():
        build_data_dir(data, users, workdir)
        stamp.write_text(f"{users}\n")
    try:
        times, counts = serving_times(data, args.startup_rounds, workdir)
    except RuntimeError as error:
        if not kept:
            raise
        print(f"  the cached data dir did not start, rebuilding it: {error}", flush=True)
        build_data_dir(data, users, workdir)
        times, counts = serving_times(data, args.startup_rounds, workdir)
    seconds = statistics.median(times)
    print(f"  spawn to SERVING: {', '.join(f'{t:.2f}' for t in times)} s; users in the "
          f"data dir's pool: {counts}")
    if kept and min(counts) < users:
        stamp.unlink()
        raise RuntimeError(f"the data dir lost users: {counts} of {users}")
    state = "" if kept else " NOTE: empty data dir, the backend keeps no state"
    line = (f"ratio startup: ours SERVING with a {users}-user data dir: {seconds:.2f} s "
            f"(target <= 3 s): {'PASS' if seconds <= 3 and kept else 'FAIL'}{state}")
    print(line, flush=True)
    return [line]


# --- main ---------------------------------------------------------------------------------

def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    names = [w.key for w in workloads()] + list(EXTRA)
    parser.add_argument("--workloads", default=",".join(names),
                        help=f"comma-separated, of: {', '.join(names)}")
    parser.add_argument("--systems", default=",".join(ALL_SYSTEMS),
                        help=f"comma-separated, of: {', '.join(ALL_SYSTEMS)}")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per latency workload")
    parser.add_argument("--load-rounds", type=int, default=3, help="rounds of the 10k load")
    parser.add_argument("--seconds", type=float, default=2.0, help="per timed measurement")
    parser.add_argument("--users", type=int, default=10_000,
                        help="users in the ListUsers pool, the load and the RSS figure")
    parser.add_argument("--startup-users", type=int, default=100_000)
    parser.add_argument("--startup-rounds", type=int, default=3)
    parser.add_argument("--load-budget", type=float, default=60.0,
                        help="seconds a peer gets for the load; cut short, its rate is an "
                             "upper bound (cognito-local's load slows as its pool grows)")
    parser.add_argument("--shared-channel", action="store_true",
                        help="our server's callers share one channel (default: one each)")
    parser.add_argument("--no-install", action="store_true",
                        help="skip a peer that is not in the cache folder already")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the peers install")
    parser.add_argument("--quick", action="store_true",
                        help="small counts and short measurements (the smoke test)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target fails")
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.load_rounds, args.seconds = 2, 2, 0.25
        args.users, args.startup_users, args.startup_rounds = 200, 300, 2
        args.load_budget = 20.0
    args.workloads = [w for w in args.workloads.split(",") if w]
    args.systems = [s for s in args.systems.split(",") if s]
    for name in args.workloads:
        if name not in names:
            parser.error(f"unknown workload {name!r}")
    for name in args.systems:
        if name not in ALL_SYSTEMS:
            parser.error(f"unknown system {name!r}")
    args.cache.mkdir(parents=True, exist_ok=True)
    return args


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    started = time.perf_counter()
    summary: list[str] = []
    errors = 0
    with tempfile.TemporaryDirectory(prefix="bench-peers-") as tmp:
        workdir = Path(tmp)
        systems = make_systems(args.systems, workdir, args)
        try:
            for workload in workloads():
                if workload.key in args.workloads:
                    lines, failed = run_workload(workload, systems, args)
                    errors += len(failed)
                    summary += lines
        finally:
            for system in systems.values():
                system.stop()
        checked = {key: s.tokens_verify for key, s in systems.items()
                   if s.tokens_verify is not None}
        if checked:
            summary.append("access tokens verify against the pool's JWKS: " + ", ".join(
                f"{key} {'yes' if ok else 'NO'}" for key, ok in checked.items()))
        ours_selected = OURS_DISK in args.systems or OURS in args.systems
        if "rss" in args.workloads and ours_selected:
            summary += measure_rss(workdir, args)
        if "startup" in args.workloads and ours_selected:
            summary += measure_startup(workdir, args)
    print(f"\n== summary ({time.perf_counter() - started:.0f} s; ratios: median of the "
          f"per-round ratios; >= 1 means ours is ahead, except sync)")
    for line in summary:
        print(line)
    if errors:
        return 2
    return 1 if args.strict and any(line.endswith("FAIL") or "FAIL NOTE" in line
                                    for line in summary) else 0


if __name__ == "__main__":
    sys.exit(main())
