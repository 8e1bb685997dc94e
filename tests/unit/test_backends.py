"""The backend's clients: one per region, created on first use, and not without bound."""

from __future__ import annotations

from cognito_grpc.backends import MAX_REGION_CLIENTS, Backend


def test_clients_per_region_are_bounded_and_the_least_recently_used_goes():
    backend = Backend("endpoint", "us-east-1", endpoint_url="http://127.0.0.1:9")
    first, busy = backend.client("aa-bb-1"), backend.client("us-east-1")
    for number in range(MAX_REGION_CLIENTS):
        backend.client(f"zz-made-up-{number}")
        backend.client("us-east-1")  # in use all along
    assert backend.client("us-east-1") is busy
    assert backend.client("aa-bb-1") is not first  # it went, and comes back new


def test_clients_get_the_servers_limits_and_retry_settings():
    from cognito_grpc.server import Server
    from cognito_grpc.settings import Settings

    server = Server(Settings(backend="moto", max_concurrency=300, max_workers=8, max_attempts=4))
    config = server.backend.client().meta.config
    # a connection for every call in flight: botocore's default pool of 10 would queue them
    assert config.max_pool_connections == 300
    assert config.retries == {"mode": "standard", "total_max_attempts": 4}
    adaptive = Server(Settings(backend="moto", retry_mode="adaptive")).backend.client().meta.config
    assert adaptive.retries["mode"] == "adaptive"


def test_aws_mode_talks_to_real_cognito_and_embedded_mode_to_nothing():
    real = Backend("aws", "eu-west-1").client()
    assert real.meta.endpoint_url == "https://cognito-idp.eu-west-1.amazonaws.com"
    assert real.meta.config.proxies is None
    # embedded: should a request ever get past moto, a closed loopback port is all it meets
    embedded = Backend("moto", "eu-west-1").client().meta.config.proxies
    assert embedded == {"http": "http://127.0.0.1:9", "https": "http://127.0.0.1:9"}
