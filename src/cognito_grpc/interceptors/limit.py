"""The concurrency limit: past --max-concurrency calls in flight, RESOURCE_EXHAUSTED at once.

grpc's own limit (maximum_concurrent_rpcs) counts every RPC, health checks too, so a server
saturated by work would fail its probes and be restarted for being busy. This one leaves
health and reflection out, and a refused call is logged and counted like any other.
"""

from __future__ import annotations

import contextlib

from cognito_grpc import calls, errors
from cognito_grpc.interceptors import HEALTH_SERVICE, REFLECTION_SERVICES, WrappingInterceptor
from cognito_grpc.interceptors import service_of

EXEMPT = (HEALTH_SERVICE, *REFLECTION_SERVICES)


class ConcurrencyLimit(WrappingInterceptor):
    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit
        self.in_flight = 0  # only the event loop's thread touches it

    @contextlib.asynccontextmanager
    async def _slot(self, context):
        """One call's place among the `limit`, or RESOURCE_EXHAUSTED when none is free."""
        if self.in_flight >= self.limit:
            call = calls.current.get()
            error = errors.ServerBusy(self.limit)
            if call is not None:
                call.error = error
            await calls.abort(context, errors.to_grpc_status(error,
                                                             call.request_id if call else ""))
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
