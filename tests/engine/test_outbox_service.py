"""cognito.embedded.v1.OutboxService through a real server on loopback: a SignUp's code read
through List and through Watch, under --auth api-key, and never in the server's logs; and
the README's grpcurl example, run."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import time
import threading

import grpc
import pytest
from cognito.embedded.v1 import outbox_pb2 as pb, outbox_pb2_grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from cognito_grpc.engine import Engine, outbox
from cognito_grpc_client import boto3_compat
from tests.conftest import ServerProcess, require_tool
from tests.e2e.test_readme_walkthrough import readme_block
from tests.engine import seed

KEY = "outbox-test-key-0123456789"
AUTH = (("x-api-key", KEY),)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("outbox-data")
    engine = Engine(str(data_dir))
    try:
        pool = seed.pool(engine, AutoVerifiedAttributes=["email"], VerificationMessageTemplate={
            "DefaultEmailOption": "CONFIRM_WITH_CODE", "EmailSubject": "Your code",
            "EmailMessage": "Hello, your code is {####}."})
        app = seed.app_client(engine, pool["Id"])
    finally:
        engine.close()
    # --workers 2: a Watch on one process must see what the other recorded
    server = ServerProcess("--data-dir", str(data_dir), "--auth", "api-key", "--workers", "2",
                           "--log-payloads", env={"COGNITO_GRPC_API_KEYS": f"{KEY}=tests"})
    try:
        yield server, pool["Id"], app["ClientId"]
    finally:
        server.stop()


@pytest.fixture(scope="module")
def stub(served):
    with grpc.insecure_channel(served[0].address) as channel:
        yield outbox_pb2_grpc.OutboxServiceStub(channel)


@pytest.fixture(scope="module")
def compat(served):
    client = boto3_compat.client(served[0].address, region_name="us-east-1",
                                 api_key=KEY)
    yield client
    client.close()


def sign_up(compat, client_id: str, username: str) -> None:
    compat.sign_up(ClientId=client_id, Username=username, Password=seed.PASSWORD,
                   UserAttributes=[{"Name": "email", "Value": f"{username}@example.com"}])


def test_a_sign_up_code_is_listed_and_confirms_the_user(served, stub, compat):
    _, pool_id, client_id = served
    sign_up(compat, client_id, "lister")
    found = stub.List(pb.ListRequest(filter=pb.OutboxFilter(
        user_pool_id=pool_id, username="lister")), metadata=AUTH, timeout=5).messages
    assert len(found) == 1
    message = found[0]
    assert (message.kind, message.channel, message.destination, message.attribute_name,
            message.user_pool_id, message.username, message.subject) == (
        pb.MESSAGE_KIND_SIGN_UP, pb.CHANNEL_EMAIL, "lister@example.com", "email", pool_id,
        "lister", "Your code")
    assert len(message.code) == 6 and message.code.isdigit()
    assert message.text == f"Hello, your code is {message.code}."
    assert not message.HasField("redeem_time")
    assert message.expire_time.seconds - message.create_time.seconds == 24 * 3600
    compat.confirm_sign_up(ClientId=client_id, Username="lister", ConfirmationCode=message.code)
    again = stub.List(pb.ListRequest(filter=pb.OutboxFilter(
        user_pool_id=pool_id, username="lister")), metadata=AUTH, timeout=5).messages
    assert again[0].HasField("redeem_time")


def test_list_pages_through_the_messages_and_filters_them(served, stub, compat):
    _, pool_id, client_id = served
    for n in range(3):
        sign_up(compat, client_id, f"pager{n}")
    seen, token = [], ""
    while True:
        page = stub.List(pb.ListRequest(filter=pb.OutboxFilter(user_pool_id=pool_id),
                                        page_size=2, page_token=token), metadata=AUTH,
                         timeout=5)
        assert len(page.messages) <= 2
        seen += [m.username for m in page.messages]
        token = page.next_page_token
        if not token:
            break
    assert [name for name in seen if name.startswith("pager")] == ["pager0", "pager1", "pager2"]
    positions = [m.position for m in stub.List(pb.ListRequest(), metadata=AUTH).messages]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)
    assert not stub.List(pb.ListRequest(filter=pb.OutboxFilter(
        user_pool_id=pool_id, channel=pb.CHANNEL_SMS)), metadata=AUTH).messages
    assert not stub.List(pb.ListRequest(filter=pb.OutboxFilter(
        user_pool_id=pool_id, kind=pb.MESSAGE_KIND_INVITATION)), metadata=AUTH).messages


@pytest.mark.parametrize("request_, field", [
    (pb.ListRequest(page_size=1001), "PageSize"),
    (pb.ListRequest(page_token="not-a-token"), "PageToken"),
    (pb.ListRequest(page_token="\u00b2"), "PageToken"),  # a digit to isdigit, not to int
    (pb.ListRequest(filter=pb.OutboxFilter(username="lister")), "Filter.UserPoolId"),
    (pb.ListRequest(filter=pb.OutboxFilter(channel=9)), "Filter.Channel"),
])
def test_a_bad_list_request_is_invalid_argument_naming_the_field(stub, request_, field):
    with pytest.raises(grpc.RpcError) as raised:
        stub.List(request_, metadata=AUTH, timeout=5)
    assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert field in raised.value.details()


def test_a_bad_watch_request_is_invalid_argument(stub):
    for request, field in ((pb.WatchRequest(after_position=-1), "AfterPosition"),
                           (pb.WatchRequest(filter=pb.OutboxFilter(kind=42)), "Filter.Kind")):
        with pytest.raises(grpc.RpcError) as raised:
            next(stub.Watch(request, metadata=AUTH, timeout=5))
        assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT
        assert field in raised.value.details()


def test_undecodable_bytes_are_invalid_argument(served):
    with grpc.insecure_channel(served[0].address) as channel:
        for method in ("List", "Watch"):
            call = (channel.unary_unary if method == "List" else channel.unary_stream)(
                f"/cognito.embedded.v1.OutboxService/{method}")
            with pytest.raises(grpc.RpcError) as raised:
                response = call(b"\xff\xff\xff", metadata=AUTH, timeout=5)
                if method == "Watch":
                    next(response)
            assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT, method


def test_watch_streams_a_code_recorded_after_it_started(served, stub, compat):
    _, pool_id, client_id = served
    arrived: queue.Queue = queue.Queue()
    stream = stub.Watch(pb.WatchRequest(filter=pb.OutboxFilter(user_pool_id=pool_id,
                                                               username="watched")),
                        metadata=AUTH, timeout=30)
    stream.initial_metadata()  # sent once the watch has its starting position
    def read():
        try:
            for response in stream:
                arrived.put(response.message)
        except grpc.RpcError:  # cancelled at the end
            pass
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    sign_up(compat, client_id, "watched")
    try:
        message = arrived.get(timeout=10)
    finally:
        stream.cancel()
    assert message.username == "watched" and message.kind == pb.MESSAGE_KIND_SIGN_UP
    listed = stub.List(pb.ListRequest(filter=pb.OutboxFilter(
        user_pool_id=pool_id, username="watched")), metadata=AUTH).messages
    assert [m.code for m in listed] == [message.code]


def test_watch_sees_a_message_another_process_recorded(tmp_path):
    """Watch polls the store: a message written by a process that is not the server (as
    another --workers process would) reaches the stream."""
    engine = Engine(str(tmp_path))
    pool_id = seed.pool(engine)["Id"]
    server = ServerProcess("--data-dir", str(tmp_path))
    try:
        with grpc.insecure_channel(server.address) as channel:
            stream = outbox_pb2_grpc.OutboxServiceStub(channel).Watch(
                pb.WatchRequest(filter=pb.OutboxFilter(user_pool_id=pool_id)), timeout=10)
            stream.initial_metadata()
            with engine.store.write() as tx:
                outbox.send(tx, pool_id, "elsewhere", outbox.PASSWORD_RESET,
                            outbox.Destination("SMS", "phone_number", "+15555550123"),
                            code="135790")
            message = next(stream).message
            stream.cancel()
    finally:
        server.stop()
        engine.close()
    assert (message.username, message.kind, message.channel, message.destination,
            message.code) == ("elsewhere", pb.MESSAGE_KIND_PASSWORD_RESET, pb.CHANNEL_SMS,
                              "+15555550123", "135790")


def test_watch_from_a_position_replays_what_came_after_it(served, stub, compat):
    _, pool_id, client_id = served
    sign_up(compat, client_id, "replayed")
    listed = stub.List(pb.ListRequest(filter=pb.OutboxFilter(
        user_pool_id=pool_id, username="replayed")), metadata=AUTH).messages
    stream = stub.Watch(pb.WatchRequest(
        filter=pb.OutboxFilter(user_pool_id=pool_id, username="replayed"),
        after_position=listed[0].position - 1), metadata=AUTH, timeout=10)
    try:
        first = next(stream).message
    finally:
        stream.cancel()
    assert (first.position, first.code) == (listed[0].position, listed[0].code)


def test_without_an_api_key_the_outbox_is_refused(stub):
    for call in (lambda: stub.List(pb.ListRequest(), timeout=5),
                 lambda: next(stub.Watch(pb.WatchRequest(after_position=0), timeout=5))):
        with pytest.raises(grpc.RpcError) as raised:
            call()
        assert raised.value.code() is grpc.StatusCode.UNAUTHENTICATED


def test_no_code_reaches_the_server_logs(served, stub, compat):
    server, pool_id, client_id = served
    sign_up(compat, client_id, "secretive")
    listed = stub.List(pb.ListRequest(filter=pb.OutboxFilter(
        user_pool_id=pool_id, username="secretive")), metadata=AUTH).messages
    with pytest.raises(compat.exceptions.CodeMismatchException):
        compat.confirm_sign_up(ClientId=client_id, Username="secretive",
                               ConfirmationCode="000000" if listed[0].code != "000000"
                               else "111111")
    compat.confirm_sign_up(ClientId=client_id, Username="secretive",
                           ConfirmationCode=listed[0].code)
    everything = stub.List(pb.ListRequest(page_size=1000), metadata=AUTH).messages
    server.wait_rpc_lines("ConfirmSignUp", 2)
    lines = server.wait_rpc_lines("List", 2)
    # --log-payloads: the List responses themselves are logged, their codes redacted
    assert [line for line in lines if line.get("response", {}).get("Messages")]
    codes = {m.code for m in everything if m.code}
    assert listed[0].code in codes
    logs = server.logs()
    # a code as a word of its own (timestamps' microseconds follow a dot)
    assert not [code for code in codes if re.search(rf"(?<![\w.]){code}(?!\w)", logs)]
    assert "your code is" not in logs and "secretive@example.com" not in logs


def test_other_backends_refuse_the_outbox_with_failed_precondition():
    server = ServerProcess("--backend", "moto")
    try:
        with grpc.insecure_channel(server.address) as channel:
            with pytest.raises(grpc.RpcError) as raised:
                outbox_pb2_grpc.OutboxServiceStub(channel).List(pb.ListRequest(), timeout=5)
            names = _reflected(channel)
    finally:
        server.stop()
    assert raised.value.code() is grpc.StatusCode.FAILED_PRECONDITION
    assert "embedded backend" in raised.value.details()
    assert "cognito.embedded.v1.OutboxService" not in names
    assert "cognito.tokens.v1.TokenVerifierService" in names


def _reflected(channel) -> list[str]:
    responses = reflection_pb2_grpc.ServerReflectionStub(channel).ServerReflectionInfo(
        iter([reflection_pb2.ServerReflectionRequest(list_services="")]), timeout=5)
    return [s.name for r in responses for s in r.list_services_response.service]


def test_health_and_reflection_know_the_outbox(served):
    with grpc.insecure_channel(served[0].address) as channel:
        status = health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(service="cognito.embedded.v1.OutboxService"),
            timeout=5).status
        names = _reflected(channel)
    assert status == health_pb2.HealthCheckResponse.SERVING
    assert "cognito.embedded.v1.OutboxService" in names


def test_the_readme_grpcurl_example_lists_and_watches_codes(tmp_path):
    require_tool("grpcurl")
    server = ServerProcess()
    try:
        compat = boto3_compat.client(server.address, region_name="us-east-1")
        pool_id = compat.create_user_pool(
            PoolName="readme", AutoVerifiedAttributes=["email"])["UserPool"]["Id"]
        client_id = compat.create_user_pool_client(
            UserPoolId=pool_id, ClientName="app")["UserPoolClient"]["ClientId"]
        for name in ("bob", "carol"):
            sign_up(compat, client_id, name)
        compat.close()
        script = readme_block("### The outbox").replace("-max-time 60", "-max-time 2")
        result = subprocess.run(["bash", "-c", script], capture_output=True, text=True,
                                env={**os.environ, "A": server.address, "POOL": pool_id},
                                timeout=30)
        codes = {m.username: m.code for m in outbox_pb2_grpc.OutboxServiceStub(
            grpc.insecure_channel(server.address)).List(pb.ListRequest(), timeout=5).messages}
    finally:
        server.stop()
    listed = result.stdout.partition('"Messages"')[2].partition("\n}\n")[0]
    assert f'"Code": "{codes["bob"]}"' in listed and codes["carol"] not in listed
    assert "DeadlineExceeded" in result.stderr  # the watch ran until its -max-time


def test_a_server_shutting_down_ends_open_watches_unavailable_at_once():
    server = ServerProcess("--shutdown-grace", "20")
    try:
        with grpc.insecure_channel(server.address) as channel:
            stream = outbox_pb2_grpc.OutboxServiceStub(channel).Watch(pb.WatchRequest(),
                                                                      timeout=30)
            stream.initial_metadata()
            started = time.monotonic()
            server.terminate()
            with pytest.raises(grpc.RpcError) as raised:
                next(stream)
            waited = time.monotonic() - started
    finally:
        assert server.stop() == 0
    assert raised.value.code() is grpc.StatusCode.UNAVAILABLE
    assert "shutting down" in raised.value.details()
    assert waited < 10  # not the whole --shutdown-grace
