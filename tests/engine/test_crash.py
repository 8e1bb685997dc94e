"""Durability: a write storm on 8 connections, SIGKILL at a random moment, 20 times over.

After each restart every acknowledged write is there and whole: the users exist, those whose
password change was acknowledged sign in with it, and tokens issued before the kill still
verify (the pool's signing key is part of the state).
"""

from __future__ import annotations

import random
import signal
import threading
import time

import grpc
from cognito.idp.v1 import enums_pb2, messages_pb2, service_pb2_grpc
from cognito.tokens.v1 import token_verifier_pb2, token_verifier_pb2_grpc

from tests.conftest import ServerProcess

ROUNDS = 20
WRITERS = 8
PASSWORD = "Corr3ct-Horse!"


def _stubs(address: str):
    channel = grpc.insecure_channel(address)
    return (channel, service_pb2_grpc.CognitoIdentityProviderServiceStub(channel),
            token_verifier_pb2_grpc.TokenVerifierServiceStub(channel))


def _setup(stub):
    pool = stub.CreateUserPool(messages_pb2.CreateUserPoolRequest(pool_name="crash"),
                               timeout=10).user_pool.id
    client = stub.CreateUserPoolClient(messages_pb2.CreateUserPoolClientRequest(
        user_pool_id=pool, client_name="app", explicit_auth_flows=[
            enums_pb2.EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_ADMIN_USER_PASSWORD_AUTH,
            enums_pb2.EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_REFRESH_TOKEN_AUTH]),
        timeout=10).user_pool_client.client_id
    return pool, client


def _sign_in(stub, pool, client, username):
    return stub.AdminInitiateAuth(messages_pb2.AdminInitiateAuthRequest(
        user_pool_id=pool, client_id=client,
        auth_flow=enums_pb2.AUTH_FLOW_TYPE_ADMIN_USER_PASSWORD_AUTH,
        auth_parameters={"USERNAME": username, "PASSWORD": PASSWORD}),
        timeout=10).authentication_result


def _writer(stub, pool, prefix, stop, created, confirmed):
    number = 0
    while not stop.is_set():
        name = f"{prefix}-{number}"
        number += 1
        try:
            stub.AdminCreateUser(messages_pb2.AdminCreateUserRequest(
                user_pool_id=pool, username=name,
                message_action=enums_pb2.MESSAGE_ACTION_TYPE_SUPPRESS), timeout=5)
            created.append(name)
            stub.AdminSetUserPassword(messages_pb2.AdminSetUserPasswordRequest(
                user_pool_id=pool, username=name, password=PASSWORD, permanent=True),
                timeout=5)
            confirmed.append(name)
        except grpc.RpcError:
            return  # the server is gone: what was acknowledged is in the lists


def test_no_acknowledged_write_is_lost_to_sigkill(tmp_path):
    data = str(tmp_path / "data")
    rng = random.Random(20261202)
    server = ServerProcess("--data-dir", data, "--sync", "normal")
    channel, stub, verifier = _stubs(server.address)
    pool, client = _setup(stub)
    stub.AdminCreateUser(messages_pb2.AdminCreateUserRequest(
        user_pool_id=pool, username="early",
        message_action=enums_pb2.MESSAGE_ACTION_TYPE_SUPPRESS), timeout=5)
    stub.AdminSetUserPassword(messages_pb2.AdminSetUserPasswordRequest(
        user_pool_id=pool, username="early", password=PASSWORD, permanent=True), timeout=5)
    early = _sign_in(stub, pool, client, "early")
    created: list[str] = []
    confirmed: list[str] = []
    try:
        for round_number in range(ROUNDS):
            stop = threading.Event()
            writers = [threading.Thread(target=_writer, args=(
                stub, pool, f"r{round_number}w{w}", stop, created, confirmed), daemon=True)
                for w in range(WRITERS)]
            for writer in writers:
                writer.start()
            goal = len(created) + rng.randint(5, 60)  # a random moment, by progress made
            deadline = time.monotonic() + 30
            while len(created) < goal and time.monotonic() < deadline:
                time.sleep(0.005)
            server.process.send_signal(signal.SIGKILL)
            server.process.wait(10)
            stop.set()
            for writer in writers:
                writer.join(10)
            channel.close()
            server.stop()

            server = ServerProcess("--data-dir", data, "--sync", "normal")
            channel, stub, verifier = _stubs(server.address)
            missing = []
            for name in list(created):
                try:
                    stub.AdminGetUser(messages_pb2.AdminGetUserRequest(
                        user_pool_id=pool, username=name), timeout=5)
                except grpc.RpcError as error:
                    missing.append((name, error.code()))
            assert not missing, f"round {round_number}: acknowledged users lost: {missing[:5]}"
            for name in rng.sample(confirmed, min(3, len(confirmed))):
                assert _sign_in(stub, pool, client, name).access_token
            for token, use in ((early.access_token, "access"), (early.id_token, "id")):
                verdict = verifier.VerifyToken(token_verifier_pb2.VerifyTokenRequest(
                    token=token, user_pool_id=pool, client_ids=[client]), timeout=5)
                assert verdict.valid, (round_number, use, verdict.message)
        assert len(created) >= ROUNDS * 5
    finally:
        channel.close()
        server.stop()
