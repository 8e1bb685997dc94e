"""The Node and Go client suites (`node --test`, `go test`) against a real server on loopback."""

from __future__ import annotations

import os
import subprocess

from tests.conftest import REPO, require_tool


def _run(command: list[str], cwd, server, timeout: int) -> subprocess.CompletedProcess:
    env = {**os.environ, "COGNITO_GRPC_ADDRESS": server.address}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def readme_commands(readme, heading: str) -> str:
    """The first sh block under `heading` in a client's README: what these suites run."""
    section = readme.read_text().split(heading, 1)[1]
    return section.split("```sh\n", 1)[1].split("```", 1)[0]


def test_node_client_suite(server):
    require_tool("npm")
    node = REPO / "clients/node"
    documented = readme_commands(node / "README.md", "## Install and build")
    assert "npm run typecheck" in documented and "npm test" in documented
    if not (node / "node_modules/.bin/tsc").exists():
        require_tool("node_modules (run `npm ci` in clients/node)",
                     str(node / "node_modules/.bin/tsc"))
    typecheck = _run(["npm", "run", "--silent", "typecheck"], node, server, 300)
    assert typecheck.returncode == 0, typecheck.stdout + typecheck.stderr
    result = _run(["npm", "test", "--silent"], node, server, 600)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "# fail 0" in output and "# pass" in output


def test_go_client_suite(server):
    require_tool("go")
    assert "./test.sh " in readme_commands(REPO / "clients/go/README.md", "## Build and test")
    result = _run(["bash", "test.sh", "-v"], REPO / "clients/go", server, 900)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "--- PASS: TestSeedScenario" in output and "--- PASS: TestUserNotFound" in output
    assert "FAIL" not in output
