"""One kind of call: the RPC by name, and its request built from grpcurl-style JSON.

The body is the JSON grpcurl's `-d` takes: AWS member names (the protos' json_name) or the
proto field names, enum values by their proto names. Templates in it are filled for every
call:

    {{seq}}     the call's number, from 0, unique across every client process
    {{uuid}}    a random UUID
    {{worker}}  the client process's number, from 0
"""

from __future__ import annotations

import dataclasses
import re
import uuid

from google.protobuf import descriptor_pool, json_format, message_factory

DEFAULT_SERVICE = "cognito.idp.v1.CognitoIdentityProviderService"
TEMPLATE = re.compile(r"\{\{\s*([A-Za-z_]+)\s*\}\}")
FIELDS = ("seq", "uuid", "worker")


class CallError(ValueError):
    """A call that cannot be built: the RPC, the body or a template; one line for the user."""


def _load_descriptors() -> None:
    """Every service this server answers, in the default descriptor pool."""
    from cognito.idp.v1 import service_pb2  # noqa: F401
    from cognito.tokens.v1 import token_verifier_pb2  # noqa: F401
    from grpc_health.v1 import health_pb2  # noqa: F401


def find_method(rpc: str):
    """`AdminGetUser`, `Service/Method` or `Service.Method` (as grpcurl takes it)."""
    _load_descriptors()
    pool = descriptor_pool.Default()
    if "/" in rpc:
        service_name, _, method_name = rpc.lstrip("/").rpartition("/")
    elif "." in rpc:
        service_name, _, method_name = rpc.rpartition(".")
    else:
        service_name, method_name = DEFAULT_SERVICE, rpc
    try:
        service = pool.FindServiceByName(service_name)
    except KeyError:
        raise CallError(f"{rpc}: no service {service_name!r}") from None
    method = service.methods_by_name.get(method_name)
    if method is None:
        raise CallError(f"{rpc}: {service_name} has no method {method_name!r}")
    if method.client_streaming or method.server_streaming:
        raise CallError(f"{rpc}: only unary RPCs can be load-tested")
    return method


@dataclasses.dataclass
class Call:
    """What one call sends: the method's path and the request's bytes for a call number."""
    name: str  # the method name, as the summary shows it
    path: str
    body: str
    message_class: type
    metadata: tuple[tuple[str, str], ...] = ()
    _fixed: bytes | None = None

    @classmethod
    def build(cls, rpc: str, body: str = "{}", metadata=()) -> "Call":
        method = find_method(rpc)
        unknown = sorted({name for name in TEMPLATE.findall(body) if name not in FIELDS})
        if unknown:
            raise CallError(f"{method.name}: unknown template {{{{{unknown[0]}}}}} "
                            f"(known: {', '.join(FIELDS)})")
        call = cls(method.name, f"/{method.containing_service.full_name}/{method.name}",
                   body or "{}", message_factory.GetMessageClass(method.input_type),
                   tuple(metadata))
        first = call.request(0, 0)  # a body that does not parse fails here, not in the run
        if not TEMPLATE.search(call.body):
            call._fixed = first
        return call

    def request(self, seq: int, worker: int) -> bytes:
        if self._fixed is not None:
            return self._fixed
        values = {"seq": str(seq), "worker": str(worker)}
        text = TEMPLATE.sub(lambda m: values[m.group(1)] if m.group(1) in values
                            else str(uuid.uuid4()), self.body)
        try:
            return json_format.Parse(text, self.message_class()).SerializeToString()
        except json_format.ParseError as error:
            raise CallError(f"{self.name}: the body is not a {self.message_class.__name__}: "
                            f"{error}") from None


def parse_headers(headers: list[str]) -> tuple[tuple[str, str], ...]:
    """grpcurl's `-H 'name: value'`."""
    parsed = []
    for header in headers:
        name, sep, value = header.partition(":")
        if not sep or not name.strip():
            raise CallError(f"-H {header!r}: not 'name: value'")
        parsed.append((name.strip().lower(), value.strip()))
    return tuple(parsed)
