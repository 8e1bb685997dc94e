"""The client processes of a run, and their figures merged as they arrive.

One process runs in this one's event loop; more are started with multiprocessing's spawn
(a fork would copy grpc's threads), connect, say they are ready, and then all start at one
common time, so that their intervals line up.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import multiprocessing
import queue as queues
import signal
import time
from typing import Callable

from cognito_grpc.load import runner
from cognito_grpc.load.histogram import Latencies

START_DELAY = 0.2  # seconds between "all ready" and the common start


@dataclasses.dataclass
class Tick:
    """One interval of the whole run, merged over the processes that reported it."""
    number: int
    codes: collections.Counter = dataclasses.field(default_factory=collections.Counter)
    latencies: Latencies = dataclasses.field(default_factory=Latencies)
    reported: int = 0


@dataclasses.dataclass
class Results:
    plan: runner.Plan
    ticks: dict[int, Tick] = dataclasses.field(default_factory=dict)
    by_rpc: dict[str, tuple[Latencies, collections.Counter]] = dataclasses.field(
        default_factory=dict)
    elapsed: float = 0.0  # from the end of the warm-up to the last answer
    done: int = 0
    errors: list[str] = dataclasses.field(default_factory=list)
    stopped_early: bool = False
    client_cpu: float = 0.0  # CPU seconds of every client process, over their whole run
    client_wall: float = 0.0

    @property
    def client_cores(self) -> float:
        return self.client_cpu / self.client_wall if self.client_wall > 0 else 0.0

    def receive(self, message: tuple) -> Tick | None:
        """Takes one process's message; returns an interval once every process reported it."""
        kind, index = message[0], message[1]
        if kind == "tick":
            _, _, number, codes, encoded = message
            tick = self.ticks.setdefault(number, Tick(number))
            tick.codes.update(codes)
            tick.latencies.add(Latencies.decode(encoded))
            tick.reported += 1
            return tick if tick.reported == self.plan.procs else None
        if kind == "done":
            _, _, by_rpc, elapsed, (cpu, wall) = message
            self.client_cpu += cpu
            self.client_wall = max(self.client_wall, wall)
            for name, (codes, encoded) in by_rpc.items():
                latencies, counted = self.by_rpc.setdefault(
                    name, (Latencies(), collections.Counter()))
                latencies.add(Latencies.decode(encoded))
                counted.update(codes)
            self.elapsed = max(self.elapsed, elapsed)
            self.done += 1
        elif kind == "error":
            self.errors.append(f"client process {index}: {message[2]}")
        return None

    def total(self) -> tuple[Latencies, collections.Counter]:
        latencies, codes = Latencies(), collections.Counter()
        for rpc_latencies, rpc_codes in self.by_rpc.values():
            latencies.add(rpc_latencies)
            codes.update(rpc_codes)
        return latencies, codes


def run(plan: runner.Plan, on_tick: Callable[[Tick, Results], None]) -> Results:
    results = Results(plan)

    def emit(message: tuple) -> None:
        tick = results.receive(message)
        if tick is not None:
            on_tick(tick, results)
    if plan.procs == 1:
        try:
            asyncio.run(runner.run_process(plan, 0, emit, time.time))
        except runner.ConnectError as error:
            results.errors.append(str(error))
        return results
    return _run_processes(plan, results, emit)


def _run_processes(plan: runner.Plan, results: Results, emit) -> Results:
    context = multiprocessing.get_context("spawn")
    messages, go, start_at = context.Queue(), context.Event(), context.Value("d", 0.0)
    children = [context.Process(target=runner.child_main, name=f"load-client-{i}",
                                args=(plan, i, messages, go, start_at), daemon=True)
                for i in range(plan.procs)]
    # Ctrl-C reaches every process of the terminal's group: the children stop early and
    # report; this one waits for their reports instead of dying
    previous = signal.signal(signal.SIGINT, lambda *_: setattr(results, "stopped_early", True))
    try:
        for child in children:
            child.start()
        ready = 0
        while results.done + len(results.errors) < plan.procs:
            try:
                message = messages.get(timeout=0.2)
            except queues.Empty:
                if not any(child.is_alive() for child in children):
                    results.errors.append("client processes exited without reporting")
                    break
                continue
            if message[0] == "ready":
                ready += 1
                if ready == plan.procs:
                    start_at.value = time.time() + START_DELAY
                    go.set()
            else:
                emit(message)
            if results.errors and not go.is_set():
                break  # one could not connect: the others wait for a start that never comes
    finally:
        signal.signal(signal.SIGINT, previous)
        for child in children:
            if child.is_alive() and not go.is_set():
                child.terminate()
            child.join(10)
    return results
