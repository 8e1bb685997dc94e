"""One generic handler per RPC of CognitoIdentityProviderService, built from its descriptor.

decode (codec) → the boto3 client's operation in a bounded executor → encode (codec).
No RPC has code of its own.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import dataclasses
import time
from typing import Callable

import botocore.exceptions
import grpc
from botocore import xform_name
from cognito.idp.v1 import options_pb2, service_pb2
from google.protobuf import message_factory

from cognito_grpc import calls, errors, redact, tracing
from cognito_grpc.backends import REGION_HEADER, Backend, InvalidRegion, call_deadline, call_drain
from cognito_grpc.inline import WouldWait, no_waiting
from cognito_grpc_client import empties
from cognito_grpc_client.codec import CodecError, from_aws, to_aws

SERVICE_DESCRIPTOR = service_pb2.DESCRIPTOR.services_by_name["CognitoIdentityProviderService"]
SERVICE_NAME = SERVICE_DESCRIPTOR.full_name

# Called after every backend call: (operation, seconds, AWS error code or "").
BackendObserver = Callable[[str, float, str], None]


def _settle(future: asyncio.Future, result, error: BaseException | None) -> None:
    if not future.done():  # the caller may have gone (deadline, cancellation)
        if error is None:
            future.set_result(result)
        else:
            future.set_exception(error)


@dataclasses.dataclass(frozen=True)
class Method:
    name: str
    operation: str
    boto_name: str
    request_class: type
    response_class: type
    streaming: bool


def methods() -> list[Method]:
    found = []
    for method in SERVICE_DESCRIPTOR.methods:
        operation = method.GetOptions().Extensions[options_pb2.operation]
        found.append(Method(
            name=method.name, operation=operation, boto_name=xform_name(operation),
            request_class=message_factory.GetMessageClass(method.input_type),
            response_class=message_factory.GetMessageClass(method.output_type),
            streaming=method.server_streaming))
    return found


class CognitoService:
    def __init__(self, backend: Backend, executor: concurrent.futures.Executor,
                 observe_backend: BackendObserver | None = None,
                 max_message_bytes: int | None = None, drain=None,
                 traces: tracing.Tracing = tracing.OFF):
        self.backend = backend
        self.executor = executor
        self.observe_backend = observe_backend or (lambda *_: None)
        self.max_message_bytes = max_message_bytes
        self.traces = traces
        self.drain = drain  # interceptors.drain.Drain: says when calls may no longer start
        # backend steps awaited now, each with whether its thread has begun it
        self._waiting: dict[asyncio.Future, list[bool]] = {}

    def refuse_waiting(self) -> None:
        """Ends every call still waiting for the backend with UNAVAILABLE (the grace is out):
        the server answers them itself rather than leave grpc to cancel them."""
        for future, started in list(self._waiting.items()):
            _settle(future, None, errors.ShuttingDown(reached_backend=started[0]))

    def _response(self, method: Method, answer: dict):
        """The response message; one grpc could not send is refused here, where the log and
        the caller learn why (grpc would fail it after the handler, as it sends)."""
        message = from_aws(method.response_class, answer)
        if self.max_message_bytes is not None:
            size = message.ByteSize()
            if size > self.max_message_bytes:
                raise errors.ResponseTooLarge(size, self.max_message_bytes)
        return message

    def generic_handler(self) -> grpc.GenericRpcHandler:
        handlers = {}
        for method in methods():
            if method.streaming:
                handlers[method.name] = grpc.unary_stream_rpc_method_handler(
                    self._streaming(method), calls.lenient(method.request_class),
                    method.response_class.SerializeToString)
            else:
                handlers[method.name] = grpc.unary_unary_rpc_method_handler(
                    self._unary(method), calls.lenient(method.request_class),
                    method.response_class.SerializeToString)
        return grpc.method_handlers_generic_handler(SERVICE_NAME, handlers)

    # --- the call path --------------------------------------------------------------------

    def _invoke(self, method: Method, target: tuple[str, object], fn, *args, **kwargs):
        """Runs one backend step (a call or a page) in an executor thread, observed and
        traced; `target` is the (region, client) it goes to."""
        started = time.perf_counter()
        aws_code = ""
        with self.traces.backend_span(method.operation, *target) as span:
            try:
                answer = fn(*args, **kwargs)
                self.traces.answered(span, answer)
                return answer
            except botocore.exceptions.ClientError as error:
                aws_code = error.response.get("Error", {}).get("Code", "Unknown")
                self.traces.answered(span, error)
                raise
            except NotImplementedError:
                aws_code = "NotImplemented"
                raise errors.BackendUnimplemented(method.operation, self.backend.mode) from None
            except WouldWait:
                aws_code = None  # not an answer: the call runs again in a thread
                raise
            finally:
                if aws_code is not None:
                    self.observe_backend(method.operation, time.perf_counter() - started,
                                         aws_code)

    def _prepare(self, request, context):
        """The boto3 parameters, and the (region, client) of the call."""
        if isinstance(request, calls.UndecodableRequest):
            raise CodecError("(request)", f"not a valid {request.message_name} message")
        params = to_aws(request)
        try:
            empties.restore(request.DESCRIPTOR, params,
                            empties.decode(context.invocation_metadata()))
        except empties.CarrierError as error:
            raise CodecError(empties.HEADER, str(error)) from None
        region = self.backend.region_for(
            calls.metadata_value(context.invocation_metadata(), REGION_HEADER), params)
        return params, (region, self.backend.client(region))

    async def _run(self, method: Method, target: tuple[str, object], fn, *args,
                   deadline: float | None, **kwargs):
        """`fn` in the bounded executor, its result handed straight back to this loop (one
        call_soon_threadsafe: lighter than chaining a concurrent future into an asyncio one)."""
        token, drain_token = call_deadline.set(deadline), call_drain.set(self.drain)
        try:
            context = contextvars.copy_context()
        finally:
            call_deadline.reset(token)
            call_drain.reset(drain_token)
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        started = [False]
        drain = self.drain

        def work():
            try:
                if drain is not None and drain.refusing():
                    raise errors.ShuttingDown()  # whatever the backend: it is never touched
                started[0] = True
                result = context.run(self._invoke, method, target, fn, *args, **kwargs)
            except BaseException as error:  # handed to the awaiting coroutine
                loop.call_soon_threadsafe(_settle, future, None, error)
            else:
                loop.call_soon_threadsafe(_settle, future, result, None)

        self._waiting[future] = started
        try:
            self.executor.submit(work)
            if deadline is None:
                return await future
            try:
                async with asyncio.timeout(max(0.0, deadline - time.monotonic())):
                    return await future
            except TimeoutError:
                raise errors.DeadlinePassed() from None
        finally:
            del self._waiting[future]

    def _inline(self, method: Method, target: tuple[str, object], fn, *args,
                deadline: float | None, **kwargs):
        """`fn` right here on the event loop: for a backend's calls that take a millisecond
        or less, where the hop to a thread and back would cost more than the call. Under
        no_waiting, a call that would wait for a lock raises WouldWait before it has
        written anything, and _unary runs it in a thread instead."""
        if self.drain is not None and self.drain.refusing():
            raise errors.ShuttingDown()  # as _run: a drained call never reaches the backend
        token, waiting = call_deadline.set(deadline), no_waiting.set(True)
        try:
            return self._invoke(method, target, fn, *args, **kwargs)
        finally:
            call_deadline.reset(token)
            no_waiting.reset(waiting)

    @staticmethod
    def _deadline(context) -> float | None:
        remaining = context.time_remaining()
        return None if remaining is None else time.monotonic() + remaining

    async def _fail(self, context, call, request, error: BaseException,
                    method: Method | None = None):
        if method is not None:
            self.traces.note_rpc(method.operation, "", tracing.request_id_of(error))
        if isinstance(error, InvalidRegion):
            error = errors.CodecError(error.field, str(error))
        request_id = call.request_id if call else ""
        status = errors.to_grpc_status(error, request_id, redact.credential_values(request))
        if call is not None:
            call.error = error
            if isinstance(error, botocore.exceptions.ClientError):
                call.aws_error_code = error.response.get("Error", {}).get("Code", "")
                call.aws_request_id = error.response.get("ResponseMetadata", {}).get(
                    "RequestId", "")
        await calls.abort(context, status)

    def _unary(self, method: Method):
        async def handle(request, context):
            call = calls.current.get()
            try:
                params, target = self._prepare(request, context)
                fn = getattr(target[1], method.boto_name)
                deadline = self._deadline(context)
                try:
                    if method.operation in getattr(target[1], "inline_operations", ()):
                        response = self._inline(method, target, fn, deadline=deadline, **params)
                    else:
                        response = await self._run(method, target, fn, deadline=deadline,
                                                   **params)
                except WouldWait:  # an inline call that must wait for a lock: in a thread
                    response = await self._run(method, target, fn, deadline=deadline, **params)
                message = self._response(method, response)
                request_id = tracing.request_id_of(response)
                if call is not None:
                    call.aws_request_id = request_id
                    call.empty = empties.find(method.response_class.DESCRIPTOR, response)
                self.traces.note_rpc(method.operation, target[0], request_id)
                return message
            except Exception as error:  # every failure becomes a status; the server serves on
                await self._fail(context, call, request, error, method)
        return handle

    def _streaming(self, method: Method):
        end = object()

        async def handle(request, context):
            call = calls.current.get()
            try:
                params, target = self._prepare(request, context)
                deadline = self._deadline(context)
                paginator = target[1].get_paginator(method.boto_name)
                pages = iter(paginator.paginate(**params))  # lazy: no call yet
                found = []
                while True:
                    page = await self._run(method, target, next, pages, end, deadline=deadline)
                    if page is end:
                        if call is not None:
                            call.empty = empties.pages(found)
                        return
                    message = self._response(method, page)
                    found.append(empties.find(method.response_class.DESCRIPTOR, page))
                    self.traces.note_rpc(method.operation, target[0], tracing.request_id_of(page))
                    yield message
            except Exception as error:
                await self._fail(context, call, request, error, method)
        return handle
