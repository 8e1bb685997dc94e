"""--html: the run as one self-contained page. uPlot (vendor/, MIT) is inlined, and so are the
figures (the --json document, in a script element): the page loads nothing from anywhere.

Charts: latency over time (p50, p99, max per interval), calls per second over time, and the
latency distribution by percentile (HdrHistogram's percentile plot: the x axis spreads the
tail, 90 %, 99 %, 99.9 % equally apart).
"""

from __future__ import annotations

import html
import json
from importlib import resources

from cognito_grpc.load.report import TABLE_PERCENTILES

_VENDOR = resources.files("cognito_grpc.load") / "vendor"

_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #222; background: #fff; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { padding: 3px 10px; border-bottom: 1px solid #ddd; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.chart { margin: 8px 0 24px; }
"""

_SCRIPT = """
const report = JSON.parse(document.getElementById("report-data").textContent);
window.REPORT = report;
window.charts = {};
const width = Math.min(1000, document.body.clientWidth - 20);
const t = report.timeline.map(p => p.t);
const ms = {label: "ms", values: (u, ticks) => ticks.map(v => v.toFixed(v < 10 ? 2 : 0))};
window.charts.latency = new uPlot({
  title: "Latency over time (ms)", width, height: 300,
  scales: {x: {time: false}},
  axes: [{label: "seconds"}, ms],
  series: [{label: "s"},
           {label: "p50", stroke: "#1f77b4", width: 2},
           {label: "p99", stroke: "#d62728", width: 2},
           {label: "max", stroke: "#999", width: 1, dash: [4, 4]}],
}, [t, report.timeline.map(p => p.p50_ms), report.timeline.map(p => p.p99_ms),
    report.timeline.map(p => p.max_ms)], document.getElementById("latency"));
window.charts.rate = new uPlot({
  title: "Calls per second", width, height: 240,
  scales: {x: {time: false}},
  axes: [{label: "seconds"}, {label: "calls/s"}],
  series: [{label: "s"},
           {label: "calls/s", stroke: "#2ca02c", width: 2, fill: "rgba(44,160,44,0.1)"},
           {label: "errors/s", stroke: "#ff7f0e", width: 2}],
}, [t, report.timeline.map(p => p.calls_per_second),
    report.timeline.map(p => p.errors_per_second)], document.getElementById("rate"));
// x = -log10(1 - percentile/100): 0 at 0 %, 1 at 90 %, 2 at 99 %, 3 at 99.9 %
const points = report.distribution.filter(p => p.percentile < 100);
const nines = points.map(p => -Math.log10(1 - p.percentile / 100));
window.charts.distribution = new uPlot({
  title: "Latency by percentile (ms)", width, height: 300,
  scales: {x: {time: false}},
  axes: [{label: "percentile",
          values: (u, ticks) => ticks.map(v => (100 * (1 - Math.pow(10, -v))).toFixed(
              Math.max(0, Math.round(v) - 1)) + "%")}, ms],
  series: [{label: "nines"}, {label: "latency", stroke: "#9467bd", width: 2,
                               value: (u, v) => v == null ? "-" : v.toFixed(3) + " ms"}],
}, [nines, points.map(p => p.latency_ms)], document.getElementById("distribution"));
window.chartsDrawn = true;
"""


def _vendored(name: str) -> str:
    return (_VENDOR / name).read_text(encoding="utf-8")


def _script_json(value) -> str:
    """JSON that cannot end the script element it sits in."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e")


def _summary_table(doc: dict) -> str:
    keys = ("min", "mean", *TABLE_PERCENTILES, "max")
    rows = list(doc["by_rpc"].items())
    if len(rows) > 1:
        rows.append(("all", doc))
    head = "".join(f"<th>{html.escape(h)}</th>" for h in
                   ("rpc", "calls", "errors", "calls/s", *(f"{k} ms" for k in keys)))
    body = "".join(
        "<tr>" + f"<td>{html.escape(name)}</td><td>{f['calls']:,}</td><td>{f['errors']:,}</td>"
        f"<td>{f['calls_per_second']:,.1f}</td>"
        + "".join(f"<td>{f['latency_ms'][k]:.2f}</td>" for k in keys) + "</tr>"
        for name, f in rows)
    codes = ", ".join(f"{html.escape(code)} {n:,}" for code, n in doc["codes"].items())
    return f"<table><tr>{head}</tr>{body}</table><p>Status codes: {codes}</p>"


def page(doc: dict) -> str:
    options = doc["options"]
    mode = (f"open loop at {options['rate']:g} calls/s (at most {options['concurrency']} in "
            "flight)" if options["rate"] else f"concurrency {options['concurrency']}")
    title = f"cognito-grpc load: {doc['target']}"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>{_vendored("uPlot.min.css")}{_STYLE}</style></head>
<body>
<h1>{html.escape(title)}</h1>
<p>{doc['calls']:,} calls in {doc['elapsed_s']:.2f} s: {doc['calls_per_second']:,.1f} calls/s,
{doc['errors']:,} errors; {html.escape(mode)}, {options['connections']} connections,
{options['procs']} client processes, {options['warmup_s']:g} s warm-up.
Latencies are of every call, whatever its status.</p>
{_summary_table(doc)}
<div class="chart" id="latency"></div>
<div class="chart" id="rate"></div>
<div class="chart" id="distribution"></div>
<script id="report-data" type="application/json">{_script_json(doc)}</script>
<script>{_vendored("uPlot.iife.min.js")}</script>
<script>{_SCRIPT}</script>
</body></html>
"""
