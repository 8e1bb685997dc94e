"""--http-listen stops with the gRPC server: a request in flight is answered, an idle
keep-alive connection does not hold the exit up."""

from __future__ import annotations

import http.client
import json
import socket

from tests.conftest import eventually
from tests.http.conftest import HttpServer
from tests.http.test_aws_json import TARGET


def test_a_request_in_flight_is_answered_and_idle_connections_do_not_hold_the_exit():
    server = HttpServer()
    try:
        idle = http.client.HTTPConnection("127.0.0.1", server.http_port, timeout=10)
        idle.request("GET", "/nothing")
        assert idle.getresponse().read()  # the connection stays open, idle
        body = json.dumps({"MaxResults": 10}).encode()
        busy = socket.create_connection(("127.0.0.1", server.http_port), timeout=10)
        busy.sendall(f"POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: {TARGET}ListUserPools\r\n"
                     f"Expect: 100-continue\r\nContent-Length: {len(body)}\r\n\r\n".encode())
        assert busy.recv(65536).startswith(b"HTTP/1.1 100 Continue")  # in flight from here
        busy.sendall(body[:3])
        server.terminate()

        def stopping():
            assert "shutting down" in server.logs(), "not stopping yet"
        eventually(stopping)
        busy.sendall(body[3:])
        answer = http.client.HTTPResponse(busy)
        answer.begin()
        assert (answer.status, json.loads(answer.read())) == (200, {"UserPools": []})
        assert server.process.wait(15) == 0
    finally:
        server.stop()
