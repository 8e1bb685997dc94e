"""Assembles the server: services, interceptors, health, reflection, signals, shutdown."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import signal

import grpc
import structlog
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from cognito_grpc import (outbox_service, reflection, token_service, tokens, tracing, version,
                          watch)
from cognito_grpc import settings as config
from cognito_grpc.backends import PROBE_TIMEOUT, Backend, InvalidRegion
from cognito_grpc.engine import http
from cognito_grpc.engine.store import StoreError
from cognito_grpc.interceptors import auth, drain, limit
from cognito_grpc.interceptors import logging as logging_interceptor
from cognito_grpc.interceptors import metrics as metrics_interceptor
from cognito_grpc.service import SERVICE_DESCRIPTOR, SERVICE_NAME, CognitoService
from cognito_grpc.settings import ConfigError

log = structlog.get_logger("cognito_grpc.server")
# Every method the server serves, by service: the auth policy's patterns are checked against it.
_METHODS = {
    SERVICE_NAME: [m.name for m in SERVICE_DESCRIPTOR.methods],
    token_service.SERVICE_NAME: [m.name for m in token_service.SERVICE_DESCRIPTOR.methods],
    outbox_service.SERVICE_NAME: [m.name for m in outbox_service.SERVICE_DESCRIPTOR.methods],
    health.SERVICE_NAME: ["Check", "Watch"],
    reflection.SERVICE_NAME: ["ServerReflectionInfo"],
}
SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


class Server:
    def __init__(self, settings, fleet=None):
        """`fleet`: the line to the supervisor when this is one of --workers N processes."""
        self.settings = settings
        self.fleet = fleet
        try:
            self.backend = Backend(
                settings.backend, settings.region, endpoint_url=settings.endpoint_url,
                # every worker (and so every call in flight) gets a connection: botocore's
                # default pool of 10 would queue calls silently
                max_pool_connections=max(settings.max_workers, settings.max_concurrency),
                retry_mode=settings.retry_mode, max_attempts=settings.max_attempts,
                data_dir=settings.data_dir, sync=settings.sync)
        except InvalidRegion as error:
            raise ConfigError(f"{error.field}: {error}") from None
        except StoreError as error:
            raise ConfigError(str(error)) from None
        self.executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=settings.max_workers, thread_name_prefix="boto")
        # the probe's own thread: it must not wait behind calls stuck on a hung backend
        self._probe_executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="probe")
        self.health = health.aio.HealthServicer()
        self.service_names = [SERVICE_NAME, token_service.SERVICE_NAME]
        if self.backend.engine is not None:  # only the embedded engine keeps an outbox
            self.service_names.append(outbox_service.SERVICE_NAME)
        self.verifier = tokens.Verifier.from_settings(settings, self.backend.jwks_provider)
        self.metrics = metrics_interceptor.Metrics() if settings.metrics_address else None
        self.traces: tracing.Tracing = tracing.OFF  # turned on in start(), with the rest
        self.metrics_port: int | None = None
        self.drain = drain.Drain()
        self.auth: auth.AuthInterceptor | None = None
        self._service: CognitoService | None = None
        self._grpc: grpc.aio.Server | None = None
        self._stopping = asyncio.Event()
        self._probe_task: asyncio.Task | None = None
        self._fleet_task: asyncio.Task | None = None
        self._watch_task: asyncio.Task | None = None
        self.watcher = watch.Watcher(settings.reload_interval)
        self.supervisor_gone = asyncio.Event()
        self.port: int | None = None
        self.http: http.HttpListener | None = None
        self.http_port: int | None = None

    def _interceptors(self) -> list:
        """Outermost first: the trace span covers everything, logging starts the Call,
        metrics time it, the drain refuses it once the server stops, auth may refuse it, and
        the concurrency limit counts what auth let in."""
        chain = [interceptor for interceptor in (self.traces.interceptor(),) if interceptor]
        chain.append(logging_interceptor.LoggingInterceptor(self.settings.log_payloads))
        if self.metrics is not None:
            chain.append(metrics_interceptor.MetricsInterceptor(self.metrics))
        chain.append(self.drain)
        methods = [f"/{name}/{m}" for name, ms in _METHODS.items() for m in ms]
        guard = auth.from_settings(self.settings, self.verifier, methods,
                                   backend=self.backend, executor=self.executor)
        self.auth = guard
        if guard is not None:
            chain.append(guard)
        chain.append(limit.ConcurrencyLimit(self.settings.max_concurrency))
        return chain

    async def start(self) -> None:
        config.validate(self.settings)  # whoever built the Settings: the same guards hold
        self.traces = tracing.from_settings(self.settings, version())
        interceptors = self._interceptors()  # before the backend starts: config errors first
        tls = watch.TlsFiles(self.settings) if self.settings.tls_cert else None
        credentials = tls.credentials() if tls is not None else None
        self._watch_files(tls)
        self.backend.start()
        options = [
            ("grpc.max_receive_message_length", self.settings.max_message_bytes),
            ("grpc.max_send_message_length", self.settings.max_message_bytes),
            # alone, a port in use is an error, not a shared port; a worker shares the port
            # the supervisor reserved (and checked was free) with the other workers
            ("grpc.so_reuseport", 1 if self.fleet is not None else 0),
            # BDP probing grows each connection's receive window to megabytes, which grpc
            # then fills with request bodies nobody asked for (a refused call's too); the
            # default window bounds what a caller can make the server hold per connection
            ("grpc.http2.bdp_probe", 0),
        ]
        server = grpc.aio.server(interceptors=interceptors, options=options)
        observe = self.metrics.observe_backend if self.metrics is not None else None
        self._service = CognitoService(self.backend, self.executor, observe,
                                       self.settings.max_message_bytes, self.drain,
                                       self.traces)
        server.add_generic_rpc_handlers((self._service.generic_handler(),))
        server.add_generic_rpc_handlers(
            (token_service.TokenVerifierServicer(self.verifier).generic_handler(),))
        # served by every backend, so a policy naming it holds everywhere; all but the
        # embedded one answer FAILED_PRECONDITION
        server.add_generic_rpc_handlers(
            (outbox_service.OutboxServicer(self.backend, self.drain).generic_handler(),))
        health_pb2_grpc.add_HealthServicer_to_server(self.health, server)
        if not self.settings.no_reflection:
            reflection.enable(
                [*self.service_names, health.SERVICE_NAME, reflection.SERVICE_NAME], server)
        try:
            self.port = server.add_secure_port(self.settings.listen, credentials) \
                if credentials is not None else server.add_insecure_port(self.settings.listen)
        except RuntimeError as error:
            raise ConfigError(f"cannot listen on {self.settings.listen}: {error}") from None
        if not self.port:
            raise ConfigError(f"cannot listen on {self.settings.listen}: address in use or "
                              "not available")
        await self._set_health(NOT_SERVING)
        if self.metrics is not None and self.fleet is None:  # else the supervisor serves them
            self.metrics_port = self.metrics.serve(self.settings.metrics_address,
                                                   self._metrics_keys())
        if self.settings.http_listen:
            self._start_http()
        await server.start()
        self._grpc = server
        self._probe_task = asyncio.create_task(self._probe_loop())
        self._watch_task = asyncio.create_task(self.watcher.run())
        if self.fleet is not None:
            self._fleet_task = asyncio.create_task(self._follow_fleet())
        log.info("server started", listen=self.settings.listen, port=self.port,
                 backend=self.backend.mode, region=self.backend.default_region)

    def _start_http(self) -> None:
        """--http-listen: the same backend, authenticator and policy as the gRPC API."""
        guard = self.auth
        api = http.HttpApi(self.backend, guard.authenticator if guard else None,
                           guard.policy if guard else None, f"/{SERVICE_NAME}/",
                           asyncio.get_running_loop())
        try:
            self.http = http.HttpListener(self.settings.http_listen, api,
                                          self.settings.max_message_bytes,
                                          self.settings.max_concurrency)
        except OSError as error:
            raise ConfigError(f"cannot listen on --http-listen {self.settings.http_listen}: "
                              f"{error.strerror}") from None
        self.http_port = self.http.port
        if self.backend.engine is not None:  # user import jobs' PreSignedUrls point here
            host, _ = config.split_host_port(self.settings.http_listen)
            host = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host  # a reachable one
            shown = f"[{host}]" if ":" in host else host
            self.backend.engine.http_url = f"http://{shown}:{self.http_port}"
        self.http.start()
        log.info("http listening", http_listen=self.settings.http_listen, port=self.http_port)

    def _metrics_keys(self):
        """--metrics-auth api-key: any key the server accepts now (rotations included)."""
        if self.settings.metrics_auth != "api-key":
            return None
        authenticator = self.auth.authenticator
        return lambda key: authenticator.api_keys.principal_for(key) is not None

    def _watch_files(self, tls: watch.TlsFiles | None) -> None:
        """The keys file and the TLS files, re-read when they change."""
        if self.auth is not None and self.auth.authenticator.api_keys is not None:
            authenticator = self.auth.authenticator
            self.watcher.watch("--api-keys-file", [self.settings.api_keys_file],
                               lambda: auth.ApiKeys.from_settings(self.settings),
                               lambda keys: setattr(authenticator, "api_keys", keys))
        if tls is not None:
            self.watcher.watch("--tls-cert/--tls-key/--tls-client-ca", tls.paths, tls.load,
                               tls.apply)

    async def _set_health(self, status) -> None:
        for name in ("", *self.service_names):
            await self.health.set(name, status)

    async def _probe_loop(self) -> None:
        """SERVING only while the backend answers; the first probe runs at once."""
        serving = None
        loop = asyncio.get_running_loop()
        while not self._stopping.is_set():
            try:
                await asyncio.wait_for(loop.run_in_executor(self._probe_executor, self._probe),
                                       timeout=2 * PROBE_TIMEOUT + 1)
                healthy = True
            except Exception as error:  # any failure, a time-out too, means not serving
                healthy = False
                if serving is not False:
                    log.warning("backend probe failed", error=type(error).__name__)
            if healthy != serving and not self._stopping.is_set():
                serving = healthy
                if self.fleet is not None:  # the supervisor decides for the whole fleet
                    await self.fleet.send(healthy)
                else:
                    await self._set_health(SERVING if healthy else NOT_SERVING)
                log.info("backend health" if self.fleet else "health",
                         status="SERVING" if healthy else "NOT_SERVING")
            interval = self.settings.health_interval if serving else \
                min(1.0, self.settings.health_interval)
            try:
                await asyncio.wait_for(self._stopping.wait(), timeout=interval)
            except asyncio.TimeoutError:
                pass

    def _probe(self) -> None:
        with self.traces.suppressed():  # a probe is not a call anyone made: no trace
            self.backend.probe()

    async def _follow_fleet(self) -> None:
        """Health reports the supervisor's verdict; without a supervisor, the worker stops."""
        async for serving in self.fleet.received():
            if not self._stopping.is_set():
                await self._set_health(SERVING if serving else NOT_SERVING)
        self.supervisor_gone.set()

    async def stop(self) -> None:
        """The drain, within --shutdown-grace: health goes NOT_SERVING and every call that
        starts is refused UNAVAILABLE (interceptors.drain says why grpc's own stop is not
        enough); once grpc's queue is empty, grpc stops taking calls and the calls in flight
        finish. Those still waiting for the backend near the end of the grace are answered
        UNAVAILABLE by the server, so none is cancelled."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        loop = asyncio.get_running_loop()
        grace = self.settings.shutdown_grace
        started = loop.time()
        end = started + grace
        margin = min(1.0, grace / 10)  # to send the last answers before the grace is out
        self.drain.begin(refuse_at=self.drain.clock() + grace - margin)
        await self.health.enter_graceful_shutdown()
        http_stopped = loop.run_in_executor(None, self.http.stop, max(0.0, grace - margin)) \
            if self.http is not None else None
        if self._grpc is not None:
            await self.drain.quiet(until=self.drain.clock() + max(0.0, (grace - margin) / 2))
            refusal = loop.call_at(end - margin, self._service.refuse_waiting) \
                if self._service is not None else None
            await self._grpc.stop(max(0.0, end - loop.time()))
            if refusal is not None:
                refusal.cancel()
            # grpc's stop returns once the answers are sent, maybe before the handlers have
            # returned and logged (grpc/grpc#37239)
            await self.drain.idle(until=self.drain.clock() + margin)
            for _ in range(3):
                await asyncio.sleep(0)
        if http_stopped is not None:
            await http_stopped  # its calls in flight use the backend: before it stops
        for task in (self._probe_task, self._fleet_task):
            if task is not None:
                task.cancel()  # a probe of a hung backend must not hold the exit up
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        await watch.cancel(self._watch_task)
        if self.fleet is not None:
            self.fleet.close()
        self.executor.shutdown(wait=False, cancel_futures=True)
        self._probe_executor.shutdown(wait=False, cancel_futures=True)
        if self.metrics is not None:
            self.metrics.stop()
        self.traces.shutdown()
        self.backend.stop()
        log.info("server stopped", seconds=round(loop.time() - started, 3))


async def serve(settings, fleet=None) -> None:
    server = Server(settings, fleet)
    await server.start()
    loop = asyncio.get_running_loop()
    stop_requested = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop_requested.set)
    waits = [asyncio.create_task(stop_requested.wait()),
             asyncio.create_task(server.supervisor_gone.wait())]
    await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    for wait in waits:
        wait.cancel()
    if server.supervisor_gone.is_set() and not stop_requested.is_set():
        log.warning("supervisor gone")
    log.info("shutting down", grace_seconds=settings.shutdown_grace)
    await server.stop()
