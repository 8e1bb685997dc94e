"""Server interceptors: each wraps the handler's behavior and leaves the services untouched."""

from __future__ import annotations

import inspect
from typing import Awaitable, Callable

import grpc

HEALTH_SERVICE = "grpc.health.v1.Health"
REFLECTION_SERVICES = ("grpc.reflection.v1alpha.ServerReflection",
                       "grpc.reflection.v1.ServerReflection")


_STANDS_FOR = "_cognito_grpc_stands_for"  # on an unread handler's behavior: "unary" | "stream"


def unread(handler: grpc.RpcMethodHandler, behavior: Callable) -> grpc.RpcMethodHandler:
    """A stand-in for `handler` (a unary-request method's) whose `behavior(request_iterator,
    context)` runs before the request is read: grpc reads a request-streaming call's messages
    only when its behavior asks, so a call the behavior ends (refused) never has its body
    read. Unary responses: `behavior` is a coroutine function; streamed: an async generator
    function. Interceptors wrap it as the handler it stands in for."""
    kind = "stream" if handler.unary_stream else "unary"
    setattr(behavior, _STANDS_FOR, kind)
    make = grpc.stream_stream_rpc_method_handler if kind == "stream" else \
        grpc.stream_unary_rpc_method_handler
    return make(behavior, None, handler.response_serializer)


class WrappingInterceptor(grpc.aio.ServerInterceptor):
    """Wraps each method's behavior once and reuses the wrapped handler for every call."""

    def __init__(self) -> None:
        # by method and handler: a method has its service's handler and unread stand-ins
        self._wrapped: dict[tuple[str, int], tuple[object, grpc.RpcMethodHandler]] = {}

    def unary(self, behavior: Callable[..., Awaitable], method: str) -> Callable[..., Awaitable]:
        raise NotImplementedError

    def stream(self, behavior: Callable, method: str) -> Callable:
        raise NotImplementedError

    def writing_stream(self, behavior: Callable[..., Awaitable], method: str
                       ) -> Callable[..., Awaitable]:
        """A server stream that writes with context.write (grpc's health Watch) is a
        coroutine, not an async generator: by default it is wrapped as a unary behavior is."""
        return self.unary(behavior, method)

    def bidi(self, behavior: Callable, method: str) -> Callable:
        """Bidirectional streaming (reflection); by default left as it is."""
        return behavior

    async def intercept_service(self, continuation, handler_call_details):
        handler = await continuation(handler_call_details)
        if handler is None:
            return None
        return self.wrap(handler_call_details.method, handler)

    def wrap(self, method: str, handler: grpc.RpcMethodHandler) -> grpc.RpcMethodHandler:
        key = (method, id(handler))
        cached = self._wrapped.get(key)
        if cached is not None and cached[0] is handler:
            return cached[1]
        stands_for = getattr(handler.stream_unary or handler.stream_stream, _STANDS_FOR, None)
        if stands_for is not None:  # an unread stand-in: wrapped as what it stands for
            wrapper = self.unary if stands_for == "unary" else self.stream
            behavior = wrapper(handler.stream_unary or handler.stream_stream, method)
            setattr(behavior, _STANDS_FOR, stands_for)
            make = grpc.stream_unary_rpc_method_handler if stands_for == "unary" else \
                grpc.stream_stream_rpc_method_handler
            wrapped = make(behavior, handler.request_deserializer, handler.response_serializer)
        elif handler.unary_unary:
            wrapped = grpc.unary_unary_rpc_method_handler(
                self.unary(handler.unary_unary, method),
                handler.request_deserializer, handler.response_serializer)
        elif handler.unary_stream:
            wrap = self.stream if inspect.isasyncgenfunction(handler.unary_stream) else \
                self.writing_stream
            wrapped = grpc.unary_stream_rpc_method_handler(
                wrap(handler.unary_stream, method),
                handler.request_deserializer, handler.response_serializer)
        elif handler.stream_stream:
            behavior = self.bidi(handler.stream_stream, method)
            wrapped = handler if behavior is handler.stream_stream else \
                grpc.stream_stream_rpc_method_handler(
                    behavior, handler.request_deserializer, handler.response_serializer)
        else:  # client streaming: no service here has any
            wrapped = handler
        self._wrapped[key] = (handler, wrapped)
        return wrapped


def service_of(method: str) -> str:
    """`/pkg.Service/Method` → `pkg.Service`."""
    parts = method.split("/")
    return parts[1] if len(parts) >= 3 else ""
