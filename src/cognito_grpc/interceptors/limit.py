"""The concurrency limit: past --max-concurrency calls in flight, RESOURCE_EXHAUSTED at once.

grpc's own limit (maximum_concurrent_rpcs) counts every RPC, health checks too, so a server
saturated by work would fail its probes and be restarted for being busy. This one leaves
health and reflection out, and a refused call is logged and counted like any other.
"""

from __future__ import annotations

import contextlib

from cognito_grpc import calls, errors
from cognito_grpc.interceptors import HEALTH_SERVICE, REFLECTION_SERVICES, WrappingInterceptor
from cognito_grpc.interceptors import service_of, unread

EXEMPT = (HEALTH_SERVICE, *REFLECTION_SERVICES)


class ConcurrencyLimit(WrappingInterceptor):
    """Counts calls from the moment their handler runs. A call that arrives while the server
    is already full is refused before grpc reads its request (an unread stand-in), so a burst
    past the limit costs no request bodies; calls that arrive together while there is room
    are counted when they start, and the last ones may still be refused then."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit
        self.in_flight = 0  # only the event loop's thread touches it
        self._refusers: dict[str, object] = {}

    async def intercept_service(self, continuation, handler_call_details):
        handler = await continuation(handler_call_details)
        method = handler_call_details.method
        if handler is None or service_of(method) in EXEMPT:
            return handler
        if self.in_flight >= self.limit:
            return self.wrap(method, self._refuser(method, handler))
        return self.wrap(method, handler)

    def _refuser(self, method: str, handler):
        refuser = self._refusers.get(method)
        if refuser is None:
            if handler.unary_stream:
                async def refuse(request_iterator, context):
                    await self._busy(context)
                    yield  # never reached: an async generator, as a stream's behavior is
            else:
                async def refuse(request_iterator, context):
                    await self._busy(context)
            refuser = self._refusers[method] = unread(handler, refuse)
        return refuser

    async def _busy(self, context) -> None:
        call = calls.current.get()
        error = errors.ServerBusy(self.limit)
        if call is not None:
            call.error = error
        await calls.abort(context, errors.to_grpc_status(error, call.request_id if call else ""))

    @contextlib.asynccontextmanager
    async def _slot(self, context):
        """One call's place among the `limit`, or RESOURCE_EXHAUSTED when none is free."""
        if self.in_flight >= self.limit:
            await self._busy(context)
        self.in_flight += 1
        try:
            yield
        finally:
            self.in_flight -= 1

    def unary(self, behavior, method):
        if service_of(method) in EXEMPT:
            return behavior

        async def limited(request, context):
            async with self._slot(context):
                return await behavior(request, context)
        return limited

    def stream(self, behavior, method):
        if service_of(method) in EXEMPT:
            return behavior

        async def limited(request, context):
            async with self._slot(context):
                async for response in behavior(request, context):
                    yield response
        return limited
