"""--http-listen: the AWS JSON 1.1 protocol (X-Amz-Target) and the pools' well-known documents.

`POST /` goes through the same Backend door as gRPC (so the state is shared, and any backend
answers it); the JWKS and openid-configuration exist only for the engine's own pools. The
server is the standard library's ThreadingHTTPServer: backend calls block a thread anyway
(as the gRPC service runs them in its executor), and it is the server the metrics endpoint
already uses. Authentication is the gRPC server's Authenticator and Policy, asked on the
server's event loop.

Routes are ONE table, ROUTES: (method, path pattern, handler). A handler is
`handler(api: HttpApi, request: Request) -> Response`; `request.body` is the bounded body
(--max-message-bytes), `request.params` the pattern's groups (`prefix()` gives `rest`) and
`request.query` the query string's parameters (a pre-signed URL's signature, say).
A handler that needs the --auth credentials asks `api.authorize(request, rpc_name)`.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import datetime
import functools
import json
import re
import threading
import urllib.parse
import uuid
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

import botocore.exceptions
import botocore.session
import botocore.validate
import structlog
from botocore import xform_name

from cognito_grpc.backends import REGION_HEADER, InvalidRegion
from cognito_grpc.engine import imports
from cognito_grpc.engine.tokens import issuer as pool_issuer
from cognito_grpc.interceptors.auth import Refused
from cognito_grpc.settings import split_host_port

log = structlog.get_logger("cognito_grpc.http")

TARGET_PREFIX = "AWSCognitoIdentityProviderService."
JSON_11 = "application/x-amz-json-1.1"
_SIGV4 = "AWS4-HMAC-SHA256"
_SIGV4_REGION = re.compile(r"Credential=[^/,\s]+/\d{8}/([a-z0-9-]+)/")
_AUTH_TIMEOUT = 10.0
IDLE_SECONDS = 60.0
_HOST = re.compile(r"^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")
# The auth layer's refusals, as AWS answers a request it will not take.
_REFUSALS = {"UNAUTHENTICATED": (401, "UnrecognizedClientException"),
             "PERMISSION_DENIED": (403, "AccessDeniedException"),
             "UNAVAILABLE": (503, "ServiceUnavailableException")}


@dataclasses.dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased
    body: bytes
    params: dict[str, str]  # the route pattern's named groups
    query: dict[str, str] = dataclasses.field(default_factory=dict)  # last value of each


@dataclasses.dataclass
class Response:
    status: int
    document: dict | None  # None: an empty body (an upload's answer)
    content_type: str = "application/json"
    headers: dict[str, str] = dataclasses.field(default_factory=dict)


def aws_error(status: int, code: str, message: str) -> Response:
    return Response(status, {"__type": code, "message": message}, JSON_11)


@dataclasses.dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern
    handler: Callable[["HttpApi", Request], Response]


def path(pattern: str) -> re.Pattern:
    """`/{pool_id}/x` → a regex matching the whole path; `{name}` is one path segment."""
    return re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(pattern)) + "$")


def prefix(start: str) -> re.Pattern:
    """Every path under `start`; the rest is the `rest` parameter."""
    return re.compile("^" + re.escape(start) + r"(?P<rest>.*)$")


def _json_default(value):
    if isinstance(value, datetime.datetime):
        return value.timestamp()  # AWS JSON: timestamps as epoch seconds
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode()
    raise TypeError(type(value).__name__)


class HttpApi:
    def __init__(self, backend, authenticator=None, policy=None, method_prefix: str = "",
                 loop: asyncio.AbstractEventLoop | None = None):
        self.backend = backend
        self.authenticator = authenticator
        self.policy = policy
        self.method_prefix = method_prefix  # `/cognito.idp.v1.Service/`: the policy's names
        self.loop = loop
        self.address = "127.0.0.1"  # the listener's, once bound: when a Host is unusable

    # --- the handlers ---------------------------------------------------------------------

    def aws_json(self, request: Request) -> Response:
        target = request.headers.get("x-amz-target", "")
        if not target:
            return aws_error(400, "MissingTargetException", "missing X-Amz-Target header")
        service, _, operation = target.rpartition(".")
        if service + "." != TARGET_PREFIX or not operation:
            return aws_error(400, "UnknownOperationException",
                             f"unknown X-Amz-Target {target!r}")
        if operation not in _model().operation_names:
            return aws_error(400, "UnknownOperationException",
                             f"unknown operation {operation!r}")
        refusal = self.authorize(request, operation)
        if refusal is not None:
            return refusal
        try:
            params = json.loads(request.body or b"{}")
        except (ValueError, UnicodeDecodeError):
            return aws_error(400, "SerializationException", "the body is not valid JSON")
        if not isinstance(params, dict):
            return aws_error(400, "SerializationException", "the body is not a JSON object")
        shape_error = _shape_error(operation, params)
        if shape_error is not None:
            return aws_error(400, "SerializationException", shape_error)
        try:
            region = self.backend.region_for(
                request.headers.get(REGION_HEADER) or _signed_region(request), params)
            client = self.backend.client(region)
            answer = getattr(client, xform_name(operation))(**params)
        except botocore.exceptions.ClientError as error:
            return _answer_of(error)
        except botocore.exceptions.ParamValidationError as error:  # boto3's, other backends
            return aws_error(400, "InvalidParameterException", str(error))
        except InvalidRegion as error:
            return aws_error(400, "InvalidParameterException", f"{error.field}: {error}")
        except NotImplementedError:
            return aws_error(501, "NotImplementedException",
                             f"{operation} is not served by the {self.backend.mode} backend")
        answer.pop("ResponseMetadata", None)
        return Response(200, answer, JSON_11)

    def jwks(self, request: Request) -> Response:
        engine = self.backend.engine
        if engine is None:
            return _not_found("JWKS are served for the embedded backend's pools only")
        try:
            return Response(200, engine.jwks(request.params["pool_id"]))
        except KeyError:
            return _not_found(f"User pool {request.params['pool_id']} does not exist.")

    def openid_configuration(self, request: Request) -> Response:
        pool_id = request.params["pool_id"]
        if self.backend.engine is None:
            return _not_found("openid-configuration is served for the embedded backend only")
        try:
            pool = self.backend.client(self.backend.region_for(None, {"UserPoolId": pool_id})
                                       ).describe_user_pool(UserPoolId=pool_id)["UserPool"]
        except (botocore.exceptions.ClientError, InvalidRegion):
            return _not_found(f"User pool {pool_id} does not exist.")
        host = request.headers.get("host", "")
        if not _HOST.match(host):  # echoed into a document: a plain host[:port] only
            host = self.address
        document = {
            "issuer": pool_issuer(pool_id, pool),
            # here, not at the issuer's amazonaws.com address: that one is real Cognito's
            "jwks_uri": f"http://{host}/{pool_id}/.well-known/jwks.json",
            "id_token_signing_alg_values_supported": ["RS256"],
            "response_types_supported": ["code", "token"],
            "scopes_supported": ["openid", "email", "phone", "profile"],
            "subject_types_supported": ["public"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic",
                                                      "client_secret_post"],
        }
        domain = pool.get("CustomDomain") or (
            f"{pool['Domain']}.auth.{pool_id.split('_')[0]}.amazoncognito.com"
            if pool.get("Domain") else "")
        if domain:  # the hosted endpoints exist only with a domain
            base = f"https://{domain}"
            document.update({
                "authorization_endpoint": f"{base}/oauth2/authorize",
                "end_session_endpoint": f"{base}/logout",
                "revocation_endpoint": f"{base}/oauth2/revoke",
                "token_endpoint": f"{base}/oauth2/token",
                "userinfo_endpoint": f"{base}/oauth2/userInfo"})
        return Response(200, dict(sorted(document.items())))

    def upload_import(self, request: Request) -> Response:
        """A user import job's CSV, PUT to its PreSignedUrl: the URL's secret is the
        credential (as S3's signature is), so --auth does not apply."""
        engine = self.backend.engine
        if engine is None:
            return _not_found("user import jobs are served by the embedded backend only")
        try:
            imports.receive_upload(engine, request.params["rest"], request.body)
        except botocore.exceptions.ClientError as error:
            return _answer_of(error)
        return Response(200, None)

    # --- helpers --------------------------------------------------------------------------

    def authorize(self, request: Request, operation: str) -> Response | None:
        """The gRPC server's verdict for the RPC `operation` (a method name of the service),
        from the HTTP headers: None to go on, else the refusal to answer."""
        if self.authenticator is None:
            return None
        method = self.method_prefix + operation
        if self.policy.is_exempt(method):
            return None
        metadata = _credentials(request.headers, self.authenticator.modes)
        future = asyncio.run_coroutine_threadsafe(
            self.authenticator.authenticate(metadata, None, _AUTH_TIMEOUT), self.loop)
        try:
            identity = future.result(_AUTH_TIMEOUT)
        except Refused as refused:
            status, code = _REFUSALS.get(refused.code.name, (401, "UnrecognizedClientException"))
            return aws_error(status, code, refused.message)
        if identity is None:  # only a client certificate could tell: HTTP has none
            return aws_error(401, "UnrecognizedClientException",
                             "missing credentials: send x-api-key or Authorization: Bearer")
        if not self.policy.allows(identity, method):
            return aws_error(403, "AccessDeniedException",
                             f"permission denied: not allowed to call {method.lstrip('/')}")
        return None


def _answer_of(error: botocore.exceptions.ClientError) -> Response:
    """A backend's (or the engine's) error as AWS answers it: its code, message and status."""
    detail = error.response.get("Error", {})
    status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 400)
    return aws_error(status, detail.get("Code", "Unknown"), detail.get("Message", ""))


def _stopping() -> Response:
    return aws_error(503, "ServiceUnavailableException", "the server is stopping")


def _not_found(message: str) -> Response:
    return Response(404, {"__type": "ResourceNotFoundException", "message": message})


@functools.cache
def _model():
    """cognito-idp's model: its operation names are what X-Amz-Target carries."""
    return botocore.session.get_session().get_service_model("cognito-idp")


# What JSON can carry that the gRPC codec never lets through: the wrong JSON type for a
# member, a member the model lacks. AWS answers those SerializationException; the
# constraints (required, lengths, patterns) are the backend's to check, in Cognito's words.
def _shape_error(operation: str, params: dict) -> str | None:
    report = botocore.validate.ParamValidator().validate(
        params, _model().operation_model(operation).input_shape)
    for error_type, name, details in report._errors:  # noqa: SLF001 - the report's data
        where = name.lstrip(".") or "input"
        if error_type == "unknown field":
            return f"Unknown member {details['unknown_param']!r} in {where}"
        if error_type == "invalid type":  # the value is not quoted: it may be a password
            return f"Invalid type for {where}"
    return None


def _signed_region(request: Request) -> str | None:
    """The region of a SigV4 signature's credential scope (the signature is not checked)."""
    header = request.headers.get("authorization", "")
    if header.startswith(_SIGV4):
        match = _SIGV4_REGION.search(header)
        if match:
            return match.group(1)
    return None


def _credentials(headers: dict[str, str], modes: frozenset[str]) -> list[tuple[str, str]]:
    """The call's credentials as the Authenticator reads gRPC metadata. A SigV4 signature is
    no credential of ours (and is not checked); without --auth jwt, `Authorization: Bearer`
    carries an API key, as --metrics-auth reads it."""
    metadata = []
    if "x-api-key" in headers:
        metadata.append(("x-api-key", headers["x-api-key"]))
    authorization = headers.get("authorization", "")
    if authorization and not authorization.startswith(_SIGV4):
        scheme, _, value = authorization.partition(" ")
        if "jwt" not in modes and scheme.lower() == "bearer" and "x-api-key" not in headers:
            metadata.append(("x-api-key", value.strip()))
        else:
            metadata.append(("authorization", authorization))
    return metadata


# --- the one table of routes --------------------------------------------------------------

ROUTES: tuple[Route, ...] = (
    Route("POST", path("/"), HttpApi.aws_json),  # under --auth and the policy, per operation
    # public, as Cognito's are
    Route("GET", path("/{pool_id}/.well-known/jwks.json"), HttpApi.jwks),
    Route("GET", path("/{pool_id}/.well-known/openid-configuration"),
          HttpApi.openid_configuration),
    # a user import job's PreSignedUrl: its secret token is the credential
    Route("PUT", prefix("/user-import/"), HttpApi.upload_import),
)


def route(method: str, target: str) -> tuple[Route | None, dict[str, str], bool]:
    """The route for a request, its parameters, and whether the path is known at all."""
    known = False
    for candidate in ROUTES:
        match = candidate.pattern.match(target)
        if match:
            known = True
            if candidate.method == method:
                return candidate, match.groupdict(), True
    return None, {}, known


# --- the server ---------------------------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: boto3 and the CLI reuse connections
    timeout = IDLE_SECONDS  # an idle (or stalled) connection gives its thread back
    # headers and body are two writes: with Nagle, the body waits for the client's delayed
    # ACK (40 ms a call on Linux)
    disable_nagle_algorithm = True
    server: "_Server"

    def do_GET(self):
        self._serve()

    def do_POST(self):
        self._serve()

    def do_PUT(self):
        self._serve()

    def do_DELETE(self):
        self._serve()

    _entered = False  # this request counts as in flight (from its `Expect: 100-continue`)

    def handle_expect_100(self) -> bool:
        """A request that asks to continue is in flight from here: once it has its 100, a
        stop lets it finish."""
        if not self.server.enter():
            self._send(_stopping(), str(uuid.uuid4()))
            self.close_connection = True
            return False
        self._entered = True
        return super().handle_expect_100()

    def _serve(self):
        request_id = str(uuid.uuid4())
        if not (self._entered or self.server.enter()):
            self.close_connection = True
            response = _stopping()
        else:
            try:
                response = self._answer()
            finally:
                self._entered = False
                self.server.leave()
        self._send(response, request_id)

    def _answer(self) -> Response:
        try:
            return self._respond()
        except Exception as error:  # noqa: BLE001 - never a dropped connection
            log.error("http request failed", error=type(error).__name__, path=self.path)
            return aws_error(500, "InternalErrorException", "internal error")

    def _send(self, response: Response, request_id: str) -> None:
        body = b"" if response.document is None else json.dumps(
            response.document, default=_json_default, separators=(",", ":")).encode()
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-amzn-RequestId", request_id)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _respond(self) -> Response:
        target, _, query = self.path.partition("?")
        found, params, known = route(self.command, target)
        if found is None:
            self.close_connection = True  # its body, if any, is unread
            if known:
                return aws_error(405, "MethodNotAllowedException",
                                 f"{self.command} is not allowed on {target}")
            return _not_found(f"no route for {self.command} {target}")
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            return aws_error(411, "LengthRequiredException", "send Content-Length")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            return aws_error(400, "SerializationException", "invalid Content-Length")
        if length > self.server.max_body:
            self.close_connection = True  # never read
            return aws_error(413, "RequestEntityTooLargeException",
                             f"the body is larger than {self.server.max_body} bytes "
                             "(--max-message-bytes)")
        body = self.rfile.read(length) if length else b""
        headers = {name.lower(): value for name, value in self.headers.items()}
        request = Request(self.command, target, headers, body, params,
                          dict(urllib.parse.parse_qsl(query)))
        return found.handler(self.server.api, request)

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass  # one structlog line per request instead, below

    def log_request(self, code="-", size="-"):
        # the path and the operation only: headers carry credentials, bodies secrets
        target = (self.headers.get("X-Amz-Target") or "") if self.headers else ""
        log.info("http", method=self.command, path=self.path.split("?", 1)[0],
                 operation=target.rpartition(".")[2][:64],
                 status=int(code) if isinstance(code, (int, HTTPStatus)) else code)


class _Server(ThreadingHTTPServer):
    # an idle keep-alive connection's thread must not hold the exit up; stop() waits for
    # the requests in flight instead
    daemon_threads = True

    def __init__(self, address, api: HttpApi, max_body: int, max_connections: int):
        self.api = api
        self.max_body = max_body
        # a thread per connection: bounded, as --max-concurrency bounds the gRPC calls
        self._connections = threading.BoundedSemaphore(max_connections)
        self._busy = 0
        self._closing = False
        self._idle = threading.Condition()
        super().__init__(address, _Handler)

    def process_request(self, request, client_address):
        if not self._connections.acquire(blocking=False):
            self.shutdown_request(request)  # too many open: closed at once
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._connections.release()
            raise

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._connections.release()

    def enter(self) -> bool:
        with self._idle:
            if self._closing:
                return False
            self._busy += 1
            return True

    def leave(self) -> None:
        with self._idle:
            self._busy -= 1
            self._idle.notify_all()

    def drain(self, timeout: float) -> bool:
        """Refuses new requests; True once none is in flight (within `timeout`)."""
        with self._idle:
            self._closing = True
            return self._idle.wait_for(lambda: self._busy == 0, timeout)


class HttpListener:
    """The listener, in threads of its own, from `start()` to `stop()`."""

    def __init__(self, address: str, api: HttpApi, max_body: int, max_connections: int = 256):
        host, port = split_host_port(address, "--http-listen")
        self._server = _Server((host, port), api, max_body, max_connections)
        self.port = self._server.server_port
        api.address = f"[{host}]:{self.port}" if ":" in host else f"{host}:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="http",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, grace: float) -> None:
        """Stops taking connections and requests, then waits up to `grace` seconds for those
        in flight (blocking)."""
        self._server.shutdown()
        self._server.server_close()
        if not self._server.drain(grace):
            log.warning("http requests still in flight at the end of the grace")
