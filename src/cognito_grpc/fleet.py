"""The line between the supervisor and one worker process (`--workers N`).

One socket pair per worker. The worker says whether its backend answers its probes; the
supervisor answers with the fleet's verdict (SERVING only while every worker is up and
serving), which the worker's health service then reports. A check that lands on any worker
so sees the whole fleet. When the supervisor goes away, the worker sees the end of the line
and stops.

    python -m cognito_grpc.fleet   # a worker: settings from COGNITO_GRPC_*, the line from
                                   # COGNITO_GRPC_WORKER_FD, its id from COGNITO_GRPC_WORKER_ID
"""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from typing import AsyncIterator

WORKER_FD = "COGNITO_GRPC_WORKER_FD"
WORKER_ID = "COGNITO_GRPC_WORKER_ID"
_WORDS = {True: b"SERVING\n", False: b"NOT_SERVING\n"}


class Line:
    """One end of the socket pair, as booleans: True is SERVING."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self._reader, self._writer = reader, writer

    @classmethod
    async def open(cls, sock: socket.socket) -> "Line":
        reader, writer = await asyncio.open_connection(sock=sock)
        return cls(reader, writer)

    async def send(self, serving: bool) -> None:
        if self._writer.is_closing():
            return
        self._writer.write(_WORDS[serving])
        try:
            await self._writer.drain()
        except (ConnectionError, OSError):  # the other end is gone: its reader sees it
            pass

    async def received(self) -> AsyncIterator[bool]:
        """Every status the other end sends, until it closes the line."""
        while True:
            try:
                text = await self._reader.readline()
            except (ConnectionError, OSError):
                return
            if not text:
                return
            yield text == _WORDS[True]

    def close(self) -> None:
        self._writer.close()


def worker_main() -> int:
    from cognito_grpc import server, settings as config
    from cognito_grpc.interceptors import logging as logging_interceptor

    try:
        settings = config.Settings(**config.from_env())
    except config.ConfigError as error:
        print(f"cognito-grpc worker: {error}", file=sys.stderr)
        return 2
    worker = int(os.environ[WORKER_ID])
    logging_interceptor.configure(settings.log_level, settings.log_format, worker=worker)
    sock = socket.socket(fileno=int(os.environ[WORKER_FD]))

    async def run() -> None:
        await server.serve(settings, fleet=await Line.open(sock))
    try:
        asyncio.run(run())
    except config.ConfigError as error:
        print(f"cognito-grpc worker {worker}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(worker_main())
