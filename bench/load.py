"""Load loops shared by the benchmarks: threads for blocking clients, grpc.aio tasks for RPCs."""

from __future__ import annotations

import asyncio
import concurrent.futures
import statistics
import threading
import time
from typing import Callable

import grpc


class Result:
    def __init__(self, latencies: list[float], wall: float):
        self.latencies = sorted(latencies)
        self.wall = wall

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies)

    @property
    def p99(self) -> float:
        return self.latencies[min(len(self.latencies) - 1, int(len(self.latencies) * 0.99))]

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.wall


def run_threads(call, concurrency: int, seconds: float, warmup: int = 5) -> Result:
    """`concurrency` threads calling `call()` in a loop for `seconds`."""
    for _ in range(warmup):
        call()
    latencies: list[float] = []
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def worker():
        mine = []
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            call()
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        for future in [pool.submit(worker) for _ in range(concurrency)]:
            future.result()
    return Result(latencies, time.perf_counter() - started)


def run_aio(address: str, make_call, concurrency: int, seconds: float,
            warmup: int = 5) -> Result:
    """`concurrency` asyncio tasks on one grpc.aio channel, each awaiting `make_call(channel)()`
    in a loop for `seconds`."""
    async def main():
        async with grpc.aio.insecure_channel(address) as channel:
            call = make_call(channel)
            for _ in range(warmup):
                await call()
            latencies: list[float] = []
            stop_at = time.perf_counter() + seconds

            async def worker():
                while time.perf_counter() < stop_at:
                    started = time.perf_counter()
                    await call()
                    latencies.append(time.perf_counter() - started)

            started = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            return Result(latencies, time.perf_counter() - started)
    return asyncio.run(main())


class Run(Result):
    """A measurement: latencies and wall time; `done` is False when a budget cut it short."""

    def __init__(self, latencies, wall, done=True, count=0):
        super().__init__(latencies, wall)
        self.done, self.count = done, count


def drive(clients: list, call: Callable, *, seconds: float | None = None,
          items: list | None = None, budget: float | None = None) -> Run:
    """One thread per client. With `seconds`: each thread warms up with one call, then all
    call `call(client, None)` in a loop for `seconds`. With `items`: the threads share out
    `call(client, item)` over the items, until done or `budget` seconds have passed."""
    latencies: list[float] = []
    lock = threading.Lock()
    clock = {"began": 0.0, "stop": 0.0}

    def set_clock():  # run once, by the last thread to arrive, before any is released
        clock["began"] = time.perf_counter()
        clock["stop"] = clock["began"] + (seconds if items is None else (budget or float("inf")))
    start = threading.Barrier(len(clients) + 1, action=set_clock)
    errors: list[BaseException] = []
    queue = iter(items or ())

    def take():
        with lock:
            return next(queue, StopIteration)

    def worker(client):
        mine = []
        try:
            if items is None:
                call(client, None)
            start.wait()
            while time.perf_counter() < clock["stop"]:
                item = None if items is None else take()
                if item is StopIteration:
                    break
                began = time.perf_counter()
                call(client, item)
                mine.append(time.perf_counter() - began)
        except BaseException as error:  # noqa: BLE001 (reported by the caller)
            errors.append(error)
            start.abort()
        finally:
            with lock:
                latencies.extend(mine)

    threads = [threading.Thread(target=worker, args=(client,), daemon=True) for client in clients]
    for thread in threads:
        thread.start()
    try:
        start.wait()
    except threading.BrokenBarrierError:
        pass
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - clock["began"]
    if errors:
        raise errors[0]
    done = items is None or len(latencies) == len(items)
    return Run(latencies, wall, done, len(latencies))
