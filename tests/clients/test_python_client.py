"""The Python client: connect() applies its defaults, the seed example runs, errors decode."""

from __future__ import annotations

import subprocess
import sys

import grpc
import pytest
from cognito.idp.v1 import messages_pb2

from cognito_grpc_client import connect, error_info
from tests.conftest import REPO


def test_seed_example_prints_the_id_token_sub(server):
    result = subprocess.run([sys.executable, str(REPO / "clients/python/examples/seed.py"),
                             server.address], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    sub = result.stdout.strip()
    assert len(sub) == 36 and sub.count("-") == 4


def test_error_info_gives_the_reason(server):
    with connect(server.address, region="us-east-1", timeout=5) as cognito:
        pool = cognito.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="py"))
        with pytest.raises(grpc.RpcError) as error:
            cognito.AdminGetUser(messages_pb2.AdminGetUserRequest(
                user_pool_id=pool.user_pool.id, username="nobody"))
    assert error_info(error.value).reason == "USER_NOT_FOUND"


def test_connect_sends_region_and_applies_the_default_deadline(server):
    with connect(server.address, region="ap-northeast-1", timeout=5) as cognito:
        pool = cognito.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="tokyo"))
        assert pool.user_pool.id.startswith("ap-northeast-1_")
    with connect("127.0.0.1:9", timeout=0.3) as unreachable:
        with pytest.raises(grpc.RpcError) as error:
            unreachable.ListUserPools(messages_pb2.ListUserPoolsRequest(max_results=1))
    assert error.value.code() in (grpc.StatusCode.DEADLINE_EXCEEDED, grpc.StatusCode.UNAVAILABLE)
