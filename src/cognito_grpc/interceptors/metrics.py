"""Prometheus metrics with go-grpc-prometheus names, on a dedicated registry and HTTP port.

- grpc_server_started_total{grpc_type,grpc_service,grpc_method}
- grpc_server_handled_total{grpc_type,grpc_service,grpc_method,grpc_code}
- grpc_server_handling_seconds{grpc_type,grpc_service,grpc_method} (health excluded)
- cognito_backend_seconds{operation}: each backend call (or page), through observe_backend
- cognito_backend_errors_total{operation,aws_error_code}

Labels are methods, status codes, operations and AWS error codes: never a principal, a
request's content or a secret. --metrics-auth api-key puts the endpoint behind the API keys.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from typing import Callable
from wsgiref.simple_server import WSGIRequestHandler, make_server

import grpc
from prometheus_client import (CollectorRegistry, Counter, Histogram, make_wsgi_app,
                               multiprocess)
from prometheus_client.exposition import ThreadingWSGIServer

from cognito_grpc import calls
from cognito_grpc.interceptors import HEALTH_SERVICE, WrappingInterceptor, service_of
from cognito_grpc.settings import ConfigError, split_host_port

# go-grpc-prometheus's default buckets (prometheus.DefBuckets).
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_METHOD_LABELS = ("grpc_type", "grpc_service", "grpc_method")


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None,
                 histogram_excludes: tuple[str, ...] = (HEALTH_SERVICE,)):
        self.registry = registry or CollectorRegistry(auto_describe=True)
        self.histogram_excludes = frozenset(histogram_excludes)
        self.started = Counter("grpc_server_started_total",
                               "RPCs started on the server.", _METHOD_LABELS,
                               registry=self.registry)
        self.handled = Counter("grpc_server_handled_total",
                               "RPCs completed on the server, whatever their status.",
                               (*_METHOD_LABELS, "grpc_code"), registry=self.registry)
        self.handling = Histogram("grpc_server_handling_seconds",
                                  "Seconds from the start of an RPC to its status.",
                                  _METHOD_LABELS, buckets=BUCKETS, registry=self.registry)
        self.backend_seconds = Histogram("cognito_backend_seconds",
                                         "Seconds per backend (boto3) call or page.",
                                         ("operation",), buckets=BUCKETS,
                                         registry=self.registry)
        self.backend_errors = Counter("cognito_backend_errors_total",
                                      "Backend calls that failed, by AWS error code.",
                                      ("operation", "aws_error_code"), registry=self.registry)
        self._http = None

    def observe_backend(self, operation: str, seconds: float, aws_error_code: str) -> None:
        """CognitoService's BackendObserver."""
        self.backend_seconds.labels(operation).observe(seconds)
        if aws_error_code:
            self.backend_errors.labels(operation, aws_error_code).inc()

    # --- the /metrics endpoint ----------------------------------------------------------

    def serve(self, address: str, allowed: Callable[[str], bool] | None = None) -> int:
        """Serves /metrics on host:port (port 0: any free port); returns the port. With
        `allowed` (an API key → bool), a scrape must present a key it accepts, as
        `x-api-key: <key>` or `Authorization: Bearer <key>` (Prometheus' `authorization`)."""
        self._http = serve_registry(address, self.registry, allowed)
        return self._http.server_port

    def stop(self) -> None:
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
            self._http = None


def serve_registry(address: str, registry: CollectorRegistry,
                   allowed: Callable[[str], bool] | None = None):
    """An HTTP server on its own thread answering scrapes of `registry`; see Metrics.serve."""
    host, port = split_host_port(address, "--metrics-address")
    app = make_wsgi_app(registry)
    if allowed is not None:
        app = _keyed(app, allowed)

    class Server(ThreadingWSGIServer):
        address_family = socket.AF_INET6 if ":" in host else socket.AF_INET

    try:
        http = make_server(host, port, app, Server, handler_class=_QuietHandler)
    except OSError as error:
        raise ConfigError(f"--metrics-address: cannot listen on {address}: "
                          f"{error.strerror}") from None
    threading.Thread(target=http.serve_forever, name="metrics", daemon=True).start()
    return http


def serve_multiprocess(address: str, path: str, allowed: Callable[[str], bool] | None = None):
    """/metrics for --workers: the sum of what every worker (alive or gone) wrote under
    `path`, their PROMETHEUS_MULTIPROC_DIR. Returns the HTTP server and its port."""
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=path)
    http = serve_registry(address, registry, allowed)
    return http, http.server_port


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args) -> None:  # a scrape is no event
        pass


def _keyed(app, allowed: Callable[[str], bool]):
    """`app` for callers presenting an accepted API key; 401 for everyone else."""
    def guarded(environ, start_response):
        key = environ.get("HTTP_X_API_KEY", "")
        scheme, _, token = environ.get("HTTP_AUTHORIZATION", "").partition(" ")
        if not key and scheme.lower() == "bearer":
            key = token.strip()
        if key and allowed(key):
            return app(environ, start_response)
        start_response("401 Unauthorized", [("Content-Type", "text/plain; charset=utf-8"),
                                             ("WWW-Authenticate", 'Bearer realm="metrics"')])
        return [b"missing or invalid API key (x-api-key, or Authorization: Bearer)\n"]
    return guarded


class _Series:
    """One method's label children, resolved once."""

    def __init__(self, metrics: Metrics, grpc_type: str, method: str):
        service = service_of(method)
        name = method.rsplit("/", 1)[-1]
        labels = (grpc_type, service, name)
        self.started = metrics.started.labels(*labels)
        self.handling = None if service in metrics.histogram_excludes else \
            metrics.handling.labels(*labels)
        self._handled = metrics.handled
        self._labels = labels
        self._by_code: dict[grpc.StatusCode, object] = {}

    def done(self, code: grpc.StatusCode, started: float) -> None:
        child = self._by_code.get(code)
        if child is None:
            child = self._by_code[code] = self._handled.labels(*self._labels, code.name)
        child.inc()
        if self.handling is not None:
            self.handling.observe(asyncio.get_running_loop().time() - started)


def _code(error: BaseException | None, context) -> grpc.StatusCode:
    """The status the call ends with: what the service or auth set before aborting."""
    call = calls.current.get()
    if isinstance(error, asyncio.CancelledError):
        return calls.cancelled_code(context)
    code = call.code if call is not None else None
    if code is None or (code is grpc.StatusCode.OK and error is not None):
        try:
            code = context.code()
        except Exception:  # older grpcio: no code()
            code = None
        if not isinstance(code, grpc.StatusCode):
            code = grpc.StatusCode.OK if error is None else grpc.StatusCode.UNKNOWN
        if code is grpc.StatusCode.OK and error is not None:
            code = grpc.StatusCode.UNKNOWN
    return code


class MetricsInterceptor(WrappingInterceptor):
    def __init__(self, metrics: Metrics):
        super().__init__()
        self.metrics = metrics

    def unary(self, behavior, method):
        return self._awaited(behavior, method, "unary")

    def writing_stream(self, behavior, method):
        return self._awaited(behavior, method, "server_stream")

    def _awaited(self, behavior, method, grpc_type):
        series = _Series(self.metrics, grpc_type, method)

        async def measured(request, context):
            series.started.inc()
            started = asyncio.get_running_loop().time()
            error = None
            try:
                return await behavior(request, context)
            except BaseException as raised:
                error = raised
                raise
            finally:
                series.done(_code(error, context), started)
        return measured

    def _streaming(self, behavior, method, grpc_type):
        series = _Series(self.metrics, grpc_type, method)

        async def measured(request, context):
            series.started.inc()
            started = asyncio.get_running_loop().time()
            error = None
            try:
                async for response in behavior(request, context):
                    yield response
            except GeneratorExit:
                error = asyncio.CancelledError()
                raise
            except BaseException as raised:
                error = raised
                raise
            finally:
                series.done(_code(error, context), started)
        return measured

    def stream(self, behavior, method):
        return self._streaming(behavior, method, "server_stream")

    def bidi(self, behavior, method):
        return self._streaming(behavior, method, "bidi_stream")
