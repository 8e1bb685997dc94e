"""The drain on SIGTERM: every call gRPC accepted is served, or refused UNAVAILABLE before it
reaches the backend, and logged either way.

grpc's own stop() cancels the calls still queued in its core, never handed to the server
(grpc/grpc#41785): their clients get CANCELLED, which they rarely retry, and the server never
sees them. So the server stops in steps (Server.stop): first this interceptor refuses every
call that starts, UNAVAILABLE, at once, so the queue drains in milliseconds; once no call has
started for QUIET seconds, grpc stops, with the calls in flight finishing inside the grace.
Health and reflection are left alone: probes must go on seeing NOT_SERVING.
"""

from __future__ import annotations

import asyncio
import time

from cognito_grpc import calls, errors
from cognito_grpc.interceptors import HEALTH_SERVICE, REFLECTION_SERVICES, WrappingInterceptor
from cognito_grpc.interceptors import service_of

EXEMPT = (HEALTH_SERVICE, *REFLECTION_SERVICES)
QUIET = 0.25  # seconds without a new call: grpc's queue has been emptied
_POLL = 0.02


class Drain(WrappingInterceptor):
    def __init__(self, clock=time.monotonic):
        super().__init__()
        self.clock = clock
        self.in_flight = 0  # only the event loop's thread touches these
        self.last_start = clock()
        self.draining = False
        self.refuse_at: float | None = None  # from then on, no call reaches the backend

    def begin(self, refuse_at: float) -> None:
        """New calls are refused from now on; calls in flight may reach the backend until
        `refuse_at` (a monotonic time)."""
        self.draining = True
        self.refuse_at = refuse_at

    def refusing(self) -> bool:
        """True once calls in flight must not start on the backend (any thread may ask)."""
        return self.refuse_at is not None and self.clock() >= self.refuse_at

    async def quiet(self, until: float) -> None:
        """Returns once no call has started for QUIET seconds, or at `until`."""
        while self.clock() < until and self.clock() - self.last_start < QUIET:
            await asyncio.sleep(_POLL)

    async def idle(self, until: float) -> None:
        """Returns once no call is in this interceptor, or at `until`."""
        while self.in_flight and self.clock() < until:
            await asyncio.sleep(_POLL)

    async def _admit(self, context) -> None:
        self.last_start = self.clock()
        if self.draining:
            call = calls.current.get()
            error = errors.ShuttingDown()
            if call is not None:
                call.error = error
            await calls.abort(context, errors.to_grpc_status(error,
                                                             call.request_id if call else ""))

    def unary(self, behavior, method):
        if service_of(method) in EXEMPT:
            return behavior

        async def drained(request, context):
            self.in_flight += 1
            try:
                await self._admit(context)
                return await behavior(request, context)
            finally:
                self.in_flight -= 1
        return drained

    def stream(self, behavior, method):
        if service_of(method) in EXEMPT:
            return behavior

        async def drained(request, context):
            self.in_flight += 1
            try:
                await self._admit(context)
                async for response in behavior(request, context):
                    yield response
            finally:
                self.in_flight -= 1
        return drained
