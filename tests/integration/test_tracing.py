"""OpenTelemetry traces: the spans of one call reach an OTLP collector, parented to the
caller's traceparent; the backend call has its span, with the operation, region and AWS
request id; nothing is traced unless asked."""

from __future__ import annotations

import secrets

import grpc
import pytest
from cognito.idp.v1 import messages_pb2, service_pb2_grpc
from opentelemetry.proto.trace.v1 import trace_pb2

from cognito_grpc import settings as config
from cognito_grpc import tracing
from tests.conftest import SERVICE, ServerProcess, eventually
from tests.support import OtlpCollector, span_attributes

# Spans leave in batches; a short delay keeps the test quick.
QUICK_EXPORT = {"OTEL_BSP_SCHEDULE_DELAY": "50"}
BACKEND_SPAN = "Cognito Identity Provider.AdminGetUser"  # botocore instrumentation's name


@pytest.fixture(scope="module")
def collector():
    with OtlpCollector() as running:
        yield running


def traceparent() -> tuple[str, str, tuple]:
    trace_id, parent_id = secrets.token_hex(16), secrets.token_hex(8)
    return trace_id, parent_id, (("traceparent", f"00-{trace_id}-{parent_id}-01"),)


def spans_of(collector, trace_id: str, count: int) -> list:
    def arrived():
        spans = collector.of_trace(trace_id)
        assert len(spans) >= count, f"{len(spans)} of {count} spans arrived"
        return spans
    return eventually(arrived, timeout=15)


def user_pool(stub) -> str:
    pool = stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="traced")).user_pool
    stub.AdminCreateUser(messages_pb2.AdminCreateUserRequest(user_pool_id=pool.id,
                                                             username="alice"))
    return pool.id


def check_one_call(collector, server: ServerProcess) -> None:
    with grpc.insecure_channel(server.address) as channel:
        stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
        pool = user_pool(stub)
        trace_id, parent_id, metadata = traceparent()
        _, call = stub.AdminGetUser.with_call(
            messages_pb2.AdminGetUserRequest(user_pool_id=pool, username="alice"),
            metadata=metadata, timeout=10)
    aws_request_id = dict(call.trailing_metadata())["x-amzn-requestid"]

    spans = spans_of(collector, trace_id, 2)
    assert len(spans) == 2, [s.name for s in spans]
    rpc = next(s for s in spans if s.kind == trace_pb2.Span.SPAN_KIND_SERVER)
    backend = next(s for s in spans if s.kind == trace_pb2.Span.SPAN_KIND_CLIENT)

    assert rpc.name == f"/{SERVICE}/AdminGetUser"
    assert rpc.parent_span_id == bytes.fromhex(parent_id)  # the caller's span
    assert span_attributes(rpc)[tracing.OPERATION] == "AdminGetUser"
    assert span_attributes(rpc)[tracing.REGION] == "us-east-1"
    assert span_attributes(rpc)[tracing.REQUEST_ID] == aws_request_id

    assert backend.name == BACKEND_SPAN
    assert backend.parent_span_id == rpc.span_id
    attributes = span_attributes(backend)
    assert attributes["rpc.method"] == "AdminGetUser"
    assert attributes[tracing.REGION] == "us-east-1"
    assert attributes[tracing.REQUEST_ID] == aws_request_id

    resource = next(r for r, s in collector.spans if s.trace_id == rpc.trace_id)
    assert resource["service.name"] == "cognito-grpc"
    # health checks, reflection and the backend probe are never traced
    names = {s.name for _, s in collector.spans}
    assert not {n for n in names if "grpc.health" in n or "Reflection" in n}
    probes = [s for _, s in collector.spans if s.name.endswith(".ListUserPools")]
    assert not probes


def test_one_call_is_traced_under_the_callers_traceparent(collector):
    server = ServerProcess("--otlp-endpoint", collector.url, env=QUICK_EXPORT)
    try:
        check_one_call(collector, server)
    finally:
        assert server.stop() == 0


def test_the_standard_otlp_variable_turns_tracing_on(collector):
    server = ServerProcess(env={**QUICK_EXPORT, "OTEL_EXPORTER_OTLP_ENDPOINT": collector.url})
    try:
        check_one_call(collector, server)
    finally:
        assert server.stop() == 0


def test_a_failed_call_has_its_status_code_and_the_aws_request_id(collector):
    server = ServerProcess("--otlp-endpoint", collector.url, env=QUICK_EXPORT)
    try:
        trace_id, parent_id, metadata = traceparent()
        with grpc.insecure_channel(server.address) as channel:
            stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(channel)
            with pytest.raises(grpc.RpcError) as raised:
                stub.AdminGetUser(messages_pb2.AdminGetUserRequest(
                    user_pool_id="us-east-1_nope", username="ghost"), metadata=metadata,
                    timeout=10)
        assert raised.value.code() is grpc.StatusCode.NOT_FOUND
        spans = spans_of(collector, trace_id, 2)
        rpc = next(s for s in spans if s.kind == trace_pb2.Span.SPAN_KIND_SERVER)
        backend = next(s for s in spans if s.kind == trace_pb2.Span.SPAN_KIND_CLIENT)
        assert rpc.parent_span_id == bytes.fromhex(parent_id)
        # OpenTelemetry's gRPC conventions: NOT_FOUND is the caller's error, not the server's
        assert rpc.status.code == trace_pb2.Status.STATUS_CODE_UNSET
        assert span_attributes(rpc)["rpc.grpc.status_code"] == grpc.StatusCode.NOT_FOUND.value[0]
        assert span_attributes(backend)["http.status_code"] == 400
        assert span_attributes(backend)[tracing.REQUEST_ID] == \
            span_attributes(rpc)[tracing.REQUEST_ID] != ""
    finally:
        assert server.stop() == 0


@pytest.mark.parametrize("environ, settings, expected", [
    ({}, {}, None),
    ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4317"}, {}, "http://127.0.0.1:4317"),
    ({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://127.0.0.1:1"}, {}, "http://127.0.0.1:1"),
    ({}, {"otlp_endpoint": "http://127.0.0.1:2"}, "http://127.0.0.1:2"),
    ({"OTEL_SDK_DISABLED": "true"}, {"otlp_endpoint": "http://127.0.0.1:2"}, None),
])
def test_tracing_is_on_only_when_an_endpoint_is_given(environ, settings, expected):
    assert tracing.endpoint(config.Settings(**settings), environ) == expected


def test_nothing_is_traced_by_default(monkeypatch):
    for name in (*tracing.ENDPOINT_VARIABLES, "OTEL_SDK_DISABLED"):
        monkeypatch.delenv(name, raising=False)
    assert tracing.from_settings(config.Settings(), "0") is tracing.OFF
    assert tracing.OFF.interceptor() is None


def test_a_backend_that_is_not_botocore_gets_its_span_at_the_service_seam(collector):
    """Our own engine answers without botocore: the service makes the span botocore's
    instrumentation would have made, with the same name and attributes."""
    from botocore.exceptions import ClientError

    from cognito_grpc.service import CognitoService, methods

    class Engine:  # a boto3-client-shaped door that is not a botocore client
        def admin_get_user(self, **params):
            return {"Username": params["Username"], "ResponseMetadata": {"RequestId": "r-1"}}

        def admin_delete_user(self, **params):
            raise ClientError({"Error": {"Code": "UserNotFoundException", "Message": "no"},
                               "ResponseMetadata": {"RequestId": "r-2"}}, "AdminDeleteUser")

    traces = tracing.OtlpTracing(collector.url, "test")
    trace_id, _, _ = traceparent()
    try:
        service = CognitoService(backend=None, executor=None, traces=traces)
        by_name = {m.name: m for m in methods()}
        engine = Engine()
        from opentelemetry import trace
        from opentelemetry.trace import NonRecordingSpan, SpanContext, TraceFlags

        caller = SpanContext(int(trace_id, 16), 1, is_remote=True,
                             trace_flags=TraceFlags(TraceFlags.SAMPLED))
        with trace.use_span(NonRecordingSpan(caller)):
            answer = service._invoke(by_name["AdminGetUser"], ("eu-west-1", engine),
                                     engine.admin_get_user, UserPoolId="eu-west-1_x",
                                     Username="alice")
            with pytest.raises(ClientError):
                service._invoke(by_name["AdminDeleteUser"], ("eu-west-1", engine),
                                engine.admin_delete_user, UserPoolId="eu-west-1_x",
                                Username="ghost")
        assert answer["Username"] == "alice"
        # a botocore client: botocore's instrumentation makes the span, the seam none
        import botocore.session

        client = botocore.session.get_session().create_client(
            "cognito-idp", region_name="eu-west-1", aws_access_key_id="x",
            aws_secret_access_key="x")
        with traces.backend_span("AdminGetUser", "eu-west-1", client) as span:
            assert span is None
    finally:
        traces.shutdown()
    spans = {s.name: s for s in spans_of(collector, trace_id, 2)}
    got = spans["Cognito Identity Provider.AdminGetUser"]
    assert got.kind == trace_pb2.Span.SPAN_KIND_CLIENT
    assert span_attributes(got) == {"rpc.system": "aws-api",
                                    "rpc.service": "Cognito Identity Provider",
                                    "rpc.method": "AdminGetUser", "cloud.region": "eu-west-1",
                                    "aws.request_id": "r-1"}
    failed = spans["Cognito Identity Provider.AdminDeleteUser"]
    assert failed.status.code == trace_pb2.Status.STATUS_CODE_ERROR
    assert span_attributes(failed)["aws.request_id"] == "r-2"
