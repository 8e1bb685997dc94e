"""Which engine calls the server runs on its event loop: every call but a pool's delete, but
with --sync full only reads. A write there never waits for a lock: it runs in a thread
instead."""

from __future__ import annotations

import sqlite3
import threading
import time

import grpc
import pytest
from cognito.idp.v1 import enums_pb2, messages_pb2, service_pb2_grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cognito_grpc.engine import Engine
from cognito_grpc.engine.store import FILE_NAME, WRITER_LOCK_NAME
from cognito_grpc.inline import WouldWait, no_waiting
from tests.conftest import ServerProcess, eventually, free_port
from tests.support import scrape, started

WRITES = {"AdminCreateUser", "AdminInitiateAuth", "AdminSetUserPassword", "CreateUserPool",
          "GetUser", "GetTokensFromRefreshToken"}


@pytest.mark.parametrize("data_dir", [False, True], ids=["in memory", "data dir"])
def test_every_call_but_a_pool_delete_runs_inline(tmp_path, data_dir):
    engine = Engine(tmp_path if data_dir else None)
    try:
        inline = engine.client("us-east-1").inline_operations
        assert set(engine.handlers) - inline == {"DeleteUserPool"}
        assert WRITES <= inline
    finally:
        engine.close()


def test_with_sync_full_only_reads_run_inline(tmp_path):
    engine = Engine(tmp_path, sync="full")
    try:
        inline = engine.client("us-east-1").inline_operations
        assert {"AdminGetUser", "ListUsers", "DescribeUserPool"} <= inline
        assert not inline & (WRITES | {"DeleteUserPool"})
    finally:
        engine.close()


def _accounts(engine) -> list[str]:
    return [row[0] for row in engine.store.read().execute(
        "SELECT key FROM account_items ORDER BY key")]


def test_a_write_that_would_wait_raises_would_wait_and_writes_nothing(tmp_path):
    """Under no_waiting, a call's first write gives way to a writer of this process (a thread)
    or of another (the data dir's file lock), and leaves the store as it was."""
    engine = Engine(tmp_path)
    store = engine.store
    holding, release = threading.Event(), threading.Event()

    def other_writer():
        with store.write() as tx:
            tx.execute("INSERT INTO account_items VALUES ('r', 'k', 'other', '{}')")
            holding.set()
            release.wait(30)

    thread = threading.Thread(target=other_writer)
    thread.start()
    try:
        assert holding.wait(30)
        token = no_waiting.set(True)
        try:
            with pytest.raises(WouldWait):
                with store.write() as tx:
                    tx.execute("INSERT INTO account_items VALUES ('r', 'k', 'mine', '{}')")
        finally:
            no_waiting.reset(token)
    finally:
        release.set()
        thread.join(30)
    assert _accounts(engine) == ["other"]
    engine.close()


def test_after_its_first_write_a_call_waits_for_the_next(tmp_path):
    """A call that has written cannot be run again from the start: its later writes wait."""
    engine = Engine(tmp_path)
    store = engine.store
    token = no_waiting.set(True)
    try:
        with store.write() as tx:
            tx.execute("INSERT INTO account_items VALUES ('r', 'k', 'first', '{}')")
        assert no_waiting.get() is False
    finally:
        no_waiting.reset(token)
    assert _accounts(engine) == ["first"]
    engine.close()


class _SqliteHolder:
    """A program that takes SQLite's write lock without ours (the sqlite3 shell, a backup)."""

    def __init__(self, data_dir):
        self.db = sqlite3.connect(data_dir / FILE_NAME, isolation_level=None)
        self.db.execute("BEGIN IMMEDIATE")

    def release(self):
        self.db.execute("COMMIT")
        self.db.close()


class _PeerHolder:
    """Another cognito-grpc process in the middle of a write: it holds the writer lock."""

    def __init__(self, data_dir):
        import fcntl

        self.file = open(data_dir / WRITER_LOCK_NAME, "a+")
        fcntl.flock(self.file, fcntl.LOCK_EX)

    def release(self):
        self.file.close()


@pytest.mark.parametrize("holder_kind", [_SqliteHolder, _PeerHolder],
                         ids=["another program", "another server process"])
def test_a_write_waiting_for_another_process_leaves_the_server_answering(tmp_path, holder_kind):
    """Another process holds the data dir's write lock: our write gives way on the event loop
    and waits for it in a thread, and meanwhile reads and health checks answer at once.
    Waiting on the event loop would hold every call of the process for as long (up to
    SQLite's busy timeout, 10 s). The attempt that gave way is no backend call of its own."""
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
            holder = holder_kind(tmp_path)
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
            holder.release()
            holder = None
            assert waiting.result(timeout=30).user.username == "bob"
        backend_calls = scrape(metrics_port)[
            ("cognito_backend_seconds_count", frozenset({"operation": "AdminCreateUser"}.items()))]
        assert backend_calls == 2
    finally:
        if holder is not None:
            holder.release()
        server.stop()
