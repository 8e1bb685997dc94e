"""Real backends for tests and benchmarks: a moto server process, a latency proxy, and a
server's metrics read back."""

from __future__ import annotations

import collections
import datetime
import http.client
import http.server
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import free_port


def comparable(value, fresh: frozenset[str] | set[str]):
    """`value` without what is fresh on every call (the keys in `fresh`, the `sub` attribute's
    value, every time) and without the empty lists and maps that proto3 cannot tell from
    missing ones: what two runs of the same story must agree on."""
    if isinstance(value, dict):
        if value.get("Name") == "sub" and "Value" in value:
            return {"Name": "sub", "Value": "<sub>"}
        out = {k: comparable(v, fresh) for k, v in value.items() if k not in fresh}
        return {k: v for k, v in out.items() if v not in ([], {}, None)}
    if isinstance(value, list):
        return [comparable(v, fresh) for v in value]
    if isinstance(value, datetime.datetime):
        assert value.tzinfo is not None, "times must carry their time zone"
        return "<time>"
    return value


def exact(value, fresh: frozenset[str] | set[str]):
    """`value` with only what is fresh on every call replaced by a marker of its type (the
    keys in `fresh`, the `sub` attribute's value, every time): presence, types, empty lists
    and maps, enum strings and order all still count."""
    if isinstance(value, dict):
        if value.get("Name") == "sub" and "Value" in value:
            return {"Name": "sub", "Value": f"<{type(value['Value']).__name__}>"}
        return {k: f"<{type(v).__name__}>" if k in fresh else exact(v, fresh)
                for k, v in value.items()}
    if isinstance(value, list):
        return [exact(v, fresh) for v in value]
    if isinstance(value, datetime.datetime):
        assert value.tzinfo is not None, "times must carry their time zone"
        return "<time>"
    return value


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default backlog of 5 drops connections under load


class MotoServer:
    """A real `moto_server` process on loopback (its state lives as long as the process)."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> "MotoServer":
        command = shutil.which("moto_server") or sys.executable
        args = [command] if command != sys.executable else [sys.executable, "-m", "moto.server"]
        self.process = subprocess.Popen([*args, "-H", "127.0.0.1", "-p", str(self.port)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/moto-api/", timeout=1).close()
                return self
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        self.stop()
        raise TimeoutError("moto_server did not start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        self.process = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class _SlowHttpBackend:
    """An HTTP server on loopback that answers every POST `delay` seconds late, with what
    `respond(path, headers, body) -> (status, headers, payload)` gives."""

    def __init__(self, delay: float):
        self.delay = delay
        self.arrived = 0  # requests received so far (before their delay)
        self.in_flight = 0  # requests taken in and not yet answered: what tests wait for
        self._in_flight_lock = threading.Lock()
        backend = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else headers and body meet delayed ACKs: +40 ms

            def do_POST(self):  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                backend._count_in_flight(+1)
                try:
                    time.sleep(backend.delay)
                    status, headers, payload = backend.respond(self.path, self.headers, body)
                finally:
                    backend._count_in_flight(-1)
                self.send_response(status)
                for key, value in headers:
                    if key.lower() not in ("content-length", "transfer-encoding", "connection"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _count_in_flight(self, change: int) -> None:
        with self._in_flight_lock:
            self.in_flight += change
            if change > 0:
                self.arrived += 1  # requests received so far (before their delay)

    def respond(self, path: str, headers, body: bytes) -> tuple[int, list, bytes]:
        raise NotImplementedError

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


class LatencyProxy(_SlowHttpBackend):
    """Forwards HTTP requests to `target` after `delay` seconds: a slow backend, on loopback."""

    def __init__(self, target: str, delay: float):
        super().__init__(delay)
        self.target = target.removeprefix("http://")

    def respond(self, path, headers, body):
        upstream = http.client.HTTPConnection(self.target, timeout=30)
        try:
            upstream.request("POST", path, body=body,
                             headers={k: v for k, v in headers.items() if k.lower() != "host"})
            response = upstream.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            upstream.close()


class CannedCognito(_SlowHttpBackend):
    """A Cognito-compatible HTTP backend that answers after `delay` seconds with fixed bodies
    and does no work of its own: it isolates the server's own concurrency from the backend's
    CPU cost (moto's), so a benchmark of pools and executors measures only those."""

    BODIES = {
        "AdminGetUser": b'{"Username": "alice", "UserStatus": "CONFIRMED", "Enabled": true,'
                        b' "UserAttributes": [{"Name": "sub", "Value": "0000"}],'
                        b' "UserCreateDate": 1700000000.0}',
        "ListUserPools": b'{"UserPools": []}',
    }

    def respond(self, path, headers, body):
        operation = headers.get("X-Amz-Target", "").rpartition(".")[2]
        return 200, [("Content-Type", "application/x-amz-json-1.1"),
                     ("x-amzn-RequestId", "canned")], self.BODIES.get(operation, b"{}")


class FailingCognito(CannedCognito):
    """A CannedCognito whose `operation` always fails with a retryable 500; it counts the
    attempts that reach it."""

    def __init__(self, delay: float, operation: str):
        super().__init__(delay)
        self.operation = operation
        self.attempts = 0
        self._count = threading.Lock()

    def respond(self, path, headers, body):
        if headers.get("X-Amz-Target", "").rpartition(".")[2] != self.operation:
            return super().respond(path, headers, body)
        with self._count:
            self.attempts += 1
        return 500, [("Content-Type", "application/x-amz-json-1.1")], \
            b'{"__type": "InternalErrorException", "message": "down"}'


class OtlpCollector:
    """An OpenTelemetry collector in this process: an OTLP/gRPC TraceService on loopback
    that keeps every span it is sent, with its resource's attributes."""

    def __init__(self):
        import concurrent.futures

        import grpc
        from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc

        collector = self
        self.spans: list = []  # (resource attributes, Span), in arrival order
        self._lock = threading.Lock()

        class TraceService(trace_service_pb2_grpc.TraceServiceServicer):
            def Export(self, request, context):  # noqa: N802 (the service's naming)
                with collector._lock:
                    for resource_spans in request.resource_spans:
                        resource = {a.key: a.value.string_value
                                    for a in resource_spans.resource.attributes}
                        for scope_spans in resource_spans.scope_spans:
                            collector.spans.extend((resource, s) for s in scope_spans.spans)
                return trace_service_pb2.ExportTraceServiceResponse()

        self._server = grpc.server(concurrent.futures.ThreadPoolExecutor(max_workers=4))
        trace_service_pb2_grpc.add_TraceServiceServicer_to_server(TraceService(), self._server)
        port = self._server.add_insecure_port("127.0.0.1:0")
        self.url = f"http://127.0.0.1:{port}"

    def of_trace(self, trace_id: str) -> list:
        """The spans received of the trace `trace_id` (32 hex digits)."""
        wanted = bytes.fromhex(trace_id)
        with self._lock:
            return [span for _, span in self.spans if span.trace_id == wanted]

    def __enter__(self):
        self._server.start()
        return self

    def __exit__(self, *exc):
        self._server.stop(None)


def span_attributes(span) -> dict:
    """An OTLP span's attributes as a plain dict."""
    values = {}
    for attribute in span.attributes:
        kind = attribute.value.WhichOneof("value")
        values[attribute.key] = getattr(attribute.value, kind) if kind else None
    return values
class SleepyServer:
    """A grpc server on loopback whose AdminGetUser and AdminCreateUser each take `delay`
    seconds (Username `ghost`: NOT_FOUND, after the same delay), as a yardstick for the load
    generator. It keeps every Username and `x-api-key` it saw, and counts calls by client
    connection (`peers`). Two on one `port` share it as `--workers` do (grpc sets SO_REUSEPORT).
    """

    METHODS = ("AdminGetUser", "AdminCreateUser")

    def __init__(self, delay: float, threads: int = 128, credentials=None, port: int = 0):
        import concurrent.futures

        import grpc
        from cognito.idp.v1 import messages_pb2

        self.delay = delay
        self.usernames: list[str] = []
        self.api_keys: set[str] = set()
        self.peers: collections.Counter = collections.Counter()
        self._seen = threading.Lock()
        server = self

        def handler(name: str):
            request_class = getattr(messages_pb2, f"{name}Request")
            response_class = getattr(messages_pb2, f"{name}Response")

            def behavior(request, context):
                time.sleep(server.delay)
                with server._seen:
                    server.usernames.append(request.username)
                    server.peers[context.peer()] += 1
                    server.api_keys.update(v for k, v in context.invocation_metadata()
                                           if k == "x-api-key")
                if request.username == "ghost":
                    context.abort(grpc.StatusCode.NOT_FOUND, "User does not exist.")
                return response_class()
            return grpc.unary_unary_rpc_method_handler(
                behavior, request_class.FromString, response_class.SerializeToString)

        self.server = grpc.server(concurrent.futures.ThreadPoolExecutor(threads),
                                  maximum_concurrent_rpcs=None)
        self.server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(
            "cognito.idp.v1.CognitoIdentityProviderService",
            {name: handler(name) for name in self.METHODS}),))
        bind = f"127.0.0.1:{port}"
        self.port = (self.server.add_secure_port(bind, credentials) if credentials
                     else self.server.add_insecure_port(bind))
        self.address = f"127.0.0.1:{self.port}"

    def __enter__(self):
        self.server.start()
        return self

    def __exit__(self, *exc):
        self.server.stop(None)


# --- a server's /metrics --------------------------------------------------------------------

def scrape(port: int) -> dict[tuple[str, frozenset], float]:
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def handled(samples, method: str, code: str) -> float:
    return samples.get(("grpc_server_handled_total", frozenset({
        "grpc_type": "unary", "grpc_service": "cognito.idp.v1.CognitoIdentityProviderService",
        "grpc_method": method, "grpc_code": code}.items())), 0.0)


def started(samples, method: str) -> float:
    return samples.get(("grpc_server_started_total", frozenset({
        "grpc_type": "unary", "grpc_service": "cognito.idp.v1.CognitoIdentityProviderService",
        "grpc_method": method}.items())), 0.0)
