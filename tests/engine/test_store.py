"""The engine's store: a data dir that keeps state, refuses files it cannot trust, and can be
shared by two processes."""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys
import threading

import pytest

from cognito_grpc.engine import Engine
from cognito_grpc.engine.store import FILE_NAME, SCHEMA_VERSION, Store, StoreError
from tests.conftest import eventually


def test_state_survives_a_restart_and_so_do_the_signing_keys(tmp_path):
    engine = Engine(tmp_path)
    pool = engine.client("eu-west-1").create_user_pool(PoolName="kept")["UserPool"]["Id"]
    token = engine.keys.sign(pool, {"sub": "x"})
    jwks = engine.jwks(pool)
    engine.close()
    again = Engine(tmp_path)
    try:
        described = again.client("eu-west-1").describe_user_pool(UserPoolId=pool)["UserPool"]
        assert described["Name"] == "kept"
        assert again.jwks(pool) == jwks
        assert again.keys.verify(pool, token) == {"sub": "x"}
    finally:
        again.close()


def test_without_a_data_dir_nothing_is_left_behind():
    engine = Engine()
    path = engine.store.path
    assert path.exists()
    engine.close()
    assert not path.exists()


def test_a_damaged_file_is_refused_with_its_name(tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"this is no database" * 100)
    with pytest.raises(StoreError) as error:
        Store(tmp_path)
    message = str(error.value)
    assert str(tmp_path / FILE_NAME) in message and "damaged" in message
    assert "\n" not in message


def test_another_programs_database_is_refused(tmp_path):
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute("CREATE TABLE theirs (x)")
    with pytest.raises(StoreError, match="is not a cognito-grpc database"):
        Store(tmp_path)


def test_another_schema_version_is_refused_and_names_both(tmp_path):
    Store(tmp_path).close()
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError) as error:
        Store(tmp_path)
    assert f"schema version {SCHEMA_VERSION + 1}" in str(error.value)
    assert f"reads version {SCHEMA_VERSION}" in str(error.value)


def test_the_server_stops_at_start_with_one_line(tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"\x00garbage" * 512)
    result = subprocess.run([sys.executable, "-m", "cognito_grpc", "serve", "--listen",
                             "127.0.0.1:0", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("cognito-grpc: --data-dir: ")
    assert (tmp_path / FILE_NAME).read_bytes().startswith(b"\x00garbage")  # left untouched


def _create_pools(data_dir: str, prefix: str, count: int, ready, go) -> None:
    engine = Engine(data_dir)
    ready.set()
    go.wait(30)
    client = engine.client("us-east-1")
    for number in range(count):
        client.create_user_pool(PoolName=f"{prefix}{number}")
    engine.close()


def test_two_processes_share_one_data_dir(tmp_path):
    context = multiprocessing.get_context("spawn")
    go = context.Event()
    workers = []
    for prefix in ("a", "b"):
        ready = context.Event()
        worker = context.Process(target=_create_pools, args=(str(tmp_path), prefix, 40, ready,
                                                             go))
        worker.start()
        assert ready.wait(60)
        workers.append(worker)
    go.set()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    engine = Engine(tmp_path)
    try:
        pages = engine.client("us-east-1").get_paginator("list_user_pools").paginate(
            MaxResults=60)
        names = sorted(p["Name"] for page in pages for p in page["UserPools"])
        assert names == sorted([f"a{n}" for n in range(40)] + [f"b{n}" for n in range(40)])
    finally:
        engine.close()


def _open_at_once(data_dir: str, barrier, results) -> None:
    barrier.wait(30)
    try:
        Store(data_dir).close()
        results.put("opened")
    except StoreError as error:
        results.put(str(error))


def test_two_processes_can_open_a_fresh_data_dir_at_the_same_moment(tmp_path):
    """`--workers 2` on a new data dir: both switch the new file to WAL at once, which SQLite
    refuses to one of them without waiting (it failed 32 times in 80 before the retry)."""
    context = multiprocessing.get_context("spawn")
    for attempt in range(20):
        barrier, results = context.Barrier(2), context.Queue()
        openers = [context.Process(target=_open_at_once,
                                   args=(str(tmp_path / str(attempt)), barrier, results))
                   for _ in range(2)]
        for opener in openers:
            opener.start()
        outcomes = [results.get(timeout=60) for _ in openers]
        for opener in openers:
            opener.join(60)
        assert outcomes == ["opened", "opened"], f"attempt {attempt}: {outcomes}"


class _WatchedLock:
    """A lock that says when a second thread is waiting for it."""

    def __init__(self):
        self._lock = threading.Lock()
        self.waiting = threading.Event()

    def acquire(self, blocking: bool = True) -> bool:
        if self._lock.acquire(blocking=False):
            return True
        if blocking:
            self.waiting.set()
        return self._lock.acquire(blocking)

    def release(self):
        self._lock.release()


def test_this_processes_writers_queue_for_sqlite_instead_of_polling_it(tmp_path):
    """With SQLite's busy wait off, a second writer of this process still gets in: it waits
    on the store's lock, not in SQLite's sleeping busy handler."""
    store = Store(tmp_path)
    store._writer_locks = (watched := _WatchedLock(),)
    outcome = {}

    def second_writer():
        store.connection().execute("PRAGMA busy_timeout = 0")
        try:
            with store.write() as tx:
                tx.execute("INSERT INTO account_items VALUES ('r', 'k', 'second', '{}')")
            outcome["ok"] = True
        except sqlite3.OperationalError as error:
            outcome["error"] = str(error)

    store.connection().execute("PRAGMA busy_timeout = 0")
    with store.write() as tx:
        tx.execute("INSERT INTO account_items VALUES ('r', 'k', 'first', '{}')")
        thread = threading.Thread(target=second_writer)
        thread.start()
        assert watched.waiting.wait(timeout=10), "the second writer never queued"
    thread.join(timeout=10)
    assert outcome == {"ok": True}
    keys = [row[0] for row in store.read().execute("SELECT key FROM account_items ORDER BY key")]
    assert keys == ["first", "second"]
    store.close()


def _write_when_told(data_dir: str, ready, go, results) -> None:
    store = Store(data_dir)
    store.connection().execute("PRAGMA busy_timeout = 0")
    ready.set()
    go.wait(60)
    try:
        with store.write() as tx:
            tx.execute("INSERT INTO account_items VALUES ('r', 'k', 'other process', '{}')")
        results.put("ok")
    except sqlite3.OperationalError as error:
        results.put(str(error))
    finally:
        store.close()


def _flock_waiters(path) -> int:
    """Processes queued for a flock on `path`: /proc/locks marks a waiter with `->`."""
    inode = f":{path.stat().st_ino} "
    with open("/proc/locks") as locks:
        return sum(1 for line in locks if "->" in line and "FLOCK" in line and inode in line)


def test_another_processes_writer_queues_on_the_file_lock_instead_of_polling_sqlite(tmp_path):
    """`--workers` on one data dir: with SQLite's busy wait off in both processes, the other
    process's writer still gets in. It waits in the kernel on the data dir's writer lock,
    which is handed over the moment this writer commits, not in SQLite's sleeping busy
    handler (where it would fail at once here)."""
    from cognito_grpc.engine.store import WRITER_LOCK_NAME

    store = Store(tmp_path)
    store.connection().execute("PRAGMA busy_timeout = 0")
    context = multiprocessing.get_context("spawn")
    ready, go, results = context.Event(), context.Event(), context.Queue()
    other = context.Process(target=_write_when_told, args=(str(tmp_path), ready, go, results))
    other.start()
    try:
        assert ready.wait(60), "the other process did not open the data dir"
        with store.write() as tx:
            tx.execute("INSERT INTO account_items VALUES ('r', 'k', 'this process', '{}')")
            go.set()

            def queued():
                if not results.empty():
                    pytest.fail(f"the other writer did not queue: {results.get()}")
                assert _flock_waiters(tmp_path / WRITER_LOCK_NAME), "the other writer never queued"

            eventually(queued, timeout=60, interval=0.01)
        assert results.get(timeout=60) == "ok"
    finally:
        other.join(60)
    keys = [row[0] for row in store.read().execute("SELECT key FROM account_items ORDER BY key")]
    assert keys == ["other process", "this process"]
    store.close()
