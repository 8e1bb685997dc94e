"""Prometheus metrics, scraped over HTTP and parsed as Prometheus would."""

from __future__ import annotations

import urllib.request

import grpc
import pytest
from cognito.idp.v1 import messages_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import eventually
from tests.trust.conftest import (ADMIN_KEY, IDP, TOKENS, api_key, aws, invoke, running,
                                  verify)


def scrape(url: str) -> dict[tuple[str, frozenset], float]:
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain")
        text = response.read().decode()
    samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def value(samples, name: str, **labels) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def method(service: str, name: str, grpc_type: str = "unary") -> dict:
    return {"grpc_type": grpc_type, "grpc_service": service, "grpc_method": name}


@pytest.fixture(scope="module")
def server():
    with running(auth=("api-key",), api_keys=f"{ADMIN_KEY}=operator",
                 metrics_address="127.0.0.1:0") as srv:
        with srv.channel() as channel:
            srv.wait_serving(channel)
        yield srv


def test_counters_after_known_calls(server):
    before = scrape(server.metrics_url)
    admin = (api_key(ADMIN_KEY),)
    with server.channel() as channel:
        pool = aws(channel, "CreateUserPool", {"PoolName": "metered"}, admin)["UserPool"]["Id"]
        for _ in range(2):
            with pytest.raises(grpc.RpcError):
                aws(channel, "AdminGetUser", {"UserPoolId": pool, "Username": "ghost"}, admin)
        with pytest.raises(grpc.RpcError):
            aws(channel, "ListUserPools", {"MaxResults": 1})  # no credentials
        pages = invoke(channel, f"/{IDP}/ListUsersStream",
                       messages_pb2.ListUsersRequest(user_pool_id=pool), admin)
        assert len(pages) == 1
        assert not verify(channel, admin, token="a.b.c", user_pool_id=pool,
                          client_ids=["x"]).valid
        health = health_pb2_grpc.HealthStub(channel)
        for _ in range(3):
            health.Check(health_pb2.HealthCheckRequest(), timeout=5)

    def counted():  # the counters a call moves may trail its answer by a moment: poll
        after = scrape(server.metrics_url)

        def delta(name, **labels):
            return value(after, name, **labels) - value(before, name, **labels)

        create = method(IDP, "CreateUserPool")
        assert delta("grpc_server_started_total", **create) == 1
        assert delta("grpc_server_handled_total", **create, grpc_code="OK") == 1
        assert delta("grpc_server_handling_seconds_count", **create) == 1
        assert delta("grpc_server_handling_seconds_bucket", **create, le="+Inf") == 1
        assert delta("grpc_server_handling_seconds_sum", **create) > 0

        get = method(IDP, "AdminGetUser")
        assert delta("grpc_server_started_total", **get) == 2
        assert delta("grpc_server_handled_total", **get, grpc_code="NOT_FOUND") == 2
        assert delta("cognito_backend_seconds_count", operation="AdminGetUser") == 2
        assert delta("cognito_backend_errors_total", operation="AdminGetUser",
                     aws_error_code="UserNotFoundException") == 2
        assert delta("cognito_backend_seconds_count", operation="CreateUserPool") == 1
        assert delta("cognito_backend_errors_total", operation="CreateUserPool",
                     aws_error_code="UserNotFoundException") == 0

        refused = method(IDP, "ListUserPools")
        assert delta("grpc_server_handled_total", **refused, grpc_code="UNAUTHENTICATED") == 1
        assert delta("cognito_backend_seconds_count", operation="ListUserPools") == 0

        stream = method(IDP, "ListUsersStream", "server_stream")
        assert delta("grpc_server_started_total", **stream) == 1
        assert delta("grpc_server_handled_total", **stream, grpc_code="OK") == 1
        # One observation per paginator step (the service also times the step that ends it).
        assert delta("cognito_backend_seconds_count", operation="ListUsers") >= 1

        token = method(TOKENS, "VerifyToken")
        assert delta("grpc_server_handled_total", **token, grpc_code="OK") == 1

        check = method("grpc.health.v1.Health", "Check")
        assert delta("grpc_server_handled_total", **check, grpc_code="OK") >= 3
        assert not [key for key in after if key[0].startswith("grpc_server_handling_seconds")
                    and ("grpc_service", "grpc.health.v1.Health") in key[1]]

    eventually(counted)


def test_metrics_are_off_by_default():
    with running() as srv:
        assert srv.server.metrics is None and srv.server.metrics_port is None


def test_health_watch_streams_through_every_interceptor(server):
    """grpc's Watch writes with context.write (a coroutine, not an async generator): every
    interceptor must pass it through, with no credentials, and count it as a server stream."""
    before = scrape(server.metrics_url)
    with server.channel() as channel:
        watch = health_pb2_grpc.HealthStub(channel).Watch(health_pb2.HealthCheckRequest(),
                                                          timeout=10)
        assert next(watch).status == health_pb2.HealthCheckResponse.SERVING
        watch.cancel()
    labels = method("grpc.health.v1.Health", "Watch", "server_stream")

    def counted():
        after = scrape(server.metrics_url)
        assert value(after, "grpc_server_started_total", **labels) - \
            value(before, "grpc_server_started_total", **labels) == 1
    eventually(counted)


# --- issue 17, item 8: who may read them ------------------------------------------------

def fetch(url: str, headers: dict | None = None) -> tuple[int, str]:
    import urllib.error

    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_metrics_behind_the_api_keys():
    with running(auth=("api-key",), api_keys=f"{ADMIN_KEY}=prometheus-scraper",
                 metrics_address="127.0.0.1:0", metrics_auth="api-key") as srv:
        with srv.channel() as channel:
            srv.wait_serving(channel)
            aws(channel, "ListUserPools", {"MaxResults": 1}, (api_key(ADMIN_KEY),))
        for headers in ({}, {"x-api-key": "wrong-key-0123456789abcdef"},
                        {"Authorization": "Bearer wrong-key-0123456789abcdef"},
                        {"Authorization": f"Basic {ADMIN_KEY}"}):
            status, body = fetch(srv.metrics_url, headers)
            assert status == 401 and "grpc_server" not in body
        for headers in ({"x-api-key": ADMIN_KEY}, {"Authorization": f"Bearer {ADMIN_KEY}"}):
            status, body = fetch(srv.metrics_url, headers)
            assert status == 200 and "grpc_server_handled_total" in body
        # what they carry: methods and codes, never a principal or a key
        assert "ListUserPools" in body
        assert "prometheus-scraper" not in body and ADMIN_KEY not in body


def test_metrics_auth_needs_the_keys():
    from cognito_grpc import settings as config

    with pytest.raises(config.ConfigError, match="--metrics-auth api-key needs --auth api-key"):
        config.validate(config.Settings(metrics_address="127.0.0.1:0", metrics_auth="api-key"))


def test_the_image_keeps_metrics_on_loopback_unless_asked():
    import re

    from cognito_grpc import settings as config
    from tests.conftest import REPO

    dockerfile = (REPO / "Dockerfile").read_text()
    address = re.search(r"COGNITO_GRPC_METRICS_ADDRESS=(\S+)", dockerfile).group(1)
    assert config.is_loopback(config.split_host_port(address)[0])
