"""The command line as a user meets it: --version, --help, and one line for every bad value.

Each message is checked whole: it names the flag (or variable) and says what is allowed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cognito_grpc import cli, healthcheck, settings
from tests.conftest import free_port

C_INT_MAX = 2**31 - 1


def run_cli(*args: str, env: dict | None = None, timeout: float = 20):
    return subprocess.run([sys.executable, "-m", "cognito_grpc", *args], capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


def main(capsys, *argv: str, environ: dict[str, str] | None = None):
    """cli.main in this process: (exit code, stdout, stderr)."""
    saved = dict(os.environ)
    os.environ.update(environ or {})
    try:
        code = cli.main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    finally:
        os.environ.clear()
        os.environ.update(saved)
    out, err = capsys.readouterr()
    return code, out, err


def test_version_from_the_installed_entry_point():
    entry_point = Path(sys.executable).with_name("cognito-grpc")
    result = subprocess.run([str(entry_point), "--version"], capture_output=True, text=True,
                            timeout=20)
    assert result.returncode == 0
    assert result.stdout.strip() == f"cognito-grpc {cli.version()}"
    assert cli.version() == "0.1.0"


def test_serve_help_lists_every_option_and_every_choice():
    result = run_cli("serve", "--help")
    assert result.returncode == 0
    flat = " ".join(result.stdout.split())
    for option in settings.OPTIONS:
        assert option.flag in flat and option.env in flat.replace(" ", "")
        if option.choices:
            assert f"(one of: {', '.join(option.choices)})" in flat, option.flag
    assert "(one of: debug, info, warning, error)" in flat  # --log-level
    assert "(one of: standard, adaptive, legacy)" in flat  # --retry-mode


@pytest.mark.parametrize("argv, environ, message", [
    (["--listen", "127.0.0.1:99999"], {},
     "--listen: '127.0.0.1:99999': the port must be a whole number from 0 to 65535"),
    (["--listen", "nonsense"], {}, "--listen: 'nonsense' is not host:port (like 127.0.0.1:50051)"),
    (["--metrics-address", "127.0.0.1:http"], {},
     "--metrics-address: '127.0.0.1:http': the port must be a whole number from 0 to 65535"),
    (["--max-workers", "abc"], {},
     f"--max-workers: 'abc' must be a whole number from 1 to {C_INT_MAX}"),
    (["--max-message-bytes", "10000000000"], {},
     f"--max-message-bytes: '10000000000' must be a whole number from 1 to {C_INT_MAX}"),
    ([], {"COGNITO_GRPC_MAX_WORKERS": "zero"},
     f"COGNITO_GRPC_MAX_WORKERS: 'zero' must be a whole number from 1 to {C_INT_MAX}"),
    ([], {"COGNITO_GRPC_MAX_CONCURRENCY": "0"},
     f"COGNITO_GRPC_MAX_CONCURRENCY: '0' must be a whole number from 1 to {C_INT_MAX}"),
    (["--health-interval", "0"], {},
     "--health-interval: '0' must be a number of seconds, at least 0.1"),
    (["--health-interval", "nan"], {},
     "--health-interval: 'nan' must be a number of seconds, at least 0.1"),
    (["--shutdown-grace", "soon"], {},
     "--shutdown-grace: 'soon' must be a finite number of seconds, 0 or more"),
    ([], {"COGNITO_GRPC_JWT_LEEWAY": "inf"},
     "COGNITO_GRPC_JWT_LEEWAY: 'inf' must be a finite number of seconds, 0 or more"),
    ([], {"COGNITO_GRPC_NO_REFLECTION": "maybe"},
     "COGNITO_GRPC_NO_REFLECTION: 'maybe' must be true or false (also 1/0, yes/no, on/off)"),
    (["--backend", "cloud"], {}, "--backend: 'cloud' is not one of embedded, moto, aws, endpoint"),
    (["--log-level", "loud"], {}, "--log-level: 'loud' is not one of debug, info, warning, error"),
    (["--retry-mode", "eager"], {},
     "--retry-mode: 'eager' is not one of standard, adaptive, legacy"),
    (["--auth", "none,magic"], {}, "--auth: 'none,magic' is not one of none, api-key, jwt, mtls"),
    (["--region", "moon-base"], {}, "--region: 'moon-base' is not an AWS region name "
                                    "(like us-east-1)"),
    (["--backend", "endpoint"], {}, "--backend endpoint needs --endpoint-url"),
    (["--endpoint-url", "ftp://x"], {}, "--endpoint-url: 'ftp://x' is not an http(s) URL"),
    (["--listen", "0.0.0.0:0"], {}, "refusing to serve --listen 0.0.0.0:0 without authentication: "
                                    "set --auth, or --insecure-allow-unauthenticated"),
])
def test_every_bad_value_gets_one_line_naming_the_flag_and_what_is_allowed(
        capsys, argv, environ, message):
    code, out, err = main(capsys, "serve", *argv, environ=environ)
    assert code == 2 and out == ""
    assert err == f"cognito-grpc: {message}\n"


def test_a_bad_value_from_the_real_command_is_one_line_and_no_traceback():
    result = run_cli("serve", "--max-workers", "abc")
    assert result.returncode == 2
    assert result.stderr == ("cognito-grpc: --max-workers: 'abc' must be a whole number from 1 "
                             f"to {C_INT_MAX}\n")


def test_region_the_embedded_backend_does_not_serve():
    result = run_cli("serve", "--region", "cn-north-1")
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1
    assert lines[0].startswith("cognito-grpc: --region: 'cn-north-1' is not a region the embedded")


# --- cognito-grpc health ----------------------------------------------------------------------

def test_health_help_names_the_command_and_has_the_exit_code_table(capsys):
    code, out, _ = main(capsys, "health", "--help")
    assert code == 0
    assert out.startswith("usage: cognito-grpc health ")
    assert "python -m" not in out
    flat = " ".join(out.split())
    for exit_code, meaning in healthcheck.EXIT_CODES:
        assert f"{exit_code} {' '.join(meaning.replace('`', '').split())}" in flat
    assert "NOT_FOUND means the server has no health status for that --service name" in flat


def test_health_exit_code_table_is_the_readmes():
    from tests.conftest import REPO

    assert healthcheck.exit_code_table() in (REPO / "README.md").read_text()


@pytest.mark.parametrize("argv, message", [
    (["--address", "nonsense"],
     "argument --address: 'nonsense' is not host:port (like 127.0.0.1:50051) (see --help)"),
    (["--address", "127.0.0.1:99999"], "argument --address: '127.0.0.1:99999': the port must "
                                       "be a whole number from 0 to 65535 (see --help)"),
    (["--timeout", "abc"], "argument --timeout: 'abc' must be a number of seconds, more than 0 "
                           "(see --help)"),
    (["--timeout", "0"], "argument --timeout: '0' must be a number of seconds, more than 0 "
                         "(see --help)"),
    (["--bogus"], "unrecognized arguments: --bogus (see --help)"),
    (["--tls-ca", "/no/such/ca.pem"],
     "--tls-ca: cannot read '/no/such/ca.pem': No such file or directory"),
    (["--tls-cert", "/x.pem"], "--tls-cert and --tls-key go together"),
])
def test_health_bad_arguments_exit_1_with_one_line(capsys, argv, message):
    code, out, err = main(capsys, "health", *argv)
    assert (code, out) == (healthcheck.BAD_ARGUMENTS, "")
    assert err == f"cognito-grpc health: {message}\n"


def test_health_as_python_module_is_the_same_command():
    result = subprocess.run([sys.executable, "-m", "cognito_grpc.healthcheck", "--address", "x"],
                            capture_output=True, text=True, timeout=20)
    assert result.returncode == 1
    assert result.stderr.startswith("cognito-grpc health: argument --address: 'x'")


def test_health_exit_codes_against_a_real_server(server, capsys):
    assert main(capsys, "health", "--address", server.address) == (0, "SERVING\n", "")
    code, out, err = main(capsys, "health", "--address", server.address,
                          "--service", "cognito.idp.v1.CognitoIdentityProviderService")
    assert (code, out) == (0, "SERVING\n")

    code, out, err = main(capsys, "health", "--address", server.address, "--service", "nope")
    assert (code, out) == (healthcheck.RPC_FAILED, "")
    assert err == (f"cognito-grpc health: NOT_FOUND: the server at {server.address} has no "
                   "health status for the service 'nope' (check --service)\n")

    closed = f"127.0.0.1:{free_port()}"
    code, out, err = main(capsys, "health", "--address", closed, "--timeout", "0.5")
    assert (code, out) == (healthcheck.CANNOT_CONNECT, "")
    assert err == f"cognito-grpc health: cannot connect to {closed} within 0.5 s\n"

    code, out, _ = main(capsys, "health", environ={"COGNITO_GRPC_LISTEN": f"0.0.0.0:{server.port}"})
    assert (code, out) == (0, "SERVING\n")
