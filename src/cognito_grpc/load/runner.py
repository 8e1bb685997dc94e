"""One client process of a load run: its share of the concurrency (or rate), on its own
connections and event loop. It reports what it measured through `emit`, each interval and at
the end, so that the processes' figures can be merged.

Closed loop (no --rate): `concurrency` tasks, each sending its next call when the last one
answered; a call's latency is its own round trip.
Open loop (--rate): calls start on a fixed schedule whatever the server does, at most
`concurrency` in flight; a call's latency counts from its scheduled start. A server that
stalls so makes every call scheduled during the stall late, as a user would see it, instead
of hiding them by sending less (coordinated omission).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import itertools
import signal
import time
from typing import Callable

import grpc

from cognito_grpc.load.calls import Call
from cognito_grpc.load.histogram import Latencies
from cognito_grpc.load.mix import WeightedCycle

CONNECT_TIMEOUT = 10.0


@dataclasses.dataclass(frozen=True)
class Plan:
    """A whole run, as every client process gets it (plain data: it crosses processes)."""
    target: str
    mix: tuple[tuple[str, str, tuple[tuple[str, str], ...], int], ...]  # rpc, body, headers, weight
    concurrency: int = 16
    rate: float | None = None
    duration: float | None = 10.0
    total: int | None = None
    warmup: float = 0.0
    connections: int = 4
    timeout: float = 20.0
    interval: float = 1.0
    procs: int = 1
    tls: bool = False
    ca: bytes | None = None
    cert: bytes | None = None
    key: bytes | None = None
    authority: str = ""

    def share(self, index: int) -> "Share":
        """Process `index`'s part: the totals split as evenly as whole numbers allow."""
        def part(whole: int) -> int:
            return whole // self.procs + (1 if index < whole % self.procs else 0)
        return Share(
            concurrency=max(1, part(self.concurrency)),
            connections=max(1, part(self.connections)),
            total=None if self.total is None else part(self.total),
            rate=None if self.rate is None else self.rate / self.procs)

    def calls(self) -> list[tuple[Call, int]]:
        return [(Call.build(rpc, body, headers), weight)
                for rpc, body, headers, weight in self.mix]


@dataclasses.dataclass(frozen=True)
class Share:
    concurrency: int
    connections: int
    total: int | None
    rate: float | None


class ConnectError(RuntimeError):
    pass


def open_channel(plan: Plan) -> grpc.aio.Channel:
    # a local subchannel pool: else grpc shares one connection between the channels to one
    # address, and --workers' SO_REUSEPORT (which spreads connections) would see one
    options = [("grpc.use_local_subchannel_pool", 1),
               ("grpc.max_receive_message_length", 64 * 1024 * 1024)]
    if plan.authority:
        options.append(("grpc.ssl_target_name_override" if plan.tls else
                        "grpc.default_authority", plan.authority))
    if plan.tls:
        credentials = grpc.ssl_channel_credentials(plan.ca, plan.key, plan.cert)
        return grpc.aio.secure_channel(plan.target, credentials, options)
    return grpc.aio.insecure_channel(plan.target, options)


class Recorder:
    """What one process measured: every call after the warm-up, by RPC and status code, and
    per interval for the timeline."""

    def __init__(self) -> None:
        self.by_rpc: dict[str, tuple[Latencies, collections.Counter]] = {}
        self.tick_latencies = Latencies()
        self.tick_codes: collections.Counter = collections.Counter()
        self.last_end = 0.0

    def record(self, name: str, code: str, seconds: float, ended: float) -> None:
        latencies, codes = self.by_rpc.get(name) or self.by_rpc.setdefault(
            name, (Latencies(), collections.Counter()))
        latencies.record(seconds)
        codes[code] += 1
        self.tick_latencies.record(seconds)
        self.tick_codes[code] += 1
        self.last_end = max(self.last_end, ended)

    def take_tick(self) -> tuple[dict, bytes]:
        codes, encoded = dict(self.tick_codes), self.tick_latencies.encode()
        self.tick_latencies, self.tick_codes = Latencies(), collections.Counter()
        return codes, encoded


class Runner:
    def __init__(self, plan: Plan, index: int, emit: Callable[[tuple], None]):
        self.plan, self.index, self.emit = plan, index, emit
        self.share = plan.share(index)
        self.cycle = WeightedCycle(plan.calls())
        self.recorder = Recorder()
        self.stop_early = asyncio.Event()
        self._seq = itertools.count(index, plan.procs)  # unique across the processes
        self._tickets = self.share.total
        self._channels: list[grpc.aio.Channel] = []
        self._callables: list[dict[str, object]] = []
        self._in_flight = [0] * self.share.connections
        self._rotation = itertools.cycle(range(self.share.connections))

    async def connect(self) -> None:
        self._channels = [open_channel(self.plan) for _ in range(self.share.connections)]
        self._callables = [{} for _ in self._channels]
        try:
            await asyncio.wait_for(asyncio.gather(*(c.channel_ready() for c in self._channels)),
                                   CONNECT_TIMEOUT)
        except asyncio.TimeoutError:
            raise ConnectError(f"cannot connect to {self.plan.target} within "
                               f"{CONNECT_TIMEOUT:g} s") from None

    async def close(self) -> None:
        for channel in self._channels:
            await channel.close()

    def _least_busy_slot(self) -> int:
        """The connection with the fewest calls in flight, ties taken in turn. With a
        --workers server, whose kernel spreads connections (not calls) over its workers,
        turn by turn would hold every worker to the pace of the one with the most
        connections; this sends more calls to whichever worker answers sooner."""
        counts = self._in_flight
        best = next(self._rotation)
        for offset in range(1, len(counts)):
            slot = (best + offset) % len(counts)
            if counts[slot] < counts[best]:
                best = slot
        return best

    def _callable(self, slot: int, path: str):
        found = self._callables[slot].get(path)
        if found is None:  # raw bytes both ways: the response is never parsed
            found = self._callables[slot][path] = self._channels[slot].unary_unary(path)
        return found

    def _take_ticket(self) -> bool:
        if self._tickets is None:
            return True
        if self._tickets <= 0:
            return False
        self._tickets -= 1
        return True

    async def _one(self, call: Call, request: bytes, started: float, measured: bool) -> None:
        slot = self._least_busy_slot()
        self._in_flight[slot] += 1
        try:
            await self._callable(slot, call.path)(request, timeout=self.plan.timeout,
                                                  metadata=call.metadata or None)
            code = "OK"
        except grpc.aio.AioRpcError as error:
            code = error.code().name
        finally:
            self._in_flight[slot] -= 1
        ended = time.perf_counter()
        if measured:
            self.recorder.record(call.name, code, ended - started, ended)

    def _next(self) -> tuple[Call, bytes]:
        call = self.cycle.next()
        return call, call.request(next(self._seq), self.index)

    async def _closed_loop(self, measure_from: float, end: float | None) -> None:
        async def loop() -> None:
            while not self.stop_early.is_set():
                call, request = self._next()  # the body is built before the clock starts
                started = time.perf_counter()
                if end is not None and started >= end:
                    return
                measured = started >= measure_from
                if measured and not self._take_ticket():
                    return
                await self._one(call, request, started, measured)
        await asyncio.gather(*(loop() for _ in range(self.share.concurrency)))

    async def _open_loop(self, start: float, measure_from: float, end: float | None) -> None:
        gap = 1.0 / self.share.rate
        in_flight = asyncio.Semaphore(self.share.concurrency)
        tasks: set[asyncio.Task] = set()
        offset = self.index * gap / self.plan.procs  # the processes take turns
        for number in itertools.count():
            scheduled = start + offset + number * gap
            if self.stop_early.is_set() or (end is not None and scheduled >= end):
                break
            measured = scheduled >= measure_from
            if measured and not self._take_ticket():
                break
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            await in_flight.acquire()  # the wait counts: the latency starts at `scheduled`
            call, request = self._next()
            task = asyncio.create_task(self._one(call, request, scheduled, measured))
            tasks.add(task)
            task.add_done_callback(lambda t: (tasks.discard(t), in_flight.release()))
        if tasks:
            await asyncio.gather(*tasks)

    async def _ticks(self, measure_from: float) -> None:
        for number in itertools.count():
            await asyncio.sleep(max(0.0, measure_from + (number + 1) * self.plan.interval
                                    - time.perf_counter()))
            self.emit(("tick", self.index, number, *self.recorder.take_tick()))

    async def run(self, start_wall: float) -> None:
        """From `start_wall` (time.time(), the same for every process): warm-up, then the
        measured calls; emits ticks, then ("done", ...)."""
        start = time.perf_counter() + (start_wall - time.time())
        measure_from = start + self.plan.warmup
        end = None if self.plan.duration is None else measure_from + self.plan.duration
        await asyncio.sleep(max(0.0, start - time.perf_counter()))
        cpu_before, wall_before = time.process_time(), time.perf_counter()
        ticks = asyncio.create_task(self._ticks(measure_from))
        try:
            if self.share.rate:
                await self._open_loop(start, measure_from, end)
            else:
                await self._closed_loop(measure_from, end)
        finally:
            ticks.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticks
        elapsed = max(0.0, time.perf_counter() - measure_from)
        number = int(elapsed // self.plan.interval)
        self.emit(("tick", self.index, number, *self.recorder.take_tick()))
        self.emit(("done", self.index, {
            name: (dict(codes), latencies.encode())
            for name, (latencies, codes) in self.recorder.by_rpc.items()},
            max(0.0, self.recorder.last_end - measure_from),
            # this process's CPU (every thread, grpc's own too) over its whole run: a client
            # near one core per process is the bottleneck, not the server
            (time.process_time() - cpu_before, time.perf_counter() - wall_before)))


async def run_process(plan: Plan, index: int, emit, wait_for_start: Callable[[], float]) -> None:
    """A client process's whole life: connect, say ready, wait for the common start, run."""
    runner = Runner(plan, index, emit)
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError, RuntimeError):  # not the main thread
        loop.add_signal_handler(signal.SIGINT, runner.stop_early.set)
    try:
        await runner.connect()
        emit(("ready", index))
        start_wall = await loop.run_in_executor(None, wait_for_start)
        await runner.run(start_wall)
    finally:
        await runner.close()


def child_main(plan: Plan, index: int, queue, go, start_at) -> None:
    """multiprocessing's target for client processes 1..procs-1 (and 0 when procs > 1)."""
    def wait_for_start() -> float:
        go.wait()
        return start_at.value
    try:
        asyncio.run(run_process(plan, index, queue.put, wait_for_start))
    except Exception as error:  # reported, so the parent can say what went wrong
        queue.put(("error", index, f"{type(error).__name__}: {error}"))
