"""The Cognito behind the server: boto3-level clients per region, for one of three modes.

- embedded: our own Cognito engine (cognito_grpc.engine), in this process; no network.
- moto: moto's in-process Cognito; no credentials, no network.
- aws: real Cognito through botocore's default credential chain.
- endpoint: any Cognito-compatible URL (a moto server, LocalStack, cognito-local).
"""

from __future__ import annotations

import collections
import contextvars
import re
import threading
import time
from typing import Callable

import botocore
import botocore.config
import botocore.session
from botocore.credentials import Credentials

from cognito_grpc.errors import DeadlinePassed, ShuttingDown
from cognito_grpc.settings import REGION_PATTERN

SERVICE = "cognito-idp"
_POOL_ID_REGION = re.compile(r"^([a-z]{2}(?:-[a-z]+)+-\d{1,2})_")

_NOWHERE = "http://127.0.0.1:9"
REGION_HEADER = "x-cognito-region"
# Modes answered by moto in this process.
MOTO_MODES = ("moto",)
# More regions than AWS has: past this many, the least recently used region's client goes, so
# made-up region names cannot grow the server without bound.
MAX_REGION_CLIENTS = 64
# A health probe gets one attempt this short: a backend that hangs is as down as one that
# refuses, and health must say so well within a probe interval or two.
PROBE_TIMEOUT = 3.0

# The monotonic time the current call must finish by (set per call by the service).
call_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "call_deadline", default=None)
# The server's drain (interceptors.drain.Drain), set per call: once it refuses, no call
# starts an attempt on the backend.
call_drain: contextvars.ContextVar[object | None] = contextvars.ContextVar(
    "call_drain", default=None)


class InvalidRegion(ValueError):
    """A region the call named, by `field` (the metadata key or request member), that this
    backend cannot serve."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def valid_region(region: str, field: str = "region") -> str:
    if not REGION_PATTERN.match(region):
        raise InvalidRegion(field, f"{region!r} is not an AWS region name")
    return region


def region_of_pool(user_pool_id: object) -> str | None:
    """`us-west-2_abc` → `us-west-2`."""
    if isinstance(user_pool_id, str):
        match = _POOL_ID_REGION.match(user_pool_id)
        if match:
            return match.group(1)
    return None


def _epoch_seconds(value):
    # The codec turns epoch numbers straight into Timestamps; datetimes would cost more.
    return value if isinstance(value, (int, float)) else float(value)


def _check_deadline(**_) -> None:
    deadline = call_deadline.get()
    if deadline is not None and time.monotonic() >= deadline:
        raise DeadlinePassed()  # before every attempt, so retries stop at the deadline
    drain = call_drain.get()
    if drain is not None and drain.refusing():
        raise ShuttingDown()


class Backend:
    def __init__(self, mode: str, default_region: str, *, endpoint_url: str = "",
                 max_pool_connections: int = 10, retry_mode: str = "standard",
                 max_attempts: int = 3, connect_timeout: float = 5, read_timeout: float = 30,
                 data_dir: str = "", sync: str = "normal"):
        self.mode = mode
        self.default_region = valid_region(default_region, "--region")
        self.endpoint_url = endpoint_url or None
        self._embedded = None
        self.engine = None
        # issuer → JWKS document, for a backend that keeps its own signing keys (our engine's,
        # per pool); None: the verifier uses moto's bundled key, or the issuer's own JWKS
        self.jwks_provider: Callable[[str], dict] | None = None
        self._clients: collections.OrderedDict[str, object] = collections.OrderedDict()
        self._probe_client = None
        self._lock = threading.Lock()
        self._session = botocore.session.Session()
        if mode in MOTO_MODES:
            from cognito_grpc.embedded import EmbeddedCognito

            self._embedded = EmbeddedCognito(before_each=_check_deadline)
            self._embedded.attach(self._session)
            self._check_served(self.default_region, "--region")
        if mode == "embedded":
            from cognito_grpc.engine import Engine

            self.engine = Engine(data_dir or None, sync)  # StoreError: the data dir is unusable
            self.jwks_provider = self.engine.jwks_for_issuer  # each pool's own keys
            self._check_served(self.default_region, "--region")
        self._session.get_component("response_parser_factory").set_parser_defaults(
            timestamp_parser=_epoch_seconds)
        # first, so that no attempt (nor the embedded backend's answer) starts past the deadline
        self._session.get_component("event_emitter").register_first(
            "before-send.cognito-identity-provider", _check_deadline)
        # moto answers every embedded request in-process; should anything slip past it, a
        # proxy on a closed loopback port keeps it from ever leaving the machine.
        proxies = {"http": _NOWHERE, "https": _NOWHERE} if mode in MOTO_MODES else None
        # Requests that never leave the process need no SigV4 signature (a seventh of a call).
        signing = {"signature_version": botocore.UNSIGNED} if mode in MOTO_MODES else {}
        self._config = botocore.config.Config(
            proxies=proxies, **signing,
            retries={"mode": retry_mode, "total_max_attempts": max_attempts},
            max_pool_connections=max_pool_connections,
            connect_timeout=connect_timeout, read_timeout=read_timeout,
            user_agent_appid="cognito-grpc",
        )
        self._credentials = None
        if mode in MOTO_MODES:
            self._credentials = Credentials("embedded", "embedded")
        elif mode == "endpoint" and self._session.get_credentials() is None:
            # Cognito-compatible test backends accept any signature.
            self._credentials = Credentials("endpoint", "endpoint")

    def start(self) -> None:
        if self._embedded is not None:
            self._embedded.start()

    def stop(self) -> None:
        if self._embedded is not None:
            self._embedded.stop()
        if self.engine is not None:
            self.engine.close()

    def client(self, region: str | None = None):
        """The client for `region` (created once, on first use)."""
        region = region or self.default_region
        with self._lock:
            client = self._clients.get(region)
            if client is None:
                client = self._create_client(valid_region(region), self._config)
                self._clients[region] = client
                if len(self._clients) > MAX_REGION_CLIENTS:
                    self._clients.popitem(last=False)
            else:
                self._clients.move_to_end(region)
        return client

    def _create_client(self, region: str, config: botocore.config.Config):
        if self.engine is not None:
            return self.engine.client(region, before_each=_check_deadline)
        kwargs = {}
        if self._credentials is not None:
            kwargs = {"aws_access_key_id": self._credentials.access_key,
                      "aws_secret_access_key": self._credentials.secret_key}
        return self._session.create_client(SERVICE, region_name=region,
                                           endpoint_url=self.endpoint_url, config=config,
                                           **kwargs)

    def probe(self) -> None:
        """Raises unless the backend answers a cheap read, in one attempt of at most
        PROBE_TIMEOUT to connect and as long again to answer."""
        if self.engine is not None:
            self.engine.probe()
            return
        if self._probe_client is None:
            self._probe_client = self._create_client(self.default_region, self._config.merge(
                botocore.config.Config(connect_timeout=PROBE_TIMEOUT, read_timeout=PROBE_TIMEOUT,
                                       retries={"total_max_attempts": 1})))
        self._probe_client.list_user_pools(MaxResults=1)

    def region_for(self, metadata_region: str | None, params: dict) -> str:
        """The call's region: its x-cognito-region, else its pool id's, else the default."""
        if metadata_region:
            return self._check_served(valid_region(metadata_region, REGION_HEADER), REGION_HEADER)
        pool_region = region_of_pool(params.get("UserPoolId"))
        if pool_region:
            return self._check_served(pool_region, "UserPoolId")
        return self.default_region

    def _check_served(self, region: str, field: str) -> str:
        serving = self.engine or self._embedded
        if serving is not None and not serving.serves(region):
            raise InvalidRegion(field, f"{region!r} is not a region the {self.mode} backend "
                                "serves")
        return region
