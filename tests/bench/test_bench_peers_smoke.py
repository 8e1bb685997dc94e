"""bench/bench_peers.py --quick runs end to end: our server, moto_server, and the peers that
are already in its cache folder (it installs nothing here). Timings are not asserted."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bench.peers import MINISTACK_INSTALL
from tests.conftest import REPO

WORKLOADS = {"get1", "get16", "auth1", "auth16", "srp1", "srp16", "list1", "list16", "load",
             "sync", "rss", "startup"}
CACHE = REPO / "bench/.peers"


def cached_peers() -> set[str]:
    found = {"moto"}
    stamp = CACHE / "ministack-1.5.33/.installed"
    if stamp.exists() and stamp.read_text() == MINISTACK_INSTALL:
        found.add("ministack")
    if (CACHE / "cognito-local-5.3.0/.installed").exists():
        found.add("cognito-local")
    return found


@pytest.mark.timeout(900)
def test_quick_run_prints_a_ratio_line_per_workload():
    result = subprocess.run([sys.executable, "bench/bench_peers.py", "--quick", "--no-install"],
                            cwd=REPO, capture_output=True, text=True, timeout=850)
    output = result.stdout + result.stderr
    errors = [line for line in output.splitlines() if "ERROR" in line]
    assert result.returncode == 0, "\n".join(errors) + "\n...\n" + output[-4000:]
    assert "ERROR" not in result.stdout, output[-4000:]
    summary = result.stdout.split("\n== summary", 1)[1]
    ratios = re.findall(r"^ratio (\w+): (ours\S*) .*: (?:median )?([\d.]+) (x|MB|s)\b", summary,
                        re.M)
    assert {workload for workload, *_ in ratios} == WORKLOADS, summary
    # Each speed workload is judged for the in-memory server, against a peer of its round.
    judged = {workload for workload, who, *_ in ratios if who == "ours"}
    assert judged >= WORKLOADS - {"sync"}, summary
    assert all(float(value) > 0 for *_, value, _unit in ratios)
    # Every system that signed in says whether its tokens verify; ours must.
    assert re.search(r"^access tokens verify against the pool's JWKS: ours yes", summary, re.M)
    assert ("ministack yes" in summary) == ("ministack" in cached_peers()), summary
    # Every peer that ran has a row in the tables.
    for peer in cached_peers():
        label = {"moto": "boto3 -> moto server", "ministack": "boto3 -> ministack",
                 "cognito-local": "boto3 -> cognito-local"}[peer]
        assert label in result.stdout, f"{peer} did not run:\n{output[-4000:]}"
