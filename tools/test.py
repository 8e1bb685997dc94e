"""The whole test suite, the README's test command: `python -m tools.test [pytest args]`.

It first installs what the client suites need when it can (the Node packages with `npm ci`,
and as root the Debian packages for Go, and Chromium with its driver for the load report's
browser test), then runs pytest over everything. pytest's "no
tests collected" (exit 5) counts as a failure.

The tests run on one pytest-xdist worker per CPU, a test file to a worker (`--dist loadfile`),
so that a module's server starts once. Most of the suite waits on server processes it has
started, so two workers halve it on two cores. `-n 0` runs everything in this process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NODE_CLIENT = REPO / "clients/node"
# Node packages with a package-lock of their own, each installed with `npm ci`
NODE_PACKAGES = (NODE_CLIENT, REPO / "tests/http/node")
# Debian packages the Go client builds offline against (see clients/go/README.md).
GO_PACKAGES = ("golang-go", "protoc-gen-go", "protoc-gen-go-grpc", "golang-google-grpc-dev",
               "golang-google-protobuf-dev", "golang-google-genproto-dev",
               # named, or apt picks golang-github-golang-protobuf-1-3-dev, too old
               "golang-github-golang-protobuf-1-5-dev", "golang-golang-x-net-dev")


def _run(command: list[str], **kwargs) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)


def install_node_packages() -> None:
    for package in NODE_PACKAGES:
        lock = package / "package-lock.json"
        if not lock.exists() or not shutil.which("npm"):
            continue
        stamp = package / "node_modules/.package-lock.json"
        if stamp.exists() and stamp.stat().st_mtime >= lock.stat().st_mtime:
            continue
        _run(["npm", "ci", "--no-audit", "--no-fund"], cwd=package)


def install_go_packages() -> None:
    missing = not (shutil.which("go") and Path("/usr/bin/protoc-gen-go-grpc").exists())
    if missing and shutil.which("apt-get") and os.geteuid() == 0:
        _run(["apt-get", "update", "-q"])
        _run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *GO_PACKAGES],
             env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


# Debian's Chromium and its WebDriver, for the HTML load report's browser test.
BROWSER_PACKAGES = ("chromium", "chromium-driver")


def install_browser() -> None:
    missing = not (Path("/usr/bin/chromium").exists() and Path("/usr/bin/chromedriver").exists())
    if missing and shutil.which("apt-get") and os.geteuid() == 0:
        _run(["apt-get", "update", "-q"])
        _run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *BROWSER_PACKAGES],
             env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def parallel(argv: list[str]) -> list[str]:
    """pytest-xdist's options, unless the caller chose their own."""
    chosen = any(arg in ("-n", "--numprocesses", "--dist") or arg.startswith(
        ("-n", "--numprocesses=", "--dist=")) for arg in argv)
    return [] if chosen else ["-n", "auto", "--dist", "loadfile"]


def main(argv: list[str]) -> int:
    install_node_packages()
    install_go_packages()
    install_browser()
    result = subprocess.run([sys.executable, "-m", "pytest", *parallel(argv), *argv], cwd=REPO)
    if result.returncode == 5:
        print("tools.test: pytest collected no tests: failing", file=sys.stderr)
        return 1
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
