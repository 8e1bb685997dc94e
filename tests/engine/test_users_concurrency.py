"""Uniqueness under concurrent creators is the database's: threads on one engine, and two
engine processes on one data dir."""

from __future__ import annotations

import multiprocessing
import threading

import botocore.exceptions
import pytest

from cognito_grpc.engine import Engine

CALLERS = 16


def _race(engine: Engine, pool_id: str, username: str) -> list[str]:
    """CALLERS threads, each with its own client, create `username` at once: their outcomes."""
    barrier = threading.Barrier(CALLERS)
    outcomes: list[str] = []

    def create():
        client = engine.client("us-east-1")
        barrier.wait()
        try:
            client.admin_create_user(UserPoolId=pool_id, Username=username,
                                     MessageAction="SUPPRESS")
            outcomes.append("OK")
        except botocore.exceptions.ClientError as error:
            outcomes.append(error.response["Error"]["Code"])

    threads = [threading.Thread(target=create) for _ in range(CALLERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    return outcomes


@pytest.fixture
def engine(tmp_path):
    engine = Engine(tmp_path / "data", "normal")
    try:
        yield engine
    finally:
        engine.close()


def test_sixteen_creators_of_one_username_one_wins(engine):
    cognito = engine.client("us-east-1")
    pool_id = cognito.create_user_pool(PoolName="race")["UserPool"]["Id"]
    outcomes = _race(engine, pool_id, "alice")
    assert sorted(outcomes) == ["OK"] + ["UsernameExistsException"] * (CALLERS - 1)
    assert [u["Username"] for u in cognito.list_users(UserPoolId=pool_id)["Users"]] == ["alice"]


def test_sixteen_creators_of_one_email_username_one_wins(engine):
    """Where the email is the sign-in name, each creator mints its own Username (a sub): the
    alias table's constraint is what lets only one through."""
    cognito = engine.client("us-east-1")
    pool_id = cognito.create_user_pool(PoolName="race",
                                       UsernameAttributes=["email"])["UserPool"]["Id"]
    outcomes = _race(engine, pool_id, "alice@example.com")
    assert sorted(outcomes) == ["OK"] + ["UsernameExistsException"] * (CALLERS - 1)
    assert len(cognito.list_users(UserPoolId=pool_id)["Users"]) == 1


# --- two processes, one data dir ----------------------------------------------------------------

USERS_EACH = 40


def _process(data_dir: str, pool_id: str, tag: str, start, results) -> None:
    engine = Engine(data_dir, "normal")
    try:
        cognito = engine.client("us-east-1")
        start.wait(timeout=60)
        shared = "OK"
        for index in range(USERS_EACH):
            cognito.admin_create_user(UserPoolId=pool_id, Username=f"{tag}-{index:02d}",
                                      MessageAction="SUPPRESS")
            if index == USERS_EACH // 2:  # both processes go for this one name
                try:
                    cognito.admin_create_user(UserPoolId=pool_id, Username="shared",
                                              MessageAction="SUPPRESS")
                except botocore.exceptions.ClientError as error:
                    shared = error.response["Error"]["Code"]
        start.wait(timeout=60)  # both done writing: now each reads what both wrote
        names, token = [], None
        while True:
            page = cognito.list_users(UserPoolId=pool_id, Limit=25,
                                      **({"PaginationToken": token} if token else {}))
            names += [u["Username"] for u in page["Users"]]
            token = page.get("PaginationToken")
            if not token:
                break
        results.put((tag, shared, names))
    except BaseException as error:  # reported to the test, never swallowed
        results.put((tag, "crashed", repr(error)))
    finally:
        engine.close()


def test_two_engine_processes_on_one_data_dir_see_one_state(tmp_path):
    data_dir = str(tmp_path / "data")
    setup = Engine(data_dir, "normal")
    pool_id = setup.client("us-east-1").create_user_pool(PoolName="shared")["UserPool"]["Id"]
    setup.close()
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    processes = [context.Process(target=_process, args=(data_dir, pool_id, tag, start, results))
                 for tag in ("one", "two")]
    for process in processes:
        process.start()
    try:
        reports = {tag: (shared, names) for tag, shared, names in
                   (results.get(timeout=120) for _ in processes)}
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    expected = sorted([f"{tag}-{i:02d}" for tag in ("one", "two") for i in range(USERS_EACH)]
                      + ["shared"])
    for tag, (shared, names) in reports.items():
        assert shared in ("OK", "UsernameExistsException"), names
        assert names == expected, tag
    assert sorted(shared for shared, _ in reports.values()) == ["OK", "UsernameExistsException"]
    again = Engine(data_dir, "normal")
    try:
        paginator = again.client("us-east-1").get_paginator("list_users")
        assert sorted(u["Username"] for page in paginator.paginate(UserPoolId=pool_id)
                      for u in page["Users"]) == expected
    finally:
        again.close()
