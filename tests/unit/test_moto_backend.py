"""The moto backend: moto's in-process Cognito behind a lean, cognito-idp-only dispatch."""

from __future__ import annotations

import concurrent.futures
import sys
import threading
import time

import botocore.exceptions
import pytest
from moto.core.models import botocore_stubber

from cognito_grpc.backends import Backend, call_deadline
from cognito_grpc.errors import DeadlinePassed


@pytest.fixture
def embedded():  # moto, in this process
    backend = Backend("moto", "us-east-1", max_attempts=1)
    backend.start()
    try:
        yield backend
    finally:
        backend.stop()


def test_calls_are_answered_without_motos_generic_stubber(embedded, monkeypatch):
    def refuse(*_):
        raise AssertionError("the generic stubber was consulted")
    monkeypatch.setattr(botocore_stubber, "process_request", refuse)
    cognito = embedded.client()
    pool_id = cognito.create_user_pool(PoolName="lean")["UserPool"]["Id"]
    cognito.admin_create_user(UserPoolId=pool_id, Username="alice", MessageAction="SUPPRESS")
    assert cognito.admin_get_user(UserPoolId=pool_id, Username="alice")["Username"] == "alice"


def test_motos_errors_come_back_as_client_errors(embedded):
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        embedded.client().describe_user_pool(UserPoolId="us-east-1_missing")
    assert raised.value.response["Error"]["Code"] == "ResourceNotFoundException"
    assert raised.value.response["ResponseMetadata"]["RequestId"]


def test_a_region_has_its_own_pools(embedded):
    embedded.client("eu-west-1").create_user_pool(PoolName="west")
    assert embedded.client("eu-west-1").list_user_pools(MaxResults=10)["UserPools"]
    assert not embedded.client("us-east-1").list_user_pools(MaxResults=10)["UserPools"]


def test_nothing_answers_before_start_and_nothing_leaves_the_machine():
    backend = Backend("moto", "us-east-1", max_attempts=1, connect_timeout=2)
    # Unanswered, the request goes to the proxy on a closed loopback port, never to AWS.
    with pytest.raises(botocore.exceptions.ProxyConnectionError) as raised:
        backend.client().list_user_pools(MaxResults=1)
    assert "127.0.0.1:9" in str(raised.value)


def test_a_passed_deadline_stops_the_call_before_moto_does_any_work(embedded):
    cognito = embedded.client()
    token = call_deadline.set(time.monotonic() - 1)
    try:
        with pytest.raises(DeadlinePassed):
            cognito.create_user_pool(PoolName="too-late")
    finally:
        call_deadline.reset(token)
    assert cognito.list_user_pools(MaxResults=10)["UserPools"] == []


@pytest.fixture
def racy_threads():
    """Thread switches as often as the interpreter allows: races show at once."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


def test_concurrent_calls_leave_motos_state_whole(racy_threads):
    backend = Backend("moto", "us-east-1", max_pool_connections=32)
    backend.start()
    try:
        cognito = backend.client()
        # email as username: every lookup iterates the pool's users
        pool_id = cognito.create_user_pool(
            PoolName="busy", UsernameAttributes=["email"])["UserPool"]["Id"]

        def create(i):
            cognito.admin_create_user(UserPoolId=pool_id, Username=f"u{i}@example.com",
                                      MessageAction="SUPPRESS")

        def get(i):
            try:
                cognito.admin_get_user(UserPoolId=pool_id, Username=f"u{i % 50}@example.com")
            except botocore.exceptions.ClientError as error:
                assert error.response["Error"]["Code"] == "UserNotFoundException"

        with concurrent.futures.ThreadPoolExecutor(32) as pool:
            for future in [pool.submit(f, i) for i in range(300) for f in (create, get)]:
                future.result()  # a corrupted model raises here (RuntimeError)
        pages = cognito.get_paginator("list_users").paginate(UserPoolId=pool_id)
        assert sum(len(page["Users"]) for page in pages) == 300

        # one username, 16 creates at once: exactly one wins, the rest are told it exists
        def same(j):
            try:
                cognito.admin_create_user(
                    UserPoolId=pool_id, Username="same@example.com", MessageAction="SUPPRESS",
                    UserAttributes=[{"Name": "name", "Value": f"caller {j}"}])
                return j
            except botocore.exceptions.ClientError as error:
                assert error.response["Error"]["Code"] == "UsernameExistsException"
                return None

        with concurrent.futures.ThreadPoolExecutor(16) as pool:
            winners = [j for j in pool.map(same, range(16)) if j is not None]
        assert len(winners) == 1
        stored = cognito.admin_get_user(UserPoolId=pool_id, Username="same@example.com")
        assert {"Name": "name", "Value": f"caller {winners[0]}"} in stored["UserAttributes"]
    finally:
        backend.stop()


def test_a_call_whose_deadline_passes_while_it_waits_its_turn_does_nothing(embedded):
    cognito = embedded.client()
    outcome = []

    deadline = time.monotonic() + 0.2

    def late_call():
        call_deadline.set(deadline)
        try:
            cognito.create_user_pool(PoolName="waited-too-long")
            outcome.append("created")
        except DeadlinePassed:
            outcome.append("deadline")

    with embedded._embedded._turn:  # another call is in moto
        worker = threading.Thread(target=late_call)
        worker.start()
        # the turn is held until the deadline has passed, however late the worker starts
        while time.monotonic() < deadline + 0.1:
            time.sleep(0.02)
    worker.join(10)
    assert outcome == ["deadline"]
    assert cognito.list_user_pools(MaxResults=10)["UserPools"] == []

