"""The README's grpcurl walk-through, run as written, against a real server, reflection only."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SERVICE, ServerProcess, require_tool


def readme_block(heading: str) -> str:
    """The first sh block under `heading` in the README."""
    section = (REPO / "README.md").read_text().split(heading, 1)[1]
    return re.search(r"```sh\n(.*?)```", section, re.S).group(1)


def walkthrough_script() -> str:
    return readme_block("## Walk-through with grpcurl")


def run_walkthrough(address: str, then: str = "") -> dict[str, list[tuple[int, str]]]:
    """Each RPC's (exit code, output), in order, keyed by method name; `then` runs after the
    walk-through, in the same shell (its output is under the key "then")."""
    require_tool("grpcurl")
    script = walkthrough_script().replace("A=127.0.0.1:50051", f"A={address}", 1)
    then_output = tempfile.NamedTemporaryFile("r", suffix=".out")
    then_errors = tempfile.NamedTemporaryFile("r", suffix=".err")
    if then:  # its output, to files: the calls inside it must not be counted as the walk's
        script += f'\necho "=== then" >&2\n{{\n{then}\n}} > {then_output.name} ' \
                  f'2> {then_errors.name}\necho "=== rc $?" >&2\n'
    # Mark each call so its output can be told apart; the calls themselves stay as written.
    script = script.replace(
        'call() { grpcurl -plaintext -d "$2" "$A" "$S/$1"; }',
        'call() { echo "=== $1" >&2; grpcurl -plaintext -d "$2" "$A" "$S/$1" 2>&1 | tee /dev/stderr;'
        ' echo "=== rc ${PIPESTATUS[0]}" >&2; }', 1)
    assert "=== $1" in script, "the README's call() helper changed: update this test"
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120)
    calls: dict[str, list[tuple[int, str]]] = {}
    pending = ("", "")
    for chunk in result.stderr.split("=== ")[1:]:
        head, _, body = chunk.partition("\n")
        if head.startswith("rc "):
            method, output = pending
            calls.setdefault(method, []).append((int(head[3:]), output))
        else:
            pending = (head.strip(), body)
    if then:
        code = calls["then"][0][0]
        calls["then"] = [(code, then_output.read() if code == 0 else then_errors.read())]
    then_output.close()
    then_errors.close()
    return calls


def test_readme_walkthrough_with_grpcurl(server):
    calls = run_walkthrough(server.address)
    ok = lambda name, i=0: json.loads(calls[name][i][1]) if calls[name][i][0] == 0 else \
        (_ for _ in ()).throw(AssertionError(f"{name} failed: {calls[name][i][1]}"))  # noqa: E731

    pool = ok("CreateUserPool")["UserPool"]
    assert pool["Name"] == "demo" and pool["Id"].startswith("us-east-1_")
    assert ok("CreateUserPoolClient")["UserPoolClient"]["ClientName"] == "app"
    assert ok("AdminCreateUser")["User"]["Username"] == "alice"
    assert [u["Username"] for u in ok("ListUsers")["Users"]] == ["alice"]
    assert ok("AdminSetUserPassword") == {}

    tokens = ok("AdminInitiateAuth", 0)["AuthenticationResult"]
    assert {"AccessToken", "IdToken", "RefreshToken"} <= tokens.keys()
    assert tokens["AccessToken"].count(".") == 2

    assert ok("CreateGroup")["Group"]["GroupName"] == "admins"
    assert ok("AdminAddUserToGroup") == {}
    assert [g["GroupName"] for g in ok("AdminListGroupsForUser")["Groups"]] == ["admins"]

    challenge = ok("AdminInitiateAuth", 1)
    assert challenge["ChallengeName"] == "CHALLENGE_NAME_TYPE_NEW_PASSWORD_REQUIRED"
    assert challenge["Session"]
    answered = ok("AdminRespondToAuthChallenge")["AuthenticationResult"]
    assert {"AccessToken", "IdToken", "RefreshToken"} <= answered.keys()

    assert ok("AdminDeleteUser") == {}
    code, output = calls["AdminGetUser"][0]
    assert code != 0
    assert "NotFound" in output and '"reason":"USER_NOT_FOUND"' in output.replace(" ", "")


def test_readme_verify_token_example_after_the_walkthrough(server):
    example = readme_block("**Token verification**")
    calls = run_walkthrough(server.address, then=example)
    code, output = calls["then"][0]
    assert code == 0, output
    verified = json.loads(output)
    assert verified["Valid"] is True and verified["TokenUse"] == "TOKEN_USE_ID"
    assert verified["Username"] == "bob" and verified["Claims"]["token_use"] == "id"
    assert "userPoolId" not in example and "$ID_TOKEN" in example


def test_grpcurl_lists_and_describes_through_reflection(server):
    grpcurl = require_tool("grpcurl")
    listed = subprocess.run([grpcurl, "-plaintext", server.address, "list"],
                            capture_output=True, text=True, timeout=30)
    assert "cognito.idp.v1.CognitoIdentityProviderService" in listed.stdout.split()
    described = subprocess.run(
        [grpcurl, "-plaintext", server.address, "describe",
         "cognito.idp.v1.CognitoIdentityProviderService"],
        capture_output=True, text=True, timeout=30)
    assert "rpc ListUsersStream ( .cognito.idp.v1.ListUsersRequest ) returns ( stream " \
        ".cognito.idp.v1.ListUsersResponse )" in described.stdout


@pytest.mark.parametrize("method, rpc", [
    (f"{SERVICE}.AdminGetUser",
     "rpc AdminGetUser ( .cognito.idp.v1.AdminGetUserRequest ) returns ( "
     ".cognito.idp.v1.AdminGetUserResponse )"),
    (f"{SERVICE}.ListUsersStream", "returns ( stream .cognito.idp.v1.ListUsersResponse )"),
    ("cognito.tokens.v1.TokenVerifierService.VerifyToken", "rpc VerifyToken ("),
    ("grpc.health.v1.Health.Check",
     "rpc Check ( .grpc.health.v1.HealthCheckRequest ) returns ( "
     ".grpc.health.v1.HealthCheckResponse )"),
])
def test_grpcurl_describes_a_method_through_reflection(server, method, rpc):
    """grpcio-reflection's pool lookup does not know methods (grpc/grpc#34743): ours does."""
    grpcurl = require_tool("grpcurl")
    described = subprocess.run([grpcurl, "-plaintext", server.address, "describe", method],
                               capture_output=True, text=True, timeout=30)
    assert described.returncode == 0, described.stderr
    assert described.stdout.startswith(f"{method} is a method:"), described.stdout
    assert rpc in described.stdout


def test_grpcurl_describe_of_an_unknown_symbol_still_says_not_found(server):
    grpcurl = require_tool("grpcurl")
    described = subprocess.run(
        [grpcurl, "-plaintext", server.address, "describe", f"{SERVICE}.NoSuchMethod"],
        capture_output=True, text=True, timeout=30)
    assert described.returncode != 0
    assert f"Symbol not found: {SERVICE}.NoSuchMethod" in described.stderr


def test_readme_load_loop_with_the_protoset_and_no_reflection():
    grpcurl = require_tool("grpcurl")
    server = ServerProcess("--no-reflection")
    try:
        unlisted = subprocess.run([grpcurl, "-plaintext", server.address, "list"],
                                  capture_output=True, text=True, timeout=30)
        assert unlisted.returncode != 0 and "reflection" in unlisted.stderr

        script = readme_block("### grpcurl: without reflection, and a grpcurl loop")
        script = script.replace("A=127.0.0.1:50051", f"A={server.address}", 1)
        result = subprocess.run(["bash", "-ec", script], cwd=REPO, capture_output=True,
                                text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["User"]["Username"] == "alice"

        # every one of the 200 calls reached the service (counted by its own log lines, each
        # written just after its call answered)
        served = server.wait_rpc_lines("AdminGetUser", 200)
        assert len(served) == 200 and {r["grpc_code"] for r in served} == {"OK"}

        # the protoset also decodes the error details
        missing = subprocess.run(
            [grpcurl, "-plaintext", "-protoset", "clients/protoset/cognito-grpc.protoset",
             "-d", '{"UserPoolId": "us-east-1_nope", "Username": "ghost"}', server.address,
             "cognito.idp.v1.CognitoIdentityProviderService/AdminGetUser"],
            cwd=REPO, capture_output=True, text=True, timeout=30)
        assert missing.returncode != 0
        assert "google.rpc.ErrorInfo is not recognized" not in missing.stderr + missing.stdout
        assert "RESOURCE_NOT_FOUND" in missing.stdout + missing.stderr
    finally:
        server.stop()


def test_readme_load_tests_with_cognito_grpc_load(tmp_path):
    require_tool("grpcurl")
    server = ServerProcess()
    try:
        script = readme_block("### With `cognito-grpc load`")
        script = script.replace("A=127.0.0.1:50051", f"A={server.address}", 1)
        path = f"{Path(sys.executable).parent}:{os.environ['PATH']}"  # the venv's cognito-grpc
        result = subprocess.run(["bash", "-ec", script], cwd=tmp_path, capture_output=True,
                                text=True, timeout=300, env={**os.environ, "PATH": path})
        assert result.returncode == 0, result.stderr
        assert re.search(r"AdminCreateUser\s+200\s+0\s", result.stdout), result.stdout
        summary = json.loads((tmp_path / "summary.json").read_text())
        assert summary["calls"] > 0 and summary["codes"] == {"OK": summary["calls"]}
        assert summary["options"]["concurrency"] == 64 and summary["options"]["warmup_s"] == 1
        assert "uPlot" in (tmp_path / "report.html").read_text()
        assert re.search(r"open loop at 100 calls/s", result.stdout)
    finally:
        server.stop()
