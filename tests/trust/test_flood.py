"""Refuse before reading (issue 17, item 6). The attack: 256 unauthenticated 4 MiB requests on
64 connections took the server from 115 MiB to a peak of 948-1,267 MiB, and about 1,150 MiB
was still held after; the shared Deployment's memory limit is 512Mi.

Now a call is authenticated from its metadata before grpc reads its body, and each
connection's receive window stays at grpc's default: the server's RSS (sampled from /proc)
stays within 256 MiB of idle, and an authorized caller is served throughout."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from pathlib import Path

import grpc
import pytest
from cognito.idp.v1 import messages_pb2

from tests.conftest import ServerProcess
from tests.trust.conftest import IDP, aws

KEY = "flood-key-0123456789abcdef"
BODY = 4 * 1024 * 1024 - 64  # just under --max-message-bytes
CALLS, CONNECTIONS = 256, 64
BUDGET_MIB = 256


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


class Sampler(threading.Thread):
    """The process's RSS every few milliseconds, until stopped; `peak` is the largest."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = rss_mib(pid)
        self.done = threading.Event()

    def run(self):
        while not self.done.is_set():
            self.peak = max(self.peak, rss_mib(self.pid))
            time.sleep(0.005)


async def flood(address: str, metadata) -> dict[str, int]:
    """CALLS calls of a 4 MiB AdminGetUser on CONNECTIONS channels, all at once."""
    body = messages_pb2.AdminGetUserRequest(user_pool_id="us-east-1_Flood",
                                            username="x" * BODY).SerializeToString()
    options = [("grpc.max_send_message_length", 8 * 1024 * 1024)]
    channels = [grpc.aio.insecure_channel(address, options=options) for _ in range(CONNECTIONS)]
    try:
        async def one(n: int) -> str:
            rpc = channels[n % CONNECTIONS].unary_unary(f"/{IDP}/AdminGetUser")
            try:
                await rpc(body, metadata=metadata, timeout=60)
            except grpc.aio.AioRpcError as error:
                return error.code().name
            return "OK"
        results = await asyncio.gather(*(one(n) for n in range(CALLS)))
    finally:
        await asyncio.gather(*(channel.close() for channel in channels))
    return {code: results.count(code) for code in set(results)}


@pytest.fixture(scope="module")
def server():
    srv = ServerProcess(env={"COGNITO_GRPC_AUTH": "api-key",
                             "COGNITO_GRPC_API_KEYS": f"{KEY}=ops",
                             "COGNITO_GRPC_LOG_LEVEL": "warning"})
    yield srv
    srv.stop()


@pytest.mark.parametrize("metadata, refused", [
    ((), "UNAUTHENTICATED"),
    ((("x-api-key", "wrong-key-0123456789abcdef"),), "UNAUTHENTICATED"),
], ids=["no-credentials", "wrong-key"])
def test_an_unauthenticated_flood_keeps_memory_bounded_and_serves_the_authorized(
        server, metadata, refused):
    pid = server.process.pid
    with grpc.insecure_channel(server.address) as channel:
        aws(channel, "ListUserPools", {"MaxResults": 1}, (("x-api-key", KEY),))  # warm
        idle = rss_mib(pid)
        sampler = Sampler(pid)
        sampler.start()
        outcome: dict = {}
        flooder = threading.Thread(
            target=lambda: outcome.update(asyncio.run(flood(server.address, metadata))))
        flooder.start()
        served = 0
        try:
            while flooder.is_alive():  # authorized calls, one after another, during the flood
                aws(channel, "ListUserPools", {"MaxResults": 1}, (("x-api-key", KEY),))
                served += 1
        finally:
            flooder.join(120)
            sampler.done.set()
            sampler.join()
    assert outcome == {refused: CALLS}
    assert served >= 1
    assert sampler.peak - idle < BUDGET_MIB, (
        f"RSS went from {idle:.0f} MiB to a peak of {sampler.peak:.0f} MiB")
    assert rss_mib(pid) - idle < BUDGET_MIB
    assert os.waitpid(pid, os.WNOHANG) == (0, 0)  # still running
