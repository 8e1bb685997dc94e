"""The concurrency limit: past --max-concurrency calls in flight, RESOURCE_EXHAUSTED at once.

grpc's own limit (maximum_concurrent_rpcs) counts every RPC, health checks too, so a server
saturated by work would fail its probes and be restarted for being busy. This one leaves
health and reflection out, and a refused call is logged and counted like any other.
"""

from __future__ import annotations

from cognito_grpc import calls, errors
from cognito_grpc.interceptors import HEALTH_SERVICE, REFLECTION_SERVICES, WrappingInterceptor
from cognito_grpc.interceptors import service_of

EXEMPT = (HEALTH_SERVICE, *REFLECTION_SERVICES)


class ConcurrencyLimit(WrappingInterceptor):
    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit
        self.in_flight = 0  # only the event loop's thread touches it

    async def _refuse(self, context) -> None:
        call = calls.current.get()
        error = errors.ServerBusy(self.limit)
        if call is not None:
            call.error = error
        await calls.abort(context, errors.to_grpc_status(error, call.request_id if call else ""))

    def unary(self, behavior, method):
        if service_of(method) in EXEMPT:
            return behavior

        async def limited(request, context):
            if self.in_flight >= self.limit:
                await self._refuse(context)
            self.in_flight += 1
            try:
                return await behavior(request, context)
            finally:
                self.in_flight -= 1
        return limited

    def stream(self, behavior, method):
        if service_of(method) in EXEMPT:
            return behavior

        async def limited(request, context):
            if self.in_flight >= self.limit:
                await self._refuse(context)
            self.in_flight += 1
            try:
                async for response in behavior(request, context):
                    yield response
            finally:
                self.in_flight -= 1
        return limited

    def bidi(self, behavior, method):
        return behavior  # reflection only: exempt
