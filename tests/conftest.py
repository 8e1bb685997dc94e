"""Shared test helpers: free loopback ports, required tools, and real server processes."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import grpc
import hypothesis
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

REPO = Path(__file__).resolve().parents[1]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# CI draws the same examples every run, so a submission fails only on what it changed; a
# developer's run draws new ones, which is where hypothesis finds what nobody thought of (a
# non-ASCII client secret, 2026-12-07).
hypothesis.settings.register_profile("ci", derandomize=True, database=None)
if IN_CI:
    hypothesis.settings.load_profile("ci")
SERVICE = "cognito.idp.v1.CognitoIdentityProviderService"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def require_tool(name: str, path: str | None = None) -> str:
    """The tool's path. Missing: a skip on a developer's machine, a failure in CI."""
    found = path if path and Path(path).exists() else shutil.which(name)
    if not found:
        message = f"{name} is not installed (.ci/run installs it)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return found


AWSCLI_VENV = REPO / ".cache/awscli-venv"  # gitignored; kept between runs


def _awscli_pin() -> str:
    for line in (REPO / "constraints.txt").read_text().splitlines():
        if line.startswith("awscli=="):
            return line.strip()
    raise AssertionError("constraints.txt pins no awscli")


@pytest.fixture(scope="session")
def aws_cli() -> str:
    """The `aws` executable of the pinned awscli, installed once into a venv of its own. A
    file lock lets one pytest-xdist worker build it while another waits."""
    pin = _awscli_pin()
    marker = AWSCLI_VENV / f".installed-{pin}"
    AWSCLI_VENV.parent.mkdir(exist_ok=True)
    with open(AWSCLI_VENV.parent / "awscli-venv.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not marker.exists():
            try:
                subprocess.run([sys.executable, "-m", "venv", "--clear", str(AWSCLI_VENV)],
                               check=True, capture_output=True, timeout=300)
                subprocess.run([str(AWSCLI_VENV / "bin/pip"), "install", "-q",
                                "--disable-pip-version-check", pin], check=True,
                               capture_output=True, timeout=600)
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
                message = f"cannot install {pin} into {AWSCLI_VENV}: {error}"
                if IN_CI:
                    pytest.fail(message)
                pytest.skip(message)
            marker.touch()
    return str(AWSCLI_VENV / "bin/aws")


def eventually(check, timeout: float = 10.0, interval: float = 0.05):
    """check()'s result once it stops raising AssertionError; its error past the deadline.

    For what the server does just after it answers (a log line is written off the response's
    path) or what takes a moment under load: poll for it, never sleep and hope."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return check()
        except AssertionError:
            if time.monotonic() >= deadline:
                raise
        time.sleep(interval)


def wait_serving(address: str, timeout: float = 30.0, service: str = "") -> None:
    deadline = time.monotonic() + timeout
    last = None
    with grpc.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < deadline:
            try:
                status = stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=1).status
                if status == health_pb2.HealthCheckResponse.SERVING:
                    return
                last = health_pb2.HealthCheckResponse.ServingStatus.Name(status)
            except grpc.RpcError as error:
                last = error.code().name
            time.sleep(0.1)
    raise TimeoutError(f"{address} not SERVING after {timeout}s (last: {last})")


class ServerProcess:
    """A real `cognito-grpc serve` process on a free loopback port."""

    def __init__(self, *args: str, env: dict[str, str] | None = None, wait: bool = True):
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"cognito-grpc-{self.port}.log"
        self._log = self.log_path.open("w+")
        command = [sys.executable, "-m", "cognito_grpc", "serve", "--listen", self.address, *args]
        self.process = subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT,
                                        env={**os.environ, **(env or {})})
        if wait:
            try:
                wait_serving(self.address)
            except TimeoutError:
                self.stop()
                raise TimeoutError(f"server did not start:\n{self.logs()}")

    def logs(self) -> str:
        self._log.flush()
        return self.log_path.read_text()

    def _complete_lines(self) -> list[str]:
        """The log's lines, without one the server is still writing (a long line is written
        in pieces, and half of one is no JSON)."""
        text = self.logs()
        lines = text.splitlines()
        return lines if text.endswith("\n") else lines[:-1]

    def rpc_lines(self, method: str | None = None) -> list[dict]:
        """The JSON lines of the RPCs logged so far (of `method`, when given)."""
        found = []
        for text in self._complete_lines():
            if text.startswith("{"):
                line = json.loads(text)
                if line.get("event") == "rpc" and (
                        method is None or line.get("rpc_method", "").endswith("/" + method)):
                    found.append(line)
        return found

    def wait_rpc_lines(self, method: str | None, count: int, timeout: float = 10) -> list[dict]:
        """At least `count` RPC lines of `method` (each is written just after its call)."""
        def enough():
            lines = self.rpc_lines(method)
            assert len(lines) >= count, f"{len(lines)} of {count} {method} lines logged"
            return lines
        return eventually(enough, timeout)

    def logged(self, request_id: str, timeout: float = 5) -> dict:
        """The JSON log line of the call with `request_id` (written just after the call)."""
        deadline = time.monotonic() + timeout
        while True:
            for text in self._complete_lines():
                if text.startswith("{") and request_id in text:
                    line = json.loads(text)
                    if line.get("request_id") == request_id:
                        return line
            assert time.monotonic() < deadline, f"no log line for {request_id}"
            time.sleep(0.05)

    def terminate(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)

    def stop(self, timeout: float = 20) -> int:
        self.terminate()
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()
        finally:
            self._log.close()


@pytest.fixture(scope="session")
def server():
    """One embedded-backend server for the tests that only need a server to talk to."""
    process = ServerProcess()
    yield process
    process.stop()


@pytest.fixture(scope="session")
def channel(server):
    with grpc.insecure_channel(server.address) as ch:
        yield ch


@pytest.fixture(scope="session")
def stub(channel):
    from cognito.idp.v1 import service_pb2_grpc

    return service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
