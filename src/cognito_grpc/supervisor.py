"""`--workers N`: N server processes share the listen port (SO_REUSEPORT), under this one.

The supervisor reserves the port (after checking that no other process holds it), starts
the workers (`python -m cognito_grpc.fleet`), restarts one that dies, forwards SIGTERM so
that each drains its calls, decides the fleet's health (SERVING only while every worker is
up and its backend answers: see fleet.py), and serves the workers' merged metrics
(prometheus-client's multiprocess mode). Each worker has its own event loop, executor and
backend clients, as `cognito-grpc serve` alone has.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

import structlog

from cognito_grpc import fleet, watch
from cognito_grpc import settings as config

log = structlog.get_logger("cognito_grpc.supervisor")
CONFIG_ERROR_EXIT = 2  # a worker that exits so would fail the same way again
_FIRST_RESTART_DELAY, _MAX_RESTART_DELAY = 0.1, 10.0
_STEADY_SECONDS = 10.0  # a worker that ran this long before dying is restarted at once
_KILL_MARGIN = 10.0  # seconds past --shutdown-grace before a worker that hangs is killed


def reserve_port(listen: str) -> tuple[socket.socket, str]:
    """A socket bound to --listen's port with SO_REUSEPORT (never listening, so the kernel
    hands it no connections), held while the workers come and go; and the listen address
    with the port filled in. A port that another process uses is an error, as it is for one
    server: checked first with a socket that does not share."""
    host, port = config.split_host_port(listen)
    try:
        family, _, _, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    except socket.gaierror as error:
        raise config.ConfigError(f"cannot listen on {listen}: {error.strerror}") from None
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as grpc's own bind
        try:
            probe.bind(address)
        except OSError as error:
            raise config.ConfigError(f"cannot listen on {listen}: {error.strerror}") from None
        port = probe.getsockname()[1]
    held = socket.socket(family, socket.SOCK_STREAM)
    held.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    held.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    held.bind((address[0], port, *address[2:]))
    shown = f"[{host}]" if ":" in host else host
    return held, f"{shown}:{port}"


@dataclasses.dataclass
class _Slot:
    """One worker's place: its id stays when the process is replaced."""
    id: int
    process: asyncio.subprocess.Process | None = None
    line: fleet.Line | None = None
    serving: bool = False
    started: float = 0.0
    restart_delay: float = _FIRST_RESTART_DELAY


class Supervisor:
    def __init__(self, settings):
        self.settings = settings
        self.slots = [_Slot(i + 1) for i in range(settings.workers)]
        self.serving = False
        self.exit_code = 0
        self.stopping = asyncio.Event()
        self._held: socket.socket | None = None
        self._listen = settings.listen
        self._metrics_dir: str | None = None
        self._metrics_http = None
        self.metrics_port: int | None = None
        self._tasks: list[asyncio.Task] = []
        self._watch_task: asyncio.Task | None = None

    async def start(self) -> None:
        self._held, self._listen = reserve_port(self.settings.listen)
        if self.settings.metrics_address:
            from cognito_grpc.interceptors import metrics

            self._metrics_dir = tempfile.mkdtemp(prefix="cognito-grpc-metrics-")
            self._metrics_http, self.metrics_port = metrics.serve_multiprocess(
                self.settings.metrics_address, self._metrics_dir, self._metrics_keys())
        log.info("supervisor started", workers=len(self.slots), listen=self._listen,
                 pid=os.getpid())
        for slot in self.slots:
            await self._spawn(slot)

    def _metrics_keys(self):
        """--metrics-auth api-key: the keys the workers accept, re-read when the file
        changes, as each worker re-reads it."""
        if self.settings.metrics_auth != "api-key":
            return None
        from cognito_grpc.interceptors.auth import ApiKeys

        current = [ApiKeys.from_settings(self.settings)]
        watcher = watch.Watcher(self.settings.reload_interval)
        watcher.watch("--api-keys-file", [self.settings.api_keys_file],
                      lambda: ApiKeys.from_settings(self.settings),
                      lambda keys: current.__setitem__(0, keys))
        self._watch_task = asyncio.create_task(watcher.run())
        return lambda key: current[0].principal_for(key) is not None

    def _environ(self, slot: _Slot, fd: int) -> dict[str, str]:
        environ = {**os.environ, **config.to_environ(self.settings),
                   "COGNITO_GRPC_LISTEN": self._listen, "COGNITO_GRPC_WORKERS": "1",
                   fleet.WORKER_ID: str(slot.id), fleet.WORKER_FD: str(fd)}
        if self._metrics_dir:
            environ["PROMETHEUS_MULTIPROC_DIR"] = self._metrics_dir
        return environ

    async def _spawn(self, slot: _Slot) -> None:
        ours, theirs = socket.socketpair()
        try:
            slot.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "cognito_grpc.fleet", stdin=subprocess.DEVNULL,
                pass_fds=(theirs.fileno(),), env=self._environ(slot, theirs.fileno()))
        finally:
            theirs.close()
        slot.started, slot.serving = time.monotonic(), False
        if self.stopping.is_set():  # stop() came while this one started: it missed it
            slot.process.send_signal(signal.SIGTERM)
        slot.line = await fleet.Line.open(ours)
        log.info("worker started", worker_id=slot.id, pid=slot.process.pid)
        self._tasks.append(asyncio.create_task(self._watch(slot, slot.process, slot.line)))

    async def _watch(self, slot: _Slot, process, line: fleet.Line) -> None:
        async for serving in line.received():
            slot.serving = serving
            await self._decide()
        code = await process.wait()
        slot.serving = False
        line.close()
        if self._metrics_dir:
            from prometheus_client import multiprocess

            multiprocess.mark_process_dead(process.pid, self._metrics_dir)
        if self.stopping.is_set():
            log.info("worker stopped", worker_id=slot.id, pid=process.pid, exit_code=code)
            return
        log.warning("worker died", worker_id=slot.id, pid=process.pid, exit_code=code)
        await self._decide()
        if code == CONFIG_ERROR_EXIT:
            self.exit_code = CONFIG_ERROR_EXIT
            self.stopping.set()
            return
        ran = time.monotonic() - slot.started
        slot.restart_delay = _FIRST_RESTART_DELAY if ran >= _STEADY_SECONDS else \
            min(slot.restart_delay * 2, _MAX_RESTART_DELAY)
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), slot.restart_delay)
        if not self.stopping.is_set():
            await self._spawn(slot)

    async def _decide(self) -> None:
        """The fleet's health, told to every worker when it changes."""
        serving = not self.stopping.is_set() and all(
            s.serving and s.process is not None and s.process.returncode is None
            for s in self.slots)
        if serving == self.serving:
            return
        self.serving = serving
        log.info("health", status="SERVING" if serving else "NOT_SERVING",
                 workers_serving=sum(s.serving for s in self.slots), workers=len(self.slots))
        for slot in self.slots:
            if slot.line is not None and slot.process.returncode is None:
                await slot.line.send(serving)

    async def stop(self) -> None:
        """SIGTERM to every worker: each drains its calls within --shutdown-grace."""
        self.stopping.set()
        running = [s.process for s in self.slots
                   if s.process is not None and s.process.returncode is None]
        for process in running:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGTERM)
        deadline = self.settings.shutdown_grace + _KILL_MARGIN
        for process in running:
            try:
                await asyncio.wait_for(process.wait(), max(0.1, deadline))
            except asyncio.TimeoutError:
                log.error("worker did not stop: killed", pid=process.pid)
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                await process.wait()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await watch.cancel(self._watch_task)
        if self._metrics_http is not None:
            self._metrics_http.shutdown()
            self._metrics_http.server_close()
        if self._metrics_dir:
            shutil.rmtree(self._metrics_dir, ignore_errors=True)
        if self._held is not None:
            self._held.close()
        log.info("supervisor stopped", exit_code=self.exit_code)


async def supervise(settings) -> int:
    """Runs the fleet until SIGTERM or SIGINT; the exit code."""
    from cognito_grpc.backends import MOTO_MODES

    if settings.backend in MOTO_MODES:  # embedded is moto until our own engine takes it over
        raise config.ConfigError(f"--workers {settings.workers}: --backend {settings.backend} "
                                 "is moto's in-process state, which workers cannot share")
    supervisor = Supervisor(settings)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, supervisor.stopping.set)
    try:
        await supervisor.start()
        await supervisor.stopping.wait()
        log.info("shutting down", grace_seconds=settings.shutdown_grace)
    finally:
        await supervisor.stop()
    return supervisor.exit_code
