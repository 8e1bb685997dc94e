"""The AWS CLI (the pinned awscli from PyPI, in a venv of its own: the `aws_cli` fixture) against --http-listen: the ten
commands of the tldr page for `aws cognito-idp`, then the same pool read through gRPC."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from cognito_grpc_client import boto3_compat

TEMPORARY = "Temp-Passw0rd!"
PASSWORD = "Corr3ct-Horse!"


def cli_env(tmp_path: Path) -> dict[str, str]:
    """Dummy credentials and no profile of the developer's: nothing reaches real AWS."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID="AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY="dummy-secret",
               AWS_DEFAULT_REGION="us-east-1", AWS_PAGER="",
               AWS_CONFIG_FILE=str(tmp_path / "config"),
               AWS_SHARED_CREDENTIALS_FILE=str(tmp_path / "credentials"))
    return env


@pytest.fixture
def cli(aws_cli, http_server, tmp_path):
    env = cli_env(tmp_path)

    def run(*args: str) -> dict:
        result = subprocess.run(
            [aws_cli, "cognito-idp", *args, "--endpoint-url", http_server.url,
             "--output", "json"], env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"aws cognito-idp {args[0]}: {result.stderr}"
        return json.loads(result.stdout) if result.stdout.strip() else {}
    return run


def test_the_tldr_commands_then_grpc_reads_the_pool(cli, http_server):
    pool = cli("create-user-pool", "--pool-name", "cli-pool")["UserPool"]
    pool_id = pool["Id"]
    assert isinstance(pool["CreationDate"], float)  # AWS JSON: epoch seconds (CLI v1 shows them)
    client_id = cli("create-user-pool-client", "--user-pool-id", pool_id, "--client-name",
                    "app", "--explicit-auth-flows", "ALLOW_ADMIN_USER_PASSWORD_AUTH",
                    "ALLOW_REFRESH_TOKEN_AUTH")["UserPoolClient"]["ClientId"]
    for username in ("alice", "bob"):
        created = cli("admin-create-user", "--user-pool-id", pool_id, "--username", username,
                      "--temporary-password", TEMPORARY, "--message-action", "SUPPRESS")
        assert created["User"]["UserStatus"] == "FORCE_CHANGE_PASSWORD"
    listed = cli("list-users", "--user-pool-id", pool_id)["Users"]
    assert sorted(user["Username"] for user in listed) == ["alice", "bob"]

    # alice: the temporary password starts a NEW_PASSWORD_REQUIRED challenge
    challenge = cli("admin-initiate-auth", "--user-pool-id", pool_id, "--client-id", client_id,
                    "--auth-flow", "ADMIN_USER_PASSWORD_AUTH", "--auth-parameters",
                    f"USERNAME=alice,PASSWORD={TEMPORARY}")
    assert challenge["ChallengeName"] == "NEW_PASSWORD_REQUIRED"
    answered = cli("admin-respond-to-auth-challenge", "--user-pool-id", pool_id,
                   "--client-id", client_id, "--challenge-name", "NEW_PASSWORD_REQUIRED",
                   "--challenge-responses", f"USERNAME=alice,NEW_PASSWORD={PASSWORD}",
                   "--session", challenge["Session"])
    assert answered["AuthenticationResult"]["TokenType"] == "Bearer"

    # bob: a permanent password set by the admin signs in at once
    cli("admin-set-user-password", "--user-pool-id", pool_id, "--username", "bob",
        "--password", PASSWORD, "--permanent")
    signed_in = cli("admin-initiate-auth", "--user-pool-id", pool_id, "--client-id", client_id,
                    "--auth-flow", "ADMIN_USER_PASSWORD_AUTH", "--auth-parameters",
                    f"USERNAME=bob,PASSWORD={PASSWORD}")
    assert "AccessToken" in signed_in["AuthenticationResult"]

    cli("create-group", "--user-pool-id", pool_id, "--group-name", "admins")
    cli("admin-add-user-to-group", "--user-pool-id", pool_id, "--username", "alice",
        "--group-name", "admins")
    cli("admin-delete-user", "--user-pool-id", pool_id, "--username", "bob")

    grpc_side = boto3_compat.client(http_server.address, region_name="us-east-1")
    assert grpc_side.describe_user_pool(UserPoolId=pool_id)["UserPool"]["Name"] == "cli-pool"
    users = grpc_side.list_users(UserPoolId=pool_id)["Users"]
    assert [(u["Username"], u["UserStatus"]) for u in users] == [("alice", "CONFIRMED")]
    groups = grpc_side.admin_list_groups_for_user(UserPoolId=pool_id, Username="alice")
    assert [group["GroupName"] for group in groups["Groups"]] == ["admins"]
    with pytest.raises(grpc_side.exceptions.UserNotFoundException):
        grpc_side.admin_get_user(UserPoolId=pool_id, Username="bob")
    grpc_side.get_user(AccessToken=answered["AuthenticationResult"]["AccessToken"])


def test_cli_errors_carry_cognitos_code(aws_cli, http_server, tmp_path):
    env = cli_env(tmp_path)
    result = subprocess.run(
        [aws_cli, "cognito-idp", "describe-user-pool", "--user-pool-id",
         "us-east-1_Nope12345", "--endpoint-url", http_server.url],
        env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "(ResourceNotFoundException)" in result.stderr
    assert "User pool us-east-1_Nope12345 does not exist." in result.stderr
