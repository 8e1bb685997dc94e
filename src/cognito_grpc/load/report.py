"""The run's figures for people (the live line, the summary table) and for programs (--json)."""

from __future__ import annotations

import collections

from cognito_grpc.load.histogram import PERCENTILES, Latencies
from cognito_grpc.load.processes import Results, Tick

TABLE_PERCENTILES = ("p50", "p90", "p99", "p99.9")


def _errors(codes: collections.Counter) -> str:
    failed = {code: n for code, n in codes.items() if code != "OK"}
    return ", ".join(f"{code} {n}" for code, n in sorted(failed.items())) or "none"


class Progress:
    """One line, rewritten each interval: the last interval's rate and latencies, and the
    errors so far by code."""

    def __init__(self, stream):
        self.stream = stream
        self.calls = 0
        self.codes: collections.Counter = collections.Counter()

    def __call__(self, tick: Tick, results: Results) -> None:
        interval = results.plan.interval
        count = sum(tick.codes.values())
        self.calls += count
        self.codes.update(tick.codes)
        figures = tick.latencies.summary_ms()
        line = (f"{(tick.number + 1) * interval:6.1f} s  {self.calls:>9,} calls  "
                f"{count / interval:>9,.1f} calls/s  p50 {figures['p50']:8.2f} ms  "
                f"p99 {figures['p99']:8.2f} ms  errors: {_errors(self.codes)}")
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()

    def finish(self) -> None:
        if self.calls:
            self.stream.write("\n")
            self.stream.flush()


def _rate(count: int, elapsed: float) -> float:
    return count / elapsed if elapsed > 0 else 0.0


def document(results: Results) -> dict:
    """Everything --json prints and the HTML report draws: latencies in milliseconds."""
    plan = results.plan
    latencies, codes = results.total()

    def figures(rpc_latencies: Latencies, rpc_codes: collections.Counter) -> dict:
        count = sum(rpc_codes.values())
        return {"calls": count, "errors": count - rpc_codes.get("OK", 0),
                "calls_per_second": round(_rate(count, results.elapsed), 2),
                "codes": dict(sorted(rpc_codes.items())),
                "latency_ms": rpc_latencies.summary_ms()}

    timeline = []
    for number in sorted(results.ticks):
        tick = results.ticks[number]
        count = sum(tick.codes.values())
        # the last interval ends with the last answer: it may be shorter than the others
        end = min((number + 1) * plan.interval, max(results.elapsed, number * plan.interval))
        length = end - number * plan.interval
        if length < plan.interval / 20 and not count:
            continue
        length = max(length, plan.interval / 20)
        summary = tick.latencies.summary_ms()
        failed = count - tick.codes.get("OK", 0)
        timeline.append({"t": round(end, 3), "calls": count,
                         "calls_per_second": round(count / length, 2), "errors": failed,
                         "errors_per_second": round(failed / length, 2),
                         "p50_ms": summary["p50"], "p99_ms": summary["p99"],
                         "max_ms": summary["max"]})
    return {
        "target": plan.target,
        "rpcs": [{"rpc": rpc, "weight": weight} for rpc, _, _, weight in plan.mix],
        "options": {"concurrency": plan.concurrency, "rate": plan.rate,
                    "duration_s": plan.duration, "total": plan.total,
                    "warmup_s": plan.warmup, "connections": plan.connections,
                    "procs": plan.procs, "timeout_s": plan.timeout},
        "elapsed_s": round(results.elapsed, 3),
        "stopped_early": results.stopped_early,
        "client_cpu_cores": round(results.client_cores, 3),
        **figures(latencies, codes),
        "by_rpc": {name: figures(*results.by_rpc[name]) for name in sorted(results.by_rpc)},
        "percentiles": [f"p{p:g}" for p in PERCENTILES],
        "timeline": timeline,
        "distribution": [{"percentile": p, "latency_ms": ms}
                         for p, ms in latencies.distribution_ms()],
    }


def table(doc: dict) -> str:
    """The summary: one row per RPC (and `all` for a mix), then the status codes."""
    options = doc["options"]
    mode = (f"open loop at {options['rate']:g} calls/s, at most {options['concurrency']} in "
            "flight" if options["rate"] else f"concurrency {options['concurrency']}")
    lines = [f"{doc['target']}: {doc['calls']:,} calls in {doc['elapsed_s']:.2f} s, "
             f"{doc['calls_per_second']:,.1f} calls/s, {doc['errors']:,} errors; {mode}, "
             f"{options['connections']} connections, {options['procs']} client processes "
             f"using {doc['client_cpu_cores']:.2f} CPU cores"
             + (" (stopped early)" if doc["stopped_early"] else ""),
             "latency of every call, whatever its status, in ms:"]
    header = ["rpc", "calls", "errors", "calls/s", "min", "mean", *TABLE_PERCENTILES, "max"]
    rows = [(name, figures) for name, figures in doc["by_rpc"].items()]
    if len(rows) > 1:
        rows.append(("all", doc))
    cells = [header] + [[name, f"{f['calls']:,}", f"{f['errors']:,}",
                         f"{f['calls_per_second']:,.1f}",
                         *(f"{f['latency_ms'][k]:.2f}" for k in ("min", "mean",
                                                                  *TABLE_PERCENTILES, "max"))]
                        for name, f in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        lines.append("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                               for i, (cell, w) in enumerate(zip(row, widths))))
    lines.append("status codes: " + ", ".join(f"{code} {n:,}" for code, n in doc["codes"].items()))
    return "\n".join(lines)
