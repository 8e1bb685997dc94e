"""Configuration fails closed: an --auth that parses to no mode never means "no auth", and every
way of naming a non-loopback listen address meets the same guard.

The attack (issue 17, item 1): the image sets COGNITO_GRPC_AUTH, a manifest overrides it with
an empty value, and the server came up on 0.0.0.0 serving anonymous callers."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import pytest

from cognito_grpc import cli
from cognito_grpc import settings as config
from cognito_grpc.server import Server
from tests.conftest import free_port

EMPTY_AUTH = ["", ",", " ", " , ,", "\t"]
NOT_LOOPBACK = ["0.0.0.0:50051", "[::]:50051", "cognito.internal:50051", "0:50051",
                "127.1:50051", "[::ffff:127.0.0.1]:50051", "localhost.example.com:50051",
                " 127.0.0.1:50051"]
LOOPBACK = ["127.0.0.1:50051", "127.0.0.2:50051", "[::1]:50051", "localhost:50051"]


def load(argv: list[str], environ: dict[str, str]):
    args = cli.build_parser().parse_args(["serve", *argv])
    return cli.load_settings(args, environ)


def refused(argv, environ) -> str:
    with pytest.raises(config.ConfigError) as raised:
        load(argv, environ)
    return str(raised.value)


@pytest.mark.parametrize("value", EMPTY_AUTH, ids=repr)
@pytest.mark.parametrize("listen", ["0.0.0.0:50051", "127.0.0.1:50051"])
def test_an_empty_auth_is_an_error_from_the_environment(value, listen):
    message = refused([], {"COGNITO_GRPC_AUTH": value, "COGNITO_GRPC_LISTEN": listen})
    assert "--auth: no mode given" in message


@pytest.mark.parametrize("value", EMPTY_AUTH, ids=repr)
def test_an_empty_auth_flag_is_an_error_and_wins_over_a_good_variable(value):
    message = refused(["--auth", value, "--listen", "0.0.0.0:50051"],
                      {"COGNITO_GRPC_AUTH": "api-key",
                       "COGNITO_GRPC_API_KEYS": "k3y-0123456789abcdef=ci"})
    assert "--auth: no mode given" in message


@pytest.mark.parametrize("address", NOT_LOOPBACK)
def test_every_way_of_naming_a_public_address_meets_the_guard(address):
    for argv, environ in ((["--listen", address], {}),
                          ([], {"COGNITO_GRPC_LISTEN": address}),
                          (["--listen", address], {"COGNITO_GRPC_AUTH": "none"})):
        message = refused(argv, environ)
        assert "without authentication" in message or "is not host:port" in message


@pytest.mark.parametrize("address", LOOPBACK)
def test_loopback_addresses_may_go_without_auth(address):
    assert load(["--listen", address], {}).auth == ("none",)


def test_the_explicit_opt_in_still_opens_a_public_address():
    settings = load(["--listen", "[::]:50051", "--insecure-allow-unauthenticated"], {})
    assert settings.auth == ("none",)


def test_settings_built_in_code_meet_the_guard_at_start():
    """Server.start validates whatever Settings it is given, before it binds anything."""
    for values in ({"auth": ()}, {"listen": "0.0.0.0:0"}):
        server = Server(config.Settings(**values))
        with pytest.raises(config.ConfigError):
            asyncio.run(server.start())
        assert server.port is None


def test_the_cli_refuses_an_empty_auth_and_never_opens_its_port():
    port = free_port()
    result = subprocess.run(
        [sys.executable, "-m", "cognito_grpc", "serve"], capture_output=True, text=True,
        timeout=60, env={"COGNITO_GRPC_AUTH": "", "COGNITO_GRPC_LISTEN": f"127.0.0.1:{port}",
                         "PATH": "/usr/bin:/bin"})
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == "cognito-grpc: --auth: no mode given (one or more of " \
                                    "none, api-key, jwt, mtls)"
