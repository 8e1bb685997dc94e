"""OpenTelemetry traces: a span per RPC and per backend call, exported over OTLP/gRPC.

Off unless --otlp-endpoint or the standard OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT is set; off,
nothing is instrumented and the call path does no tracing work at all.

- RPC spans: opentelemetry-instrumentation-grpc's aio server interceptor, which continues the
  caller's `traceparent` (health and reflection are left out, as in the metrics).
- Backend spans: opentelemetry-instrumentation-botocore for every botocore client (moto, aws,
  endpoint). A backend that is not a botocore client (our own engine) gets the same span, with
  the same name and attributes, from `backend_span` at the service's backend seam; a botocore
  client gets none there, so no call is traced twice.
- The RPC span also carries the AWS operation, region and request id.
"""

from __future__ import annotations

import contextlib
import os
from typing import Iterator

from botocore.client import BaseClient

SERVICE_ID = "Cognito Identity Provider"  # botocore's service_id: its span names start so
ENDPOINT_VARIABLES = ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT")
# Attribute names as opentelemetry-instrumentation-botocore sets them.
RPC_SYSTEM, RPC_SERVICE, RPC_METHOD = "rpc.system", "rpc.service", "rpc.method"
REGION, REQUEST_ID = "cloud.region", "aws.request_id"
OPERATION = "cognito.operation"  # on the RPC span: the AWS operation the RPC ran


def endpoint(settings, environ=os.environ) -> str | None:
    """Where traces go, or None for no tracing."""
    if environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return None
    if settings.otlp_endpoint:
        return settings.otlp_endpoint
    return next((environ[name] for name in ENDPOINT_VARIABLES if environ.get(name)), None)


def request_id_of(answer) -> str:
    """The AWS request id of a response dict or a botocore ClientError, else ""."""
    response = getattr(answer, "response", answer)
    if not isinstance(response, dict):
        return ""
    return response.get("ResponseMetadata", {}).get("RequestId", "") or ""


class Tracing:
    """Tracing switched off: every hook is a no-op."""

    enabled = False

    def interceptor(self):
        return None

    @contextlib.contextmanager
    def backend_span(self, operation: str, region: str, client) -> Iterator[None]:
        yield None

    def answered(self, span, answer) -> None:
        """`answer` (a response dict or a ClientError) came back in `backend_span`'s span."""

    def note_rpc(self, operation: str, region: str, request_id: str) -> None:
        pass

    @contextlib.contextmanager
    def suppressed(self) -> Iterator[None]:
        yield

    def shutdown(self) -> None:
        pass


OFF = Tracing()


class OtlpTracing(Tracing):
    """A tracer provider of its own exporting to `endpoint`, the grpc interceptor, and
    botocore's instrumentation for as long as the server runs."""

    enabled = True

    def __init__(self, endpoint_url: str, service_version: str):
        from opentelemetry import trace
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
        from opentelemetry.instrumentation.botocore import BotocoreInstrumentor
        from opentelemetry.sdk.resources import SERVICE_NAME, SERVICE_VERSION, Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor

        self._trace = trace
        attributes = {SERVICE_VERSION: service_version}
        if not os.environ.get("OTEL_SERVICE_NAME"):
            attributes[SERVICE_NAME] = "cognito-grpc"
        self.provider = TracerProvider(resource=Resource.create(attributes))
        self.provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint_url)))
        self.tracer = self.provider.get_tracer(__name__)
        self._botocore = BotocoreInstrumentor()
        self._botocore.instrument(tracer_provider=self.provider)

    def interceptor(self):
        from opentelemetry.instrumentation.grpc import aio_server_interceptor, filters

        from cognito_grpc.interceptors import HEALTH_SERVICE, REFLECTION_SERVICES

        left_out = filters.any_of(*(filters.service_name(name)
                                    for name in (HEALTH_SERVICE, *REFLECTION_SERVICES)))
        return aio_server_interceptor(tracer_provider=self.provider,
                                      filter_=filters.negate(left_out))

    @contextlib.contextmanager
    def backend_span(self, operation: str, region: str, client):
        if isinstance(client, BaseClient):  # botocore's instrumentation makes this span
            yield None
            return
        attributes = {RPC_SYSTEM: "aws-api", RPC_SERVICE: SERVICE_ID, RPC_METHOD: operation,
                      REGION: region}
        with self.tracer.start_as_current_span(f"{SERVICE_ID}.{operation}",
                                               kind=self._trace.SpanKind.CLIENT,
                                               attributes=attributes) as span:
            yield span

    def answered(self, span, answer) -> None:
        if span is None:
            return
        request_id = request_id_of(answer)
        if request_id:
            span.set_attribute(REQUEST_ID, request_id)
        response = getattr(answer, "response", answer)  # a ClientError carries its response
        status = response.get("ResponseMetadata", {}).get("HTTPStatusCode") \
            if isinstance(response, dict) else None
        if status is not None:  # as botocore's instrumentation records it
            span.set_attribute("http.status_code", status)

    def note_rpc(self, operation: str, region: str, request_id: str) -> None:
        span = self._trace.get_current_span()
        if span.is_recording():
            span.set_attribute(OPERATION, operation)
            if region:
                span.set_attribute(REGION, region)
            if request_id:
                span.set_attribute(REQUEST_ID, request_id)

    @contextlib.contextmanager
    def suppressed(self):
        from opentelemetry.instrumentation.utils import suppress_instrumentation

        with suppress_instrumentation():
            yield

    def shutdown(self) -> None:
        self._botocore.uninstrument()
        self.provider.shutdown()  # exports what is still queued


def from_settings(settings, service_version: str) -> Tracing:
    url = endpoint(settings)
    return OFF if url is None else OtlpTracing(url, service_version)
