"""One structlog line per RPC; the x-request-id is echoed back in the trailing metadata.

Fields: event, rpc_method, grpc_code, duration_ms, request_id, principal, aws_request_id,
aws_error_code (and, with --log-payloads, redacted request and response bodies). Sensitive
fields and credential headers never reach a log: bodies are redacted by the proto's
sensitive option, and error text and tracebacks are scrubbed of every sensitive value the
call carried.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import sys
import time
import traceback

import grpc
import structlog

from cognito_grpc import calls, redact
from cognito_grpc.interceptors import HEALTH_SERVICE, WrappingInterceptor, service_of

log = structlog.get_logger("cognito_grpc.rpc")


def configure(level: str = "info", fmt: str = "json", stream=None,
              worker: int | None = None) -> None:
    """Our structlog lines and our dependencies' stdlib logs, to one JSON or console stream.

    structlog writes straight to the stream through a level-filtering logger: a filtered-out
    line (a health check at info level) costs nothing, and an RPC line skips stdlib logging.
    Under --workers every line carries `worker`: 1..N for a worker, 0 for the supervisor.
    """
    stream = stream or sys.stderr
    renderer = (structlog.processors.JSONRenderer() if fmt == "json"
                else structlog.dev.ConsoleRenderer(colors=False))
    stamps = [structlog.processors.add_log_level,
              structlog.processors.TimeStamper(fmt="iso", utc=True)]
    if worker is not None:
        stamps.append(functools.partial(_add_worker, worker))
    level_number = logging.getLevelName(level.upper())
    structlog.configure(
        processors=[structlog.contextvars.merge_contextvars, *stamps, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(level_number),
        logger_factory=structlog.WriteLoggerFactory(file=stream),
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(stream)
    handler.setFormatter(structlog.stdlib.ProcessorFormatter(
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        foreign_pre_chain=[structlog.stdlib.ExtraAdder(), *stamps]))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level_number)
    for noisy in ("botocore", "urllib3", "werkzeug"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))


def _add_worker(worker: int, _logger, _name, event: dict) -> dict:
    event.setdefault("worker", worker)
    return event


class LoggingInterceptor(WrappingInterceptor):
    def __init__(self, log_payloads: bool = False):
        super().__init__()
        self.log_payloads = log_payloads

    def _begin(self, method: str, context) -> tuple[calls.Call, object]:
        metadata = context.invocation_metadata()
        call = calls.Call(method=method, request_id=calls.request_id_from(metadata))
        return call, calls.current.set(call)

    def unary(self, behavior, method):
        async def logged(request, context):
            call, token = self._begin(method, context)
            started = time.perf_counter()
            try:
                response = await behavior(request, context)
                call.response = response
                context.set_trailing_metadata(call.response_metadata())
                return response
            except asyncio.CancelledError:
                call.code = calls.cancelled_code(context)
                raise
            except BaseException as error:
                _note_failure(call, error)
                raise
            finally:
                self._log_soon(call, request, started)
                calls.current.reset(token)
        return logged

    def stream(self, behavior, method):
        async def logged(request, context):
            call, token = self._begin(method, context)
            started = time.perf_counter()
            pages = 0
            try:
                async for response in behavior(request, context):
                    pages += 1
                    yield response
                context.set_trailing_metadata(call.response_metadata())
            except (asyncio.CancelledError, GeneratorExit):
                call.code = calls.cancelled_code(context)
                raise
            except BaseException as error:
                _note_failure(call, error)
                raise
            finally:
                self._log_soon(call, request, started, messages=pages)
                # a stream the client cancelled is closed by another task, in another context,
                # where there is nothing to restore (and reset would raise)
                with contextlib.suppress(ValueError):
                    calls.current.reset(token)
        return logged

    def _log_soon(self, call: calls.Call, request, started: float, **extra) -> None:
        """Logs once the handler has returned: rendering the line is off the response's path."""
        duration_ms = round((time.perf_counter() - started) * 1000, 3)
        asyncio.get_running_loop().call_soon(
            functools.partial(self._log, call, request, duration_ms, **extra))

    def _log(self, call: calls.Call, request, duration_ms: float, **extra) -> None:
        fields = {
            "rpc_method": call.method,
            "grpc_code": call.code.name,
            "duration_ms": duration_ms,
            "request_id": call.request_id,
            "principal": call.principal,
            "aws_request_id": call.aws_request_id,
            "aws_error_code": call.aws_error_code,
            **extra,
        }
        secrets = None
        if call.error is not None:
            secrets = redact.sensitive_values(request) | redact.sensitive_values(call.response)
            fields["error"] = redact.scrub(str(call.error), secrets)
            if call.code is grpc.StatusCode.INTERNAL:
                text = "".join(traceback.format_exception(call.error))
                fields["traceback"] = redact.scrub(text, secrets)
        if self.log_payloads and hasattr(request, "DESCRIPTOR"):
            fields["request"] = redact.redacted(request)
            if call.response is not None:
                fields["response"] = redact.redacted(call.response)
        quiet = service_of(call.method) == HEALTH_SERVICE and call.code is grpc.StatusCode.OK
        level = logging.DEBUG if quiet else logging.INFO
        if call.code is grpc.StatusCode.INTERNAL:
            level = logging.ERROR
        log.log(level, "rpc", **fields)


def _note_failure(call: calls.Call, error: BaseException) -> None:
    """An exception the service did not turn into a status itself (grpc makes it UNKNOWN)."""
    if call.code is grpc.StatusCode.OK:
        call.code = grpc.StatusCode.UNKNOWN
    if call.error is None and not isinstance(error, grpc.aio.AbortError):
        call.error = error
