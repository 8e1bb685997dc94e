"""The engine's state: one SQLite database in WAL mode. The only module that writes SQL schema.

- Every write is one `BEGIN IMMEDIATE` transaction: it commits before the call answers, and
  a crash at any moment leaves it whole or absent. SQLite admits one writer at a time; our
  writers wait for it on locks (a thread lock, and on a data dir a file lock other processes
  share) rather than in SQLite's polling busy handler.
- Reads need no lock: each thread has its own connection, and WAL gives every read a
  consistent snapshot while a writer works.
- Uniqueness (usernames, subs, aliases, group names, domains) is the database's constraints,
  not a check followed by an insert, so concurrent creators cannot both win.
- Several processes may open one data dir; SQLite's file locks keep them consistent.

Without a data dir, the database lives in a private directory on a RAM-backed filesystem
(/dev/shm where there is one), removed at close: the same code path, gone when the server stops.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterator

from cognito_grpc.inline import WouldWait, no_waiting

SCHEMA_VERSION = 1
FILE_NAME = "cognito.sqlite3"
# Beside the database: the file lock every process's writers queue on (see Store.write).
WRITER_LOCK_NAME = FILE_NAME + "-writer"
# Plain SQLite's application_id, so `file` and a stranger's tools can tell ours from others.
APPLICATION_ID = 0x436F4770  # "CoGp"
BUSY_TIMEOUT_MS = 10_000

SCHEMA = """
CREATE TABLE pools (
    id TEXT PRIMARY KEY,
    region TEXT NOT NULL,
    name TEXT NOT NULL,
    created REAL NOT NULL,
    doc TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX pools_by_region ON pools (region, created, id);

CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id) ON DELETE CASCADE,
    doc TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX clients_by_pool ON clients (pool_id, id);

-- `key` is the username as the pool compares it (lower-cased in case-insensitive pools).
CREATE TABLE users (
    pool_id TEXT NOT NULL REFERENCES pools (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    sub TEXT NOT NULL UNIQUE,
    doc TEXT NOT NULL,
    PRIMARY KEY (pool_id, key)
) WITHOUT ROWID;

-- Sign-in aliases (email, phone_number, preferred_username): one user per value.
CREATE TABLE aliases (
    pool_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    user_key TEXT NOT NULL,
    PRIMARY KEY (pool_id, kind, value),
    FOREIGN KEY (pool_id, user_key) REFERENCES users (pool_id, key) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX aliases_by_user ON aliases (pool_id, user_key);

CREATE TABLE groups (
    pool_id TEXT NOT NULL REFERENCES pools (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (pool_id, name)
) WITHOUT ROWID;

CREATE TABLE members (
    pool_id TEXT NOT NULL,
    group_name TEXT NOT NULL,
    user_key TEXT NOT NULL,
    PRIMARY KEY (pool_id, group_name, user_key),
    FOREIGN KEY (pool_id, group_name) REFERENCES groups (pool_id, name) ON DELETE CASCADE,
    FOREIGN KEY (pool_id, user_key) REFERENCES users (pool_id, key) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX members_by_user ON members (pool_id, user_key, group_name);

-- Everything else a pool owns, one kind per declared resource (identity providers, resource
-- servers, devices, ...): a document under a key.
CREATE TABLE items (
    pool_id TEXT NOT NULL REFERENCES pools (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (pool_id, kind, key)
) WITHOUT ROWID;

-- Domain prefixes are unique across every pool.
CREATE TABLE domains (
    domain TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id) ON DELETE CASCADE,
    doc TEXT NOT NULL
) WITHOUT ROWID;
-- One domain per pool: a second is refused by this index, as Cognito refuses it.
CREATE UNIQUE INDEX domains_by_pool ON domains (pool_id);

CREATE TABLE signing_keys (
    pool_id TEXT PRIMARY KEY REFERENCES pools (id) ON DELETE CASCADE,
    kid TEXT NOT NULL,
    private_jwk TEXT NOT NULL
) WITHOUT ROWID;

-- Refresh tokens by the digest of their value: who (and their sub, so a user created again
-- under the same name gets none), which client, until when, revoked or not, and the
-- auth_time of the sign-in they come from.
CREATE TABLE refresh_tokens (
    digest TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id) ON DELETE CASCADE,
    user_key TEXT NOT NULL,
    client_id TEXT NOT NULL,
    origin_jti TEXT NOT NULL,
    expires REAL NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    auth_time INTEGER NOT NULL DEFAULT 0,
    sub TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX refresh_tokens_by_user ON refresh_tokens (pool_id, user_key);
CREATE INDEX refresh_tokens_by_origin ON refresh_tokens (origin_jti);

-- Access and ID tokens whose origin was revoked (RevokeToken, sign-out of one session).
CREATE TABLE revoked_origins (
    origin_jti TEXT PRIMARY KEY,
    expires REAL NOT NULL
) WITHOUT ROWID;

-- Auth flow sessions between a challenge and its answer.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id) ON DELETE CASCADE,
    expires REAL NOT NULL,
    doc TEXT NOT NULL
) WITHOUT ROWID;

-- What Cognito would have sent: codes and temporary passwords, by email or SMS.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    pool_id TEXT NOT NULL,
    username TEXT NOT NULL,
    kind TEXT NOT NULL,
    created REAL NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX outbox_by_user ON outbox (pool_id, username, seq);
"""

# Tables added within schema version 1: created on every open when missing, so a data dir an
# earlier build wrote gets them too. Only additions go here; a change is a new version.
ADDITIONS = """
-- What the account owns in a region, not a pool (provisioned limits): a document under a key.
CREATE TABLE IF NOT EXISTS account_items (
    region TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (region, kind, key)
) WITHOUT ROWID;
"""


class StoreError(Exception):
    """The data dir cannot be used: one line naming the file and what to do."""


def _sqlite_message(error: sqlite3.Error) -> str:
    return str(error).rstrip(".")


def _is_busy(error: sqlite3.Error) -> bool:
    return (getattr(error, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_BUSY


class Store:
    def __init__(self, data_dir: str | os.PathLike | None = None, sync: str = "normal"):
        self._private_dir: str | None = None
        # No data dir: no other process can open the file, so no writer waits for one.
        self.private = not data_dir
        if data_dir:
            directory = Path(data_dir)
            try:
                directory.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(f"--data-dir {directory}: cannot create it: "
                                 f"{error.strerror}") from None
            self.synchronous = "FULL" if sync == "full" else "NORMAL"
        else:
            shm = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) \
                else None
            self._private_dir = tempfile.mkdtemp(prefix="cognito-grpc-", dir=shm)
            directory = Path(self._private_dir)
            self.synchronous = "OFF"  # nothing outlives the process anyway
        self.path = directory / FILE_NAME
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        # The locks a writer takes in turn: this process's, then on a data dir the one every
        # process's writers share.
        self._writer_locks: tuple = (threading.Lock(),)
        if data_dir:
            self._writer_locks += (_FileLock(directory / WRITER_LOCK_NAME),)
        self._closed = False
        self._open_schema()

    # --- connections ------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            connection = sqlite3.connect(self.path, isolation_level=None,
                                         check_same_thread=False,
                                         timeout=BUSY_TIMEOUT_MS / 1000)
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute(f"PRAGMA synchronous = {self.synchronous}")
        except sqlite3.DatabaseError as error:
            raise StoreError(self._damaged(error)) from None
        with self._lock:
            self._connections.append(connection)
        return connection

    def connection(self) -> sqlite3.Connection:
        """This thread's connection."""
        connection = getattr(self._local, "connection", None)
        if connection is None:
            if self._closed:
                raise StoreError("the engine's store is closed")
            connection = self._local.connection = self._connect()
        return connection

    def _damaged(self, error: sqlite3.Error) -> str:
        return (f"--data-dir: {self.path} is damaged or not a cognito-grpc database "
                f"({_sqlite_message(error)}): restore it from a backup, or move it away to "
                "start empty")

    @staticmethod
    def _use_wal(db: sqlite3.Connection) -> str:
        """PRAGMA journal_mode = WAL, the journal mode it leaves. WAL is a property of the
        file: set once, and every later open gets it. Switching a new file takes an
        exclusive lock, and SQLite answers a second process switching at the same moment
        (`--workers` on a fresh data dir) with "database is locked" at once, without its
        busy handler; so the switch is retried here for as long as that handler would
        wait."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                return db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            except sqlite3.OperationalError as error:
                if not _is_busy(error) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.005)

    def _open_schema(self) -> None:
        db = self.connection()
        try:
            mode = self._use_wal(db)
            if mode.lower() != "wal":
                raise StoreError(f"--data-dir: {self.path}: SQLite cannot use WAL there "
                                 f"(journal mode {mode}); use a local filesystem")
            with self.write() as tx:
                version = tx.execute("PRAGMA user_version").fetchone()[0]
                application = tx.execute("PRAGMA application_id").fetchone()[0]
                tables = tx.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if version == 0 and tables == 0:
                    tx.executescript_in_transaction(SCHEMA)
                    tx.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    tx.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                elif application != APPLICATION_ID:
                    raise StoreError(f"--data-dir: {self.path} is not a cognito-grpc "
                                     "database: point --data-dir at an empty or cognito-grpc "
                                     "directory")
                elif version != SCHEMA_VERSION:
                    raise StoreError(
                        f"--data-dir: {self.path} was written by schema version {version}; "
                        f"this cognito-grpc reads version {SCHEMA_VERSION}: run the release "
                        f"that wrote it, or move the file away to start empty")
                tx.executescript_in_transaction(ADDITIONS)
        except sqlite3.DatabaseError as error:
            self.close()
            if _is_busy(error):
                raise StoreError(f"--data-dir: {self.path} stayed locked by another process for "
                                 f"{BUSY_TIMEOUT_MS / 1000:.0f} s ({_sqlite_message(error)}): "
                                 "stop the process that holds it, or retry") from None
            raise StoreError(self._damaged(error)) from None
        except StoreError:
            self.close()
            raise

    # --- transactions -----------------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator["Transaction"]:
        """One write transaction: committed when the block ends, rolled back if it raises.

        SQLite lets one writer in at a time. Its busy handler makes the others sleep and poll
        (1, 2, 5 ... 100 ms), which at 16 concurrent writers cost a third of the throughput
        and put 300 ms into p99; so this process's writers queue on a lock instead, and on a
        data dir its one writer then queues on a file lock with every other process's
        (--workers, a second replica), which the kernel hands over the moment it is free.
        Only a program that takes SQLite's lock without ours meets the busy handler.

        Under no_waiting (a call on the event loop) the first write takes each lock only if it
        is free, and raises WouldWait if not; a later write of the same call waits, since the
        call can no longer be run again from the start."""
        db = self.connection()
        wait = not no_waiting.get()
        with contextlib.ExitStack() as held:
            for lock in self._writer_locks:
                if not lock.acquire(wait):
                    raise WouldWait()
                held.callback(lock.release)
            self._begin(db, wait)
            no_waiting.set(False)
            try:
                yield Transaction(db)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            else:
                db.execute("COMMIT")

    def _begin(self, db: sqlite3.Connection, wait: bool) -> None:
        if wait or self.private:  # no other program can hold a private store's lock
            db.execute("BEGIN IMMEDIATE")
            return
        db.execute("PRAGMA busy_timeout = 0")
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                raise WouldWait() from None
            raise
        finally:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """Several reads that must agree with each other (one WAL snapshot)."""
        db = self.connection()
        db.execute("BEGIN")
        try:
            yield db
        finally:
            db.execute("COMMIT")

    def read(self) -> sqlite3.Connection:
        """For a single statement: each one sees a consistent, committed state."""
        return self.connection()

    def close(self) -> None:
        self._closed = True
        with self._lock:
            connections, self._connections = self._connections, []
        for connection in connections:
            with contextlib.suppress(sqlite3.Error):
                connection.close()
        for lock in self._writer_locks:
            if isinstance(lock, _FileLock):
                lock.close()
        if self._private_dir is not None:
            shutil.rmtree(self._private_dir, ignore_errors=True)
            self._private_dir = None


class _FileLock:
    """An exclusive flock(2) on a file: held by one process at a time, waited for in the
    kernel (the GIL released), handed to a waiter as soon as it is let go, and let go by
    the kernel when its holder dies."""

    def __init__(self, path: Path):
        try:
            self._fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as error:
            raise StoreError(f"--data-dir: cannot open {path}: {error.strerror}") from None

    def acquire(self, blocking: bool = True) -> bool:
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def release(self) -> None:
        fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._fd)


class Transaction:
    """A connection inside BEGIN IMMEDIATE; `execute` as sqlite3's."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.execute = db.execute
        self.executemany = db.executemany

    def executescript_in_transaction(self, script: str) -> None:
        # executescript would COMMIT first; run the statements one by one instead.
        for statement in script.split(";"):
            if statement.strip():
                self.db.execute(statement)
