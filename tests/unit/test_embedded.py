"""The embedded backend: moto's in-process Cognito behind a lean, cognito-idp-only dispatch."""

from __future__ import annotations

import time

import botocore.exceptions
import pytest
from moto.core.models import botocore_stubber

from cognito_grpc.backends import Backend, call_deadline
from cognito_grpc.errors import DeadlinePassed


@pytest.fixture
def embedded():
    backend = Backend("embedded", "us-east-1", max_attempts=1)
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
    backend = Backend("embedded", "us-east-1", max_attempts=1, connect_timeout=2)
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
