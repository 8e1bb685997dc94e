"""Every setting of the server, in one table: flag `--foo-bar` is env `COGNITO_GRPC_FOO_BAR`.

The CLI, the README's config reference and the deployment manifests' tests all read OPTIONS.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import math
import os
import re
from typing import Any, Callable

ENV_PREFIX = "COGNITO_GRPC_"
REGION_PATTERN = re.compile(r"^[a-z]{2}(-[a-z]+)+-\d{1,2}$")
BACKENDS = ("embedded", "moto", "aws", "endpoint")
AUTH_MODES = ("none", "api-key", "jwt", "mtls")


class ConfigError(ValueError):
    """Bad configuration: reported as one line, never a traceback."""


# Each parser's ValueError says what the value must be: parse_value puts the flag before it.
def _bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off", ""):
        return False
    raise ValueError("must be true or false (also 1/0, yes/no, on/off)")


_C_INT_MAX = 2**31 - 1  # grpc takes its limits as C ints


def _positive_int(text: str) -> int:
    allowed = f"must be a whole number from 1 to {_C_INT_MAX}"
    try:
        value = int(text)
    except ValueError:
        raise ValueError(allowed) from None
    if not 1 <= value <= _C_INT_MAX:
        raise ValueError(allowed)
    return value


def _seconds(text: str, allowed: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValueError(allowed) from None


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, not the machine's count)."""
    counted = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counted is not None:
        return counted() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # no affinity masks on this platform
        return os.cpu_count() or 1


def _workers(text: str) -> int:
    if text.strip().lower() == "auto":
        return usable_cpus()
    value = int(text)
    if not 1 <= value <= 1024:
        raise ValueError("must be auto or between 1 and 1024")
    return value


def _probe_interval(text: str) -> float:
    allowed = "must be a number of seconds, at least 0.1"
    value = _seconds(text, allowed)
    if not 0.1 <= value < math.inf:  # a shorter pause hammers the backend (and AWS throttles)
        raise ValueError(allowed)
    return value


def _non_negative_float(text: str) -> float:
    allowed = "must be a finite number of seconds, 0 or more"
    value = _seconds(text, allowed)
    if not 0 <= value < math.inf:  # nan or inf leeway would let expired tokens through
        raise ValueError(allowed)
    return value


def _cache_seconds(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 300:  # longer, and a revoked token keeps working for minutes
        raise ValueError("must be between 0 and 300")
    return value


def _csv(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


@dataclasses.dataclass(frozen=True)
class Option:
    name: str  # the Settings attribute; the flag is --name-with-dashes
    default: Any
    help: str
    parse: Callable[[str], Any] = str
    choices: tuple[str, ...] | None = None
    secret: bool = False  # never echoed back in errors or logs

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    @property
    def env(self) -> str:
        return ENV_PREFIX + self.name.upper()

    @property
    def is_switch(self) -> bool:
        return self.parse is _bool

    @property
    def described(self) -> str:
        """The help text with the allowed values: what --help and the README show."""
        text = self.help
        if self.choices:
            text += f" (one of: {', '.join(self.choices)})"
        if self.secret:
            text += "; secret: never logged"
        return text


OPTIONS: tuple[Option, ...] = (
    Option("listen", "127.0.0.1:50051", "host:port the gRPC server listens on"),
    Option("backend", "embedded", "embedded: our own Cognito engine, in the server's process "
           "(offline, no account); moto: moto's in-process Cognito; aws: real Cognito via "
           "boto3's credential chain; endpoint: any Cognito-compatible URL", choices=BACKENDS),
    Option("data_dir", "", "directory where the embedded backend keeps its state (SQLite); "
           "empty: in memory, gone when the server stops"),
    Option("sync", "normal", "embedded backend durability: full survives power loss; normal "
           "survives a crash of the server's process, and writes faster",
           choices=("full", "normal")),
    Option("workers", 1, "server processes sharing the listen port (SO_REUSEPORT), under one "
           "supervisor that restarts them; auto: one per CPU this process may use. Above 1 "
           "needs a backend whose state is shared: endpoint, aws, or embedded with --data-dir",
           _workers),
    Option("region", "us-east-1", "default AWS region (x-cognito-region and pool ids override it)"),
    Option("endpoint_url", "", "the Cognito-compatible URL for --backend endpoint"),
    Option("max_workers", 64, "threads that run boto3 calls", _positive_int),
    Option("max_concurrency", 256, "RPCs in flight at once; more get RESOURCE_EXHAUSTED "
           "(health checks and reflection are not counted)", _positive_int),
    Option("max_message_bytes", 4 * 1024 * 1024, "largest request or response message",
           _positive_int),
    Option("shutdown_grace", 10.0, "seconds in-flight calls get to finish on SIGTERM/SIGINT",
           _non_negative_float),
    Option("no_reflection", False, "turn gRPC server reflection off", _bool),
    Option("retry_mode", "standard", "botocore retry mode", choices=("standard", "adaptive",
                                                                       "legacy")),
    Option("max_attempts", 3, "botocore attempts per call (the deadline still bounds them)",
           _positive_int),
    Option("health_interval", 5.0, "seconds between backend health probes (at least 0.1)",
           _probe_interval),
    Option("log_level", "info", "log level", choices=("debug", "info", "warning", "error")),
    Option("log_format", "json", "json: one JSON line per RPC; console: readable lines",
           choices=("json", "console")),
    Option("log_payloads", False, "log request and response bodies, sensitive fields redacted",
           _bool),
    Option("metrics_address", "", "host:port for Prometheus /metrics (empty: off)"),
    Option("http_listen", "", "host:port of the HTTP listener: the AWS JSON 1.1 protocol "
           "(POST / with X-Amz-Target, under the same --auth; SigV4 signatures are accepted, "
           "not checked) for every backend, and each embedded pool's "
           "/<pool>/.well-known/jwks.json and openid-configuration (empty: off)"),
    Option("otlp_endpoint", "", "OTLP/gRPC collector URL that receives OpenTelemetry traces, "
           "e.g. http://127.0.0.1:4317 (empty: the standard OTEL_EXPORTER_OTLP_ENDPOINT; "
           "neither: no tracing)"),
    Option("metrics_auth", "none", "none: /metrics answers whoever reaches --metrics-address "
           "(bind it to 127.0.0.1 to keep it in the pod); api-key: a scrape needs one of the "
           "API keys, as x-api-key or Authorization: Bearer", choices=("none", "api-key")),
    Option("auth", ("none",), "comma-separated: none, api-key, jwt, mtls", _csv,
           choices=AUTH_MODES),
    Option("api_keys_file", "", "file of `key principal` lines; a key is 16+ characters or "
           "sha256:<hex digest of the key> (# comments allowed)"),
    Option("api_keys", "", "`key=principal,...` (prefer --api-keys-file)", secret=True),
    Option("jwt_issuers", (), "comma-separated trusted Cognito issuer URLs "
           "(https://cognito-idp.REGION.amazonaws.com/POOL_ID, or "
           "https://issuer-cognito-idp.REGION.amazonaws.com/POOL_ID)", _csv),
    Option("jwt_client_ids", (), "comma-separated allowed app client ids (aud / client_id); "
           "required by --auth jwt", _csv),
    Option("jwt_leeway", 30.0, "seconds of clock skew allowed on exp, nbf and iat",
           _non_negative_float),
    Option("jwt_accept_id_tokens", False, "accept ID tokens as bearer credentials too (by "
           "default only access tokens: Cognito can revoke those, never ID tokens)", _bool),
    Option("jwt_check_revocation", False, "ask the backend whether each bearer token is still "
           "good (GetUser with the token; AdminListGroupsForUser for its groups): sign-out, "
           "disable, delete and group changes take effect, for a backend call per token per "
           "--jwt-revocation-cache-seconds", _bool),
    Option("jwt_revocation_cache_seconds", 5.0, "seconds a --jwt-check-revocation answer is "
           "reused for the same token (0 to 300; 0: ask on every call)", _cache_seconds),
    Option("jwks_refresh_interval", 60.0, "minimum seconds between JWKS refreshes of one issuer",
           _non_negative_float),
    Option("tls_cert", "", "PEM server certificate (turns TLS on)"),
    Option("tls_key", "", "PEM server private key"),
    Option("tls_client_ca", "", "PEM CA bundle: require client certificates (mTLS)"),
    Option("reload_interval", 2.0, "seconds between checks of --api-keys-file and the TLS "
           "files for changes, which are then reloaded (a Kubernetes Secret swap included); "
           "0: never", _non_negative_float),
    Option("policy_file", "", "authorization policy (YAML; TOML if it ends in .toml); empty: "
                              "authenticated callers may call every method"),
    Option("insecure_allow_unauthenticated", False,
           "allow --auth none on a non-loopback address", _bool),
    Option("insecure_allow_public_signing_key", False,
           "allow --auth jwt on a non-loopback address while the backend is moto, whose "
           "signing key is public (anyone can mint tokens it accepts)", _bool),
)
BY_NAME = {option.name: option for option in OPTIONS}

Settings = dataclasses.make_dataclass(
    "Settings", [(o.name, Any, dataclasses.field(default=o.default)) for o in OPTIONS],
    frozen=True, namespace={"__doc__": "The server's whole configuration (see OPTIONS)."})


def parse_value(option: Option, text: str, source: str | None = None) -> Any:
    """`text` as the option's value; `source` (the flag or the variable it came from) names
    it in the error."""
    source = source or f"{option.flag}/{option.env}"
    try:
        value = option.parse(text)
    except ValueError as error:
        if option.secret:  # the parser's own message may quote the value
            raise ConfigError(f"{source}: not a valid value") from None
        raise ConfigError(f"{source}: {text!r} {error}") from None
    values = value if isinstance(value, tuple) else (value,)
    if option.choices and any(v not in option.choices for v in values):
        raise ConfigError(f"{source}: {text!r} is not one of {', '.join(option.choices)}")
    return value


def from_env(environ: os._Environ | dict | None = None) -> dict[str, Any]:
    """Values set through COGNITO_GRPC_* variables."""
    environ = os.environ if environ is None else environ
    return {o.name: parse_value(o, environ[o.env], o.env) for o in OPTIONS if o.env in environ}


def to_environ(settings) -> dict[str, str]:
    """The COGNITO_GRPC_* variables that make from_env() give back these settings (a worker
    process gets its configuration this way)."""
    def text(value) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        return ",".join(value) if isinstance(value, tuple) else str(value)
    return {o.env: text(getattr(settings, o.name)) for o in OPTIONS}


def split_host_port(address: str, option: str = "--listen") -> tuple[str, int]:
    host, sep, port = address.rpartition(":")
    host = host.strip("[]")
    if not sep or not host:
        raise ConfigError(f"{option}: {address!r} is not host:port (like 127.0.0.1:50051)")
    if not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ConfigError(f"{option}: {address!r}: the port must be a whole number from 0 to "
                          "65535")
    return host, int(port)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def validate(settings) -> None:
    """Checks across options; raises ConfigError naming the option."""
    split_host_port(settings.listen)
    if not REGION_PATTERN.match(settings.region):
        raise ConfigError(f"--region: {settings.region!r} is not an AWS region name "
                          "(like us-east-1)")
    if settings.metrics_address:
        split_host_port(settings.metrics_address, "--metrics-address")
    if settings.http_listen:
        split_host_port(settings.http_listen, "--http-listen")
        if settings.workers > 1:  # one listener per process would fight over the port
            raise ConfigError("--http-listen needs --workers 1")
    if settings.otlp_endpoint and not settings.otlp_endpoint.startswith(("http://", "https://")):
        raise ConfigError(f"--otlp-endpoint: {settings.otlp_endpoint!r} is not an http(s) URL "
                          "(like http://127.0.0.1:4317)")
    if settings.workers > 1 and settings.backend == "moto":
        raise ConfigError(f"--workers {settings.workers}: --backend moto keeps its state in "
                          "each process, so workers would not see each other's users; use "
                          "--workers 1, or --backend embedded with --data-dir")
    if settings.workers > 1 and settings.backend == "embedded" and not settings.data_dir:
        raise ConfigError(f"--workers {settings.workers} with --backend embedded needs "
                          "--data-dir: an in-memory state cannot be shared between worker "
                          "processes")
    if settings.backend == "endpoint" and not settings.endpoint_url:
        raise ConfigError("--backend endpoint needs --endpoint-url")
    if settings.endpoint_url and not settings.endpoint_url.startswith(("http://", "https://")):
        raise ConfigError(f"--endpoint-url: {settings.endpoint_url!r} is not an http(s) URL")
    if bool(settings.tls_cert) != bool(settings.tls_key):
        raise ConfigError("--tls-cert and --tls-key go together")
    if settings.tls_client_ca and not settings.tls_cert:
        raise ConfigError("--tls-client-ca needs --tls-cert and --tls-key")
    modes = set(settings.auth)
    if not modes:  # `--auth ''`, `,` or spaces: an empty list must not turn auth off
        raise ConfigError("--auth: no mode given (one or more of "
                          f"{', '.join(AUTH_MODES)})")
    if "none" in modes and len(modes) > 1:
        raise ConfigError("--auth none cannot be combined with other modes")
    if settings.metrics_auth == "api-key" and "api-key" not in modes:
        raise ConfigError("--metrics-auth api-key needs --auth api-key (its keys)")
    if "mtls" in modes and not settings.tls_client_ca:
        raise ConfigError("--auth mtls needs --tls-client-ca")
    if "jwt" in modes and not settings.jwt_issuers:
        raise ConfigError("--auth jwt needs --jwt-issuers")
    if "api-key" in modes and not (settings.api_keys_file or settings.api_keys):
        raise ConfigError("--auth api-key needs --api-keys-file or --api-keys")
    if modes == {"none"} and not settings.insecure_allow_unauthenticated:
        require_loopback(settings.listen, "--listen", "without authentication: set --auth, "
                                                      "or --insecure-allow-unauthenticated")
        if settings.http_listen:
            require_loopback(settings.http_listen, "--http-listen",
                             "without authentication: set --auth, or "
                             "--insecure-allow-unauthenticated")


def require_loopback(address: str, option: str, why: str) -> None:
    """The one guard for every listener that must stay on loopback: a hostname other than
    `localhost`, an IPv6 or IPv4 wildcard, or anything that is not plainly a loopback address
    is refused (fail closed: a name could resolve anywhere)."""
    host, _ = split_host_port(address, option)
    if not is_loopback(host):
        raise ConfigError(f"refusing to serve {option} {address} {why}")
