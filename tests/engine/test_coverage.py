"""The README's coverage table tells the truth: a real embedded server answers UNIMPLEMENTED
exactly for the operations the table marks "no" (the engine answers that before it looks at
the input; moto's column cannot be probed so, as botocore checks the input before moto sees
it)."""

from __future__ import annotations

import grpc
from google.protobuf import message_factory

from cognito_grpc import coverage
from cognito_grpc.service import SERVICE_DESCRIPTOR, SERVICE_NAME
from tests.conftest import ServerProcess

# The RPC of each operation (the <Op>Stream RPCs of paginated operations go with their op).
RPCS = {m.name: m for m in SERVICE_DESCRIPTOR.methods if not m.name.endswith("Stream")}


def unimplemented(channel, operation: str) -> bool:
    method = RPCS[operation]
    request = message_factory.GetMessageClass(method.input_type)()
    call = channel.unary_unary(f"/{SERVICE_NAME}/{operation}",
                               request_serializer=type(request).SerializeToString,
                               response_deserializer=lambda data: data)
    try:
        call(request, timeout=20)
    except grpc.RpcError as error:
        return error.code() is grpc.StatusCode.UNIMPLEMENTED
    return False


def test_every_operation_has_an_rpc():
    assert set(coverage.operations()) == set(RPCS)


def test_the_table_is_what_the_server_answers():
    backend = "embedded"
    server = ServerProcess("--backend", backend)
    try:
        with grpc.insecure_channel(server.address) as channel:
            answered = {op for op in coverage.operations() if not unimplemented(channel, op)}
    finally:
        server.stop()
    assert answered == coverage.served(backend), (
        f"served but marked no: {sorted(answered - coverage.served(backend))}; "
        f"marked yes but UNIMPLEMENTED: {sorted(coverage.served(backend) - answered)}")


def test_the_engine_serves_every_operation():
    assert coverage.served("embedded") == set(coverage.operations())
