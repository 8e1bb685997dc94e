"""Sign-in on the embedded engine, against baselines measured in this one run.

Through gRPC (raw stubs, a server on a seeded --data-dir), in interleaved rounds:
  (a) the no-op RPC (grpc.health.v1 Check): the transport floor
  (b) AdminInitiateAuth, ADMIN_USER_PASSWORD_AUTH, at concurrency 1 (p50) and 16 (calls/s)
  (c) USER_SRP_AUTH end to end: InitiateAuth plus RespondToAuthChallenge PASSWORD_VERIFIER,
      the two RPCs timed (pycognito's client-side math is not)
Targets: (b) p50 under 2.5 ms; (b) - (a) is the engine's own share.

Then the parts of a sign-in, in this process: signing one RS256 token with joserfc against
signing the same bytes with `cryptography` directly; the PBKDF2 check; the SRP verifier (a
3072-bit modular power) with gmpy2 against pure Python's pow.

    python bench/bench_signin.py [--seconds 1] [--rounds 5]
"""

from __future__ import annotations

import argparse
import base64
import json
import statistics
import sys
import tempfile
import time
import timeit
from pathlib import Path

import grpc
from cognito.idp.v1 import enums_pb2, messages_pb2, service_pb2_grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from pycognito.aws_srp import AWSSRP

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.load import run_aio  # noqa: E402
from cognito_grpc.engine import Engine, passwords, srp  # noqa: E402
from tests.conftest import ServerProcess  # noqa: E402
from tests.engine import seed  # noqa: E402


def seeded_dir(path: str) -> dict:
    engine = Engine(path)
    try:
        pool = seed.pool(engine)
        app = seed.app_client(engine, pool["Id"])
        seed.user(engine, pool["Id"])
        engine.keys.signing_key(pool["Id"])
    finally:
        engine.close()
    return {"pool": pool["Id"], "client": app["ClientId"]}


def admin_auth(ids):
    request = messages_pb2.AdminInitiateAuthRequest(
        user_pool_id=ids["pool"], client_id=ids["client"],
        auth_flow=enums_pb2.AUTH_FLOW_TYPE_ADMIN_USER_PASSWORD_AUTH,
        auth_parameters={"USERNAME": "alice", "PASSWORD": seed.PASSWORD})
    return lambda ch: (lambda s: lambda: s.AdminInitiateAuth(request))(
        service_pb2_grpc.CognitoIdentityProviderServiceStub(ch))


def health(ch):
    stub, request = health_pb2_grpc.HealthStub(ch), health_pb2.HealthCheckRequest()
    return lambda: stub.Check(request)


def srp_rounds(address: str, ids: dict, count: int) -> list[float]:
    """The two RPCs of USER_SRP_AUTH, timed; the client's SRP math done between them."""
    stub = service_pb2_grpc.CognitoIdentityProviderServiceStub(grpc.insecure_channel(address))
    timings = []
    for _ in range(count):
        client = AWSSRP(username="alice", password=seed.PASSWORD, pool_id=ids["pool"],
                        client_id=ids["client"], client=object())
        parameters = client.get_auth_params()
        started = time.perf_counter()
        challenge = stub.InitiateAuth(messages_pb2.InitiateAuthRequest(
            client_id=ids["client"], auth_flow=enums_pb2.AUTH_FLOW_TYPE_USER_SRP_AUTH,
            auth_parameters=parameters))
        first = time.perf_counter() - started
        answers = client.process_challenge(dict(challenge.challenge_parameters), parameters)
        started = time.perf_counter()
        result = stub.RespondToAuthChallenge(messages_pb2.RespondToAuthChallengeRequest(
            client_id=ids["client"],
            challenge_name=enums_pb2.CHALLENGE_NAME_TYPE_PASSWORD_VERIFIER,
            challenge_responses=answers))
        assert result.authentication_result.access_token
        timings.append(first + time.perf_counter() - started)
    return timings


def parts() -> None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    from joserfc import jwt
    from joserfc.jwk import RSAKey

    key = RSAKey.generate_key(2048, private=True)
    claims = {"sub": "x" * 36, "iss": "https://cognito-idp.us-east-1.amazonaws.com/p",
              "token_use": "access", "exp": 2, "iat": 1, "username": "alice"}
    header = {"alg": "RS256", "kid": "k"}

    def direct():
        def b64(data: bytes) -> bytes:
            return base64.urlsafe_b64encode(data).rstrip(b"=")
        signing_input = b64(json.dumps(header).encode()) + b"." + b64(json.dumps(claims).encode())
        signature = key.private_key.sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
        return signing_input + b"." + b64(signature)

    def each(fn, number=300) -> float:
        return min(timeit.repeat(fn, number=number, repeat=3)) / number * 1e3

    joserfc_ms = each(lambda: jwt.encode(header, claims, key, algorithms=["RS256"]))
    direct_ms = each(direct)
    print(f"RS256 sign: joserfc {joserfc_ms:.3f} ms, cryptography directly {direct_ms:.3f} ms "
          f"(joserfc/direct {joserfc_ms / direct_ms:.2f})")
    stored = passwords.hash_password(seed.PASSWORD)
    print(f"PBKDF2 check ({passwords.ITERATIONS} iterations): "
          f"{each(lambda: passwords.matches(stored, seed.PASSWORD)):.3f} ms")
    x = int.from_bytes(b"\x5a" * 32, "big")
    gmpy_ms = each(lambda: srp.verifier("us-east-1_x", "alice", seed.PASSWORD), 50)
    pure_ms = each(lambda: pow(srp.G, x, srp.N), 50)
    print(f"SRP verifier: gmpy2 {gmpy_ms:.3f} ms (whole), pure-Python pow {pure_ms:.3f} ms "
          f"(the power alone; pure/gmpy2 {pure_ms / gmpy_ms:.1f})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        ids = seeded_dir(data_dir)
        server = ServerProcess("--data-dir", data_dir)
        try:
            floors, p50s, rates, srps = [], [], [], []
            for round_ in range(1, args.rounds + 1):
                floor = run_aio(server.address, health, 1, args.seconds).p50 * 1e3
                one = run_aio(server.address, admin_auth(ids), 1, args.seconds).p50 * 1e3
                many = run_aio(server.address, admin_auth(ids), 16, args.seconds).rate
                srp_ms = statistics.median(srp_rounds(server.address, ids, 20)) * 1e3
                floors.append(floor), p50s.append(one), rates.append(many), srps.append(srp_ms)
                print(f"round {round_}: (a) floor {floor:.3f} ms, (b) AdminInitiateAuth c=1 "
                      f"p50 {one:.3f} ms, c=16 {many:.0f}/s, (c) USER_SRP_AUTH two RPCs "
                      f"{srp_ms:.3f} ms")
            floor, one = statistics.median(floors), statistics.median(p50s)
            verdict = "PASS" if one < 2.5 else "FAIL"
            print(f"median of rounds: (a) {floor:.3f} ms, (b) {one:.3f} ms ({verdict}: target "
                  f"< 2.5 ms), (b)-(a) {one - floor:.3f} ms, (b)/(a) {one / floor:.2f}, "
                  f"c=16 {statistics.median(rates):.0f}/s, (c) {statistics.median(srps):.3f} ms")
        finally:
            server.stop()
    parts()


if __name__ == "__main__":
    main()
