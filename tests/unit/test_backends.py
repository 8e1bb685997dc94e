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
