"""--http-listen meets the server's guards: loopback without --auth, one worker, a free port."""

from __future__ import annotations

import socket

import pytest

from cognito_grpc import settings as config
from tests.trust.test_fail_closed import LOOPBACK, NOT_LOOPBACK, load, refused


@pytest.mark.parametrize("address", NOT_LOOPBACK)
def test_a_public_http_listener_without_auth_is_refused(address):
    for argv, environ in ((["--http-listen", address], {}),
                          ([], {"COGNITO_GRPC_HTTP_LISTEN": address})):
        message = refused(argv, environ)
        assert "--http-listen" in message
        assert "without authentication" in message or "is not host:port" in message


@pytest.mark.parametrize("address", LOOPBACK)
def test_a_loopback_http_listener_may_go_without_auth(address):
    assert load(["--http-listen", address], {}).http_listen == address


def test_with_auth_or_the_opt_in_it_may_listen_anywhere():
    keyed = load(["--listen", "0.0.0.0:50051", "--http-listen", "0.0.0.0:8080", "--auth",
                  "api-key", "--api-keys", "k3y-0123456789abcdef=ci"], {})
    assert keyed.http_listen == "0.0.0.0:8080"
    opened = load(["--http-listen", "[::]:8080", "--insecure-allow-unauthenticated"], {})
    assert opened.http_listen == "[::]:8080"


def test_it_is_off_by_default_and_needs_one_worker():
    assert load([], {}).http_listen == ""
    message = refused(["--http-listen", "127.0.0.1:8080", "--workers", "2", "--data-dir",
                       "/tmp"], {})
    assert message == "--http-listen needs --workers 1"


def test_a_port_in_use_is_a_config_error(tmp_path):
    import asyncio

    from cognito_grpc.server import Server

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = Server(config.Settings(listen="127.0.0.1:0",
                                        http_listen=f"127.0.0.1:{port}"))

        async def start():
            try:
                await server.start()
            finally:
                await server.stop()
        with pytest.raises(config.ConfigError, match="cannot listen on --http-listen"):
            asyncio.run(start())
