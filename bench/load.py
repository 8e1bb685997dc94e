"""Load loops shared by the benchmarks: threads for blocking clients, grpc.aio tasks for RPCs."""

from __future__ import annotations

import asyncio
import concurrent.futures
import statistics
import threading
import time

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
