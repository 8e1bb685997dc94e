"""Server interceptors: each wraps the handler's behavior and leaves the services untouched."""

from __future__ import annotations

import inspect
from typing import Awaitable, Callable

import grpc

HEALTH_SERVICE = "grpc.health.v1.Health"
REFLECTION_SERVICES = ("grpc.reflection.v1alpha.ServerReflection",
                       "grpc.reflection.v1.ServerReflection")


class WrappingInterceptor(grpc.aio.ServerInterceptor):
    """Wraps each method's behavior once and reuses the wrapped handler for every call."""

    def __init__(self) -> None:
        self._wrapped: dict[str, tuple[object, grpc.RpcMethodHandler]] = {}

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
        method = handler_call_details.method
        cached = self._wrapped.get(method)
        if cached is not None and cached[0] is handler:
            return cached[1]
        if handler.unary_unary:
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
        self._wrapped[method] = (handler, wrapped)
        return wrapped


def service_of(method: str) -> str:
    """`/pkg.Service/Method` → `pkg.Service`."""
    parts = method.split("/")
    return parts[1] if len(parts) >= 3 else ""
