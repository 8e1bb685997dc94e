"""Settings: every flag has its variable, a flag wins over it, and bad values name the option."""

from __future__ import annotations

import os

import pytest

from cognito_grpc import cli, settings


def load(argv: list[str], environ: dict[str, str]):
    return cli.load_settings(cli.build_parser().parse_args(["serve", *argv]), environ)


def test_defaults_without_flags_or_variables():
    loaded = load([], {})
    assert loaded.listen == "127.0.0.1:50051" and loaded.backend == "embedded"
    assert loaded.auth == ("none",) and loaded.no_reflection is False


def test_every_option_is_read_from_its_variable_and_a_flag_wins():
    loaded = load([], {"COGNITO_GRPC_MAX_WORKERS": "7", "COGNITO_GRPC_NO_REFLECTION": "true",
                       "COGNITO_GRPC_REGION": "eu-west-1"})
    assert (loaded.max_workers, loaded.no_reflection, loaded.region) == (7, True, "eu-west-1")
    assert load(["--max-workers", "9"], {"COGNITO_GRPC_MAX_WORKERS": "7"}).max_workers == 9
    for option in settings.OPTIONS:
        assert option.env == "COGNITO_GRPC_" + option.flag[2:].replace("-", "_").upper()


@pytest.mark.parametrize("environ,named", [
    ({"COGNITO_GRPC_SHUTDOWN_GRACE": "-1"}, "COGNITO_GRPC_SHUTDOWN_GRACE"),
    ({"COGNITO_GRPC_JWT_LEEWAY": "nan"}, "COGNITO_GRPC_JWT_LEEWAY"),
    ({"COGNITO_GRPC_JWT_LEEWAY": "inf"}, "must be a finite number"),
    ({"COGNITO_GRPC_SHUTDOWN_GRACE": "infinity"}, "COGNITO_GRPC_SHUTDOWN_GRACE"),
    ({"COGNITO_GRPC_MAX_WORKERS": "0"}, "must be a whole number from 1 to 2147483647"),
    ({"COGNITO_GRPC_HEALTH_INTERVAL": "0.01"}, "at least 0.1"),
    ({"COGNITO_GRPC_LOG_FORMAT": "xml"}, "COGNITO_GRPC_LOG_FORMAT: 'xml' is not one of json, console"),
    ({"COGNITO_GRPC_WORKERS": "0"}, "must be auto or between 1 and 1024"),
    ({"COGNITO_GRPC_WORKERS": "many"}, "COGNITO_GRPC_WORKERS"),
    ({"COGNITO_GRPC_WORKERS": "2", "COGNITO_GRPC_BACKEND": "moto"}, "--backend moto keeps"),
    ({"COGNITO_GRPC_WORKERS": "3"}, "--workers 3 with --backend embedded needs --data-dir"),
    ({"COGNITO_GRPC_AUTH": "none,api-key"}, "--auth none"),
    ({"COGNITO_GRPC_TLS_CERT": "/x.pem"}, "--tls-cert and --tls-key"),
])
def test_bad_values_name_the_option(environ, named):
    with pytest.raises(settings.ConfigError) as error:
        load([], environ)
    assert named in str(error.value)


def test_secret_values_are_not_echoed():
    option = settings.BY_NAME["api_keys"]
    bad = settings.Option("api_keys", "", "", parse=lambda text: int(text), secret=True)
    with pytest.raises(settings.ConfigError) as error:
        settings.parse_value(bad, "super-secret-key")
    assert "super-secret-key" not in str(error.value) and option.secret


def test_workers_auto_is_the_cpus_this_process_may_use():
    loaded = load(["--workers", "auto", "--backend", "endpoint", "--endpoint-url",
                   "http://127.0.0.1:1"], {})
    assert loaded.workers == len(os.sched_getaffinity(0))
    assert load([], {}).workers == 1
    shared = load(["--workers", "2", "--data-dir", "/tmp/x"], {})
    assert (shared.workers, shared.backend) == (2, "embedded")


def test_to_environ_gives_back_the_same_settings():
    loaded = load(["--auth", "api-key", "--api-keys", "k" * 16 + "=ci", "--no-reflection",
                   "--workers", "2", "--backend", "aws", "--jwt-leeway", "5"], {})
    assert cli.load_settings(cli.build_parser().parse_args(["serve"]),
                             settings.to_environ(loaded)) == loaded
