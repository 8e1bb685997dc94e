"""The one route table: a PUT of a body under a path prefix is one more line in it (what the
user import jobs' CSV upload will add)."""

from __future__ import annotations

import http.client

import pytest

from cognito_grpc.engine import http as http_api
from cognito_grpc.engine.http import HttpApi, HttpListener, Response, Route, prefix, route


def test_the_table_routes_by_method_and_path():
    found, params, _ = route("GET", "/us-east-1_abc/.well-known/jwks.json")
    assert found.handler is HttpApi.jwks and params == {"pool_id": "us-east-1_abc"}
    assert route("POST", "/")[0].handler is HttpApi.aws_json
    assert route("GET", "/")[1:] == ({}, True)  # known path, no GET: a 405
    assert route("GET", "/a/b/.well-known/jwks.json") == (None, {}, False)


@pytest.fixture
def upload_route(monkeypatch):
    received = []

    def upload(api, request):
        received.append((request.params["rest"], request.query, request.body))
        return Response(200, None)
    monkeypatch.setattr(http_api, "ROUTES", (
        *http_api.ROUTES, Route("PUT", prefix("/import-jobs/"), upload)))
    return received


def test_a_put_route_under_a_prefix_gets_the_bounded_body(upload_route):
    listener = HttpListener("127.0.0.1:0", HttpApi(backend=None), max_body=1024)
    listener.start()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", listener.port, timeout=10)
        connection.request("PUT", "/import-jobs/us-east-1_abc/import-1?sig=x",
                           body=b"name,email\n")
        answer = connection.getresponse()
        assert (answer.status, answer.read()) == (200, b"")
        assert upload_route == [("us-east-1_abc/import-1", {"sig": "x"}, b"name,email\n")]
        connection.request("PUT", "/import-jobs/big", body=b"x" * 1025)
        assert connection.getresponse().status == 413
    finally:
        listener.stop(grace=1)


def test_connections_past_the_bound_are_closed_at_once(upload_route):
    import socket

    listener = HttpListener("127.0.0.1:0", HttpApi(backend=None), max_body=1024,
                            max_connections=1)
    listener.start()
    try:
        first = http.client.HTTPConnection("127.0.0.1", listener.port, timeout=10)
        first.request("PUT", "/import-jobs/a", body=b"x")
        assert first.getresponse().status == 200  # kept alive: it holds the one slot
        with socket.create_connection(("127.0.0.1", listener.port), timeout=10) as second:
            second.sendall(b"GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n")
            assert second.recv(1024) == b""  # closed unanswered
        first.close()

        def slot_back():
            again = http.client.HTTPConnection("127.0.0.1", listener.port, timeout=10)
            try:
                again.request("GET", "/nothing")
                assert again.getresponse().status == 404
            except (ConnectionError, http.client.RemoteDisconnected) as closed:
                raise AssertionError(f"the slot is not back yet: {closed!r}") from None
            finally:
                again.close()
        from tests.conftest import eventually
        eventually(slot_back)
    finally:
        listener.stop(grace=1)
