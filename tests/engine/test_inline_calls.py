"""Which engine calls the server runs on its event loop: every call but a pool's delete on a
private store; only reads on a data dir, where another process may hold the write lock."""

from __future__ import annotations

import sqlite3
import time

import grpc
from cognito.idp.v1 import enums_pb2, messages_pb2, service_pb2_grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cognito_grpc.engine import Engine
from cognito_grpc.engine.store import FILE_NAME
from tests.conftest import ServerProcess, eventually, free_port
from tests.support import scrape, started

WRITES = {"AdminCreateUser", "AdminInitiateAuth", "AdminSetUserPassword", "CreateUserPool",
          "GetUser", "GetTokensFromRefreshToken"}


def test_a_private_store_runs_every_call_but_a_pool_delete_inline():
    engine = Engine()
    try:
        inline = engine.client("us-east-1").inline_operations
        assert set(engine.handlers) - inline == {"DeleteUserPool"}
        assert WRITES <= inline
    finally:
        engine.close()


def test_a_data_dir_runs_only_reads_inline(tmp_path):
    engine = Engine(tmp_path)
    try:
        inline = engine.client("us-east-1").inline_operations
        assert {"AdminGetUser", "ListUsers", "DescribeUserPool"} <= inline
        assert not inline & (WRITES | {"DeleteUserPool"})
    finally:
        engine.close()


def test_a_write_waiting_for_another_process_leaves_the_server_answering(tmp_path):
    """Another process holds the data dir's write lock: our write waits for it in a thread,
    and meanwhile reads and health checks answer at once. Run on the event loop, that write
    would hold every call of the process for up to SQLite's busy timeout (10 s)."""
    metrics_port = free_port()
    server = ServerProcess("--data-dir", str(tmp_path),
                           "--metrics-address", f"127.0.0.1:{metrics_port}")
    holder = None
    try:
        with grpc.insecure_channel(server.address) as channel:
            stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
            pool = stub.CreateUserPool(
                messages_pb2.CreateUserPoolRequest(pool_name="held")).user_pool.id
            stub.AdminCreateUser(messages_pb2.AdminCreateUserRequest(
                user_pool_id=pool, username="alice",
                message_action=enums_pb2.MESSAGE_ACTION_TYPE_SUPPRESS))
            holder = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
            holder.execute("BEGIN IMMEDIATE")
            waiting = stub.AdminCreateUser.future(messages_pb2.AdminCreateUserRequest(
                user_pool_id=pool, username="bob",
                message_action=enums_pb2.MESSAGE_ACTION_TYPE_SUPPRESS), timeout=30)

            def write_has_begun():
                assert started(scrape(metrics_port), "AdminCreateUser") == 2

            eventually(write_has_begun)
            began = time.monotonic()
            user = stub.AdminGetUser(messages_pb2.AdminGetUserRequest(
                user_pool_id=pool, username="alice"), timeout=3)
            health = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(), timeout=3)
            assert user.username == "alice"
            assert health.status == health_pb2.HealthCheckResponse.SERVING
            assert time.monotonic() - began < 3
            assert not waiting.done(), "the write went through another process's lock"
            holder.execute("COMMIT")
            assert waiting.result(timeout=30).user.username == "bob"
    finally:
        if holder is not None:
            holder.close()
        server.stop()
